import CYaml
import TopologyModel

/// Builds the located tree straight from libyaml's events, without Yams' node tree: on a large
/// topology the two trees side by side were most of a compile's peak memory.
///
/// This is only the fast path of ordinary documents. Whenever the input needs anything it does
/// not do — any libyaml error, an anchor or alias, two keys of one mapping with the same text (a
/// possible duplicate: Yams' check compares text and tag), a key that is not a scalar, no
/// document or more than one, the node budget or depth limit — it gives up (nil) and the caller
/// takes the Yams path (`YAMLTree.from`), which reports exactly as before. On the inputs it
/// accepts it gives the tree that path gives: the same scalars, styles and locations.
enum EventTree {
    static func build(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> YAMLTree? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, bytes.count)
        return withUnsafeMutablePointer(to: &parser) { pointer in
            var builder = Builder(parser: pointer, file: file)
            return builder.document()
        }
    }

    /// The same from text that `read` hands over in pieces (filling the buffer it is given and
    /// returning the count, 0 at the end, nil on a read error), so the text is never held whole.
    /// Gives up (nil) as `build(_:file:)` does, and also on a read error or once more than
    /// `limit` bytes were read.
    static func build(file: String, limit: Int, read: (UnsafeMutableRawBufferPointer) -> Int?) -> YAMLTree? {
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
                    return builder.document()
                }
            }
        }
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

    /// One libyaml event, deleted with its owner.
    private final class Event {
        var raw = yaml_event_t()
        deinit { yaml_event_delete(&raw) }
        var type: yaml_event_type_t { raw.type }
    }

    private struct Builder {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let file: SourceFileID
        var nodes = 0
        /// Children of the mappings and sequences being read, innermost last. Each is copied out
        /// into an array of exactly its size when it ends: appending to its own array instead
        /// left up to half of every list's capacity unused, for the life of the tree.
        var pendingPairs: [(key: YAMLTree, value: YAMLTree)] = []
        var pendingItems: [YAMLTree] = []

        init(parser: UnsafeMutablePointer<yaml_parser_t>, file: String) {
            self.parser = parser
            self.file = SourceFiles.id(of: file)
        }

        mutating func next() -> Event? {
            let event = Event()
            guard yaml_parser_parse(parser, &event.raw) == 1 else { return nil }
            return event
        }

        mutating func document() -> YAMLTree? {
            guard next()?.type == YAML_STREAM_START_EVENT else { return nil }
            guard next()?.type == YAML_DOCUMENT_START_EVENT else { return nil }
            guard let first = next(), let root = node(first, depth: 0) else { return nil }
            guard next()?.type == YAML_DOCUMENT_END_EVENT else { return nil }
            guard next()?.type == YAML_STREAM_END_EVENT else { return nil }
            return root
        }

        /// A new array holding just `slice`. (`Array(slice)` of a slice spanning its whole
        /// buffer shares that buffer, capacity and all, with the pending stack.)
        static func exactCopy<T>(of slice: ArraySlice<T>) -> [T] {
            var copy: [T] = []
            copy.reserveCapacity(slice.count)
            copy.append(contentsOf: slice)
            return copy
        }

        /// The node that starts with `event`, with the checks of `YAMLTree.from` in its order.
        mutating func node(_ event: Event, depth: Int) -> YAMLTree? {
            nodes += 1
            guard nodes <= YAMLLimits.maxNodes, depth <= YAMLLimits.maxDepth else { return nil }
            let at = SourceLocation(
                in: file, line: Int(event.raw.start_mark.line) + 1, column: Int(event.raw.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.raw.data.scalar
                guard scalar.anchor == nil else { return nil }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let style = scalar.style
                let quoted =
                    style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                    || style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE
                return .scalar(text, quoted: quoted, at: at)
            case YAML_SEQUENCE_START_EVENT:
                guard event.raw.data.sequence_start.anchor == nil else { return nil }
                let first = pendingItems.count
                while true {
                    guard let child = next() else { return nil }
                    if child.type == YAML_SEQUENCE_END_EVENT { break }
                    guard let item = node(child, depth: depth + 1) else { return nil }
                    pendingItems.append(item)
                }
                let items = Self.exactCopy(of: pendingItems[first...])
                pendingItems.removeSubrange(first...)
                return .sequence(items, at: at)
            case YAML_MAPPING_START_EVENT:
                guard event.raw.data.mapping_start.anchor == nil else { return nil }
                let first = pendingPairs.count
                var keys = Set<String>()
                while true {
                    guard let keyEvent = next() else { return nil }
                    if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                    guard keyEvent.type == YAML_SCALAR_EVENT, let key = node(keyEvent, depth: depth + 1),
                        case .scalar(let text, _, _) = key, keys.insert(text).inserted
                    else { return nil }
                    guard let valueEvent = next(), let value = node(valueEvent, depth: depth + 1) else { return nil }
                    pendingPairs.append((key, value))
                }
                let pairs = Self.exactCopy(of: pendingPairs[first...])
                pendingPairs.removeSubrange(first...)
                return .mapping(pairs, at: at)
            default:
                // An alias (or anything unexpected): the Yams path.
                return nil
            }
        }
    }
}
