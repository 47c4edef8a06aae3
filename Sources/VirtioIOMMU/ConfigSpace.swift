/// Offsets of `struct virtio_iommu_config` (40 bytes, §4.3).
public enum ConfigSpace {
    public static let size = 40
    /// `page_size_mask` le64.
    public static let pageSizeMask = 0
    /// `input_range.start` le64.
    public static let inputRangeStart = 8
    /// `input_range.end` le64 (inclusive).
    public static let inputRangeEnd = 16
    /// `domain_range.start` le32.
    public static let domainRangeStart = 24
    /// `domain_range.end` le32 (inclusive).
    public static let domainRangeEnd = 28
    /// `probe_size` le32.
    public static let probeSize = 32
    /// `bypass` u8 — the only driver-writable field (with BYPASS_CONFIG).
    public static let bypass = 36
}
