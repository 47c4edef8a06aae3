import TopologyModel

/// One validity rule of the topology format, in the style of dtc's `checks.c`: a small named type
/// with a stable kebab-case id (the `id` of every diagnostic it produces, and the name a caller
/// uses to override its severity), a default severity and a one-line summary.
///
/// A rule reports every finding it has (never only the first) and must not trap on an invalid
/// topology: it may assume only what the parser guarantees (rule 1), not what other rules check.
/// Rules never iterate individual IDs or addresses: ranges can hold 2^32 IDs.
public protocol TopologyRule: Sendable {
    /// Stable kebab-case id, such as `map-overlap`.
    static var id: String { get }
    /// `.error` for the rules of "What makes a file invalid", `.warning` for the format's warnings.
    static var defaultSeverity: Severity { get }
    /// One line: what the rule rejects.
    static var summary: String { get }

    init()

    /// Appends one diagnostic per finding to `report`, with `Self.id` and `Self.defaultSeverity`
    /// (the checker applies the caller's severity overrides afterwards).
    func check(_ topology: Topology, _ report: inout [Diagnostic])
}

extension TopologyRule {
    public static var defaultSeverity: Severity { .error }

    /// A diagnostic of this rule at its default severity.
    func diagnostic(_ message: String, at location: SourceLocation, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(id: Self.id, severity: Self.defaultSeverity, message, at: location, notes: notes)
    }
}
