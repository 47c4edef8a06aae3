/// A VIOT type-2 node: one MMIO endpoint translated by an IOMMU (spec-reference §2.4).
public struct VIOTMMIOEndpoint: Equatable, Sendable {
    /// Byte offset of the node from the start of the VIOT.
    public let offset: Int
    /// The endpoint's ID in the IOMMU.
    public let endpointID: UInt32
    /// Base address of the endpoint's MMIO register frame (identifies the device).
    public let baseAddress: UInt64
    /// Table offset of the translating IOMMU node.
    public let outputNode: UInt16
}
