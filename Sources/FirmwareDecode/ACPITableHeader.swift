/// The 36-byte header that starts every ACPI table (spec-reference §1).
public struct ACPITableHeader: Equatable, Sendable {
    /// Size of the header in bytes.
    public static let size = 36

    /// Four ASCII characters, e.g. `"VIOT"`.
    public let signature: String
    /// Length of the whole table, header included.
    public let length: UInt32
    /// Table-specific revision.
    public let revision: UInt8
    /// The checksum byte as stored.
    public let checksum: UInt8
    /// Six ASCII characters, space padded (kept verbatim).
    public let oemID: String
    /// Eight ASCII characters, space padded (kept verbatim).
    public let oemTableID: String
    /// OEM revision.
    public let oemRevision: UInt32
    /// Four ASCII characters naming the creator (ASL compiler).
    public let creatorID: String
    /// Creator revision.
    public let creatorRevision: UInt32

    /// Decodes and validates the header of the table at the start of `bytes`.
    ///
    /// Checks that there are at least 36 bytes, that `length` is at least 36 and no larger than
    /// `bytes.count`, and that the first `length` bytes sum to zero modulo 256. Bytes past
    /// `length` are ignored.
    /// - Throws: `DecodeError` naming the signature (or `"ACPI"` when even that is missing).
    public static func decode(_ bytes: [UInt8]) throws -> ACPITableHeader {
        guard bytes.count >= size else {
            throw DecodeError("ACPI", at: 0, "only \(bytes.count) bytes, an ACPI table header needs \(size)")
        }
        let r0 = ByteReader(bytes, blob: "ACPI")
        let signature = try r0.ascii(0, 4, "signature")
        let r = ByteReader(bytes, blob: signature)
        let length = try r.u32(4, "length")
        guard length >= UInt32(size) else {
            throw DecodeError(signature, at: 4, "table length \(length) is smaller than the 36-byte header")
        }
        guard UInt64(length) <= UInt64(bytes.count) else {
            throw DecodeError(signature, at: 4, "table length \(length) exceeds the \(bytes.count) bytes available")
        }
        var sum: UInt8 = 0
        for b in bytes[0..<Int(length)] { sum &+= b }
        guard sum == 0 else {
            throw DecodeError(signature, at: 9, "bad checksum: bytes sum to 0x\(String(sum, radix: 16)) modulo 256, not 0")
        }
        return ACPITableHeader(
            signature: signature,
            length: length,
            revision: try r.u8(8, "revision"),
            checksum: try r.u8(9, "checksum"),
            oemID: try r.ascii(10, 6, "OEM ID"),
            oemTableID: try r.ascii(16, 8, "OEM table ID"),
            oemRevision: try r.u32(24, "OEM revision"),
            creatorID: try r.ascii(28, 4, "creator ID"),
            creatorRevision: try r.u32(32, "creator revision"))
    }

    /// The header of a table that must have `signature` (`aka`: what else a message calls it, as
    /// the MADT for `APIC`), and a reader over the table's `length` bytes.
    static func decode(_ bytes: [UInt8], expecting signature: String, aka: String? = nil) throws -> (ACPITableHeader, ByteReader) {
        let header = try decode(bytes)
        guard header.signature == signature else {
            throw DecodeError(header.signature, at: 0, "signature is \"\(header.signature)\", expected \"\(signature)\"\(aka.map { " (\($0))" } ?? "")")
        }
        return (header, ByteReader(Array(bytes[0..<Int(header.length)]), blob: signature))
    }
}
