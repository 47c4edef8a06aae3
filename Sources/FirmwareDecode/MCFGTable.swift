/// The PCI Express MCFG table: one ECAM allocation per segment/bus window (mcfg-aml.md).
public struct MCFGTable: Sendable {
    /// One 16-byte configuration-space allocation.
    public struct Entry: Equatable, Sendable {
        /// Byte offset of the entry from the start of the table.
        public let offset: Int
        /// The address bus 0 of the segment would have (bus B is at `baseAddress + B << 20`).
        public let baseAddress: UInt64
        /// PCI segment group.
        public let segment: UInt16
        /// First bus decoded by this window.
        public let startBus: UInt8
        /// Last bus decoded by this window (inclusive).
        public let endBus: UInt8
    }

    /// The validated ACPI header.
    public let header: ACPITableHeader
    /// The allocations in table order.
    public let entries: [Entry]

    /// Decodes an MCFG table.
    /// - Throws: `DecodeError` if the header is bad, the signature is not `MCFG`, the body is not a
    ///   whole number of 16-byte entries after the 8 reserved bytes, or an entry has end bus < start bus.
    public init(_ bytes: [UInt8]) throws {
        let (header, r) = try ACPITableHeader.decode(bytes, expecting: "MCFG")
        let length = Int(header.length)
        guard length >= 44 else {
            throw DecodeError("MCFG", at: 4, "table length \(length) is shorter than the 44-byte MCFG header")
        }
        guard (length - 44) % 16 == 0 else {
            throw DecodeError("MCFG", at: 44, "\(length - 44) bytes of allocations is not a multiple of 16")
        }
        var entries: [Entry] = []
        var off = 44
        while off < length {
            let e = Entry(
                offset: off,
                baseAddress: try r.u64(off, "allocation base address"),
                segment: try r.u16(off + 8, "allocation segment"),
                startBus: try r.u8(off + 10, "allocation start bus"),
                endBus: try r.u8(off + 11, "allocation end bus"))
            guard e.endBus >= e.startBus else {
                throw DecodeError("MCFG", at: off + 11, "end bus 0x\(String(e.endBus, radix: 16)) is below start bus 0x\(String(e.startBus, radix: 16))")
            }
            entries.append(e)
            off += 16
        }
        self.header = header
        self.entries = entries
    }
}
