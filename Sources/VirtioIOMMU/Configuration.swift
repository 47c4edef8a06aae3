/// What the "hardware" of one virtio-iommu instance is: fixed at construction, like QEMU
/// properties. Everything the driver can discover (config space, PROBE) comes from here.
public struct Configuration: Sendable, Hashable {
    /// How unattached endpoints may bypass translation (§4.5).
    public enum BypassMode: Sendable, Hashable {
        /// Offer `BYPASS_CONFIG` (bit 6): the `bypass` config byte decides. The modern choice.
        case config
        /// Offer only legacy `BYPASS` (bit 3): unattached endpoints bypass once it is negotiated.
        case legacy
    }

    /// `page_size_mask`; lowest set bit is the granule. Must be non-zero.
    public var pageSizeMask: UInt64 = 0xffff_ffff_ffff_f000
    /// `input_range` (inclusive): IOVAs the device translates.
    public var inputRange: (first: UInt64, last: UInt64) = (0, .max)
    /// `domain_range` (inclusive): legal domain IDs.
    public var domainRange: (first: UInt32, last: UInt32) = (0, .max)
    /// `probe_size`; 0 means PROBE is not offered.
    public var probeSize: UInt32 = 512
    /// Initial (and system-reset) value of the `bypass` config byte.
    public var bypass: Bool = true
    public var bypassMode: BypassMode = .config
    /// Offer `VIRTIO_IOMMU_F_MMIO`.
    public var offerMMIO: Bool = true
    /// Offer `VIRTIO_F_INDIRECT_DESC`.
    public var offerIndirectDescriptors: Bool = true
    /// The endpoints behind this IOMMU. Must not overlap.
    public var endpoints: [EndpointRange] = []
    /// Resource limits; exceeding them gives `S_NOMEM` (domains, mappings) or `S_UNSUPP`
    /// (endpoints per domain, as §4.6.1 prescribes).
    public var maxDomains: Int = 1 << 16
    public var maxMappingsPerDomain: Int = 1 << 20
    public var maxEndpointsPerDomain: Int = .max
    /// Largest queue size the driver may select (power of two ≤ 32768).
    public var maxQueueSize: UInt16 = 1024
    /// Guest RAM the device creates when none is handed to it.
    public var memoryBase: UInt64 = 0x4000_0000
    public var memorySize: Int = 4 << 20

    public init(endpoints: [EndpointRange] = []) { self.endpoints = endpoints }

    public static func == (a: Configuration, b: Configuration) -> Bool {
        a.pageSizeMask == b.pageSizeMask && a.inputRange == b.inputRange && a.domainRange == b.domainRange
            && a.probeSize == b.probeSize && a.bypass == b.bypass && a.bypassMode == b.bypassMode
            && a.offerMMIO == b.offerMMIO && a.offerIndirectDescriptors == b.offerIndirectDescriptors
            && a.endpoints == b.endpoints && a.maxDomains == b.maxDomains
            && a.maxMappingsPerDomain == b.maxMappingsPerDomain && a.maxEndpointsPerDomain == b.maxEndpointsPerDomain
            && a.maxQueueSize == b.maxQueueSize && a.memoryBase == b.memoryBase && a.memorySize == b.memorySize
    }

    public func hash(into h: inout Hasher) {
        h.combine(pageSizeMask); h.combine(inputRange.first); h.combine(inputRange.last)
        h.combine(domainRange.first); h.combine(domainRange.last); h.combine(probeSize); h.combine(endpoints)
    }

    /// Features this configuration offers.
    public var offeredFeatures: FeatureSet {
        var f: FeatureSet = [.inputRange, .domainRange, .mapUnmap, .version1]
        if probeSize > 0 { f.insert(.probe) }
        if offerMMIO { f.insert(.mmio) }
        if offerIndirectDescriptors { f.insert(.indirectDescriptors) }
        switch bypassMode {
        case .config: f.insert(.bypassConfig)
        case .legacy: f.insert(.bypass)
        }
        return f
    }

    /// Checks the rules a real device would have to satisfy; returns every violation.
    public func validate() -> [ConfigurationError] {
        var errors: [ConfigurationError] = []
        if pageSizeMask == 0 { errors.append(.zeroPageSizeMask) }
        if inputRange.first > inputRange.last { errors.append(.emptyInputRange) }
        if domainRange.first > domainRange.last { errors.append(.emptyDomainRange) }
        if maxQueueSize == 0 || maxQueueSize & (maxQueueSize - 1) != 0 || maxQueueSize > 32768 {
            errors.append(.badQueueSize(maxQueueSize))
        }
        let sorted = endpoints.sorted { $0.first < $1.first }
        var previousEnd: UInt64? = nil  // one past the last ID of the previous range
        for range in sorted {
            if range.count == 0 || range.count > (1 << 32) - UInt64(range.first) {
                errors.append(.badEndpointRange(first: range.first, count: range.count))
                continue
            }
            if let end = previousEnd, UInt64(range.first) < end { errors.append(.overlappingEndpoints(range.first)) }
            previousEnd = UInt64(range.first) + range.count
            let regions = range.reservedRegions.sorted { $0.first < $1.first }
            if regions.filter({ $0.kind == .msi }).count > 1 { errors.append(.multipleMSIRegions(range.first)) }
            for (i, r) in regions.enumerated() {
                if r.first > r.last { errors.append(.badReservedRegion(range.first)) }
                if i > 0, regions[i - 1].last >= r.first { errors.append(.overlappingReservedRegions(range.first)) }
            }
            // Every RESV_MEM property is 24 bytes; keep room for the 4-byte END header too.
            if probeSize > 0, UInt64(regions.count) * 24 + 4 > UInt64(probeSize) {
                errors.append(.probeSizeTooSmall(endpoint: range.first, needed: regions.count * 24 + 4))
            }
        }
        return errors
    }
}
