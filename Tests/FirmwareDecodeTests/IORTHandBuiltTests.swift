import Testing
@testable import FirmwareDecode

@Suite struct IORTHandBuiltTests {
    typealias B = TableBuilder
    typealias M = TableBuilder.Mapping

    /// Revision-0 table: ITS (rev 0), SMMUv3 (rev 2, no GSIVs: index valid), RC (rev 1), NC (rev 2).
    func revision0() -> (table: [UInt8], its: UInt32, smmu: UInt32, rc: UInt32, nc: UInt32) {
        let its = B.itsGroup(revision: 0, ids: [7, 9])
        let smmuLen = 16 + 52 + 40
        let its0: UInt32 = 48, smmu0 = 48 + UInt32(its.count), rc0 = smmu0 + UInt32(smmuLen)
        let smmu = B.smmuV3(revision: 2, identifier: 0, base: 0x2b40_0000, flags: 0b1011, gsivs: [0, 0, 0, 0], deviceIDIndex: 0, mappings: [
            M(input: 0, count: 0, output: 0x77, ref: its0, flags: 1),
            M(input: 0, count: 0xff, output: 0x1000, ref: its0),
        ])
        let rc = B.rootComplex(revision: 1, identifier: 0, segment: 1, mappings: [M(input: 0, count: 0xff, output: 0, ref: smmu0)])
        let nc0 = rc0 + UInt32(rc.count)
        let nc = B.namedComponent(revision: 2, identifier: 0, name: "\\_SB_.DEV0", mappings: [
            M(input: 0, count: 0, output: 0x42, ref: smmu0, flags: 1),
            M(input: 0, count: 0, output: 0x43, ref: smmu0, flags: 1),
            M(input: 0, count: 0, output: 0x500, ref: its0, flags: 1),
        ])
        #expect(smmu.count == smmuLen)
        return (B.iort(revision: 0, nodes: [its, smmu, rc, nc]), its0, smmu0, rc0, nc0)
    }

    @Test func revision0Decodes() throws {
        let (bytes, its0, smmu0, rc0, nc0) = revision0()
        let t = try IORTTable(bytes)
        #expect(t.revision == 0)
        #expect(t.nodes.map { UInt32($0.offset) } == [its0, smmu0, rc0, nc0])
        #expect(t.nodes[0].kind == .itsGroup(itsIdentifiers: [7, 9]))
        guard case .smmuV3(let smmu) = t.nodes[1].kind else { Issue.record("no SMMUv3"); return }
        #expect(smmu.baseAddress == 0x2b40_0000 && smmu.cohacc && smmu.httuOverride == 1 && smmu.proximityDomainValid)
        #expect(t.nodes[1].specialMappingIndex == 0)
        guard case .rootComplex(let rc) = t.nodes[2].kind else { Issue.record("no RC"); return }
        #expect(rc.pciSegment == 1 && rc.memoryAddressSizeLimit == 64 && rc.flags == nil)
        guard case .namedComponent(let nc) = t.nodes[3].kind else { Issue.record("no NC"); return }
        #expect(nc.deviceName == "\\_SB_.DEV0")
        #expect(nc.memoryAddressSizeLimit == 48)
    }

    @Test func revision0Walks() throws {
        let (bytes, its0, smmu0, _, _) = revision0()
        let t = try IORTTable(bytes)
        // The SMMU's own MSIs: mapping 0 (single) gives DeviceID 0x77 at the ITS group.
        #expect(t.smmuOwnDeviceID(smmuAt: Int(smmu0)) == IORTWalk.Step(nodeOffset: Int(its0), nodeType: 0, id: 0x77))
        #expect(t.deviceID(ofNodeAt: Int(smmu0))?.id == 0x77)
        // RID 5 of segment 1 -> StreamID 5 -> mapping 0 skipped (special), mapping 1 -> DeviceID 0x1005.
        let walk = try #require(t.mapRID(segment: 1, rid: 5))
        #expect(walk.iommu?.id == 5)
        #expect(walk.deviceID == 0x1005)
        #expect(walk.itsIdentifiers == [7, 9])
        #expect(t.mapRID(segment: 0, rid: 5) == nil)
        // Named component: two StreamIDs (mappings 0 and 1), the loop stops at mapping 2 (ITS).
        #expect(t.streamIDs(ofNamedComponent: "\\_SB_.DEV0").map(\.id) == [0x42, 0x43])
        #expect(t.streamIDs(ofNamedComponent: "\\_SB.DEV0").isEmpty)
        // DeviceID: mapping 0 goes NC -> SMMU (0x42) -> ITS 0x1042.
        #expect(t.deviceID(ofNamedComponent: "\\_SB_.DEV0") == IORTWalk.Step(nodeOffset: Int(its0), nodeType: 0, id: 0x1042))
        #expect(t.deviceID(ofNamedComponent: "\\_SB_.NONE") == nil)
    }

    /// Revision-5 table: RC rev 4 with the 40-byte fixed part; SMMUv3 rev 5 with index valid by flag.
    @Test func revision5NodeRevisions() throws {
        let its = B.itsGroup(revision: 1, ids: [0])
        let smmu0 = 48 + UInt32(its.count)
        let smmu = B.smmuV3(revision: 5, identifier: 1, base: 0x0905_0000, flags: 1 | 16, gsivs: [106, 107, 109, 108], deviceIDIndex: 1, mappings: [
            M(input: 0, count: 0xffff, output: 0, ref: 48),
            M(input: 0, count: 0, output: 0x10000, ref: 48, flags: 1),
        ])
        let rc0 = smmu0 + UInt32(smmu.count)
        let rc = B.rootComplex(revision: 4, identifier: 2, segment: 0, ats: 1, rev4: (pasid: 0x14, flags: 1), mappings: [
            M(input: 0, count: 0xffff, output: 0, ref: smmu0),
        ])
        // An RMR node (type 6): kept as .other with its mappings.
        var rmrFixed = B.le32(1) + B.le32(1) + B.le32(28 + 20)
        rmrFixed += B.le32(0) + B.le32(0) + B.le32(0x20) + B.le32(smmu0) + B.le32(0)  // mapping, laid out by hand
        rmrFixed += B.le64(0x0800_0000) + B.le64(0x10_0000) + B.le32(0)
        var rmr = B.iortNode(type: 6, revision: 3, identifier: 3, fixed: rmrFixed, mappings: [])
        rmr[8] = 1; rmr[12] = 28  // one mapping at +28
        let t = try IORTTable(B.iort(revision: 5, nodes: [its, smmu, rc, rmr]))
        #expect(t.revision == 5)
        guard case .rootComplex(let body) = t.nodes[2].kind else { Issue.record("no RC"); return }
        #expect(body.pasidCapabilities == 0x14 && body.flags == 1 && body.atsSupported)
        #expect(t.nodes[2].length == 40 + 20)
        #expect(t.nodes[1].specialMappingIndex == 1)
        #expect(t.smmuOwnDeviceID(smmuAt: Int(smmu0))?.id == 0x10000)
        #expect(t.nodes[3].kind == .other(type: 6))
        #expect(t.nodes[3].mappings.first?.outputBase == 0x20)
        let walk = try #require(t.mapRID(segment: 0, rid: 0x0123))
        #expect(walk.steps.map { UInt32($0.nodeOffset) } == [rc0, smmu0, 48])
        #expect(walk.deviceID == 0x0123)
    }

    /// Revision 5 SMMUv3 without the valid flag: the index is ignored even with unwired GSIVs.
    @Test func revision5IndexNeedsFlag() throws {
        let its = B.itsGroup(ids: [0])
        let smmu = B.smmuV3(revision: 5, identifier: 1, base: 0, flags: 0, gsivs: [0, 0, 0, 0], deviceIDIndex: 0, mappings: [
            M(input: 0, count: 0xffff, output: 0, ref: 48),
        ])
        let t = try IORTTable(B.iort(revision: 5, nodes: [its, smmu]))
        #expect(t.nodes[1].specialMappingIndex == nil)
        #expect(t.smmuOwnDeviceID(smmuAt: 48 + its.count) == nil)
    }

    /// QEMU's pre-2024 "plain count" bug: a match at a range's last ID yields to a range starting there.
    @Test func offByOneWorkaround() throws {
        let its = B.itsGroup(ids: [0])
        let smmu0 = 48 + UInt32(its.count)
        let smmu = B.smmuV3(revision: 4, identifier: 1, base: 0, flags: 0, gsivs: [1, 2, 3, 4], deviceIDIndex: 0, mappings: [
            M(input: 0, count: 0, output: 0x99, ref: 48, flags: 1),  // single mapping on an SMMU: skipped in walks
            M(input: 0, count: 0xffff, output: 0, ref: 48),
        ])
        let rc = B.rootComplex(revision: 3, identifier: 2, segment: 0, mappings: [
            M(input: 0, count: 0x100, output: 0, ref: smmu0),          // should have been 0xff
            M(input: 0x100, count: 0xfeff, output: 0x100, ref: 48),
            M(input: 0x300, count: 0x10, output: 0x7000, ref: 48),     // overlaps the previous: first match wins
        ])
        let t = try IORTTable(B.iort(revision: 3, nodes: [its, smmu, rc]))
        #expect(try #require(t.mapRID(segment: 0, rid: 0xff)).iommu?.id == 0xff)
        let at100 = try #require(t.mapRID(segment: 0, rid: 0x100))
        #expect(at100.iommu == nil)
        #expect(at100.deviceID == 0x100)
        #expect(try #require(t.mapRID(segment: 0, rid: 0x305)).deviceID == 0x305)
        // The SMMU's skipped single mapping does not capture StreamID 0.
        #expect(t.mapID(fromNodeAt: Int(smmu0), id: 0, to: [.itsGroup]).deviceID == 0)
    }

    /// A tentative last-ID match is used when no later range starts there.
    @Test func tentativeMatchIsUsed() throws {
        let its = B.itsGroup(ids: [0])
        let rc = B.rootComplex(revision: 3, identifier: 1, segment: 0, mappings: [
            M(input: 0x10, count: 0xf, output: 0x500, ref: 48),
            M(input: 0x18, count: 0x20, output: 0x900, ref: 48),  // contains 0x1f but does not start there: ignored
        ])
        let t = try IORTTable(B.iort(revision: 3, nodes: [its, rc]))
        #expect(try #require(t.mapRID(segment: 0, rid: 0x1f)).deviceID == 0x50f)
        #expect(try #require(t.mapRID(segment: 0, rid: 0x20)).deviceID == 0x908)
    }

    @Test func mappingLoopIsRejected() throws {
        let a0: UInt32 = 48
        let smmuLen: UInt32 = 68 + 20
        let a = B.smmuV3(revision: 4, identifier: 0, base: 0, flags: 0, gsivs: [1, 2, 3, 4], deviceIDIndex: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: a0 + smmuLen)])
        let b = B.smmuV3(revision: 4, identifier: 1, base: 0, flags: 0, gsivs: [1, 2, 3, 4], deviceIDIndex: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: a0)])
        let rc = B.rootComplex(revision: 3, identifier: 2, segment: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: a0)])
        do {
            _ = try IORTTable(B.iort(revision: 3, nodes: [a, b, rc]))
            Issue.record("accepted a loop")
        } catch let e as DecodeError {
            #expect(e.blob == "IORT")
            #expect(e.description.contains("loop"))
        }
        let selfLoop = B.smmuV3(revision: 4, identifier: 0, base: 0, flags: 0, gsivs: [1, 2, 3, 4], deviceIDIndex: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: a0)])
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [selfLoop])) }
    }

    @Test func structuralErrorsAreRejected() throws {
        let its = B.itsGroup(ids: [0])
        // Output reference that is not a node header.
        let rcBadRef = B.rootComplex(revision: 3, identifier: 1, segment: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: 52)])
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [its, rcBadRef])) }
        // Output reference 0.
        let rcZeroRef = B.rootComplex(revision: 3, identifier: 1, segment: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: 0)])
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [its, rcZeroRef])) }
        // Node length 0.
        var zeroLen = its
        zeroLen[1] = 0; zeroLen[2] = 0
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [zeroLen])) }
        // ITS count larger than the node.
        var bigITS = its
        bigITS[16] = 9
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [bigITS])) }
        // Mapping array past the node end.
        var rcShortMaps = B.rootComplex(revision: 3, identifier: 1, segment: 0, mappings: [M(input: 0, count: 0xffff, output: 0, ref: 48)])
        rcShortMaps[8] = 2
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [its, rcShortMaps])) }
        // Unterminated named component name.
        var nc = B.namedComponent(revision: 2, identifier: 1, name: "\\_SB_.DEV0", mappings: [])
        for i in 29..<nc.count { nc[i] = 0x41 }
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 3, nodes: [nc])) }
        // SMMUv3 valid DeviceID index past its mappings.
        let smmu = B.smmuV3(revision: 5, identifier: 1, base: 0, flags: 16, gsivs: [0, 0, 0, 0], deviceIDIndex: 3, mappings: [M(input: 0, count: 0xffff, output: 0, ref: 48)])
        #expect(throws: DecodeError.self) { try IORTTable(B.iort(revision: 5, nodes: [its, smmu])) }
        // Node count past the end.
        var twoNodes = B.iort(revision: 3, nodes: [its])
        twoNodes[36] = 2
        TableBuilder.fixChecksum(&twoNodes)
        #expect(throws: DecodeError.self) { try IORTTable(twoNodes) }
        // Node offset into the header.
        var lowOffset = B.iort(revision: 3, nodes: [its])
        lowOffset[40] = 36
        TableBuilder.fixChecksum(&lowOffset)
        #expect(throws: DecodeError.self) { try IORTTable(lowOffset) }
    }

    /// A named component with a fixed 32-byte name area (ID array at +61): found via the reference.
    @Test func namedComponentWithWideNameArea() throws {
        let its = B.itsGroup(ids: [3])
        var fixed = B.le32(1) + B.memoryAccess() + [0x30]
        var name = Array("\\_SB_.ETH0".utf8)
        name += Array(repeating: 0, count: 32 - name.count)
        fixed += name
        let nc = B.iortNode(type: 1, revision: 4, identifier: 1, fixed: fixed, mappings: [M(input: 0, count: 0, output: 0x1234, ref: 48, flags: 1)])
        #expect(nc[12] == 61)
        let t = try IORTTable(B.iort(revision: 5, nodes: [its, nc]))
        guard case .namedComponent(let body) = t.nodes[1].kind else { Issue.record("no NC"); return }
        #expect(body.deviceName == "\\_SB_.ETH0")
        #expect(body.nodeFlags == 1)
        #expect(t.nodes[1].mappingOffset == 61)
        #expect(t.deviceID(ofNamedComponent: "\\_SB_.ETH0") == IORTWalk.Step(nodeOffset: 48, nodeType: 0, id: 0x1234))
        #expect(t.streamIDs(ofNamedComponent: "\\_SB_.ETH0").isEmpty)
    }

    /// A PMCG without an overflow GSIV: mapping 0 is its own DeviceID and is skipped in walks.
    @Test func pmcgSpecialIndex() throws {
        let its = B.itsGroup(ids: [0])
        let pmcgFixed = B.le64(0x0905_2000) + B.le32(0) + B.le32(0) + B.le64(0)
        let pmcg = B.iortNode(type: 5, revision: 1, identifier: 1, fixed: pmcgFixed, mappings: [
            M(input: 0, count: 0, output: 0x88, ref: 48, flags: 1),
        ])
        let t = try IORTTable(B.iort(revision: 3, nodes: [its, pmcg]))
        #expect(t.nodes[1].kind == .other(type: 5))
        #expect(t.nodes[1].specialMappingIndex == 0)
        #expect(t.deviceID(ofNodeAt: 72)?.id == 0x88)
        #expect(!t.mapID(fromNodeAt: 72, id: 0, to: [.itsGroup]).reachedTarget)
    }
}
