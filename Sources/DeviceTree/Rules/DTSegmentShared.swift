import TopologyModel

/// `dt-segment-shared`: two host bridges in the device tree on one PCI segment (one `linux,pci-domain`).
public enum DTSegmentShared: DiagnosticRule {
    public static let id = "dt-segment-shared"
    public static let summary = "two host bridges in the device tree on one PCI segment (one linux,pci-domain)"
    public static let example = #"the device tree cannot give two host bridges one PCI domain: root complexes 'pcie0' and 'pxb1' are both on segment 0; give one of them 'dt: false'"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/dt-segment-shared.yaml"
}
