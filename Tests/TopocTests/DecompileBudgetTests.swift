import FirmwareDecode
import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// Small blobs that describe huge topologies (found by `topoc-fuzz decompile` as timeouts): decompile
/// does work in proportion to what it builds, and stops with `decompile-too-large` past its budget.
@Suite struct DecompileBudgetTests {
    /// A VIOT with one virtio-pci IOMMU (00:01.0 on segment 0) and one PCI range node per entry
    /// of `ranges`: (segment start, segment end, endpoint start), covering BDFs 0-0xffff.
    static func viot(ranges: [(UInt16, UInt16, UInt32)]) -> [UInt8] {
        func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
        let iommuOffset: UInt16 = 48
        var nodes: [UInt8] = [3, 0] + le(UInt16(16)) + le(UInt16(0)) + le(UInt16(0x08)) + [UInt8](repeating: 0, count: 8)
        for (first, last, endpoint) in ranges {
            nodes += [1, 0] + le(UInt16(24)) + le(endpoint) + le(first) + le(last) + le(UInt16(0)) + le(UInt16(0xffff))
            nodes += le(iommuOffset) + [UInt8](repeating: 0, count: 6)
        }
        let body = le(UInt16(1 + ranges.count)) + le(UInt16(48)) + [UInt8](repeating: 0, count: 8) + nodes
        var table = Array("VIOT".utf8) + le(UInt32(36 + body.count)) + [0, 0] + Array("BOCHS ".utf8) + Array("BXPC    ".utf8)
        table += le(UInt32(1)) + Array("BXPC".utf8) + le(UInt32(1)) + body
        table[9] = 0 &- table.reduce(0, &+)
        return table
    }

    func decompile(_ table: [UInt8], maxEntries: Int = DecompileOptions.defaultMaxEntries) -> DecompileResult {
        Decompiler.decompile(
            dtb: nil, acpi: [FirmwareBlob(name: "viot.aml", bytes: table)],
            options: DecompileOptions(name: "wide", outputFile: "wide.yaml", maxEntries: maxEntries))
    }

    /// One range over 4,096 segments: one root complex per segment, each translated with the
    /// endpoint IDs Linux's VIOT formula gives (start + (segment - first) << 16 + BDF).
    @Test func aRangeOverThousandsOfSegmentsGivesOneRootComplexEach() throws {
        let result = decompile(Self.viot(ranges: [(0, 0xfff, 0x100)]))
        #expect(!result.failed, "\(result.diagnostics)")
        let rcs = try #require(result.topology).rootComplexes
        #expect(rcs.count == 0x1000)
        #expect(Set(rcs.map(\.segment)) == Set(0...0xfff))
        for rc in rcs {
            // Every RID, at the formula's ID (the emitters, not the model, leave out the IOMMU's own).
            let entry = try #require(rc.iommuMap.first)
            #expect(rc.iommuMap.count == 1 && entry.rids == IDRange(first: 0, count: 0x10000), "segment \(rc.segment)")
            #expect(entry.id == 0x100 + UInt32(rc.segment) << 16)
        }
    }

    /// Past the budget: a located error naming the node, no YAML, and no time spent building.
    @Test func rangesPastTheBudgetStopWithDecompileTooLarge() throws {
        // 40 ranges over every segment: 2.6 million map entries if built.
        let table = Self.viot(ranges: (0..<40).map { (0, 0xffff, UInt32($0) << 28) })
        let result = decompile(table)
        #expect(result.failed && result.yaml == nil)
        let error = try #require(result.diagnostics.first { $0.id == "decompile-too-large" })
        #expect(error.severity == .error)
        // At the range that passed the budget, by its offset in the blob.
        #expect(error.location.file == "viot.aml" && error.location.byteOffset == 0x88, "\(error.location)")
        // Ranges start at 64 and are 24 bytes long; each full one costs 2 x 65,536 of 500,000.
        #expect(error.message.contains("PCI range node at offset 0x88 (segments 0x0-0xffff)"), "\(error.message)")
        #expect(error.message.contains("budget of 500000"))

        // The same budget path with a small budget, and just under it.
        #expect(decompile(Self.viot(ranges: [(0, 9, 0)]), maxEntries: 19).diagnostics.contains { $0.id == "decompile-too-large" })
        #expect(!decompile(Self.viot(ranges: [(0, 9, 0)]), maxEntries: 20).failed)
    }

    /// An IORT root complex's mappings continue through every SMMU mapping: charged as well.
    @Test func iortChainsAreChargedToo() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Topologies/qemu-virt-smmuv3.yaml"), encoding: .utf8)
        let compiled = Compiler.compile(bytes: Array(text.utf8), file: "qemu-virt-smmuv3.yaml")
        let iort = try #require(compiled.files.first { $0.name.hasSuffix("IORT.aml") })
        let blob = FirmwareBlob(name: "iort.aml", bytes: iort.bytes)
        let small = Decompiler.decompile(dtb: nil, acpi: [blob], options: DecompileOptions(maxEntries: 1))
        let error = try #require(small.diagnostics.first { $0.id == "decompile-too-large" })
        #expect(error.message.hasPrefix("the root complex node at offset 0x"), "\(error.message)")
        #expect(!Decompiler.decompile(dtb: nil, acpi: [blob]).failed)
    }

    /// The input `topoc-fuzz decompile` first timed out on (a debug build took 10.6 s, all of it in
    /// scans of every root complex per segment): every segment its ranges cover gets its root complex.
    @Test func theFuzzersManySegmentsInputDecompiles() throws {
        let url = try packageRoot.appendingPathComponent("Fuzz/regressions/decompile-viot-many-segments")
        // The fuzz target sets each table's length and checksum before decoding (FuzzTargets.acpiTables).
        var bytes = try [UInt8](Data(contentsOf: url))
        withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { bytes.replaceSubrange(4..<8, with: $0) }
        bytes[9] = 0
        bytes[9] = 0 &- bytes.reduce(0, &+)
        guard case .viot(let viot) = try ACPITable.decode(bytes) else {
            Issue.record("not a VIOT")
            return
        }
        var segments = Set<UInt16>()
        for range in viot.pciRanges where viot.iommus.contains(where: { $0.nodeOffset == Int(range.outputNode) }) {
            segments.formUnion(range.segmentStart...range.segmentEnd)
        }
        #expect(segments.count > 1000)
        let result = Decompiler.decompile(dtb: nil, acpi: [FirmwareBlob(name: "viot.aml", bytes: bytes)])
        let topology = try #require(result.topology, "\(result.diagnostics)")
        #expect(Set(topology.rootComplexes.map(\.segment)).isSuperset(of: segments))
    }
}
