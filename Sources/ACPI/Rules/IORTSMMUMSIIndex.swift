import TopologyModel

/// `iort-smmu-msi-index`: an SMMUv3 with own `msi` and all four interrupts wired: readers ignore the DeviceID mapping index.
public enum IORTSMMUMSIIndex: DiagnosticRule {
    public static let id = "iort-smmu-msi-index"
    public static let summary = "an SMMUv3 with own msi and all four interrupts wired: readers ignore the DeviceID mapping index"
    public static let example = #"IORT cannot describe the own MSIs of SMMUv3 'smmu0': with all four interrupts wired, readers ignore the DeviceID mapping index at the IORT revisions topoc emits"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/iort-smmu-msi-index.yaml"
}
