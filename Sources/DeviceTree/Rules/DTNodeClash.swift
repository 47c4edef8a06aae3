import TopologyModel

/// `dt-node-clash`: two sibling device-tree nodes with one name or one unit address.
public enum DTNodeClash: DiagnosticRule {
    public static let id = "dt-node-clash"
    public static let summary = "two sibling device-tree nodes with one name or one unit address"
    public static let example = #"the device tree cannot hold node 'virtio_mmio@a000000' next to 'virtio_mmio@a000000': same node name"#
}
