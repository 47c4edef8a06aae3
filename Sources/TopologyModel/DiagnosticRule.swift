/// What every named rule has, wherever it runs: a stable kebab-case id (the `id` of each
/// diagnostic it produces, and what `--error`/`--no-warn` name), a default severity and a
/// one-line summary. `TopologyRule` (the topology checker's rules) refines it; the backends'
/// format rules (`dt-*`, `iort-*`, `viot-*`, `acpi-*`, `aml-*`) are plain `DiagnosticRule`
/// types whose findings the emitters make, so that `check`, which runs the emitters in memory,
/// and `compile` report the same ones.
public protocol DiagnosticRule: Sendable {
    static var id: String { get }
    static var defaultSeverity: Severity { get }
    static var summary: String { get }
}

extension DiagnosticRule {
    public static var defaultSeverity: Severity { .error }

    /// A diagnostic of this rule at its default severity.
    public static func diagnostic(_ message: String, at location: SourceLocation, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id: id, severity: defaultSeverity, message, at: location, notes: notes)
    }
}
