import TopologyModel

/// `dt-interrupt-range`: an interrupt that is not a GICv3 SPI (0-987; SMMUv3 GSIVs 32-1019).
public enum DTInterruptRange: DiagnosticRule {
    public static let id = "dt-interrupt-range"
    public static let summary = "an interrupt that is not a GICv3 SPI (0-987; SMMUv3 GSIVs 32-1019)"
}
