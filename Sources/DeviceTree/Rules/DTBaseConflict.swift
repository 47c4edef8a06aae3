import TopologyModel

/// `dt-base-conflict`: a topology node that contradicts a node or phandle of the `--base` tree.
public enum DTBaseConflict: DiagnosticRule {
    public static let id = "dt-base-conflict"
    public static let summary = "a topology node that contradicts a node or phandle of the --base tree"
}
