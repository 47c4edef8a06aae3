import TopologyModel

/// One entry of a named map: its name, where the name was written, and its value.
typealias NamedEntry = (name: String, at: SourceLocation, value: YAMLTree)

/// Calls `body` with each entry in order, dropping each entry's subtree from `entries` first, so
/// that it is freed as soon as `body` has read it.
func readEach(_ entries: consuming [NamedEntry], _ body: (NamedEntry) -> Void) {
    var entries = entries
    for i in entries.indices {
        let entry = entries[i]
        entries[i].value = YAMLTree.released
        body(entry)
    }
}

/// The keys of one YAML mapping, checked against the keys its schema allows.
///
/// Unknown keys are reported on creation (with a "did you mean" hint); required keys are reported
/// when asked for. Every accessor records where the value was written, for the model's `SourceMap`.
struct Fields {
    let location: SourceLocation
    /// "root complex 'pcie0'": how messages name the thing being read.
    let context: String
    /// The allowed keys written, in order, with their values. A mapping has a handful of keys,
    /// searched linearly (a dictionary per mapping, with its hashing, was a good part of reading
    /// a large topology).
    private var values: [(key: String, value: YAMLTree)] = []
    /// Where the values handed out by `take` were written (for `location(of:)` and `sourceMap`).
    private var takenLocations: [(key: String, at: SourceLocation)] = []
    let sink: DiagnosticSink

    /// Reads `tree` as a mapping with the given keys; nil (with an error) when it is not a mapping.
    init?(_ tree: consuming YAMLTree, context: String, allowed: [String], sink: DiagnosticSink) {
        self.location = tree.location
        self.context = context
        self.sink = sink
        guard case .mapping(let pairs, _) = tree else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(context) must be a mapping, found \(tree.kindName)", at: tree.location)
            return nil
        }
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            guard case .scalar(let name, _, let at) = key else {
                sink.error(ParseDiagnostics.TypeMismatch.self, "keys of \(context) must be plain strings", at: key.location)
                continue
            }
            guard allowed.contains(name) else {
                // Past the report limit, skip the edit-distance hint: a hostile file may have
                // millions of unknown keys.
                if sink.isFull {
                    sink.error(ParseDiagnostics.UnknownKey.self, "", at: at)
                    continue
                }
                var message = "unknown key '\(name)' in \(context)"
                if let hint = closestMatch(to: name, in: allowed) { message += "; did you mean '\(hint)'?" }
                sink.error(ParseDiagnostics.UnknownKey.self, message, at: at)
                continue
            }
            // One mapping never holds a key twice (the composer refuses it); the last would win.
            if let i = index(of: name) { values[i].value = value } else { values.append((name, value)) }
        }
    }

    private func index(of key: String) -> Int? { values.firstIndex { $0.key == key } }

    subscript(key: String) -> YAMLTree? { index(of: key).map { values[$0].value } }

    /// Where the value of `key` was written, also after `take`.
    func location(of key: String) -> SourceLocation? {
        self[key]?.location ?? takenLocations.first { $0.key == key }?.at
    }

    /// Hands out the value of `key` and forgets it here, so that its subtree is freed as soon as
    /// the caller has read it: the sections of a large topology are most of its parse tree, and
    /// holding them all until the whole model was built made parsing a compile's peak.
    mutating func take(_ key: String) -> YAMLTree? {
        guard let i = index(of: key) else { return nil }
        let value = values.remove(at: i).value
        takenLocations.append((key, value.location))
        return value
    }

    /// The value of a required key, or nil after reporting it missing.
    func required(_ key: String) -> YAMLTree? {
        if let value = self[key] { return value }
        sink.error(ParseDiagnostics.MissingKey.self, "\(context) is missing required key '\(key)'", at: location)
        return nil
    }

    var sourceMap: SourceMap {
        var entries = values.map { (key: $0.key, at: $0.value.location) }
        for taken in takenLocations where !entries.contains(where: { $0.key == taken.key }) { entries.append(taken) }
        return SourceMap(location: location, entries: entries)
    }

    // MARK: Typed values

    /// An unsigned integer that fits in `bits` (8, 16, 32 or 64) and is at most `max` if given.
    func integer(_ key: String, bits: Int, max: UInt64? = nil, required: Bool = false) -> UInt64? {
        guard let tree = required ? self.required(key) : self[key] else { return nil }
        return Values.integer(tree, what: "'\(key)' of \(context)", bits: bits, max: max, sink: sink)
    }

    func bool(_ key: String) -> Bool? {
        guard let tree = self[key] else { return nil }
        return Values.bool(tree, what: "'\(key)' of \(context)", sink: sink)
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let tree = required ? self.required(key) : self[key] else { return nil }
        return Values.string(tree, what: "'\(key)' of \(context)", sink: sink)
    }

    func list(_ key: String) -> [YAMLTree]? {
        guard let tree = self[key] else { return nil }
        guard case .sequence(let items, _) = tree else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "'\(key)' of \(context) must be a list, found \(tree.kindName)", at: tree.location)
            return nil
        }
        return items
    }

    /// A named map (`iommus:`, `devices:`...): its entries in declaration order. The section is
    /// taken (see `take`), so the entries are then its only owners.
    mutating func takeNamedEntries(_ key: String) -> [NamedEntry] {
        namedEntries(take(key), key: key)
    }

    private func namedEntries(_ section: consuming YAMLTree?, key: String) -> [NamedEntry] {
        guard let tree = section else { return [] }
        if case .scalar(let text, false, _) = tree, text.isEmpty || text == "~" || text == "null" { return [] }
        guard case .mapping(let pairs, _) = tree else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "'\(key)' must be a mapping of names to entries, found \(tree.kindName)", at: tree.location)
            return []
        }
        return pairs.compactMap { key, value in
            guard case .scalar(let name, _, let at) = key else {
                sink.error(ParseDiagnostics.TypeMismatch.self, "names in '\(self.context)' must be strings", at: key.location)
                return nil
            }
            return (name, at, value)
        }
    }
}

/// Readers for single values, shared by `Fields` and list items.
/// `what` names the value in messages ("'rids' of msi-map entry 3 of root complex 'pcie0'"); it is
/// built only when there is something to report, as reading a large topology reads 100,000s of
/// values and reports none.
enum Values {
    static func integer(_ tree: YAMLTree, what: @autoclosure () -> String, bits: Int, max: UInt64? = nil, sink: DiagnosticSink) -> UInt64? {
        guard case .scalar(let text, _, let at) = tree else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be an integer, found \(tree.kindName)", at: tree.location)
            return nil
        }
        let limit = max ?? (bits >= 64 ? UInt64.max : (UInt64(1) << UInt64(bits)) - 1)
        switch Lexical.integer(text) {
        case .success(let value) where value <= limit:
            return value
        case .success(let value):
            sink.error(ParseDiagnostics.NumberRange.self, "\(what()) is \(hex(value)), past its maximum \(hex(limit))", at: at)
        case .failure(.negative):
            sink.error(ParseDiagnostics.NumberRange.self, "\(what()) must not be negative", at: at)
        case .failure(.fractional):
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be an integer, not a fraction", at: at)
        case .failure(.tooLarge):
            sink.error(ParseDiagnostics.NumberRange.self, "\(what()) does not fit in 64 bits", at: at)
        case .failure(.notANumber):
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be an integer (decimal, 0x hex, or a size like \"64K\"), found \(tree.kindName)", at: at)
        }
        return nil
    }

    static func bool(_ tree: YAMLTree, what: @autoclosure () -> String, sink: DiagnosticSink) -> Bool? {
        if case .scalar(let text, false, _) = tree {
            if text == "true" { return true }
            if text == "false" { return false }
        }
        sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be true or false, found \(tree.kindName)", at: tree.location)
        return nil
    }

    static func string(_ tree: YAMLTree, what: @autoclosure () -> String, sink: DiagnosticSink) -> String? {
        guard case .scalar(let text, _, _) = tree else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be a string, found \(tree.kindName)", at: tree.location)
            return nil
        }
        return text
    }

    /// An inclusive `[first, last]` pair of integers.
    static func pair(_ tree: YAMLTree, what: @autoclosure () -> String, bits: Int, sink: DiagnosticSink) -> (UInt64, UInt64)? {
        guard case .sequence(let items, let at) = tree, items.count == 2 else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be an inclusive pair [first, last], found \(tree.kindName)", at: tree.location)
            return nil
        }
        guard let first = integer(items[0], what: "the first value of \(what())", bits: bits, sink: sink),
            let last = integer(items[1], what: "the last value of \(what())", bits: bits, sink: sink)
        else { return nil }
        guard first <= last else {
            sink.error(ParseDiagnostics.NumberRange.self, "\(what()) runs backwards: first \(hex(first)) is past last \(hex(last))", at: at)
            return nil
        }
        return (first, last)
    }

    /// A RID range: `[0x0000, 0x00ff]` or `"00:00.0-00:1f.7"`.
    static func ridRange(_ tree: YAMLTree, what: @autoclosure () -> String, sink: DiagnosticSink) -> IDRange? {
        if case .scalar(let text, _, let at) = tree {
            guard let (first, last) = Lexical.bdfRange(text) else {
                sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be [first, last] or \"BB:DD.F-BB:DD.F\", found '\(text.prefix(40))'", at: at)
                return nil
            }
            guard first.rid <= last.rid else {
                sink.error(ParseDiagnostics.NumberRange.self, "\(what()) runs backwards: \(first) is past \(last)", at: at)
                return nil
            }
            return IDRange(first: UInt32(first.rid), last: UInt32(last.rid))
        }
        guard let (first, last) = pair(tree, what: what(), bits: 16, sink: sink) else { return nil }
        return IDRange(first: UInt32(first), last: UInt32(last))
    }

    /// An ID or an inclusive ID range of 32-bit IDs.
    static func idRange(_ tree: YAMLTree, what: @autoclosure () -> String, sink: DiagnosticSink) -> IDRange? {
        guard let (first, last) = pair(tree, what: what(), bits: 32, sink: sink) else { return nil }
        return IDRange(first: UInt32(first), last: UInt32(last))
    }

    static func bdf(_ tree: YAMLTree, what: @autoclosure () -> String, sink: DiagnosticSink) -> BDF? {
        guard case .scalar(let text, _, let at) = tree, let bdf = BDF(parsing: text.trimmingSpaces) else {
            let found = if case .scalar(let text, _, _) = tree { "'\(text.prefix(40))'" } else { tree.kindName }
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(what()) must be a PCI address \"BB:DD.F\" (device 00-1f, function 0-7), found \(found)", at: tree.location)
            return nil
        }
        _ = at
        return bdf
    }
}
