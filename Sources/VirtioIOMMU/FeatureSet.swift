/// Virtio feature bits relevant to the IOMMU device (spec-reference §4.2), as a 64-bit set.
public struct FeatureSet: OptionSet, Sendable, Hashable {
    public var rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Bit 0 `VIRTIO_IOMMU_F_INPUT_RANGE`: config `input_range` is valid.
    public static let inputRange = FeatureSet(rawValue: 1 << 0)
    /// Bit 1 `VIRTIO_IOMMU_F_DOMAIN_RANGE`: config `domain_range` is valid.
    public static let domainRange = FeatureSet(rawValue: 1 << 1)
    /// Bit 2 `VIRTIO_IOMMU_F_MAP_UNMAP`: MAP and UNMAP exist.
    public static let mapUnmap = FeatureSet(rawValue: 1 << 2)
    /// Bit 3 `VIRTIO_IOMMU_F_BYPASS` (legacy): unattached endpoints bypass once negotiated.
    public static let bypass = FeatureSet(rawValue: 1 << 3)
    /// Bit 4 `VIRTIO_IOMMU_F_PROBE`: PROBE exists, `probe_size` valid.
    public static let probe = FeatureSet(rawValue: 1 << 4)
    /// Bit 5 `VIRTIO_IOMMU_F_MMIO`: `MAP_F_MMIO` may be used.
    public static let mmio = FeatureSet(rawValue: 1 << 5)
    /// Bit 6 `VIRTIO_IOMMU_F_BYPASS_CONFIG`: config `bypass` byte and `ATTACH_F_BYPASS`.
    public static let bypassConfig = FeatureSet(rawValue: 1 << 6)
    /// Bit 28 `VIRTIO_F_INDIRECT_DESC`.
    public static let indirectDescriptors = FeatureSet(rawValue: 1 << 28)
    /// Bit 29 `VIRTIO_RING_F_EVENT_IDX` (never offered by this model).
    public static let eventIndex = FeatureSet(rawValue: 1 << 29)
    /// Bit 32 `VIRTIO_F_VERSION_1`.
    public static let version1 = FeatureSet(rawValue: 1 << 32)
}
