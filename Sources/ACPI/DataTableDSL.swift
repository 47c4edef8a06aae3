/// Prints a table the writer built in iasl's data-table syntax, the form `iasl -d` prints and the
/// iasl data table compiler reads back:
///
///     [000h 0000 004h]                   Signature : "MCFG"    [Memory Mapped Configuration Table]
///
/// Each line shows the field's offset (hex and decimal), its length, its name and its value, read
/// from the finished bytes. Flags fields list their named bits below them.
public enum DataTableDSL {
    public static func render(_ w: ACPITableWriter, title: String) -> String {
        String(decoding: renderBytes(w, title: title), as: UTF8.self)
    }

    /// The text of `render` as UTF-8 bytes, without the copy into a `String` (an IORT of a large
    /// layout has an 11 MB listing).
    public static func renderBytes(_ w: ACPITableWriter, title: String) -> [UInt8] {
        var out: [UInt8] = []
        write(w, title: title, chunk: .max, to: &out) { _ in }
        return out
    }

    /// The text of `render`, handed to `emit` in consecutive pieces of at least `chunk` bytes
    /// (the last may be shorter), so a large listing can be written without being held whole.
    public static func render(
        _ w: ACPITableWriter, title: String, chunk: Int, into emit: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var out: [UInt8] = []
        try write(w, title: title, chunk: chunk, to: &out) { full in
            try full.withUnsafeBytes(emit)
            full.removeAll(keepingCapacity: true)
        }
        if !out.isEmpty { try out.withUnsafeBytes(emit) }
    }

    /// Appends the listing to `out`, calling `flush` whenever `out` holds `chunk` bytes or more.
    private static func write(
        _ w: ACPITableWriter, title: String, chunk: Int, to out: inout [UInt8], flush: (inout [UInt8]) throws -> Void
    ) rethrows {
        // Built as UTF-8 bytes with digits written in place: large tables have 100,000s of lines,
        // and String concatenation of padded pieces dominated the compile (same text as before).
        // An upper bound (a field line is at most about 100 bytes plus its value, a flag line 64,
        // a dump line of 16 bytes 80), so the buffer is never regrown — regrowing copied it and
        // doubled it. Capacity that is never written is never touched, so it costs no memory.
        var estimate = w.bytes.count * 5 + 1024
        w.forEachField { field in estimate += 112 + field.length * 5 + field.flags.count * 64 + field.name.utf8.count }
        out.reserveCapacity(chunk == .max ? estimate : min(estimate, chunk + 4096))
        out += """
            /*
             * topoc: ACPI data table [\(title)]
             *
             * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
             */

            """.utf8
        try w.forEachField { field in
            if field.startsGroup { out.append(0x0a) }
            let outside: String?
            if case .outsideTemplate(let why) = field.style { outside = why } else { outside = nil }
            if outside != nil { out += "/* ".utf8 }
            out.append(UInt8(ascii: "["))
            appendHex(UInt64(field.offset), 3, to: &out)
            out += "h ".utf8
            appendDecimal(field.offset, 4, to: &out)
            out.append(0x20)
            appendHex(UInt64(fieldWidth(field)), 3, to: &out)
            out += "h] ".utf8
            appendLeftPadded(field.name, 27, to: &out)
            out += " : ".utf8
            appendValue(of: field, in: w, to: &out)
            if let outside { out += "    (\(outside)) */".utf8 }
            out.append(0x0a)
            if out.count >= chunk { try flush(&out) }
            if !field.flags.isEmpty {
                let v = w.value(at: field.offset, length: field.length)
                for bit in field.flags {
                    let mask: UInt64 = bit.width >= 64 ? .max : (1 << UInt64(bit.width)) - 1
                    let bits = (v >> UInt64(bit.shift)) & mask
                    appendLeftPadded(bit.name, 44, to: &out)
                    out += " : ".utf8
                    appendHex(bits, 0, to: &out)
                    out.append(0x0a)
                }
            }
        }
        out += "\nRaw Table Data: Length \(w.bytes.count) (0x\(String(w.bytes.count, radix: 16, uppercase: true)))\n\n".utf8
        var line = 0
        while line < w.bytes.count {
            // Whole 16-byte lines, so the dump reads as one.
            let end = chunk == .max ? w.bytes.count : min(w.bytes.count, line + max(16, chunk / 80 * 16))
            appendHexDump(w.bytes, lines: line..<end, to: &out)
            line = end
            if out.count >= chunk { try flush(&out) }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Upper-case hex, zero-padded to at least `digits` digits (never cut).
    @inline(__always)
    static func appendHex(_ v: UInt64, _ digits: Int, to out: inout [UInt8]) {
        var n = 1
        var rest = v >> 4
        while rest != 0 { n += 1; rest >>= 4 }
        if digits > n { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - n)) }
        var shift = (n - 1) * 4
        while shift >= 0 {
            out.append(hexDigits[Int((v >> UInt64(shift)) & 0xf)])
            shift -= 4
        }
    }

    @inline(__always)
    static func appendDecimal(_ v: Int, _ digits: Int, to out: inout [UInt8]) {
        let raw = String(v).utf8
        if digits > raw.count { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - raw.count)) }
        out += raw
    }

    @inline(__always)
    static func appendLeftPadded(_ s: String, _ width: Int, to out: inout [UInt8]) {
        let count = s.count
        if width > count { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - count)) }
        out += s.utf8
    }

    private static func appendValue(of f: ACPIField, in w: ACPITableWriter, to out: inout [UInt8]) {
        switch f.style {
        case .hex, .outsideTemplate:
            appendHex(w.value(at: f.offset, length: f.length), 2 * f.length, to: &out)
        case .hexNote(let note):
            appendHex(w.value(at: f.offset, length: f.length), 2 * f.length, to: &out)
            out += " [\(note)]".utf8
        case .bytes:
            for (i, byte) in w.bytes[f.offset..<(f.offset + f.length)].enumerated() {
                if i > 0 { out.append(0x20) }
                appendHex(UInt64(byte), 2, to: &out)
            }
        default:
            out += value(of: f, in: w).utf8
        }
    }

    private static func fieldWidth(_ f: ACPIField) -> Int {
        if case .label(_, let width) = f.style { return width }
        return f.length
    }

    private static func value(of f: ACPIField, in w: ACPITableWriter) -> String {
        let data = Array(w.bytes[f.offset..<(f.offset + f.length)])
        switch f.style {
        case .hex, .outsideTemplate:
            return hexPad(Int(w.value(at: f.offset, length: f.length)), 2 * f.length, unsigned: w.value(at: f.offset, length: f.length))
        case .hexNote(let note):
            return hexPad(0, 2 * f.length, unsigned: w.value(at: f.offset, length: f.length)) + " [\(note)]"
        case .ascii(let comment):
            let text = "\"" + String(decoding: data, as: UTF8.self) + "\""
            return comment.map { text + "    [\($0)]" } ?? text
        case .cString:
            return "\"" + String(decoding: data.dropLast(), as: UTF8.self) + "\""
        case .bytes:
            return data.map { hexPad(Int($0), 2) }.joined(separator: " ")
        case .label(let text, _):
            return "[\(text)]"
        }
    }

    /// The dump lines of `bytes[lines]`; `lines` starts at a multiple of 16.
    static func appendHexDump(_ bytes: [UInt8], lines: Range<Int>, to out: inout [UInt8]) {
        var i = lines.lowerBound
        while i < lines.upperBound {
            let end = min(i + 16, bytes.count)
            out += "    ".utf8
            appendHex(UInt64(i), 4, to: &out)
            out += ": ".utf8
            for byte in bytes[i..<end] {
                appendHex(UInt64(byte), 2, to: &out)
                out.append(0x20)
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 3 * (16 - (end - i))))
            out += " // ".utf8
            for byte in bytes[i..<end] { out.append((0x20..<0x7f).contains(byte) ? byte : UInt8(ascii: ".")) }
            out.append(0x0a)
            i += 16
        }
    }

    static func hexPad(_ v: Int, _ digits: Int, unsigned: UInt64? = nil) -> String {
        let raw = String(unsigned ?? UInt64(v), radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - raw.count)) + raw
    }
}
