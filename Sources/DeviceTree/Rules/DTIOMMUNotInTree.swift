import TopologyModel

/// `dt-iommu-not-in-tree`: a reference to a virtio-pci IOMMU whose root complex has `dt: false`.
public enum DTIOMMUNotInTree: DiagnosticRule {
    public static let id = "dt-iommu-not-in-tree"
    public static let summary = "a reference to a virtio-pci IOMMU whose root complex has dt: false"
    public static let example = #"the device tree cannot reference IOMMU 'viommu1': its root complex 'pxb1' has 'dt: false'"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/dt-iommu-not-in-tree.yaml"
}
