/// A PROBE completion with its decoded RESV_MEM properties.
public struct ProbeResult: Sendable, Hashable {
    public var outcome: RequestOutcome
    /// RESV_MEM regions in the order the device reported them (unknown subtypes → `.reserved`).
    public var regions: [ReservedRegion]
    /// Types of properties that were skipped because they are not RESV_MEM.
    public var skippedPropertyTypes: [UInt16]

    public var status: RequestStatus? { outcome.status }
}
