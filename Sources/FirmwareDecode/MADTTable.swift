/// The Multiple APIC Description Table (signature `APIC`) as an Arm system uses it: the GIC
/// distributor (its version), the GIC ITSs and the GICv2m MSI frames. Written from the ACPI
/// specification (6.5, §5.2.12: the table's 44-byte header, then interrupt controller structures
/// of Type (1 byte) and Length (1 byte); GICD type 0xC, GIC MSI frame 0xD, GIC ITS 0xF) and from
/// how Linux walks it (`acpi_parse_entries_array`: a structure of Length 0 or running past the
/// table stops the walk with an error; `BAD_MADT_ENTRY`: a structure shorter than its type's
/// fields is refused), never from an emitter (topoc writes no MADT).
///
/// What Linux takes from each: `irq-gic-v3-its.c` an ITS's base address (its registers are 128
/// KiB) and GIC ITS ID (the ID an IORT ITS group names); `irq-gic-v2m.c` a frame's base address
/// (4 KiB) and, when flag bit 0 (SPI Count/Base Select) is set, its SPI base and count instead of
/// the frame's `MSI_TYPER`; `irq-gic.c`/`irq-gic-v3.c` the distributor's GIC version (0: not
/// given, the hardware says; 1 and 2 for the GICv2 driver, 3 and 4 for the GICv3 one).
public struct MADTTable: Sendable {
    /// Any interrupt controller structure, as the walk meets it.
    public struct Structure: Equatable, Sendable {
        /// Byte offset from the start of the table.
        public let offset: Int
        public let type: UInt8
        public let length: UInt8
    }

    /// GIC Distributor (GICD) structure, type 0xC, 24 bytes.
    public struct Distributor: Equatable, Sendable {
        public let offset: Int
        public let gicID: UInt32
        public let baseAddress: UInt64
        /// 0: not specified; 1, 2, 3, 4: GICv1 to GICv4.
        public let version: UInt8
    }

    /// GIC ITS structure, type 0xF, 20 bytes.
    public struct ITS: Equatable, Sendable {
        public let offset: Int
        /// GIC ITS ID: what an IORT ITS group's identifiers name.
        public let itsID: UInt32
        public let baseAddress: UInt64
    }

    /// GIC MSI Frame structure (a GICv2m frame), type 0xD, 24 bytes.
    public struct MSIFrame: Equatable, Sendable {
        public let offset: Int
        public let frameID: UInt32
        public let baseAddress: UInt64
        public let flags: UInt32
        public let spiCount: UInt16
        public let spiBase: UInt16

        /// Flag bit 0, SPI Count/Base Select: the SPI base and count here override the frame's
        /// `MSI_TYPER` register (Linux reads them only then).
        public var overridesSPIs: Bool { flags & 1 != 0 }
    }

    public static let gicCPUInterface: UInt8 = 0x0b
    public static let gicDistributor: UInt8 = 0x0c
    public static let gicMSIFrame: UInt8 = 0x0d
    public static let gicRedistributor: UInt8 = 0x0e
    public static let gicITS: UInt8 = 0x0f

    public let header: ACPITableHeader
    /// Local Interrupt Controller Address (unused on Arm).
    public let localInterruptControllerAddress: UInt32
    public let flags: UInt32
    /// Every structure in table order.
    public let structures: [Structure]
    public let distributors: [Distributor]
    public let itss: [ITS]
    /// The GICv2m frames in table order (Linux's first one owns the MSI domain).
    public let msiFrames: [MSIFrame]
    /// How many GIC CPU interface (GICC) structures the table has.
    public let cpuInterfaces: Int

    /// The GIC version of the (first) distributor; nil without a distributor or when it says 0
    /// (not specified).
    public var gicVersion: UInt8? {
        guard let v = distributors.first?.version, v != 0 else { return nil }
        return v
    }

    /// Decodes an MADT.
    /// - Throws: `DecodeError` if the header is bad, the signature is not `APIC`, the table is
    ///   shorter than its 44-byte header, a structure has a Length below 2 or runs past the
    ///   table, or a GICD, GIC MSI frame or GIC ITS structure is shorter than its fields.
    public init(_ bytes: [UInt8]) throws {
        let (header, r) = try ACPITableHeader.decode(bytes, expecting: "APIC", aka: "MADT")
        let length = Int(header.length)
        guard length >= 44 else {
            throw DecodeError("APIC", at: 4, "table length \(length) is shorter than the 44-byte MADT header")
        }
        localInterruptControllerAddress = try r.u32(36, "Local Interrupt Controller Address")
        flags = try r.u32(40, "Flags")
        var structures: [Structure] = [], distributors: [Distributor] = [], itss: [ITS] = [], frames: [MSIFrame] = []
        var cpus = 0
        var off = 44
        while off < length {
            let type = try r.u8(off, "interrupt controller structure Type")
            let size = try r.u8(off + 1, "interrupt controller structure Length")
            guard size >= 2 else {
                throw DecodeError("APIC", at: off + 1, "interrupt controller structure of type 0x\(String(type, radix: 16)) has Length \(size), less than its own Type and Length")
            }
            guard off + Int(size) <= length else {
                throw DecodeError("APIC", at: off + 1, "interrupt controller structure of type 0x\(String(type, radix: 16)) (Length \(size)) runs past the table's \(length) bytes")
            }
            func need(_ minimum: Int, _ name: String) throws {
                guard Int(size) >= minimum else {
                    throw DecodeError("APIC", at: off + 1, "\(name) structure has Length \(size), less than its \(minimum) bytes")
                }
            }
            switch type {
            case Self.gicDistributor:
                try need(24, "GIC Distributor")
                distributors.append(Distributor(
                    offset: off, gicID: try r.u32(off + 4, "GICD GIC ID"), baseAddress: try r.u64(off + 8, "GICD Physical Base Address"),
                    version: try r.u8(off + 20, "GICD GIC version")))
            case Self.gicITS:
                try need(20, "GIC ITS")
                itss.append(ITS(offset: off, itsID: try r.u32(off + 4, "GIC ITS ID"), baseAddress: try r.u64(off + 8, "GIC ITS Physical Base Address")))
            case Self.gicMSIFrame:
                try need(24, "GIC MSI Frame")
                frames.append(MSIFrame(
                    offset: off, frameID: try r.u32(off + 4, "GIC MSI Frame ID"),
                    baseAddress: try r.u64(off + 8, "GIC MSI Frame Physical Base Address"), flags: try r.u32(off + 16, "GIC MSI Frame Flags"),
                    spiCount: try r.u16(off + 20, "GIC MSI Frame SPI Count"), spiBase: try r.u16(off + 22, "GIC MSI Frame SPI Base")))
            case Self.gicCPUInterface:
                cpus += 1
            default:
                break
            }
            structures.append(Structure(offset: off, type: type, length: size))
            off += Int(size)
        }
        self.header = header
        self.structures = structures
        self.distributors = distributors
        self.itss = itss
        self.msiFrames = frames
        self.cpuInterfaces = cpus
    }
}
