/// How serious a finding is. `--werror` promotes warnings to errors.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A secondary location that explains a diagnostic ("entry 1 declared here").
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

/// One finding about a topology file: a typed value with a stable id (the name of the rule that
/// produced it, such as `map-overlap`), a location and notes. Front ends decide how to print it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var id: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var notes: [DiagnosticNote]

    public init(
        id: String, severity: Severity = .error, _ message: String, at location: SourceLocation,
        notes: [DiagnosticNote] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// The compiler-style text form: `file:line:col: error: message [id]`, then its notes.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message) [\(id)]"
        for note in notes {
            text += "\n\(note.location): note: \(note.message)"
        }
        return text
    }
}

/// Thrown by stages that cannot continue: carries every diagnostic found so far.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
