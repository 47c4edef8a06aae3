/// Outcome of a modelled DMA through the IOMMU.
public enum Translation: Sendable, Hashable {
    /// Translated by a mapping of the endpoint's domain.
    case mapped(physicalAddress: UInt64)
    /// Passed through untranslated: bypass (config byte, legacy BYPASS or a bypass domain) or an
    /// MSI reserved region.
    case passthrough(address: UInt64)
    /// Blocked. `reported` says whether the fault was written to an event-queue buffer.
    case fault(FaultEvent, reported: Bool)

    /// The physical address reached, or `nil` for a fault.
    public var physicalAddress: UInt64? {
        switch self {
        case .mapped(let pa): return pa
        case .passthrough(let a): return a
        case .fault: return nil
        }
    }
}
