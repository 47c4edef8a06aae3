/// A rule of §4 that a `Configuration` breaks.
public enum ConfigurationError: Error, Sendable, Hashable {
    case zeroPageSizeMask
    case emptyInputRange
    case emptyDomainRange
    case badQueueSize(UInt16)
    case badEndpointRange(first: UInt32, count: UInt64)
    case overlappingEndpoints(UInt32)
    case multipleMSIRegions(UInt32)
    case badReservedRegion(UInt32)
    case overlappingReservedRegions(UInt32)
    /// The RESV_MEM properties of the range (plus END) do not fit in `probe_size`.
    case probeSizeTooSmall(endpoint: UInt32, needed: Int)
    /// Several problems at once.
    case invalid([ConfigurationError])
}
