import TopologyModel

/// `dt-internal`: libfdt refused to build or open a tree.
public enum DTInternal: DiagnosticRule {
    public static let id = "dt-internal"
    public static let summary = "libfdt refused to build or open a tree"
    public static let example = #"libfdt: FDT_ERR_NOSPACE (the merged tree did not fit)"#
}
