import TestSupport
import Testing
@testable import FirmwareDecode

@Suite struct IORTGoldenTests {
    @Test func virtFields() throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt.IORT"))
        #expect(t.revision == 3)
        #expect(t.nodeCount == 2)
        #expect(t.nodeOffset == 48)
        #expect(t.nodes.map(\.offset) == [48, 72])

        let its = t.nodes[0]
        #expect(its.type == 0 && its.length == 24 && its.revision == 1 && its.identifier == 0)
        #expect(its.mappingCount == 0 && its.mappingOffset == 0)
        #expect(its.kind == .itsGroup(itsIdentifiers: [0]))

        let rc = t.nodes[1]
        #expect(rc.type == 2 && rc.length == 56 && rc.revision == 3 && rc.identifier == 1)
        #expect(rc.mappingCount == 1 && rc.mappingOffset == 36)
        guard case .rootComplex(let body) = rc.kind else { Issue.record("not a root complex"); return }
        #expect(body.memoryAccess == IORTMemoryAccessProperties(cacheCoherency: 1, allocationHints: 0, memoryAccessFlags: 3))
        #expect(body.atsAttribute == 0)
        #expect(body.pciSegment == 0)
        #expect(body.memoryAddressSizeLimit == 0x40)
        #expect(body.pasidCapabilities == nil)
        #expect(body.flags == nil)
        #expect(rc.mappings == [IORTIDMapping(offset: 108, inputBase: 0, idCount: 0xffff, outputBase: 0, outputReference: 48, flags: 0)])
    }

    @Test(arguments: [UInt32(0x0000), 0x0008, 0x0100, 0x1234, 0xffff])
    func virtRIDsGoStraightToITS(rid: UInt32) throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt.IORT"))
        let walk = try #require(t.mapRID(segment: 0, rid: rid))
        #expect(walk.iommu == nil)
        #expect(walk.deviceID == rid)
        #expect(walk.itsGroup?.nodeOffset == 48)
        #expect(walk.itsIdentifiers == [0])
        #expect(walk.steps.map(\.nodeOffset) == [72, 48])
    }

    @Test func virtOutsideRangeAndOtherSegment() throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt.IORT"))
        #expect(t.mapRID(segment: 1, rid: 0) == nil)
        let walk = try #require(t.mapRID(segment: 0, rid: 0x10000))
        #expect(!walk.reachedTarget)
        #expect(walk.deviceID == nil)
    }

    @Test func smmuv3PxbFields() throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt-smmuv3-pxb.IORT"))
        #expect(t.revision == 3)
        #expect(t.nodeCount == 3)
        #expect(t.nodes.map(\.offset) == [48, 72, 160])
        #expect(t.nodes[0].kind == .itsGroup(itsIdentifiers: [0]))

        let smmuNode = t.nodes[1]
        #expect(smmuNode.type == 4 && smmuNode.length == 88 && smmuNode.revision == 4 && smmuNode.identifier == 1)
        #expect(smmuNode.mappingCount == 1 && smmuNode.mappingOffset == 0x44)
        guard case .smmuV3(let smmu) = smmuNode.kind else { Issue.record("not an SMMUv3"); return }
        #expect(smmu.baseAddress == 0x0905_0000)
        #expect(smmu.flags == 1 && smmu.cohacc && smmu.httuOverride == 0 && !smmu.proximityDomainValid)
        #expect(smmu.vatosAddress == 0 && smmu.model == 0)
        #expect(smmu.eventGSIV == 0x6a && smmu.priGSIV == 0x6b && smmu.gerrGSIV == 0x6d && smmu.syncGSIV == 0x6c)
        #expect(smmu.proximityDomain == 0 && smmu.deviceIDMappingIndex == 0)
        // All four GSIVs wired in a revision-4 node: Linux ignores the DeviceID mapping index.
        #expect(!smmu.deviceIDMappingIndexIsValid(nodeRevision: 4))
        #expect(smmuNode.specialMappingIndex == nil)
        #expect(t.smmuOwnDeviceID(smmuAt: 72) == nil)
        #expect(smmuNode.mappings == [IORTIDMapping(offset: 0x8c, inputBase: 0, idCount: 0xffff, outputBase: 0, outputReference: 0x30, flags: 0)])

        let rc = t.nodes[2]
        #expect(rc.type == 2 && rc.length == 0x74 && rc.revision == 3 && rc.identifier == 2)
        #expect(rc.mappingCount == 4 && rc.mappingOffset == 0x24)
        guard case .rootComplex(let body) = rc.kind else { Issue.record("not a root complex"); return }
        #expect(body.memoryAccess.isCoherent && body.memoryAccess.coherentPathToMemory && body.memoryAccess.deviceAttributesCacheableInnerShareable)
        #expect(!body.memoryAccess.canWBS)
        #expect(body.pciSegment == 0 && body.memoryAddressSizeLimit == 0x40 && !body.atsSupported)
        #expect(rc.mappings == [
            IORTIDMapping(offset: 0xc4, inputBase: 0x0000, idCount: 0x01ff, outputBase: 0x0000, outputReference: 0x48, flags: 0),
            IORTIDMapping(offset: 0xd8, inputBase: 0x1000, idCount: 0x00ff, outputBase: 0x1000, outputReference: 0x48, flags: 0),
            IORTIDMapping(offset: 0xec, inputBase: 0x0200, idCount: 0x0dff, outputBase: 0x0200, outputReference: 0x30, flags: 0),
            IORTIDMapping(offset: 0x100, inputBase: 0x1100, idCount: 0xeeff, outputBase: 0x1100, outputReference: 0x30, flags: 0),
        ])
        #expect(rc.mappings.map(\.lastInputID) == [0x01ff, 0x10ff, 0x0fff, 0xffff])
    }

    @Test(arguments: [UInt32(0x0000), 0x0008, 0x0100, 0x01ff, 0x1000, 0x10ff])
    func smmuv3PxbTranslatedRIDs(rid: UInt32) throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt-smmuv3-pxb.IORT"))
        let walk = try #require(t.mapRID(segment: 0, rid: rid))
        #expect(walk.steps.map(\.nodeOffset) == [160, 72, 48])
        #expect(walk.iommu == IORTWalk.Step(nodeOffset: 72, nodeType: 4, id: rid))
        #expect(walk.deviceID == rid)
        #expect(walk.itsIdentifiers == [0])
    }

    @Test(arguments: [UInt32(0x0200), 0x0300, 0x0fff, 0x1100, 0x2000, 0xffff])
    func smmuv3PxbBypassedRIDs(rid: UInt32) throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt-smmuv3-pxb.IORT"))
        let walk = try #require(t.mapRID(segment: 0, rid: rid))
        #expect(walk.steps.map(\.nodeOffset) == [160, 48])
        #expect(walk.iommu == nil)
        #expect(walk.deviceID == rid)
    }

    @Test func smmuv3PxbIOMMUOnlyWalk() throws {
        let t = try IORTTable(try GoldenFiles.bytes("acpi/virt-smmuv3-pxb.IORT"))
        let toSMMU = t.mapID(fromNodeAt: 160, id: 0x0100, to: [.smmuV3, .smmuV1V2])
        #expect(toSMMU.reachedTarget)
        #expect(toSMMU.steps.last == IORTWalk.Step(nodeOffset: 72, nodeType: 4, id: 0x100))
        // RC -> ITS directly: Linux's IOMMU walk fails, the device has no IOMMU.
        let bypass = t.mapID(fromNodeAt: 160, id: 0x0300, to: [.smmuV3, .smmuV1V2])
        #expect(!bypass.reachedTarget)
        // The SMMU's StreamIDs reach the ITS with DeviceID == StreamID.
        #expect(t.mapID(fromNodeAt: 72, id: 0x1234, to: [.itsGroup]).deviceID == 0x1234)
    }
}
