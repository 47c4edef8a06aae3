import TopologyModel

/// `iort-smmu-unwired-without-msi`: an SMMUv3 with MSI mappings, interrupts not all wired and no own `msi`: readers would drop a mapping.
public enum IORTSMMUUnwiredWithoutMSI: DiagnosticRule {
    public static let id = "iort-smmu-unwired-without-msi"
    public static let summary = "an SMMUv3 with MSI mappings, interrupts not all wired and no own msi: readers would drop a mapping"
}
