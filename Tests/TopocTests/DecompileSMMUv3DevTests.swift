import FirmwareDecode
import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel

/// decompile of QEMU 11.1's smmuv3-dev tables (two user-created SMMUv3s, Tests/Goldens/README.md)
/// and of the IORT root complex node revision they carry.
@Suite struct DecompileSMMUv3DevTests {
    static let dir = "acpi/qemu-11.1/aarch64-virt/"

    func blob(_ path: String) throws -> FirmwareBlob {
        let url = try GoldenFiles.url(path)
        return FirmwareBlob(name: url.lastPathComponent, bytes: try [UInt8](Data(contentsOf: url)))
    }

    func compile(_ yaml: String) throws -> [String: [UInt8]] {
        let result = Compiler.compile(bytes: Array(yaml.utf8), file: "t.yaml")
        #expect(result.succeeded, "\(result.diagnostics)")
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.bytes) })
    }

    /// Each SMMU goes with the root complex QEMU put it on; the expander on bus 0x20 has none; the
    /// IORT's revision-3 root complex node in the revision-5 table comes back as
    /// `iort-root-complex-revision: 3`, so the IORT and MCFG compile back to QEMU's bytes.
    @Test func qemuTablesCompileBackToQEMUs() throws {
        let iort = try blob(Self.dir + "IORT.smmuv3-dev"), mcfg = try blob(Self.dir + "MCFG"), dsdt = try blob(Self.dir + "DSDT.smmuv3-dev")
        let result = Decompiler.decompile(dtb: nil, acpi: [iort, mcfg, dsdt], options: DecompileOptions(name: "smmuv3-dev"))
        let t = try #require(result.topology, "\(result.diagnostics)")
        let yaml = try #require(result.yaml)
        #expect(yaml.contains("iort-revision: 5, iort-root-complex-revision: 3 }"), "\(yaml)")
        let smmus = Dictionary(uniqueKeysWithValues: t.iommus.compactMap { i -> (String, UInt64)? in
            if case .smmuv3(let s) = i.kind { return (i.name, s.base) }
            return nil
        })
        #expect(smmus.values.sorted() == [0x0c00_0000, 0x0c02_0000])
        let byFirstBus = Dictionary(uniqueKeysWithValues: t.rootComplexes.map { ($0.firstBus, $0) })
        #expect(byFirstBus.keys.sorted() == [0x00, 0x10, 0x20])
        #expect(byFirstBus[0x00]?.iommuMap.map { "\($0.rids.first)-\($0.rids.last)->\(smmus[$0.iommu] ?? 0)" } == ["0-511->201326592"])
        #expect(byFirstBus[0x10]?.iommuMap.map { "\($0.rids.first)-\($0.rids.last)->\(smmus[$0.iommu] ?? 0)" } == ["4096-4351->201457664"])
        #expect(byFirstBus[0x20]?.iommuMap.isEmpty == true)
        #expect(t.msiControllers.isEmpty, "no ITS: QEMU's default GICv2")
        let out = try compile(yaml)
        #expect(out["IORT.aml"] == iort.bytes)
        #expect(out["MCFG.aml"] == mcfg.bytes)
    }

    /// Patches the revision byte of the IORT node at `offset` and fixes the checksum.
    func withNodeRevision(_ bytes: [UInt8], at offset: Int, _ revision: UInt8) -> [UInt8] {
        var b = bytes
        b[offset + 3] = revision
        b[9] = 0
        b[9] = 0 &- b.reduce(UInt8(0), &+)
        return b
    }

    /// Root complex nodes of a revision the table cannot carry (2 in a revision-5 table), or of
    /// two revisions: a `blob-complement` note says so, and the table revision's default is kept.
    @Test func rootComplexRevisionsATopologyCannotGiveAreANote() throws {
        let qemu = try blob(Self.dir + "IORT.smmuv3-dev")
        let two = FirmwareBlob(name: "IORT", bytes: withNodeRevision(qemu.bytes, at: 0xb8, 2))
        let result = Decompiler.decompile(dtb: nil, acpi: [two], options: DecompileOptions(name: "t"))
        let yaml = try #require(result.yaml, "\(result.diagnostics)")
        #expect(yaml.contains("iort-revision: 5 }") && !yaml.contains("iort-root-complex-revision"), "\(yaml)")
        let note = result.diagnostics.first { $0.id == "blob-complement" && $0.message.contains("root complex nodes") }
        #expect(note?.message == "IORT has root complex nodes of revision 2; a revision-5 IORT of topoc has them all of revision 4 or 3; revision 4 assumed", "\(result.diagnostics)")

        // multi-segment's revision-5 IORT has two revision-4 root complex nodes; one made revision 3.
        let files = try compile(try String(contentsOf: packageRoot.appendingPathComponent(example("multi-segment")), encoding: .utf8))
        let iort = try IORTTable(try #require(files["IORT.aml"]))
        let rcs = iort.nodes.filter { $0.type == 2 }
        #expect(rcs.map(\.revision) == [4, 4])
        let mixed = FirmwareBlob(name: "IORT", bytes: withNodeRevision(try #require(files["IORT.aml"]), at: rcs[1].offset, 3))
        let back = Decompiler.decompile(dtb: nil, acpi: [mixed], options: DecompileOptions(name: "t"))
        #expect(back.yaml.map { !$0.contains("iort-root-complex-revision") } == true)
        #expect(back.diagnostics.contains { $0.message.hasPrefix("IORT has root complex nodes of revision 3 and 4;") }, "\(back.diagnostics)")
    }

    /// The default for the table revision is not written.
    @Test func theDefaultIsNotWritten() throws {
        let files = try compile(try String(contentsOf: packageRoot.appendingPathComponent(example("multi-segment")), encoding: .utf8))
        let result = Decompiler.decompile(dtb: nil, acpi: [FirmwareBlob(name: "IORT.aml", bytes: try #require(files["IORT.aml"]))], options: DecompileOptions(name: "t"))
        let yaml = try #require(result.yaml, "\(result.diagnostics)")
        #expect(yaml.contains("iort-revision: 5 }") && !yaml.contains("iort-root-complex-revision"), "\(yaml)")
        #expect(!result.diagnostics.contains { $0.message.contains("root complex nodes of revision") })
    }
}
