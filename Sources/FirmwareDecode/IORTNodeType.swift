/// IORT node types (spec-reference §3.3).
public enum IORTNodeType: UInt8, Equatable, Hashable, Sendable, CaseIterable {
    /// GIC ITS group (terminal: produces DeviceIDs).
    case itsGroup = 0
    /// Named component (a platform device described in the namespace).
    case namedComponent = 1
    /// PCI root complex.
    case rootComplex = 2
    /// SMMUv1/v2.
    case smmuV1V2 = 3
    /// SMMUv3.
    case smmuV3 = 4
    /// Performance monitoring counter group.
    case pmcg = 5
    /// Reserved memory range.
    case rmr = 6
    /// Interrupt wire bridge (GICv5).
    case iwb = 7
}
