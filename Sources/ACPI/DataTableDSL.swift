/// Prints a table the writer built in iasl's data-table syntax, the form `iasl -d` prints and the
/// iasl data table compiler reads back:
///
///     [000h 0000 004h]                   Signature : "MCFG"    [Memory Mapped Configuration Table]
///
/// Each line shows the field's offset (hex and decimal), its length, its name and its value, read
/// from the finished bytes. Flags fields list their named bits below them.
public enum DataTableDSL {
    public static func render(_ w: ACPITableWriter, title: String) -> String {
        var out = """
            /*
             * topoc: ACPI data table [\(title)]
             *
             * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
             */

            """
        for field in w.fields {
            if field.startsGroup { out += "\n" }
            let prefix = "[\(hexPad(field.offset, 3))h \(decPad(field.offset, 4)) \(hexPad(fieldWidth(field), 3))h]"
            out += prefix + " " + leftPad(field.name, 27) + " : " + value(of: field, in: w) + "\n"
            if !field.flags.isEmpty {
                let v = w.value(at: field.offset, length: field.length)
                for bit in field.flags {
                    let mask: UInt64 = bit.width >= 64 ? .max : (1 << UInt64(bit.width)) - 1
                    let bits = (v >> UInt64(bit.shift)) & mask
                    out += leftPad(bit.name, 44) + " : " + String(bits, radix: 16, uppercase: true) + "\n"
                }
            }
        }
        out += "\nRaw Table Data: Length \(w.bytes.count) (0x\(String(w.bytes.count, radix: 16, uppercase: true)))\n\n"
        out += hexDump(w.bytes)
        return out
    }

    private static func fieldWidth(_ f: ACPIField) -> Int {
        if case .label(_, let width) = f.style { return width }
        return f.length
    }

    private static func value(of f: ACPIField, in w: ACPITableWriter) -> String {
        let data = Array(w.bytes[f.offset..<(f.offset + f.length)])
        switch f.style {
        case .hex:
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

    /// The `Raw Table Data` dump iasl appends (a comment for the compiler).
    static func hexDump(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let row = bytes[i..<min(i + 16, bytes.count)]
            var line = "    " + hexPad(i, 4) + ": " + row.map { hexPad(Int($0), 2) + " " }.joined()
            line += String(repeating: "   ", count: 16 - row.count)
            line += " // " + String(row.map { (0x20..<0x7f).contains($0) ? Character(UnicodeScalar($0)) : "." })
            out += line + "\n"
            i += 16
        }
        return out
    }

    static func hexPad(_ v: Int, _ digits: Int, unsigned: UInt64? = nil) -> String {
        let raw = String(unsigned ?? UInt64(v), radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - raw.count)) + raw
    }

    static func decPad(_ v: Int, _ digits: Int) -> String {
        let raw = String(v)
        return String(repeating: "0", count: max(0, digits - raw.count)) + raw
    }

    static func leftPad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
