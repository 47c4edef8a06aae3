import TestSupport
import Testing
@testable import FirmwareDecode

/// QEMU 11.1's smmuv3-dev IORT (Tests/Goldens/README.md): two user-created SMMUv3s, one on the
/// main root complex (buses 0-1), one on the pxb-pcie expander of bus 0x10; the expander on bus
/// 0x20 has none. virt's default GICv2 has no ITS, so QEMU writes no ITS group and no MSI
/// mapping. A revision-5 table whose root complex node is revision 3 (36 bytes).
@Suite struct IORTSMMUv3DevTests {
    func table() throws -> IORTTable { try IORTTable(try GoldenFiles.bytes("acpi/qemu-11.1/aarch64-virt/IORT.smmuv3-dev")) }

    @Test func fields() throws {
        let t = try table()
        #expect(t.revision == 5 && t.nodeCount == 3)
        #expect(t.nodes.map(\.offset) == [0x30, 0x74, 0xb8])
        #expect(t.nodes.map(\.type) == [4, 4, 2] && t.nodes.map(\.revision) == [4, 4, 3])
        #expect(t.nodes.map(\.identifier) == [0, 1, 2])
        for (node, base, gsiv) in [(t.nodes[0], UInt64(0x0c00_0000), UInt32(0x90)), (t.nodes[1], 0x0c02_0000, 0x94)] {
            #expect(node.length == 68 && node.mappingCount == 0 && node.mappingOffset == 0 && node.mappings.isEmpty)
            guard case .smmuV3(let smmu) = node.kind else { Issue.record("not an SMMUv3"); continue }
            #expect(smmu.baseAddress == base && smmu.cohacc)
            #expect(smmu.eventGSIV == gsiv && smmu.priGSIV == gsiv + 1 && smmu.syncGSIV == gsiv + 2 && smmu.gerrGSIV == gsiv + 3)
            #expect(smmu.deviceIDMappingIndex == 0 && node.specialMappingIndex == nil)
            #expect(t.smmuOwnDeviceID(smmuAt: node.offset) == nil)
        }
        let rc = t.nodes[2]
        #expect(rc.length == 36 + 2 * 20 && rc.mappingCount == 2 && rc.mappingOffset == 36)
        guard case .rootComplex(let body) = rc.kind else { Issue.record("not a root complex"); return }
        #expect(body.pciSegment == 0 && body.memoryAddressSizeLimit == 0x40)
        #expect(body.pasidCapabilities == nil && body.flags == nil, "a revision-3 node has neither")
        #expect(rc.mappings == [
            IORTIDMapping(offset: 0xdc, inputBase: 0x0000, idCount: 0x01ff, outputBase: 0x0000, outputReference: 0x30, flags: 0),
            IORTIDMapping(offset: 0xf0, inputBase: 0x1000, idCount: 0x00ff, outputBase: 0x1000, outputReference: 0x74, flags: 0),
        ])
    }

    /// Each root complex's RIDs reach its own SMMU as StreamIDs (identity), and stop there: with
    /// no ITS, no walk reaches a DeviceID.
    @Test(arguments: [(UInt32(0x0000), 0x30), (0x0008, 0x30), (0x01ff, 0x30), (0x1000, 0x74), (0x10ff, 0x74)])
    func ridsReachTheirSMMU(rid: UInt32, smmu: Int) throws {
        let t = try table()
        let walk = try #require(t.mapRID(segment: 0, rid: rid))
        #expect(walk.iommu == IORTWalk.Step(nodeOffset: smmu, nodeType: 4, id: rid))
        #expect(walk.deviceID == nil && walk.itsIdentifiers.isEmpty)
        #expect(t.mapID(fromNodeAt: 0xb8, id: rid, to: [.smmuV3, .smmuV1V2]).reachedTarget)
    }

    /// Bus 0x20 (the expander without an SMMU), the rest of the main root complex's buses and of
    /// bus 0x10's range: in no mapping, so no IOMMU and no MSI route, as Linux reads it.
    @Test(arguments: [UInt32(0x0200), 0x0fff, 0x1100, 0x2000, 0x20ff, 0xffff])
    func otherRIDsAreInNoMapping(rid: UInt32) throws {
        let t = try table()
        let walk = try #require(t.mapRID(segment: 0, rid: rid))
        #expect(walk.iommu == nil && walk.deviceID == nil && !walk.reachedTarget)
        #expect(!t.mapID(fromNodeAt: 0xb8, id: rid, to: [.smmuV3, .smmuV1V2]).reachedTarget)
    }
}
