/// ATTACH `flags` (le32 at offset 12 of an ATTACH request).
public struct AttachFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Bit 0 `VIRTIO_IOMMU_ATTACH_F_BYPASS`: create/join a bypass (identity) domain.
    /// Only legal once `BYPASS_CONFIG` is negotiated.
    public static let bypass = AttachFlags(rawValue: 1 << 0)
}
