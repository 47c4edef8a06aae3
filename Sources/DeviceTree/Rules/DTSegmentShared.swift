import TopologyModel

/// `dt-segment-shared`: two host bridges in the device tree on one PCI segment (one `linux,pci-domain`).
public enum DTSegmentShared: DiagnosticRule {
    public static let id = "dt-segment-shared"
    public static let summary = "two host bridges in the device tree on one PCI segment (one linux,pci-domain)"
}
