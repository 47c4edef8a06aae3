import Testing
import TopologyModel

@testable import ACPI

/// A rich arm64 layout exercising every IORT node type.
func richTopology(_ rev: IORTRevision = .r3) -> Topology {
    var header = qemuHeader
    header.iortRevision = rev
    return topology(
        "rich", header: header, msi: [its(), its("its1", base: 0x0810_0000, id: 1)],
        iommus: [
            smmu(irqs: SMMUInterrupts(eventq: 0x6a, priq: 0, cmdqSync: 0x6c, gerror: 0x6d), ownMSI: msiTarget(0x20000)),
            virtioMMIO("vmmio", base: 0x0b00_0000, interrupt: 40),
        ],
        rcs: [
            rc(
                "pcie0", buses: (0, 0x0f), ecam: 0x40_1000_0000, ats: true,
                iommuMap: [imap(rids(0, 0x1ff), "smmu", 0), imap(rids(0x400, 0x4ff), "vmmio", 0)],
                msiMap: [mmap(rids(0, 0xfff), 0)]),
            rc(
                "pcie1", segment: 1, buses: (0, 0xff), ecam: 0x50_0000_0000,
                iommuMap: [imap(rids(0, 0xff), "smmu", 0x10000)], msiMap: [mmap(rids(0, 0xffff), 0x10000, to: "its1")]),
        ],
        devices: [
            device("net0", base: 0x0a00_0000, interrupt: 16, iommu: "smmu", ids: rids(0x20000, 0x20000), msi: msiTarget(0x30000)),
            device("blk0", base: 0x0a00_0200, interrupt: 17, iommu: "vmmio", ids: rids(5, 5), msi: msiTarget(0x40000, to: "its1"), path: "\\_SB_.VBLK"),
            device("rng0", base: 0x0a00_0400, interrupt: 18),
        ])
}

@Suite("iasl round trips")
struct IaslTests {
    /// Debian stable's `iasl -d` (20200925) decodes the table and recompiling its output gives the
    /// same bytes (creator fields aside: iasl writes its own). Where that iasl's template still
    /// has today's field names (`listingMatches`: MCFG), our listing shows the same fields and
    /// it compiles our `.dsl` to the same bytes too; for IORT the listing follows the current
    /// template (CurrentIaslTests), whose names this iasl predates (DeviceID Valid, PASID
    /// Capabilities, Ensured Coherency of Accesses).
    func dataTableRoundTrip(_ table: ACPITableOutput, listingMatches: Bool) throws {
        let iasl = try Iasl()
        defer { iasl.cleanUp() }
        let name = table.kind.signature.lowercased()
        let decoded = try iasl.disassemble(table.aml, name: name)
        let recompiled = try iasl.compile(decoded, name: name + "-dis")
        #expect(withCreator(of: table.aml, recompiled) == table.aml, "\(diff(withCreator(of: table.aml, recompiled), table.aml))")
        guard listingMatches else { return }
        // Our listing shows the same fields and values as iasl's own decoding.
        #expect(fieldPairs(table.dsl) == fieldPairs(decoded), "\(table.dsl)\n---\n\(decoded)")
        let ours = try iasl.compile(table.dsl, name: name + "-ours")
        #expect(withCreator(of: table.aml, ours) == table.aml, "\(diff(withCreator(of: table.aml, ours), table.aml))\n\(table.dsl)")
    }

    @Test func mcfg() throws {
        try dataTableRoundTrip(try table(.mcfg, QEMU.virt()), listingMatches: true)
        try dataTableRoundTrip(try table(.mcfg, richTopology()), listingMatches: true)
    }

    @Test func iortRevision0() throws {
        try dataTableRoundTrip(try table(.iort, richTopology(.r0)), listingMatches: false)
        var t = QEMU.virtSMMUv3Pxb()
        t.acpi.iortRevision = .r0
        try dataTableRoundTrip(try table(.iort, t), listingMatches: false)
        // Named components whose name needs no padding, and one that needs three bytes.
        var names = richTopology(.r0)
        names.devices.append(device("p0", base: 0x0a00_1000, msi: msiTarget(0x50000), path: "\\_SB_.PCI0.DEV0"))
        names.devices.append(device("p1", base: 0x0a00_2000, msi: msiTarget(0x50001), path: "\\_SB_.PCI0.DEV0.FN01"))
        try dataTableRoundTrip(try table(.iort, names), listingMatches: false)
    }
}

/// A layout with every SSDT object kind, including a large table (multi-byte PkgLengths).
func ssdtTopology() -> Topology {
    var t = richTopology()
    t.rootComplexes[0].windows = [
        PCIWindow(kind: .io, cpu: 0x3eff_0000, pci: 0, size: 0x10000, prefetchable: false, source: Src.map()),
        PCIWindow(kind: .mem32, cpu: 0x1000_0000, pci: 0x1000_0000, size: 0x2eff_0000, prefetchable: false, source: Src.map()),
        PCIWindow(kind: .mem64, cpu: 0x80_0000_0000, pci: 0x80_0000_0000, size: 0x80_0000_0000, prefetchable: true, source: Src.map()),
    ]
    t.devices.append(device("high", base: 0x1_0000_0000, interrupt: 100, hid: "PRP0001"))
    // Under one of our own root complexes, and under a scope the DSDT defines.
    t.devices.append(device("under", base: 0x0a00_0800, interrupt: 20, path: "\\_SB_.PCI0.UNDR"))
    t.devices.append(device("ext", base: 0x0a00_0a00, path: "\\_SB_.PCI9.EXT0"))
    for i in 0..<40 {
        t.devices.append(device("d\(i)", base: 0x0c00_0000 + UInt64(i) * 0x200, interrupt: 50 + UInt32(i), path: "\\_SB_.D\(String(i, radix: 16, uppercase: true))"))
    }
    return t
}

extension IaslTests {
    @Test func ssdtCompilesToOurBytes() throws {
        for t in [richTopology(), ssdtTopology(), QEMU.virt()] {
            let ssdt = try table(.ssdt, t)
            let iasl = try Iasl()
            defer { iasl.cleanUp() }
            let compiled = try iasl.compile(ssdt.dsl, name: "ssdt")
            #expect(withCreator(of: ssdt.aml, compiled) == ssdt.aml, "\(diff(withCreator(of: ssdt.aml, compiled), ssdt.aml))\n\(ssdt.dsl)")
        }
    }

    @Test func ssdtDisassemblesAndRecompiles() throws {
        for t in [richTopology(), ssdtTopology()] {
            let ssdt = try table(.ssdt, t)
            let iasl = try Iasl()
            defer { iasl.cleanUp() }
            let decoded = try iasl.disassemble(ssdt.aml, name: "ssdt")
            let recompiled = try iasl.compile(decoded, name: "ssdt-dis")
            #expect(withCreator(of: ssdt.aml, recompiled) == ssdt.aml, "\(diff(withCreator(of: ssdt.aml, recompiled), ssdt.aml))\n\(decoded)")
        }
    }
}
