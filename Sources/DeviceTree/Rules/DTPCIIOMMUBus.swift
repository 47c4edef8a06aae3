import TopologyModel

/// `dt-pci-iommu-bus`: a virtio-pci IOMMU off its root complex's first bus, which the device tree cannot place.
public enum DTPCIIOMMUBus: DiagnosticRule {
    public static let id = "dt-pci-iommu-bus"
    public static let summary = "a virtio-pci IOMMU off its root complex's first bus, which the device tree cannot place"
    public static let example = #"the device tree can only describe virtio-pci IOMMU 'viommu' on the root bus (0x00) of root complex 'pcie0': bus 0x01 is behind a PCI bridge the topology does not describe"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/dt-pci-iommu-bus.yaml"
}
