/// A virtio-iommu described by a VIOT type-3 (virtio-pci) or type-4 (virtio-mmio) node.
public struct VIOTIOMMU: Equatable, Hashable, Sendable {
    /// How the IOMMU itself is reached.
    public enum Transport: Equatable, Hashable, Sendable {
        /// A virtio-pci function at `segment`, `bdf` (node type 3).
        case pci(segment: UInt16, bdf: UInt16)
        /// A virtio-mmio register frame at `baseAddress` (node type 4).
        case mmio(baseAddress: UInt64)
    }

    /// Byte offset of the IOMMU node from the start of the VIOT (what `Output Node` fields hold).
    public let nodeOffset: Int
    /// The IOMMU's transport and location.
    public let transport: Transport

    /// Creates an IOMMU description.
    public init(nodeOffset: Int, transport: Transport) {
        self.nodeOffset = nodeOffset
        self.transport = transport
    }
}
