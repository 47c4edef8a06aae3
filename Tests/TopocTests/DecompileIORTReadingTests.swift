import FirmwareDecode
import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// decompile reads IORT ranges through FirmwareDecode's walk (`IORTTable.pieces`), the one
/// Linux's rules are written in: where a blob relies on those rules, decompile says what Linux sees.
@Suite struct DecompileIORTReadingTests {
    /// multi-segment's IORT, with pcie1's first mapping (RIDs 0x0-0xfff to the SMMU) made a single
    /// mapping: Linux then gives every RID of the segment that one StreamID (and its DeviceID), and
    /// never reaches the second mapping. The old reading, mapping by mapping, still read RIDs
    /// 0x1000-0x1fff as translated to StreamIDs 0x30000...; now nothing a map can say is left, and a
    /// note says why.
    @Test func aSingleMappingOnARootComplexTakesEveryRID() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Topologies/multi-segment.yaml"), encoding: .utf8)
        let compiled = Compiler.compile(bytes: Array(text.utf8), file: "multi-segment.yaml")
        var bytes = try #require(compiled.files.first { $0.name.hasSuffix("IORT.aml") }).bytes
        let iort = try IORTTable(bytes)
        let rc = try #require(iort.rootComplex(segment: 1))
        #expect(rc.mappings.count == 2 && rc.mappings[1].inputBase == 0x1000)
        bytes[rc.mappings[0].offset + 16] |= 1
        bytes[9] = 0
        bytes[9] = 0 &- bytes.reduce(0, &+)
        let patched = try IORTTable(bytes)
        #expect(patched.mapRID(segment: 1, rid: 0x1005)?.iommu?.id == 0x20000)

        let result = Decompiler.decompile(dtb: nil, acpi: [FirmwareBlob(name: "iort.aml", bytes: bytes)], options: DecompileOptions(name: "patched"))
        let topology = try #require(result.topology, "\(result.diagnostics)")
        let pcie1 = try #require(topology.rootComplexes.first { $0.segment == 1 })
        #expect(pcie1.iommuMap.isEmpty, "\(pcie1.iommuMap)")
        #expect(pcie1.msiMap.isEmpty, "\(pcie1.msiMap)")
        #expect(result.diagnostics.contains {
            $0.message.contains("the root complex node at offset 0x\(String(rc.offset, radix: 16)) in iort.aml gives RIDs 0x0-0xffff of segment 1 one StreamID through a single mapping")
        }, "\(result.diagnostics.map(\.message))")
        // Segment 0 is as it was.
        let unpatched = Decompiler.decompile(dtb: nil, acpi: [FirmwareBlob(name: "iort.aml", bytes: try #require(compiled.files.first { $0.name.hasSuffix("IORT.aml") }).bytes)])
        #expect(try #require(unpatched.topology).rootComplexes.first { $0.segment == 1 }?.iommuMap.count == 2)
        func msi(_ t: Topology?) -> [String]? {
            t?.rootComplexes.first { $0.segment == 0 }?.msiMap.map { "\($0.inputs) \($0.controller) \($0.id.map(String.init) ?? "-")" }
        }
        #expect(msi(topology) == msi(unpatched.topology) && msi(topology)?.isEmpty == false)
    }
}
