/// A run of endpoint IDs that really exist behind the IOMMU, sharing the same reserved regions
/// (e.g. every requester ID of one PCI segment). Kept as a range so 2^32 IDs cost nothing.
public struct EndpointRange: Sendable, Hashable {
    /// First endpoint ID.
    public var first: UInt32
    /// Number of IDs, 1 ... 2^32 (hence `UInt64`).
    public var count: UInt64
    /// Regions reported by PROBE for every endpoint of the range.
    public var reservedRegions: [ReservedRegion]

    public init(first: UInt32, count: UInt64, reservedRegions: [ReservedRegion] = []) {
        self.first = first
        self.count = count
        self.reservedRegions = reservedRegions
    }

    /// Last endpoint ID (inclusive); only meaningful when `count >= 1`.
    public var last: UInt32 { UInt32(truncatingIfNeeded: UInt64(first) &+ count &- 1) }
}
