import TopologyModel

/// Collects every finding of one parse, so the user sees all of them at once, not just the first.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    /// A hostile file can produce an error per node; past this many the rest add nothing.
    static let limit = 200
    private(set) var dropped = 0

    func error(_ kind: any DiagnosticRule.Type, _ message: String, at location: SourceLocation, notes: [DiagnosticNote] = []) {
        guard diagnostics.count < DiagnosticSink.limit else {
            dropped += 1
            return
        }
        diagnostics.append(kind.diagnostic(severity: .error, message, at: location, notes: notes))
    }

    var isFull: Bool { diagnostics.count >= DiagnosticSink.limit }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
