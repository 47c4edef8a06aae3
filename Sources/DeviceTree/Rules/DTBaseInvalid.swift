import TopologyModel

/// `dt-base-invalid`: the `--base` blob is not a valid flattened device tree.
public enum DTBaseInvalid: DiagnosticRule {
    public static let id = "dt-base-invalid"
    public static let summary = "the --base blob is not a valid flattened device tree"
    public static let example = #"the base device tree is not a valid flattened device tree: bad magic 0x6e6f7420, expected 0xd00dfeed"#
}
