import TopologyModel

/// What a front end reports about the run rather than the input: I/O, usage, tools. Declared in
/// the library so that one registry holds every id.
public enum CommandDiagnostics {
    /// `io-error`: a file cannot be read or an output cannot be written (exit 2).
    public enum IOError: DiagnosticRule {
        public static let id = "io-error"
        public static let summary = #"a file cannot be read or an output cannot be written (exit 2)"#
        public static let example = #"cannot open: No such file or directory"#
        public static let fixtureInvocation: [String]? = ["check", "Tests/TopocTests/Fixtures/no-such-file.yaml"]
    }

    /// `usage`: a command-line usage error, in `--diagnostics-format json` (exit 2).
    public enum Usage: DiagnosticRule {
        public static let id = "usage"
        public static let summary = #"a command-line usage error, in `--diagnostics-format json` (exit 2)"#
        public static let example = #"Missing expected argument '<file>'"#
    }

    /// `graphviz-failed`: `graph -o X.svg` could not run Graphviz's `dot` (exit 2).
    public enum GraphvizFailed: DiagnosticRule {
        public static let id = "graphviz-failed"
        public static let summary = #"`graph -o X.svg` could not run Graphviz's `dot` (exit 2)"#
        public static let example = #"dot: not found; install graphviz or write .dot"#
    }

    /// `explain-not-found`: `explain` names a BDF or device the topology does not have.
    public enum ExplainNotFound: DiagnosticRule {
        public static let id = "explain-not-found"
        public static let summary = #"`explain` names a BDF or device the topology does not have"#
        public static let example = #"no platform device named 'net'; did you mean 'net0'? (devices: net0, blk0, dma0)"#
        public static let fixtureInvocation: [String]? = ["explain", "Topologies/multi-segment.yaml", "net"]
    }

    /// Every one, in the order `docs/diagnostics.md` lists them.
    public static let all: [any DiagnosticRule.Type] = [IOError.self, Usage.self, GraphvizFailed.self, ExplainNotFound.self]
}
