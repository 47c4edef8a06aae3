import TopologyModel

/// One validity rule of the topology format, in the style of dtc's `checks.c`: a small named type
/// with a stable kebab-case id (the `id` of every diagnostic it produces, and the name a caller
/// uses to override its severity), a default severity and a one-line summary.
///
/// A rule reports every finding it has (never only the first) and must not trap on an invalid
/// topology: it may assume only what the parser guarantees (rule 1), not what other rules check.
/// Rules never iterate individual IDs or addresses: ranges can hold 2^32 IDs.
/// (`id`, `defaultSeverity`, `summary` come from `DiagnosticRule`: `.error` for the rules of
/// "What makes a file invalid", `.warning` for the format's warnings.)
public protocol TopologyRule: DiagnosticRule {
    init()

    /// Appends one diagnostic per finding to `report`, with `Self.id` and `Self.defaultSeverity`
    /// (the checker applies the caller's severity overrides afterwards).
    func check(_ topology: Topology, _ report: inout [Diagnostic])
}

extension TopologyRule {
    /// Every topology rule has a fixture named after it that trips exactly that rule
    /// (CheckFixtureTests and CheckFixturesEndToEndTests hold it to that).
    public static var fixture: String? { "Tests/TopologyCheckTests/Fixtures/\(id).yaml" }

    /// A diagnostic of this rule at its default severity.
    func diagnostic(_ message: String, at location: SourceLocation, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id: Self.id, severity: Self.defaultSeverity, message, at: location, notes: notes)
    }
}
