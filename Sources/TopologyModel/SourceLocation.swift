import Synchronization

/// A position in a topology file: 1-based line and column (columns count Unicode scalars,
/// as libyaml does), so editors and CI can jump to the offending value.
///
/// Stored in 12 bytes: the file as an index into `SourceFiles` (interned once per file name),
/// line and column as 32-bit numbers (a topology is at most 32 MiB). A large topology's parse
/// tree and model hold a location for every value, and at 32 bytes each (a `String` and two
/// `Int`s) they were a fifth of a compile's peak memory.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var fileID: SourceFileID
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var file: String {
        get { SourceFiles.name(of: fileID) }
        set { fileID = SourceFiles.id(of: newValue) }
    }
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.init(in: SourceFiles.id(of: file), line: line, column: column)
    }

    /// A location in a file already interned: what a parser creating one location per value uses.
    public init(in file: SourceFileID, line: Int, column: Int) {
        self.fileID = file
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    /// The start of a file, for errors about the file as a whole (unreadable, not UTF-8...).
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    /// A byte offset in a binary input (a DTB or an ACPI table), printed `file:0xOFFSET` as fwts
    /// and iasl users read blob positions. Stored with line 0 (text lines start at 1).
    public static func blob(_ file: String, offset: Int) -> SourceLocation {
        var location = SourceLocation(file: file, line: 0, column: 0)
        location.storedColumn = UInt32(clamping: offset)
        return location
    }

    /// A file as a whole, with no position in it (it cannot be read, or is not there).
    public static func file(_ file: String) -> SourceLocation {
        var location = SourceLocation(file: file, line: 0, column: 0)
        location.storedLine = .max
        return location
    }

    /// The byte offset of a `blob(_:offset:)` location, nil for a text position.
    public var byteOffset: Int? { storedLine == 0 ? Int(storedColumn) : nil }

    /// True for a `file(_:)` location.
    public var isWholeFile: Bool { storedLine == .max }

    public var description: String {
        if let byteOffset { return "\(file):0x\(String(byteOffset, radix: 16, uppercase: true))" }
        if isWholeFile { return file }
        return "\(file):\(line):\(column)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A file name interned by `SourceFiles`: equal names, equal IDs, for the life of the process.
public struct SourceFileID: Hashable, Sendable {
    fileprivate let index: UInt32
}

/// The process-wide table of file names that `SourceLocation`s point into. It only grows, by one
/// entry per distinct file name ever located (a VMM compiling the same few files in a loop adds
/// nothing after the first time).
public enum SourceFiles {
    private static let table = Mutex<(names: [String], ids: [String: SourceFileID])>(([], [:]))

    /// The ID of `name`, interning it on first use.
    public static func id(of name: String) -> SourceFileID {
        table.withLock { table in
            if let id = table.ids[name] { return id }
            let id = SourceFileID(index: UInt32(table.names.count))
            table.names.append(name)
            table.ids[name] = id
            return id
        }
    }

    public static func name(of id: SourceFileID) -> String {
        table.withLock { $0.names[Int(id.index)] }
    }
}

/// Where each key's value of one YAML mapping was written, so a check can point at the exact
/// value it rejects. A key that was defaulted (not written) falls back to the mapping's own location.
public struct SourceMap: Hashable, Sendable {
    /// Location of the entity itself (its name key, or the list item).
    public var location: SourceLocation
    /// The written keys and where their values are, sorted by key. An entity has a handful, and a
    /// large topology has a map per entity and per map entry: as a dictionary each took a hash
    /// table several times the size of this array, which is searched linearly instead.
    private var entries: [Entry]

    private struct Entry: Hashable, Sendable {
        var key: String
        var location: SourceLocation
    }

    public init(location: SourceLocation, values: [String: SourceLocation] = [:]) {
        self.location = location
        self.entries = Self.entries(values)
    }

    /// The same from (key, location) pairs with distinct keys, as a reader collects them.
    public init(location: SourceLocation, entries: [(key: String, at: SourceLocation)]) {
        self.location = location
        var list = entries.map { Entry(key: $0.key, location: $0.at) }
        list.sort { $0.key < $1.key }
        self.entries = list
    }

    /// Every written key and where its value is.
    public var values: [String: SourceLocation] {
        get { Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.location) }) }
        set { entries = Self.entries(newValue) }
    }

    private static func entries(_ values: [String: SourceLocation]) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(values.count)
        for (key, location) in values { entries.append(Entry(key: key, location: location)) }
        entries.sort { $0.key < $1.key }
        return entries
    }

    /// Location of the value of `key`, or of the entity when the key was not written.
    public subscript(key: String) -> SourceLocation {
        entries.first { $0.key == key }?.location ?? location
    }

    public func wrote(_ key: String) -> Bool { entries.contains { $0.key == key } }
}
