/// Every kind of finding topoc reports is a small type conforming to this: a stable kebab-case
/// id (the `id` of each diagnostic of that kind, what scripts match and what `--error`/`--no-warn`
/// name), a default severity, a one-line summary, an example message and, where one exists, a
/// fixture that trips it. The id is written once, in the type; nothing else spells it.
///
/// `TopologyRule` (the topology checker's rules) refines it. The backends' format rules
/// (`dt-*`, `iort-*`, `viot-*`, `acpi-*`, `aml-*`) are plain conformers whose findings the
/// emitters make, so `check`, which runs the emitters in memory, and `compile` report the same
/// ones. The parser's, verify's, decompile's and the command line's findings are conformers too,
/// so that one registry (`DiagnosticRegistry` in TopologyCompiler) lists every id, and
/// `docs/diagnostics.md` is generated from it.
public protocol DiagnosticRule: Sendable {
    static var id: String { get }
    static var defaultSeverity: Severity { get }
    static var summary: String { get }
    /// A message of this kind, as users see it (checked against the fixture's where there is one).
    static var example: String { get }
    /// A topology file, relative to the package root, that trips exactly this finding.
    static var fixture: String? { get }
    /// The topoc arguments (paths relative to the package root, run from there) that report this
    /// finding with `example` as its message: `check` of the fixture, or, for findings `check`
    /// cannot reach (verify's, decompile's, the command line's), the command that makes them.
    static var fixtureInvocation: [String]? { get }
}

extension DiagnosticRule {
    public static var defaultSeverity: Severity { .error }
    public static var example: String { "" }
    public static var fixture: String? { nil }
    public static var fixtureInvocation: [String]? { fixture.map { ["check", $0] } }

    /// A diagnostic of this rule at its default severity.
    public static func diagnostic(_ message: String, at location: SourceLocation, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id: id, severity: defaultSeverity, message, at: location, notes: notes)
    }

    /// A diagnostic of this rule at `severity` (decompile's findings, `--werror`).
    public static func diagnostic(
        severity: Severity, _ message: String, at location: SourceLocation, notes: [DiagnosticNote] = []
    ) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message, at: location, notes: notes)
    }
}
