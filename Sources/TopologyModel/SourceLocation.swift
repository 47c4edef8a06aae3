/// A position in a topology file: 1-based line and column (columns count Unicode scalars,
/// as libyaml does), so editors and CI can jump to the offending value.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file, for errors about the file as a whole (unreadable, not UTF-8...).
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// Where each key's value of one YAML mapping was written, so a check can point at the exact
/// value it rejects. A key that was defaulted (not written) falls back to the mapping's own location.
public struct SourceMap: Hashable, Sendable {
    /// Location of the entity itself (its name key, or the list item).
    public var location: SourceLocation
    public var values: [String: SourceLocation]

    public init(location: SourceLocation, values: [String: SourceLocation] = [:]) {
        self.location = location
        self.values = values
    }

    /// Location of the value of `key`, or of the entity when the key was not written.
    public subscript(key: String) -> SourceLocation {
        values[key] ?? location
    }

    public func wrote(_ key: String) -> Bool { values[key] != nil }
}
