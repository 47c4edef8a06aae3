/// Builds MADTs (signature `APIC`) byte by byte for tests, field by field as the ACPI
/// specification (6.5, §5.2.12) lays them out, independently of any emitter and of the reader.
public enum MADTBuilder {
    /// One interrupt controller structure.
    public enum Structure: Sendable {
        /// GIC CPU Interface (GICC), type 0xB, 80 bytes (ACPI 6.0-6.4; what QEMU writes).
        case gicc(cpuInterfaceNumber: UInt32, uid: UInt32, mpidr: UInt64)
        /// GIC Distributor (GICD), type 0xC, 24 bytes; `version` 0 (not given) or 1-4.
        case gicd(gicID: UInt32 = 0, baseAddress: UInt64, version: UInt8)
        /// GIC MSI Frame, type 0xD, 24 bytes; flag bit 0 is SPI Count/Base Select.
        case msiFrame(frameID: UInt32, baseAddress: UInt64, flags: UInt32, spiCount: UInt16, spiBase: UInt16)
        /// GIC Redistributor (GICR), type 0xE, 16 bytes.
        case gicr(baseAddress: UInt64, length: UInt32)
        /// GIC ITS, type 0xF, 20 bytes.
        case its(itsID: UInt32, baseAddress: UInt64)
        /// Any bytes, for malformed structures.
        case raw([UInt8])
    }

    public static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
    public static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }
    public static func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xff) } }

    public static func bytes(of s: Structure) -> [UInt8] {
        switch s {
        case .gicc(let number, let uid, let mpidr):
            var b: [UInt8] = [0x0b, 80, 0, 0] + le32(number) + le32(uid)
            b += le32(1)  // Flags: Enabled
            b += le32(0) + le32(0) + le64(0)  // Parking Protocol Version, Performance Interrupt GSIV, Parked Address
            b += le64(0) + le64(0) + le64(0)  // Physical Base Address, GICV, GICH
            b += le32(0) + le64(0) + le64(mpidr)  // VGIC Maintenance Interrupt, GICR Base Address, MPIDR
            b += [0, 0] + le16(0)  // Processor Power Efficiency Class, Reserved, SPE Overflow Interrupt
            return b
        case .gicd(let gicID, let base, let version):
            return [0x0c, 24, 0, 0] + le32(gicID) + le64(base) + le32(0) + [version, 0, 0, 0]
        case .msiFrame(let id, let base, let flags, let count, let spiBase):
            return [0x0d, 24, 0, 0] + le32(id) + le64(base) + le32(flags) + le16(count) + le16(spiBase)
        case .gicr(let base, let length):
            return [0x0e, 16, 0, 0] + le64(base) + le32(length)
        case .its(let id, let base):
            return [0x0f, 20, 0, 0] + le32(id) + le64(base) + le32(0)
        case .raw(let b):
            return b
        }
    }

    /// A whole MADT: the 36-byte header (QEMU's OEM fields, revision 4 as QEMU writes it), Local
    /// Interrupt Controller Address 0, Flags 0, the structures; length and checksum set.
    public static func table(_ structures: [Structure], revision: UInt8 = 4) -> [UInt8] {
        let body = le32(0) + le32(0) + structures.flatMap(bytes(of:))
        var t = Array("APIC".utf8) + le32(UInt32(36 + body.count)) + [revision, 0]
        t += Array("BOCHS ".utf8) + Array("BXPC    ".utf8) + le32(1) + Array("BXPC".utf8) + le32(1)
        t += body
        var sum: UInt8 = 0
        for b in t { sum &+= b }
        t[9] = 0 &- sum
        return t
    }

    /// QEMU virt's GICv2 layout: one CPU, the distributor at 0x08000000 (version 2), the GICv2m
    /// frame at 0x08020000 with SPIs 80-143 (QEMU's irqmap puts its 64 SPIs at SPI 48, ID 80).
    public static let qemuGICv2: [Structure] = [
        .gicc(cpuInterfaceNumber: 0, uid: 0, mpidr: 0),
        .gicd(baseAddress: 0x0800_0000, version: 2),
        .msiFrame(frameID: 0, baseAddress: 0x0802_0000, flags: 1, spiCount: 64, spiBase: 80),
    ]

    /// QEMU virt's GICv3 layout: one CPU, the distributor (version 3), a redistributor region and
    /// the ITS at 0x08080000 (ITS ID 0).
    public static let qemuGICv3: [Structure] = [
        .gicc(cpuInterfaceNumber: 0, uid: 0, mpidr: 0),
        .gicd(baseAddress: 0x0800_0000, version: 3),
        .gicr(baseAddress: 0x080a_0000, length: 0xf6_0000),
        .its(itsID: 0, baseAddress: 0x0808_0000),
    ]
}
