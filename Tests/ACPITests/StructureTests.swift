import Foundation
import Testing
import TopologyModel

@testable import ACPI

/// Every topology the tests build, for the properties that hold for all tables.
func allTopologies() -> [Topology] {
    [QEMU.virt(), QEMU.virtViommu(), QEMU.q35ViommuPxb(), QEMU.virtSMMUv3Pxb(), richTopology(.r0), richTopology(.r3),
     richTopology(.r5), ssdtTopology()]
}

/// The `Name : Value` pairs of an iasl data-table listing (flag lines included), trailing
/// bracketed comments removed.
func fieldPairs(_ dsl: String) -> [String] {
    dsl.split(separator: "\n").compactMap { line -> String? in
        var l = String(line)
        guard !l.hasPrefix(" *"), !l.hasPrefix("/*"), l.contains(" : ") else { return nil }
        if l.hasPrefix("["), let close = l.firstIndex(of: "]") { l = String(l[l.index(after: close)...]) }
        guard let colon = l.range(of: " : ") else { return nil }
        let name = l[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        var value = String(l[colon.upperBound...])
        if let c = value.range(of: " [") { value = String(value[..<c.lowerBound]) }
        return name + " : " + value.trimmingCharacters(in: .whitespaces)
    }
}

@Suite("Table structure")
struct StructureTests {
    @Test func checksumsLengthsAndDeterminism() throws {
        for t in allTopologies() {
            let first = try ACPIEmitter.tables(for: t)
            let again = try ACPIEmitter.tables(for: t)
            #expect(first == again, "output must not depend on the run")
            #expect(!first.isEmpty)
            for table in first {
                #expect(byteSum(table.aml) == 0, "\(t.name) \(table.kind): checksum")
                #expect(Int(u32(table.aml, 4)) == table.aml.count, "\(t.name) \(table.kind): length")
                #expect(String(decoding: table.aml[0..<4], as: UTF8.self) == table.kind.signature)
                #expect(Array(table.aml[10..<16]) == Array("BOCHS ".utf8))
                #expect(!table.dsl.isEmpty)
            }
        }
    }

    @Test func dslListsTheSameFieldsAsQEMUsGoldens() throws {
        let cases: [(String, ACPITableKind, Topology)] = [
            ("virt-viommu.VIOT.dsl", .viot, QEMU.virtViommu()), ("q35-viommu-pxb.VIOT.dsl", .viot, QEMU.q35ViommuPxb()),
            ("virt.IORT.dsl", .iort, QEMU.virt()), ("virt-smmuv3-pxb.IORT.dsl", .iort, QEMU.virtSMMUv3Pxb()),
            ("virt.MCFG.dsl", .mcfg, QEMU.virt()),
        ]
        for (file, kind, t) in cases {
            let want = fieldPairs(String(decoding: try golden(file), as: UTF8.self))
            let got = fieldPairs(try table(kind, t).dsl)
            #expect(got.count == want.count, "\(file)")
            for (g, w) in zip(got, want) where g.lowercased() != w.lowercased() {
                Issue.record("\(file): \(g) vs golden \(w)")
            }
        }
    }

    @Test func emitsOnlyTheTablesWhoseConditionHolds() throws {
        #expect(try ACPIEmitter.tables(for: QEMU.virt()).map(\.kind) == [.iort, .mcfg, .ssdt])
        #expect(try ACPIEmitter.tables(for: QEMU.virtViommu()).map(\.kind) == [.viot, .iort, .mcfg, .ssdt])
        // x86_64: no IORT even with an MSI controller; no ecam, no MCFG.
        #expect(try ACPIEmitter.tables(for: QEMU.q35ViommuPxb()).map(\.kind) == [.viot, .ssdt])
        #expect(try ACPIEmitter.tables(for: QEMU.virtViommu(), requested: [.mcfg, .viot]).map(\.kind) == [.viot, .mcfg])
        // Nothing at all: no ITS, no SMMU, no ecam, no device.
        let bare = topology("bare", iommus: [smmu()])
        #expect(try ACPIEmitter.tables(for: bare).map(\.kind) == [.iort])
    }

    @Test func mcfgEntriesNameBusZero() throws {
        let t = topology(
            "m", rcs: [
                rc("a", segment: 0, buses: (0, 0x7f), ecam: 0x3000_0000), rc("b", segment: 0, buses: (0x80, 0xff)),
                rc("c", segment: 2, buses: (0x10, 0x1f), ecam: 0x4000_0000),
            ])
        let b = try table(.mcfg, t).aml
        #expect(b.count == 44 + 2 * 16)
        #expect(u32(b, 44) == 0x3000_0000 && u16(b, 52) == 0 && b[54] == 0 && b[55] == 0x7f)
        // ECAM names where bus 0x10 lies: the entry points 0x10 MiB lower.
        #expect(u32(b, 60) == 0x4000_0000 - 0x100_0000 && u16(b, 68) == 2 && b[70] == 0x10 && b[71] == 0x1f)
    }
}

@Suite("VIOT")
struct VIOTTests {
    @Test func mmioIOMMUsAndEndpoints() throws {
        let t = topology(
            "v", msi: [its()],
            iommus: [virtioMMIO("vm0", base: 0x0b00_0000), virtioPCI("vp", rc: "pcie1", bdf: "02:01.3"), virtioMMIO("vm1", base: 0x0b00_1000)],
            rcs: [
                rc("pcie0", segment: 3, buses: (0, 0xff), iommuMap: [imap(rids(0x100, 0x1ff), "vm1", 0x100), imap(rids(0, 0xff), "vp", 0)]),
                rc("pcie1", segment: 1, buses: (0, 0xff), iommuMap: [imap(rids(0x200, 0x2ff), "vm0", 7)]),
            ],
            devices: [
                device("b", base: 0x0a00_0400, iommu: "vm0", ids: rids(0x40, 0x40)),
                device("a", base: 0x0a00_0000, iommu: "vp", ids: rids(0x9000, 0x9000)),
                device("c", base: 0x0a00_0200),
            ])
        let b = try table(.viot, t).aml
        #expect(u16(b, 36) == 3 + 3 + 2 && u16(b, 38) == 48)
        #expect(b.count == 48 + 3 * 16 + 5 * 24)
        // IOMMU nodes in declaration order.
        #expect(b[48] == 4 && u16(b, 50) == 16 && u32(b, 56) == 0x0b00_0000)
        #expect(b[64] == 3 && u16(b, 68) == 1 && u16(b, 70) == 0x0209 + 2)
        #expect(b[80] == 4 && u32(b, 88) == 0x0b00_1000)
        // PCI ranges sorted by (segment, first BDF): segment 1, then 3/0x000, then 3/0x100.
        let ranges = (0..<3).map { 96 + 24 * $0 }
        #expect(ranges.map { u16(b, $0 + 8) } == [1, 3, 3])
        #expect(ranges.map { u16(b, $0 + 12) } == [0x200, 0, 0x100])
        #expect(ranges.map { u32(b, $0 + 4) } == [7, 0, 0x100])
        #expect(ranges.map { u16(b, $0 + 16) } == [48, 64, 80])
        // MMIO endpoints sorted by base, one endpoint ID each (an ID range is viot-mmio-id-range:
        // VIOTMMIOIDRangeTests).
        #expect(b[168] == 2 && u32(b, 172) == 0x9000 && u32(b, 176) == 0x0a00_0000 && u16(b, 184) == 64)
        #expect(b[192] == 2 && u32(b, 196) == 0x40 && u32(b, 200) == 0x0a00_0400 && u16(b, 208) == 48)
    }

    @Test func iommuNodePast64KiBIsAnError() throws {
        let many = (0..<4094).map { virtioMMIO("v\($0)", base: 0x1000_0000 + UInt64($0) * 0x1000) }
        let t = topology("big", iommus: many)
        #expect(throws: DiagnosticError.self) { try ACPIEmitter.tables(for: t, requested: [.viot]) }
        do {
            _ = try ACPIEmitter.tables(for: t, requested: [.viot])
        } catch {
            #expect(error.diagnostics.map(\.id) == ["viot-offset-overflow"])
            #expect(error.diagnostics.first?.location == many[4093].source.location)
        }
        // One fewer fits: the last node starts at 0xfff0.
        let fits = topology("fits", iommus: Array(many.prefix(4093)))
        #expect(try table(.viot, fits).aml.count == 48 + 4093 * 16)
        // The error belongs to VIOT only.
        #expect(try ACPIEmitter.tables(for: t, requested: [.ssdt]).count == 1)
    }
}
