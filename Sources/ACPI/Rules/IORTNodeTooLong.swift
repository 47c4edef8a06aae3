import TopologyModel

/// `iort-node-too-long`: an IORT node longer than its 16-bit Length field (65,535 bytes): too many ID mappings.
public enum IORTNodeTooLong: DiagnosticRule {
    public static let id = "iort-node-too-long"
    public static let summary = "an IORT node longer than its 16-bit Length field (65,535 bytes): too many ID mappings"
}
