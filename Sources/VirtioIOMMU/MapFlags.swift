/// MAP `flags` (le32 at offset 32 of a MAP request).
public struct MapFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Bit 0 `VIRTIO_IOMMU_MAP_F_READ`.
    public static let read = MapFlags(rawValue: 1 << 0)
    /// Bit 1 `VIRTIO_IOMMU_MAP_F_WRITE`.
    public static let write = MapFlags(rawValue: 1 << 1)
    /// Bit 2 `VIRTIO_IOMMU_MAP_F_MMIO` (needs `F_MMIO`; a memory type, not a permission).
    public static let mmio = MapFlags(rawValue: 1 << 2)
}
