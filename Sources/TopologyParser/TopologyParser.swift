import TopologyModel
import Yams

/// The outcome of parsing one topology file: the model when the file is well formed, and every
/// diagnostic found (all of them, not only the first).
public struct ParseResult: Sendable {
    public var topology: Topology?
    public var diagnostics: [Diagnostic]
}

/// Reads topology files (format 1, YAML) into the model, keeping the line and column of every
/// value so later stages can point at it. Covers rule 1 of "What makes a file invalid": syntax,
/// types, missing and unknown keys, numbers out of range or unaligned, and names.
public enum TopologyParser {
    /// Larger files are refused before YAML sees them; a topology of 10,000 devices is ~2 MiB.
    public static let maxFileSize = 32 << 20

    /// Parses raw file bytes (which need not be UTF-8: that is reported, located).
    public static func parse(bytes: [UInt8], file: String) -> ParseResult {
        if bytes.count > maxFileSize {
            return failure(
                "file-too-large",
                "file is \(bytes.count) bytes, more than the \(maxFileSize >> 20) MiB a topology may have",
                at: .start(of: file))
        }
        if let bad = firstInvalidUTF8(bytes) {
            return failure("not-utf8", "file is not UTF-8 text (invalid byte \(hex(bytes[bad], digits: 2)))", at: location(ofByte: bad, in: bytes, file: file))
        }
        if let tree = bytes.withUnsafeBufferPointer({ EventTree.build($0, file: file) }) {
            return read(consume tree, file: file)
        }
        return parse(text: String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// Parses a topology that `read` hands over in pieces, as `parse(bytes:file:)` does but
    /// without holding the text: `read` fills the buffer it is given and returns the count (0 at
    /// the end, nil on a read error). Files that are not ordinary documents (errors, aliases,
    /// possible duplicate keys, invalid UTF-8, more than `maxFileSize` bytes) are parsed again
    /// from `whole()`, the entire text, so every diagnostic is the one `parse(bytes:file:)` gives.
    public static func parse(
        file: String, reading read: (UnsafeMutableRawBufferPointer) -> Int?, whole: () throws -> [UInt8]
    ) rethrows -> ParseResult {
        if let tree = EventTree.build(file: file, limit: maxFileSize, read: read) {
            return Self.read(consume tree, file: file)
        }
        return parse(bytes: try whole(), file: file)
    }

    /// Parses YAML text.
    public static func parse(text: String, file: String) -> ParseResult {
        // Ordinary documents go straight from libyaml's events to the located tree (EventTree);
        // the rest (errors, aliases, possible duplicate keys) through Yams. Yams' node tree lives
        // only inside `locatedTree`: it is released before the readers build the model.
        if let tree = text.utf8.withContiguousStorageIfAvailable({ EventTree.build($0, file: file) }) ?? nil {
            return read(consume tree, file: file)
        }
        switch locatedTree(text: text, file: file) {
        case .success(let tree): return read(consume tree, file: file)
        case .failure(let failed): return failed.result
        }
    }

    private static func read(_ tree: consuming YAMLTree, file: String) -> ParseResult {
        let sink = DiagnosticSink()
        let topology = TopologyReader(file: file, sink: sink).read(tree)
        var diagnostics = sink.diagnostics
        if sink.dropped > 0, let last = diagnostics.last {
            diagnostics.append(
                Diagnostic(id: "too-many-errors", "\(sink.dropped) more errors not shown", at: last.location))
        }
        return ParseResult(topology: sink.hasErrors ? nil : topology, diagnostics: diagnostics)
    }

    struct EarlyFailure: Error { var result: ParseResult }

    /// Composes `text` with Yams and converts the result to a located tree.
    static func locatedTree(text: String, file: String) -> Result<YAMLTree, EarlyFailure> {
        let root: Node?
        do {
            // The basic resolver: topoc reads every scalar itself (Lexical.swift), and resolving tags with
            // Yams' regular expressions (for its duplicate-key check) was a sixth of a large compile.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return .failure(EarlyFailure(result: failure("yaml-syntax", describe(error), at: location(of: error, in: text, file: file))))
        } catch {
            return .failure(EarlyFailure(result: failure("yaml-syntax", "\(error)", at: .start(of: file))))
        }
        guard let root else {
            return .failure(EarlyFailure(result: failure(
                "missing-key", "file is empty: a topology needs at least 'topology', 'name', 'arch' and 'iommus'", at: .start(of: file))))
        }
        var budget = YAMLLimits.maxNodes
        do {
            return .success(try YAMLTree.from(root, file: SourceFiles.id(of: file), budget: &budget))
        } catch {
            return .failure(EarlyFailure(result: failure("yaml-too-complex", error.reason, at: error.location)))
        }
    }

    private static func failure(_ id: String, _ message: String, at location: SourceLocation) -> ParseResult {
        ParseResult(topology: nil, diagnostics: [Diagnostic(id: id, message, at: location)])
    }

    // MARK: Locating low-level errors

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            var lowest: UInt32
            switch lead {
            case 0x00...0x7f: i += 1; continue
            case 0xc2...0xdf: length = 2; lowest = 0x80
            case 0xe0...0xef: length = 3; lowest = 0x800
            case 0xf0...0xf4: length = 4; lowest = 0x10000
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            var scalar = UInt32(lead) & (0xff >> UInt32(length + 1))
            for k in 1..<length {
                let next = bytes[i + k]
                guard next & 0xc0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(next & 0x3f)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            if scalar < lowest || (0xd800...0xdfff).contains(scalar) || scalar > 0x10ffff { return i }
            lowest = 0
            i += length
        }
        return nil
    }

    private static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0a {
                line += 1
                column = 1
            } else if byte & 0xc0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    private static func location(of error: YamlError, in text: String, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: max(1, context.mark.line), column: max(1, context.mark.column))
        case .reader(_, let offset, _, _):
            guard let offset else { return .start(of: file) }
            var line = 1, column = 1
            for ch in text.unicodeScalars.prefix(offset) {
                if ch == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return SourceLocation(file: file, line: line, column: column)
        default:
            return .start(of: file)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let prefix = context.map { $0.text + ": " } ?? ""
            return "YAML syntax: " + prefix + problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping"
        case .reader(let problem, _, _, _):
            return "YAML syntax: \(problem)"
        default:
            return "YAML syntax: \(error)"
        }
    }
}
