import TopologyModel

/// `iort-node-too-long`: an IORT node longer than its 16-bit Length field (65,535 bytes): too many ID mappings.
public enum IORTNodeTooLong: DiagnosticRule {
    public static let id = "iort-node-too-long"
    public static let summary = "an IORT node longer than its 16-bit Length field (65,535 bytes): too many ID mappings"
    public static let example = #"IORT cannot describe root complex 'pcie0': its node needs 4000 ID mappings (80036 bytes), more than the 3274 that fit a node's 16-bit Length (65535 bytes)"#
}
