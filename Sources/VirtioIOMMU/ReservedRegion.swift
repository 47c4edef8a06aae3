/// A per-endpoint reserved IOVA region, reported by PROBE as a RESV_MEM property (§4.7, §6).
public struct ReservedRegion: Sendable, Hashable {
    /// RESV_MEM `subtype`.
    public enum Kind: UInt8, Sendable, Hashable {
        /// `RESV_MEM_T_RESERVED` (0): unusable for MAP; DMA to it faults with reason MAPPING.
        case reserved = 0
        /// `RESV_MEM_T_MSI` (1): MSI doorbell window, passed through untranslated.
        case msi = 1
    }

    /// First IOVA of the region (`start`).
    public var first: UInt64
    /// Last IOVA of the region, inclusive (`end`).
    public var last: UInt64
    public var kind: Kind

    public init(first: UInt64, last: UInt64, kind: Kind) {
        self.first = first
        self.last = last
        self.kind = kind
    }

    @inline(__always)
    func contains(_ address: UInt64) -> Bool { address >= first && address <= last }

    @inline(__always)
    func overlaps(first f: UInt64, last l: UInt64) -> Bool { f <= last && first <= l }
}
