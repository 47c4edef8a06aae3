import TopologyModel

/// `dt-interrupt-range`: an interrupt that is not a GIC SPI (0-987; SMMUv3 GSIVs 32-1019).
public enum DTInterruptRange: DiagnosticRule {
    public static let id = "dt-interrupt-range"
    public static let summary = "an interrupt that is not a GIC SPI (0-987; SMMUv3 GSIVs 32-1019)"
    public static let example = #"the device tree's GIC binding has no SPI 1000 (device 'net1'); SPIs are 0-987"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/dt-interrupt-range.yaml"
}
