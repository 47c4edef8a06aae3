/// An ACPI table recognized by its signature.
public enum ACPITable: Sendable {
    /// A Virtual I/O Translation Table.
    case viot(VIOTTable)
    /// An Arm IO Remapping Table.
    case iort(IORTTable)
    /// A PCI Express memory-mapped configuration table.
    case mcfg(MCFGTable)
    /// A Multiple APIC Description Table (signature `APIC`): the GIC's ITSs and MSI frames.
    case madt(MADTTable)
    /// Any other table; only its header was validated.
    case other(signature: String, header: ACPITableHeader)

    /// Validates the header (checksum, `length <= bytes.count`) and decodes the table by signature.
    /// - Throws: `DecodeError` for a malformed header or a malformed VIOT/IORT/MCFG/MADT body.
    public static func decode(_ bytes: [UInt8]) throws -> ACPITable {
        let header = try ACPITableHeader.decode(bytes)
        switch header.signature {
        case "VIOT": return .viot(try VIOTTable(bytes))
        case "IORT": return .iort(try IORTTable(bytes))
        case "MCFG": return .mcfg(try MCFGTable(bytes))
        case "APIC": return .madt(try MADTTable(bytes))
        default: return .other(signature: header.signature, header: header)
        }
    }
}
