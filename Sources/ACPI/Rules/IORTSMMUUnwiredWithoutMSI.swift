import TopologyModel

/// `iort-smmu-unwired-without-msi`: an SMMUv3 with MSI mappings, interrupts not all wired and no own `msi`: readers would drop a mapping.
public enum IORTSMMUUnwiredWithoutMSI: DiagnosticRule {
    public static let id = "iort-smmu-unwired-without-msi"
    public static let summary = "an SMMUv3 with MSI mappings, interrupts not all wired and no own msi: readers would drop a mapping"
    public static let example = #"IORT cannot describe SMMUv3 'smmu0': with interrupts not all wired, readers take its DeviceID mapping index as its own MSI mapping and skip it, dropping the MSIs of StreamIDs 0x0-0xffff; wire all four interrupts or give the SMMU its own 'msi'"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/iort-smmu-unwired-without-msi.yaml"
}
