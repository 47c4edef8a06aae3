import FirmwareDecode
import Foundation
import TestSupport
import Testing

/// The MADT reader's view of tables built field by field, against the current iasl's disassembly
/// of the same bytes (ACPICA, independent of topoc): every GICD, GIC MSI frame and GIC ITS
/// structure at the same offset with the same fields.
@Suite struct MADTIaslCrossCheckTests {
    static let tables: [(name: String, bytes: @Sendable () throws -> [UInt8])] = [
        ("gicv2", { MADTBuilder.table(MADTBuilder.qemuGICv2) }),
        ("gicv3", { MADTBuilder.table(MADTBuilder.qemuGICv3) }),
        // QEMU 7.2's own, recorded from a guest.
        ("qemu-gicv2", { try GoldenFiles.bytes("acpi/virt-gicv2.APIC") }),
        ("qemu-gicv3", { try GoldenFiles.bytes("acpi/virt-gicv3.APIC") }),
        ("mixed", { MADTBuilder.table([
            .gicd(gicID: 3, baseAddress: 0x2f00_0000_0000, version: 0),
            .its(itsID: 0x10, baseAddress: 0x1_0808_0000),
            .msiFrame(frameID: 2, baseAddress: 0x2f02_0000, flags: 0, spiCount: 0x1ff, spiBase: 0x3ff),
            .its(itsID: 0xffff_ffff, baseAddress: 0x0810_0000),
            .msiFrame(frameID: 3, baseAddress: 0x2f03_0000, flags: 1, spiCount: 32, spiBase: 200),
        ]) }),
    ]

    /// One structure as iasl prints it: its offset and the fields read here.
    struct Seen: Equatable, CustomStringConvertible {
        var offset: Int
        var type: UInt8
        var fields: [String: UInt64]
        var description: String { "\(offset): type \(type) \(fields.sorted { $0.key < $1.key })" }
    }

    @Test(arguments: tables.indices)
    func readerAgreesWithIasl(index: Int) throws {
        let name = Self.tables[index].name
        let bytes = try Self.tables[index].bytes()
        let madt = try MADTTable(bytes)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(bytes).write(to: dir.appendingPathComponent("\(name).dat"))
        let result = try currentIasl(["-d", "\(name).dat"], in: dir)
        #expect(result.status == 0, "iasl -d: \(result.stdout) \(result.stderr)")
        let listing = try String(contentsOf: dir.appendingPathComponent("\(name).dsl"), encoding: .utf8)

        // iasl's lines: `[07Ch 0124 001h]               Subtable Type : 0C [Generic Interrupt Distributor]`.
        var iasl: [Seen] = []
        for line in listing.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let key = parts[0].split(separator: "]").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? parts[0]
            let value = UInt64(parts[1].split(separator: " ").first ?? "", radix: 16)
            if key == "Subtable Type", let type = value, line.hasPrefix("[") {
                let offset = Int(line.dropFirst(6).prefix(4)) ?? -1
                iasl.append(Seen(offset: offset, type: UInt8(type), fields: [:]))
            } else if let value, !iasl.isEmpty,
                      ["Base Address", "Version", "MSI Frame ID", "Select SPI", "SPI Count", "SPI Base", "Translation ID", "Local GIC Hardware ID"].contains(key) {
                iasl[iasl.count - 1].fields[key] = value
            }
        }
        var ours: [Seen] = []
        for d in madt.distributors {
            ours.append(Seen(offset: d.offset, type: MADTTable.gicDistributor, fields: ["Local GIC Hardware ID": UInt64(d.gicID), "Base Address": d.baseAddress, "Version": UInt64(d.version)]))
        }
        for f in madt.msiFrames {
            ours.append(Seen(offset: f.offset, type: MADTTable.gicMSIFrame, fields: [
                "MSI Frame ID": UInt64(f.frameID), "Base Address": f.baseAddress, "Select SPI": f.overridesSPIs ? 1 : 0,
                "SPI Count": UInt64(f.spiCount), "SPI Base": UInt64(f.spiBase),
            ]))
        }
        for i in madt.itss {
            ours.append(Seen(offset: i.offset, type: MADTTable.gicITS, fields: ["Translation ID": UInt64(i.itsID), "Base Address": i.baseAddress]))
        }
        let wanted: Set<UInt8> = [MADTTable.gicDistributor, MADTTable.gicMSIFrame, MADTTable.gicITS]
        let theirs = iasl.filter { wanted.contains($0.type) }
        #expect(!theirs.isEmpty, "\(listing)")
        #expect(ours.sorted { $0.offset < $1.offset } == theirs, "\(name): ours \(ours), iasl's \(theirs)")
        #expect(madt.structures.map(\.offset) == iasl.map(\.offset), "\(name): every structure at iasl's offsets")
    }
}
