import TopologyModel

/// How a field's value is shown in iasl data-table syntax.
public enum ACPIFieldStyle: Hashable, Sendable {
    /// Upper-case hex, zero padded to the field width (`0000003C`).
    case hex
    /// Hex followed by a bracketed explanation (`03 [VirtIO-PCI IOMMU]`).
    case hexNote(String)
    /// Fixed-width ASCII in quotes (`"BOCHS "`); `comment` follows it in brackets (a signature's table name).
    case ascii(comment: String?)
    /// NUL-terminated ASCII in quotes; the NUL is part of the field.
    case cString
    /// Raw bytes, shown as space-separated hex pairs.
    case bytes
    /// A zero-width heading line (`Memory Properties : [IORT Memory Access Properties]`).
    case label(String, width: Int)
    /// A field ACPICA's template for the table lacks: the listing shows it (hex) inside a comment
    /// with `why`, so iasl still compiles the rest (the field's bytes are then missing from iasl's
    /// table; the .aml is the authority).
    case outsideTemplate(why: String)
}

/// One named bit field shown under a flags field (`COHACC Override : 1`).
public struct ACPIFlagBit: Hashable, Sendable {
    public var name: String
    public var shift: Int
    public var width: Int

    public init(_ name: String, bit shift: Int, width: Int = 1) {
        self.name = name
        self.shift = shift
        self.width = width
    }
}

/// A field the writer wrote: where it lies, its spec name and how to print it. The value itself is
/// read back from the finished bytes, so patched fields (length, checksum) print their final value.
public struct ACPIField: Hashable, Sendable {
    /// Offset from the start of the table.
    public var offset: Int
    public var length: Int
    public var name: String
    public var style: ACPIFieldStyle
    public var flags: [ACPIFlagBit]
    /// Print a blank line before this field (a new structure starts).
    public var startsGroup: Bool
}

/// A little-endian byte builder for ACPI tables: each field is written explicitly with the name the
/// spec (and iasl) gives it, so the same calls produce the bytes and the `.dsl` listing.
public struct ACPITableWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// The fields in writing order, compact: a large layout's IORT has 100,000s of fields, and as
    /// `ACPIField` values (name, style and flag list inline, about 84 bytes each with growth
    /// slack) they were the largest thing a compile held. A record is 16 bytes; names, styles
    /// and flag lists are kept once each in `kinds`.
    private var records: [FieldRecord] = []
    private var kinds: [FieldKind] = []
    /// Index of each kind in `kinds`, by `FieldKind.quickHash` (open addressing, -1 empty): a
    /// table of 100,000s of fields has a few dozen kinds, and hashing each field's name, style and
    /// flags with `Hasher` was most of writing a large IORT.
    private var kindSlots = [Int32](repeating: -1, count: 64)
    private var groupPending = false

    public init() {}

    /// Every field written, in order (built on demand; `forEachField` does not build the array).
    public var fields: [ACPIField] {
        var all: [ACPIField] = []
        all.reserveCapacity(records.count)
        forEachField { all.append($0) }
        return all
    }

    /// The number of fields written.
    public var fieldCount: Int { records.count }

    /// Calls `body` with each field in writing order.
    public func forEachField(_ body: (ACPIField) throws -> Void) rethrows {
        for r in records {
            let kind = kinds[Int(r.kind)]
            try body(
                ACPIField(
                    offset: Int(r.offset), length: Int(r.length), name: kind.name, style: kind.style, flags: kind.flags,
                    startsGroup: r.startsGroup))
        }
    }

    private struct FieldRecord: Sendable {
        var offset: UInt32
        var length: UInt32
        var kind: UInt32
        var startsGroup: Bool
    }

    /// What fields share: the name, how the value prints, and the named bits.
    private struct FieldKind: Hashable, Sendable {
        var name: String
        var style: ACPIFieldStyle
        var flags: [ACPIFlagBit]

        /// The name's length and its first and last bytes, the style's case and the number of
        /// flags, mixed: enough to tell a table's few dozen kinds apart (equal kinds are then
        /// compared whole), at a fraction of hashing the whole name.
        var quickHash: UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            let utf8 = name.utf8
            h = (h ^ UInt64(utf8.count)) &* 0x0000_0100_0000_01b3
            let ends = utf8.withContiguousStorageIfAvailable { bytes -> UInt64 in
                guard let first = bytes.first, let last = bytes.last else { return 0 }
                let second = bytes.count > 1 ? bytes[1] : 0, penultimate = bytes.count > 1 ? bytes[bytes.count - 2] : 0
                return UInt64(first) | UInt64(second) << 8 | UInt64(penultimate) << 16 | UInt64(last) << 24
            } ?? UInt64(utf8.first ?? 0)
            h = (h ^ ends) &* 0x0000_0100_0000_01b3
            let styleCase: UInt64
            switch style {
            case .hex: styleCase = 1
            case .hexNote(let note): styleCase = 2 &+ UInt64(note.utf8.count) << 8
            case .ascii(let comment): styleCase = 3 &+ UInt64(comment?.utf8.count ?? 0) << 8
            case .cString: styleCase = 4
            case .bytes: styleCase = 5
            case .label(let text, let width): styleCase = 6 &+ UInt64(text.utf8.count) << 8 &+ UInt64(truncatingIfNeeded: width) << 24
            case .outsideTemplate(let why): styleCase = 7 &+ UInt64(why.utf8.count) << 8
            }
            h = (h ^ styleCase) &* 0x0000_0100_0000_01b3
            h = (h ^ UInt64(flags.count)) &* 0x0000_0100_0000_01b3
            return h ^ (h >> 29)
        }
    }

    private mutating func append(offset: Int, length: Int, _ name: String, _ style: ACPIFieldStyle, _ flags: [ACPIFlagBit]) {
        let kind = FieldKind(name: name, style: style, flags: flags)
        let index = kindIndex(of: kind)
        records.append(FieldRecord(offset: UInt32(offset), length: UInt32(length), kind: index, startsGroup: groupPending))
        groupPending = false
    }

    /// The index of `kind` in `kinds`, added if new.
    private mutating func kindIndex(of kind: FieldKind) -> UInt32 {
        let mask = kindSlots.count - 1
        var i = Int(truncatingIfNeeded: kind.quickHash) & mask
        while kindSlots[i] >= 0 {
            if kinds[Int(kindSlots[i])] == kind { return UInt32(kindSlots[i]) }
            i = (i + 1) & mask
        }
        let index = UInt32(kinds.count)
        kinds.append(kind)
        kindSlots[i] = Int32(index)
        if kinds.count * 2 > kindSlots.count {
            kindSlots = [Int32](repeating: -1, count: kindSlots.count * 2)
            for (k, known) in kinds.enumerated() {
                var j = Int(truncatingIfNeeded: known.quickHash) & (kindSlots.count - 1)
                while kindSlots[j] >= 0 { j = (j + 1) & (kindSlots.count - 1) }
                kindSlots[j] = Int32(k)
            }
        }
        return index
    }

    /// Current offset from the start of the table.
    public var offset: Int { bytes.count }

    /// Starts a new structure: the next field is printed after a blank line.
    public mutating func group() { groupPending = true }

    private mutating func record(_ length: Int, _ name: String, _ style: ACPIFieldStyle, _ flags: [ACPIFlagBit] = []) {
        append(offset: bytes.count - length, length: length, name, style, flags)
    }

    private mutating func little(_ value: UInt64, _ size: Int) {
        for i in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    /// Writes a byte.
    public mutating func u8(_ value: UInt8, _ name: String, flags: [ACPIFlagBit] = [], note: String? = nil) {
        little(UInt64(value), 1)
        record(1, name, note.map { .hexNote($0) } ?? .hex, flags)
    }

    /// Writes a little-endian 16-bit field.
    public mutating func u16(_ value: UInt16, _ name: String, flags: [ACPIFlagBit] = []) {
        little(UInt64(value), 2)
        record(2, name, .hex, flags)
    }

    /// Writes a little-endian 24-bit field (three reserved bytes).
    public mutating func u24(_ value: UInt32, _ name: String) {
        little(UInt64(value), 3)
        record(3, name, .hex)
    }

    /// Writes a little-endian 32-bit field; `flags` names its bits in the listing.
    public mutating func u32(_ value: UInt32, _ name: String, flags: [ACPIFlagBit] = []) {
        little(UInt64(value), 4)
        record(4, name, .hex, flags)
    }

    /// Writes a little-endian 32-bit field that ACPICA's template does not have (listed as a comment).
    public mutating func u32(_ value: UInt32, _ name: String, outsideTemplate why: String) {
        little(UInt64(value), 4)
        record(4, name, .outsideTemplate(why: why))
    }

    /// Writes a little-endian 64-bit field.
    public mutating func u64(_ value: UInt64, _ name: String) {
        little(value, 8)
        record(8, name, .hex)
    }

    /// Fixed-width ASCII, space padded or cut to `width`.
    public mutating func ascii(_ text: String, width: Int, _ name: String, comment: String? = nil) {
        let field = Array(ACPIHeaderFields.padded(text, to: width).utf8.prefix(width))
        bytes += field
        record(width, name, .ascii(comment: comment))
    }

    /// A NUL-terminated string.
    public mutating func cString(_ text: String, _ name: String) {
        bytes += Array(text.utf8) + [0]
        record(text.utf8.count + 1, name, .cString)
    }

    /// `count` zero bytes shown as one hex number (a Reserved field of up to 8 bytes).
    public mutating func reserved(_ count: Int, _ name: String = "Reserved") {
        precondition((1...8).contains(count))
        bytes += [UInt8](repeating: 0, count: count)
        record(count, name, .hex)
    }

    /// Raw bytes (padding); nothing is written for an empty array.
    public mutating func raw(_ data: [UInt8], _ name: String) {
        guard !data.isEmpty else { return }
        bytes += data
        record(data.count, name, .bytes)
    }

    /// A zero-width heading for the structure that follows (only shown in the listing).
    public mutating func label(_ name: String, _ text: String, width: Int) {
        append(offset: bytes.count, length: 0, name, .label(text, width: width), [])
    }

    /// Overwrites a 32-bit field written earlier.
    public mutating func patch32(at offset: Int, _ value: UInt32) {
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
    }

    /// Reads back a little-endian field of the table.
    public func value(at offset: Int, length: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in (0..<min(length, 8)).reversed() { v = v << 8 | UInt64(bytes[offset + i]) }
        return v
    }

    // MARK: The ACPI header

    /// Writes the 36-byte ACPI header with a zero length and checksum; `finish()` fills them in.
    public mutating func header(
        signature: String, revision: UInt8, fields header: ACPIHeaderFields, tableName: String? = nil
    ) {
        precondition(bytes.isEmpty, "the header comes first")
        ascii(signature, width: 4, "Signature", comment: tableName)
        u32(0, "Table Length")
        u8(revision, "Revision")
        u8(0, "Checksum")
        ascii(header.oemID, width: 6, "Oem ID")
        ascii(header.oemTableID, width: 8, "Oem Table ID")
        u32(header.oemRevision, "Oem Revision")
        ascii(header.creatorID, width: 4, "Asl Compiler ID")
        u32(header.creatorRevision, "Asl Compiler Revision")
    }

    /// Patches the table length and checksum: the whole table then sums to zero modulo 256.
    public mutating func finish() {
        precondition(bytes.count >= 36, "no header")
        patch32(at: 4, UInt32(bytes.count))
        bytes[9] = 0
        bytes[9] = ACPITableWriter.checksum(bytes)
    }

    /// The byte that makes `data` sum to zero (with the checksum byte itself zero).
    public static func checksum(_ data: [UInt8]) -> UInt8 {
        var sum: UInt8 = 0
        for b in data { sum &+= b }
        return 0 &- sum
    }
}
