/// One node of a VIOT, with its position in the table.
public struct VIOTNode: Equatable, Sendable {
    /// What the node describes.
    public enum Kind: Equatable, Sendable {
        /// Type 1.
        case pciRange(VIOTPCIRange)
        /// Type 2.
        case mmioEndpoint(VIOTMMIOEndpoint)
        /// Type 3: virtio-iommu on virtio-pci.
        case virtioPCIIOMMU(segment: UInt16, bdf: UInt16)
        /// Type 4: virtio-iommu on virtio-mmio.
        case virtioMMIOIOMMU(baseAddress: UInt64)
        /// A reserved type; Linux warns and skips such nodes, and so does `VIOTTable`.
        case other
    }

    /// Byte offset of the node from the start of the VIOT.
    public let offset: Int
    /// The raw type byte.
    public let type: UInt8
    /// The node length (header included).
    public let length: UInt16
    /// The decoded contents.
    public let kind: Kind
}
