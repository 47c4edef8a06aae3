import TopologyModel

/// `viot-node-count`: a VIOT with more nodes than its 16-bit Node count field (65,535).
public enum VIOTNodeCount: DiagnosticRule {
    public static let id = "viot-node-count"
    public static let summary = "a VIOT with more nodes than its 16-bit Node count field (65,535)"
    public static let example = #"VIOT cannot describe device 'dev65535': the table would have 65536 nodes, more than its 16-bit Node count holds (65535); this one would be node 65536"#
}
