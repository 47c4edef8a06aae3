import TopologyModel

/// `dt-pci-iommu-bus`: a virtio-pci IOMMU off its root complex's first bus, which the device tree cannot place.
public enum DTPCIIOMMUBus: DiagnosticRule {
    public static let id = "dt-pci-iommu-bus"
    public static let summary = "a virtio-pci IOMMU off its root complex's first bus, which the device tree cannot place"
}
