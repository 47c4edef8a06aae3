import TopologyModel

/// `viot-offset-overflow`: a virtio IOMMU whose VIOT node would start past offset 0xffff, where output-node references cannot reach.
public enum VIOTOffsetOverflow: DiagnosticRule {
    public static let id = "viot-offset-overflow"
    public static let summary = "a virtio IOMMU whose VIOT node would start past offset 0xffff, where output-node references cannot reach"
    public static let example = #"VIOT cannot describe IOMMU 'vm2000': its node would lie at offset 0x10010, past the 64 KiB that a VIOT output node reference can reach"#
}
