import TopologyModel

/// `dt-base-invalid`: the `--base` blob is not a valid flattened device tree.
public enum DTBaseInvalid: DiagnosticRule {
    public static let id = "dt-base-invalid"
    public static let summary = "the --base blob is not a valid flattened device tree"
}
