import TopologyModel

/// `viot-node-count`: a VIOT with more nodes than its 16-bit Node count field (65,535).
public enum VIOTNodeCount: DiagnosticRule {
    public static let id = "viot-node-count"
    public static let summary = "a VIOT with more nodes than its 16-bit Node count field (65,535)"
}
