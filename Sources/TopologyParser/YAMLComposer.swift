import CLibyaml
import TopologyModel

/// Composes libyaml's events straight into the located tree (`YAMLTree`), with no other tree in
/// between: aliases are expanded as copies charged to the node budget (an alias bomb ends in a
/// located `yaml-too-complex` error), duplicate keys of one mapping are an error, and every
/// libyaml error becomes a located `yaml-syntax` diagnostic with libyaml's own words.
///
/// topoc used Yams for this, whose Foundation dependency was half of the executable and a third
/// of its start-up. The messages and locations are the ones Yams gave (its tests still hold):
/// `YAML syntax: <context>: <problem>` at libyaml's problem mark.
enum YAMLComposer {
    /// What a failed composition reports.
    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    /// Composes a whole document held in memory.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<YAMLTree, Failure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(Failure(diagnostic: outOfMemory(file))) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml reads nothing from an empty buffer but needs a valid pointer.
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fallback in
            let base = bytes.baseAddress ?? fallback.baseAddress!
            yaml_parser_set_input_string(&parser, base, bytes.count)
            return withUnsafeMutablePointer(to: &parser) { pointer in
                var builder = Builder(parser: pointer, file: file)
                return builder.stream()
            }
        }
    }

    /// Composes text that `read` hands over in pieces (filling the buffer it is given and
    /// returning the count, 0 at the end, nil on a read error), so the text is never held whole.
    /// Nil on any failure, a read error, or more than `limit` bytes read: the caller then reads
    /// the whole text and composes it with `compose(_:file:)`, which checks it for UTF-8 and
    /// binary bytes first, so that every diagnostic is the one a file read whole gets.
    static func compose(file: String, limit: Int, read: (UnsafeMutableRawBufferPointer) -> Int?) -> YAMLTree? {
        withoutActuallyEscaping(read) { read in
            let source = Source(read: read, limit: limit)
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return withExtendedLifetime(source) {
                yaml_parser_set_input(
                    &parser,
                    { context, buffer, size, sizeRead in
                        let source = Unmanaged<Source>.fromOpaque(context!).takeUnretainedValue()
                        guard let count = source.next(UnsafeMutableRawBufferPointer(start: buffer, count: size)) else { return 0 }
                        sizeRead!.pointee = count
                        return 1
                    }, Unmanaged.passUnretained(source).toOpaque())
                return withUnsafeMutablePointer(to: &parser) { pointer in
                    var builder = Builder(parser: pointer, file: file)
                    return try? builder.stream().get()
                }
            }
        }
    }

    private static func outOfMemory(_ file: String) -> Diagnostic {
        ParseDiagnostics.YAMLSyntax.diagnostic("YAML syntax: libyaml could not allocate its parser", at: .start(of: file))
    }

    /// What libyaml's read handler reads from.
    private final class Source {
        let read: (UnsafeMutableRawBufferPointer) -> Int?
        let limit: Int
        var total = 0

        init(read: @escaping (UnsafeMutableRawBufferPointer) -> Int?, limit: Int) {
            self.read = read
            self.limit = limit
        }

        func next(_ buffer: UnsafeMutableRawBufferPointer) -> Int? {
            guard let count = read(buffer), count >= 0, count <= buffer.count else { return nil }
            total += count
            return total <= limit ? count : nil
        }
    }

    /// What the composer needs of one libyaml event, read out of it before it is deleted (an
    /// object per event, deleted with its owner, was an allocation per node of the document).
    private struct Event {
        var type: yaml_event_type_t
        var start: yaml_mark_t
        /// The anchor of a scalar, sequence or mapping; the name an alias refers to.
        var anchor: String?
        /// A scalar's text, and whether it was quoted (or a block scalar).
        var text = ""
        var quoted = false

        init(_ raw: yaml_event_t) {
            type = raw.type
            start = raw.start_mark
            switch raw.type {
            case YAML_ALIAS_EVENT:
                anchor = Builder.anchor(raw.data.alias.anchor)
            case YAML_SCALAR_EVENT:
                let scalar = raw.data.scalar
                anchor = Builder.anchor(scalar.anchor)
                text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let style = scalar.style
                quoted =
                    style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                    || style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE
            case YAML_SEQUENCE_START_EVENT:
                anchor = Builder.anchor(raw.data.sequence_start.anchor)
            case YAML_MAPPING_START_EVENT:
                anchor = Builder.anchor(raw.data.mapping_start.anchor)
            default:
                anchor = nil
            }
        }
    }

    /// An anchored node, kept for its aliases: the subtree, how many nodes it has (what each
    /// alias costs the budget) and how deep it nests.
    private struct Anchored {
        var tree: YAMLTree
        var nodes: Int
        var height: Int
    }

    private struct Builder {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let fileName: String
        let file: SourceFileID
        /// Nodes made so far, alias expansions included.
        var nodes = 0
        var anchors: [String: Anchored] = [:]
        /// Children of the mappings and sequences being read, innermost last. Each is copied out
        /// into an array of exactly its size when it ends: appending to its own array instead
        /// left up to half of every list's capacity unused, for the life of the tree.
        var pendingPairs: [(key: YAMLTree, value: YAMLTree)] = []
        var pendingItems: [YAMLTree] = []

        init(parser: UnsafeMutablePointer<yaml_parser_t>, file: String) {
            self.parser = parser
            self.fileName = file
            self.file = SourceFiles.id(of: file)
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(in: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        func syntax(_ message: String, at mark: yaml_mark_t) -> Failure {
            Failure(diagnostic: ParseDiagnostics.YAMLSyntax.diagnostic("YAML syntax: " + message, at: location(mark)))
        }

        func tooComplex(_ reason: String, at location: SourceLocation) -> Failure {
            Failure(diagnostic: ParseDiagnostics.YAMLTooComplex.diagnostic(reason, at: location))
        }

        /// libyaml's error, in its words: `<context>: <problem>`, at the problem's mark.
        func libyamlError() -> Failure {
            let p = parser.pointee
            func text(_ s: UnsafePointer<CChar>?) -> String? { s.map { String(cString: $0) } }
            let problem = text(p.problem) ?? "unknown error"
            switch p.error {
            case YAML_MEMORY_ERROR:
                return Failure(diagnostic: YAMLComposer.outOfMemory(fileName))
            case YAML_READER_ERROR:
                // Invalid UTF-8 or a control character: the byte's offset is all libyaml knows.
                return Failure(diagnostic: ParseDiagnostics.YAMLSyntax.diagnostic(
                    "YAML syntax: \(problem) at offset \(p.problem_offset)", at: .start(of: fileName)))
            default:
                return syntax((text(p.context).map { $0 + ": " } ?? "") + problem, at: p.problem_mark)
            }
        }

        mutating func next() throws(Failure) -> Event {
            var raw = yaml_event_t()
            guard yaml_parser_parse(parser, &raw) == 1 else { throw libyamlError() }
            defer { yaml_event_delete(&raw) }
            return Event(raw)
        }

        /// The stream: exactly one document (none is an empty file).
        mutating func stream() -> Result<YAMLTree, Failure> {
            do throws(Failure) {
                guard try next().type == YAML_STREAM_START_EVENT else { throw syntax("no stream", at: parser.pointee.mark) }
                let start = try next()
                if start.type == YAML_STREAM_END_EVENT {
                    throw Failure(diagnostic: ParseDiagnostics.MissingKey.diagnostic(
                        "file is empty: a topology needs at least 'topology', 'name', 'arch' and 'iommus'",
                        at: .start(of: fileName)))
                }
                let root = try node(try next(), depth: 0)
                _ = try next()  // DOCUMENT-END
                let after = try next()
                if after.type == YAML_DOCUMENT_START_EVENT {
                    throw syntax("expected a single document in the stream: but found another document", at: after.start)
                }
                return .success(root.tree)
            } catch {
                return .failure(error)
            }
        }

        static func anchor(_ name: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            name.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }

        /// A new array holding just `slice`. (`Array(slice)` of a slice spanning its whole
        /// buffer shares that buffer, capacity and all, with the pending stack.)
        static func exactCopy<T>(of slice: ArraySlice<T>) -> [T] {
            var copy: [T] = []
            copy.reserveCapacity(slice.count)
            copy.append(contentsOf: slice)
            return copy
        }

        /// Charges `count` nodes at `depth` (plus `height` below it) to the budget.
        mutating func charge(_ count: Int, depth: Int, height: Int = 0, at location: SourceLocation) throws(Failure) {
            nodes += count
            if nodes > YAMLLimits.maxNodes {
                throw tooComplex("the document expands to more than \(YAMLLimits.maxNodes) nodes (an alias bomb?)", at: location)
            }
            if depth + height > YAMLLimits.maxDepth {
                throw tooComplex("values nest more than \(YAMLLimits.maxDepth) levels deep", at: location)
            }
        }

        /// The node that starts with `event`, with how many nodes it holds and how deep it nests.
        mutating func node(_ event: Event, depth: Int) throws(Failure) -> (tree: YAMLTree, nodes: Int, height: Int) {
            let at = location(event.start)
            let before = nodes
            switch event.type {
            case YAML_ALIAS_EVENT:
                let name = event.anchor ?? ""
                guard let target = anchors[name] else { throw syntax("found undefined alias", at: event.start) }
                try charge(target.nodes, depth: depth, height: target.height, at: at)
                return (target.tree, target.nodes, target.height)
            case YAML_SCALAR_EVENT:
                try charge(1, depth: depth, at: at)
                let result = (tree: YAMLTree.scalar(event.text, quoted: event.quoted, at: at), nodes: 1, height: 0)
                if let name = event.anchor { anchors[name] = Anchored(tree: result.tree, nodes: 1, height: 0) }
                return result
            case YAML_SEQUENCE_START_EVENT:
                try charge(1, depth: depth, at: at)
                let anchor = event.anchor
                let first = pendingItems.count
                var height = 0
                while true {
                    let child = try next()
                    if child.type == YAML_SEQUENCE_END_EVENT { break }
                    let item = try node(child, depth: depth + 1)
                    height = max(height, item.height + 1)
                    pendingItems.append(item.tree)
                }
                let items = Self.exactCopy(of: pendingItems[first...])
                pendingItems.removeSubrange(first...)
                let result = (tree: YAMLTree.sequence(items, at: at), nodes: nodes - before, height: height)
                if let anchor { anchors[anchor] = Anchored(tree: result.tree, nodes: result.nodes, height: height) }
                return result
            case YAML_MAPPING_START_EVENT:
                try charge(1, depth: depth, at: at)
                let anchor = event.anchor
                let first = pendingPairs.count
                var keys = KeySet()
                var duplicates: [(key: String, at: SourceLocation)] = []
                var height = 0
                while true {
                    let keyEvent = try next()
                    if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                    let key = try node(keyEvent, depth: depth + 1)
                    let value = try node(try next(), depth: depth + 1)
                    height = max(height, key.height + 1, value.height + 1)
                    // Scalar keys with one text are one key, whatever their quoting (as Yams' basic
                    // resolver: every scalar is a string).
                    if case .scalar(let text, _, let keyAt) = key.tree, let earlier = keys.insert(text, at: keyAt),
                       !duplicates.contains(where: { $0.key == text }) {
                        duplicates.append((text, earlier))
                    }
                    pendingPairs.append((key.tree, value.tree))
                }
                if let firstDuplicate = duplicates.first {
                    pendingPairs.removeSubrange(first...)
                    throw Failure(diagnostic: ParseDiagnostics.YAMLSyntax.diagnostic(
                        "duplicate key \(duplicates.map { "'\($0.key)'" }.joined(separator: ", ")) in one mapping",
                        at: firstDuplicate.at))
                }
                let pairs = Self.exactCopy(of: pendingPairs[first...])
                pendingPairs.removeSubrange(first...)
                let result = (tree: YAMLTree.mapping(pairs, at: at), nodes: nodes - before, height: height)
                if let anchor { anchors[anchor] = Anchored(tree: result.tree, nodes: result.nodes, height: height) }
                return result
            default:
                throw syntax("unexpected event \(event.type.rawValue)", at: event.start)
            }
        }
    }

    /// The scalar keys of one mapping seen so far, with where each was first written. Most
    /// mappings have a handful of keys, compared in a list; a long one (a section of hundreds of
    /// named entries) moves to a dictionary once it passes `listLimit` keys.
    private struct KeySet {
        static let listLimit = 16
        var list: [(key: String, at: SourceLocation)] = []
        var table: [String: SourceLocation]? = nil

        /// Records `key`; where it was first written if it was already there.
        mutating func insert(_ key: String, at: SourceLocation) -> SourceLocation? {
            if table == nil {
                let length = key.utf8.count
                if let seen = list.first(where: { $0.key.utf8.count == length && $0.key == key }) { return seen.at }
                list.append((key, at))
                if list.count > Self.listLimit {
                    table = Dictionary(list.map { ($0.key, $0.at) }, uniquingKeysWith: { first, _ in first })
                    list = []
                }
                return nil
            }
            if let seen = table![key] { return seen }
            table![key] = at
            return nil
        }
    }
}
