import TopologyModel

/// What resolving `--error`/`--no-warn` against the rules finds (the command line refuses these:
/// exit 2).
public enum CheckOptionsDiagnostics {
    /// `unknown-rule`: `--error` or `--no-warn` names no rule; the override is ignored.
    public enum UnknownRule: DiagnosticRule {
        public static let id = "unknown-rule"
        /// The library ignores the override and warns; the command line refuses it (exit 2).
        public static let defaultSeverity = Severity.warning
        public static let summary = #"`--error` or `--no-warn` names no rule; the override is ignored"#
        public static let example = #"no check has the id 'map-overlapp'; the override is ignored"#
    }

    /// `rule-override-refused`: `--no-warn` (or `--error`/a weaker severity) on a rule that finds errors; refused.
    public enum RuleOverrideRefused: DiagnosticRule {
        public static let id = "rule-override-refused"
        public static let defaultSeverity = Severity.warning
        public static let summary = #"`--no-warn` (or `--error`/a weaker severity) on a rule that finds errors; refused"#
        public static let example = #"check 'map-overlap' finds errors and cannot be disabled; the override is ignored"#
    }

    /// Every one, in the order `docs/diagnostics.md` lists them.
    public static let all: [any DiagnosticRule.Type] = [UnknownRule.self, RuleOverrideRefused.self]
}
