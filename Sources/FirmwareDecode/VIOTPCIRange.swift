/// A VIOT type-1 node: a block of PCI endpoints translated by one IOMMU (spec-reference §2.3).
public struct VIOTPCIRange: Equatable, Sendable {
    /// Byte offset of the node from the start of the VIOT.
    public let offset: Int
    /// Endpoint ID of `bdfStart` in `segmentStart`.
    public let endpointStart: UInt32
    /// First PCI segment covered (inclusive).
    public let segmentStart: UInt16
    /// Last PCI segment covered (inclusive).
    public let segmentEnd: UInt16
    /// First BDF covered in every segment of the range (inclusive).
    public let bdfStart: UInt16
    /// Last BDF covered in every segment of the range (inclusive).
    public let bdfEnd: UInt16
    /// Table offset of the translating IOMMU node.
    public let outputNode: UInt16

    /// Whether `(segment, bdf)` lies in this range (all bounds inclusive, as Linux checks).
    public func covers(segment: UInt16, bdf: UInt16) -> Bool {
        segmentStart <= segment && segment <= segmentEnd && bdfStart <= bdf && bdf <= bdfEnd
    }

    /// Linux's endpoint ID for a covered `(segment, bdf)`:
    /// `endpointStart + ((segment - segmentStart) << 16) + (bdf - bdfStart)` in wrapping u32 arithmetic.
    public func endpointID(segment: UInt16, bdf: UInt16) -> UInt32 {
        let segDelta = UInt32(segment &- segmentStart) << 16
        let bdfDelta = UInt32(bdf &- bdfStart)
        return endpointStart &+ segDelta &+ bdfDelta
    }
}
