import TopologyModel

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

    /// Parses raw file bytes (which need not be UTF-8: that is reported, located). A leading
    /// UTF-8 byte-order mark is dropped (editors on Windows write one); offsets in messages count
    /// it, line 1's columns do not (as editors show them).
    public static func parse(bytes: [UInt8], file: String) -> ParseResult {
        if bytes.count > maxFileSize { return tooLarge(file: file) }
        let bom = hasByteOrderMark(bytes) ? 3 : 0
        if case .stop(let bad) = scanText(bytes, from: bom, final: true) {
            return failure(notText(bytes, at: bad, file: file, skipping: bom))
        }
        let composed = bytes.withUnsafeBufferPointer { YAMLComposer.compose(UnsafeBufferPointer(rebasing: $0[bom...]), file: file) }
        switch consume composed {
        case .success(let tree): return read(consume tree, file: file)
        case .failure(let failure): return Self.failure(failure.diagnostic)
        }
    }

    /// The diagnostic for a file of more than `maxFileSize` bytes (a reader that stops at the
    /// limit reports this without holding the rest).
    public static func tooLarge(file: String) -> ParseResult {
        failure(
            ParseDiagnostics.FileTooLarge.self, "file has more than the \(maxFileSize >> 20) MiB (\(maxFileSize) bytes) a topology may have",
            at: .start(of: file))
    }

    static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf
    }

    /// What a scan of text found: the offset of a byte that cannot be in a text file, or how far
    /// the bytes are known good (a character cut off by the end of a piece is scanned again).
    public enum TextScan: Sendable, Equatable {
        case stop(at: Int)
        case scanned(upTo: Int)
    }

    /// Scans `bytes[from...]` for the first byte that is not text: not well-formed UTF-8, or a
    /// control character YAML does not allow (NUL and C0 controls other than tab, LF and CR,
    /// DEL). With `final` false, a multi-byte sequence cut off by the end is not an error yet.
    public static func scanText(_ bytes: [UInt8], from: Int, final: Bool = false) -> TextScan {
        bytes.withUnsafeBufferPointer { buffer in
            var i = max(0, from)
            while i < buffer.count {
                // Eight bytes at a time while they are all printable ASCII (0x20-0x7e), as most
                // of a topology is.
                if i + 8 <= buffer.count, isPrintableASCII(UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let lead = buffer[i]
                switch lead {
                case 0x09, 0x0a, 0x0d, 0x20...0x7e:
                    i += 1
                    continue
                case 0x00...0x1f, 0x7f:
                    return .stop(at: i)
                default:
                    break
                }
                guard let length = utf8SequenceLength(bytes, at: i) else { return .stop(at: i) }
                if length == 0 { return final ? .stop(at: i) : .scanned(upTo: i) }
                i += length
            }
            return .scanned(upTo: i)
        }
    }

    /// Whether all eight bytes of `w` are in 0x20-0x7e (SWAR: no byte below 0x20, none with the
    /// high bit, none equal to 0x7f).
    @inline(__always)
    private static func isPrintableASCII(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        let below = (w &- ones &* 0x20) & ~w & highs
        let x = w ^ (ones &* 0x7f)
        let del = (x &- ones) & ~x & highs
        return (below | del | (w & highs)) == 0
    }

    /// The length of the well-formed UTF-8 sequence at `i` (a non-ASCII lead), 0 when the bytes
    /// end inside a sequence that is well-formed so far, nil when it is not UTF-8.
    private static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        let lead = bytes[i]
        let length: Int
        let lowest: UInt32
        switch lead {
        case 0xc2...0xdf: (length, lowest) = (2, 0x80)
        case 0xe0...0xef: (length, lowest) = (3, 0x800)
        case 0xf0...0xf4: (length, lowest) = (4, 0x10000)
        default: return nil
        }
        var scalar = UInt32(lead) & (0xff >> UInt32(length + 1))
        for k in 1..<length {
            guard i + k < bytes.count else { return 0 }
            let next = bytes[i + k]
            guard next & 0xc0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3f)
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if scalar < lowest || (0xd800...0xdfff).contains(scalar) || scalar > 0x10ffff { return nil }
        return length
    }

    /// `not-utf8` or `binary-input` at the byte at `offset`, with the offset in the message.
    private static func notText(_ bytes: [UInt8], at offset: Int, file: String, skipping bom: Int) -> Diagnostic {
        let byte = hex(bytes[offset], digits: 2)
        let at = location(ofByte: offset, in: bytes, from: bom, file: file)
        if bytes[offset] < 0x80 {
            return ParseDiagnostics.BinaryInput.diagnostic(
                "file is not text: control byte \(byte) at offset \(offset) (a binary file?)", at: at)
        }
        return ParseDiagnostics.NotUTF8.diagnostic("file is not UTF-8 text: invalid byte \(byte) at offset \(offset)", at: at)
    }

    /// Parses a topology that `read` hands over in pieces, as `parse(bytes:file:)` does but
    /// without holding the text: `read` fills the buffer it is given and returns the count (0 at
    /// the end, nil on a read error). Files that are not ordinary documents (errors, aliases,
    /// possible duplicate keys, invalid UTF-8, more than `maxFileSize` bytes) are parsed again
    /// from `whole()`, the entire text (nil: more than `maxFileSize`), so every diagnostic is the
    /// one `parse(bytes:file:)` gives.
    public static func parse(
        file: String, reading read: (UnsafeMutableRawBufferPointer) -> Int?, whole: () throws -> [UInt8]?
    ) rethrows -> ParseResult {
        // A byte-order mark is dropped before libyaml sees it (it would become part of the first key).
        var firstPiece = true
        let reader: (UnsafeMutableRawBufferPointer) -> Int? = { buffer in
            guard firstPiece, buffer.count >= 3 else { return read(buffer) }
            firstPiece = false
            var filled = 0
            while filled < 3 {
                guard let n = read(UnsafeMutableRawBufferPointer(rebasing: buffer[filled...])) else { return nil }
                if n == 0 { break }
                filled += n
            }
            guard filled >= 3, buffer[0] == 0xef, buffer[1] == 0xbb, buffer[2] == 0xbf else { return filled }
            if filled == 3 { return read(buffer) }
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[3..<filled]))
            return filled - 3
        }
        if let tree = YAMLComposer.compose(file: file, limit: maxFileSize, read: reader) {
            return Self.read(consume tree, file: file)
        }
        guard let bytes = try whole() else { return tooLarge(file: file) }
        return parse(bytes: bytes, file: file)
    }

    /// Parses YAML text.
    public static func parse(text: String, file: String) -> ParseResult {
        parse(bytes: Array(text.utf8), file: file)
    }

    private static func read(_ tree: consuming YAMLTree, file: String) -> ParseResult {
        let sink = DiagnosticSink()
        let topology = TopologyReader(file: file, sink: sink).read(tree)
        var diagnostics = sink.diagnostics
        if sink.dropped > 0, let last = diagnostics.last {
            diagnostics.append(
                ParseDiagnostics.TooManyErrors.diagnostic("\(sink.dropped) more errors not shown", at: last.location))
        }
        return ParseResult(topology: sink.hasErrors ? nil : topology, diagnostics: diagnostics)
    }

    private static func failure(_ diagnostic: Diagnostic) -> ParseResult {
        ParseResult(topology: nil, diagnostics: [diagnostic])
    }

    private static func failure(_ kind: any DiagnosticRule.Type, _ message: String, at location: SourceLocation) -> ParseResult {
        ParseResult(topology: nil, diagnostics: [kind.diagnostic(message, at: location)])
    }

    // MARK: Locating low-level errors

    private static func location(ofByte offset: Int, in bytes: [UInt8], from start: Int = 0, file: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes[start..<max(start, min(offset, bytes.count))] {
            if byte == 0x0a {
                line += 1
                column = 1
            } else if byte & 0xc0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
