import Testing
import TopologyModel

@testable import ACPI

/// The diagnostics `body` throws (none when it succeeds); any other error fails the test.
func diagnostics(_ body: () throws -> Void) -> [Diagnostic] {
    do {
        try body()
        return []
    } catch let error as DiagnosticError {
        return error.diagnostics
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

@Suite("IORT mapping planner")
struct MappingPlannerTests {
    /// Two segments whose RIDs share StreamIDs on one SMMU (`id` of pcie1's msi-map varies).
    func sharedStreams(pcie1DeviceID: UInt32, explicit: [MSIMapEntry]? = nil) -> Topology {
        topology(
            "shared", msi: [its()], iommus: [smmu(msiMap: explicit)],
            rcs: [
                rc("pcie0", segment: 0, buses: (0, 0xff), iommuMap: [imap(rids(0, 0xff), "smmu", 0)], msiMap: [mmap(rids(0, 0xff), 0, line: 41)]),
                rc("pcie1", segment: 1, buses: (0, 0xff), iommuMap: [imap(rids(0, 0xff), "smmu", 0)],
                   msiMap: [mmap(rids(0, 0x7f), 0, line: 42), mmap(rids(0x80, 0xff), pcie1DeviceID, line: 43)]),
            ])
    }

    @Test func sharedStreamIDsThatAgreeMerge() throws {
        let t = sharedStreams(pcie1DeviceID: 0x80)
        #expect(try IORTMappingPlanner.smmuMappings(for: t.iommus[0], in: t) == [
            IORTIDMapping(input: rids(0, 0xff), outputBase: 0, target: .its("its"))
        ])
    }

    @Test func sharedStreamIDsThatDisagreeAreALocatedError() throws {
        let t = sharedStreams(pcie1DeviceID: 0x1080)
        let found = diagnostics { _ = try IORTMappingPlanner.smmuMappings(for: t.iommus[0], in: t) }
        #expect(found.map(\.id) == ["iort-msi-map-conflict"])
        #expect(found.first?.location == SourceLocation(file: Src.file, line: 43, column: 9))
        #expect(found.first?.notes.map(\.location.line) == [41])
        #expect(found.first?.message.contains("0x80-0xff") == true)
        // The emitter reports it for IORT only.
        let thrown = diagnostics { _ = try ACPIEmitter.tables(for: t) }
        #expect(thrown.map(\.id) == ["iort-msi-map-conflict"])
        #expect(diagnostics { _ = try ACPIEmitter.tables(for: t, requested: [.mcfg, .ssdt, .viot]) }.isEmpty)
        #expect(IORTMappingPlanner.diagnostics(for: t).map(\.id) == ["iort-msi-map-conflict"])
    }

    @Test func explicitSMMUMsiMapIsUsedAsWrittenAndChecked() throws {
        let identity = [mmap(rids(0, 0xffff), 0, line: 60)]
        let good = sharedStreams(pcie1DeviceID: 0x80, explicit: identity)
        #expect(try IORTMappingPlanner.smmuMappings(for: good.iommus[0], in: good) == [
            IORTIDMapping(input: rids(0, 0xffff), outputBase: 0, target: .its("its"))
        ])
        let bad = sharedStreams(pcie1DeviceID: 0x1080, explicit: identity)
        let found = diagnostics { _ = try IORTMappingPlanner.smmuMappings(for: bad.iommus[0], in: bad) }
        #expect(found.map(\.id) == ["iort-smmu-msi-map-mismatch"])
        #expect(found.first?.location.line == 43)
        #expect(found.first?.notes.first?.location.line == 60)
        // A StreamID the explicit map leaves out is a mismatch too.
        let partial = sharedStreams(pcie1DeviceID: 0x80, explicit: [mmap(rids(0, 0x3f), 0, line: 61)])
        let gap = diagnostics { _ = try IORTMappingPlanner.smmuMappings(for: partial.iommus[0], in: partial) }
        #expect(gap.map(\.location.line) == [41, 42, 43])
    }

    @Test func rootComplexesOfOneSegmentBecomeOneNodeWithMergedMappings() throws {
        let t = topology(
            "pxb", msi: [its()], iommus: [smmu(ownMSI: nil)],
            rcs: [
                rc("a", buses: (0, 0x0f), iommuMap: [imap(rids(0x0800, 0x0fff), "smmu", 0x800)], msiMap: [mmap(rids(0, 0x0fff), 0)]),
                rc("b", buses: (0x10, 0x1f), iommuMap: [imap(rids(0x1000, 0x10ff), "smmu", 0x1000)], msiMap: [mmap(rids(0x1000, 0x1fff), 0x1000)]),
                rc("c", segment: 1, buses: (0, 0xff), coherent: false, msiMap: [mmap(rids(0, 0xffff), 0x10000)]),
                rc("d", buses: (0x20, 0x2f), msiMap: [mmap(rids(0x2000, 0x2fff), 0x2000)]),
            ])
        let plans = IORTMappingPlanner.rootComplexPlans(for: t)
        #expect(plans.map(\.segment) == [0, 1])
        #expect(plans[0].rootComplexes == ["a", "b", "d"])
        #expect(plans[0].mappings == [
            IORTIDMapping(input: rids(0x0800, 0x10ff), outputBase: 0x800, target: .smmu("smmu")),
            IORTIDMapping(input: rids(0, 0x07ff), outputBase: 0, target: .its("its")),
            IORTIDMapping(input: rids(0x1100, 0x2fff), outputBase: 0x1100, target: .its("its")),
        ])
        // The SMMU's derived mappings merge across the two root complexes too.
        #expect(try IORTMappingPlanner.smmuMappings(for: t.iommus[0], in: t) == [
            IORTIDMapping(input: rids(0x0800, 0x10ff), outputBase: 0x800, target: .its("its"))
        ])
        let iort = ParsedIORT(try table(.iort, t).aml)
        #expect(iort.nodes.map(\.type) == [0, 4, 2, 2])
        let b = try table(.iort, t).aml
        #expect(u32(b, iort.nodes[3].offset + 16) == 0 && b[iort.nodes[3].offset + 23] == 0, "segment 1 is not coherent")
    }

    @Test func virtioTranslatedRIDsOnlyKeepTheirMSIRoute() throws {
        let t = topology(
            "mixed", msi: [its()], iommus: [virtioPCI(bdf: "00:01.0"), smmu()],
            rcs: [
                rc("pcie0", buses: (0, 0xff),
                   iommuMap: [imap(rids(0, 0xff), "viommu", 0), imap(rids(0x100, 0x1ff), "smmu", 0)],
                   msiMap: [mmap(rids(0, 0xfff), 0)])
            ])
        let plan = IORTMappingPlanner.rootComplexPlans(for: t)[0]
        #expect(plan.mappings == [
            IORTIDMapping(input: rids(0x100, 0x1ff), outputBase: 0, target: .smmu("smmu")),
            IORTIDMapping(input: rids(0, 0xff), outputBase: 0, target: .its("its")),
            IORTIDMapping(input: rids(0x200, 0xfff), outputBase: 0x200, target: .its("its")),
        ])
        // The SMMU maps StreamIDs 0-0xff to the DeviceIDs of RIDs 0x100-0x1ff.
        #expect(try IORTMappingPlanner.smmuMappings(for: t.iommus[1], in: t) == [
            IORTIDMapping(input: rids(0, 0xff), outputBase: 0x100, target: .its("its"))
        ])
        // The VIOT describes only the virtio-translated range.
        let viot = try table(.viot, t).aml
        #expect(u16(viot, 36) == 2 && u16(viot, 64 + 12) == 0 && u16(viot, 64 + 14) == 0xff)
    }

    @Test func smmuOwnMSIWithAllInterruptsWiredIsAnError() throws {
        let wired = topology("w", msi: [its()], iommus: [smmu(ownMSI: msiTarget(0x5000, line: 77))])
        let found = IORTMappingPlanner.diagnostics(for: wired)
        #expect(found.map(\.id) == ["iort-smmu-msi-index"])
        #expect(found.first?.location.line == 77)
        #expect(found.first?.notes.first?.location == wired.iommus[0].source["interrupts"])
        #expect(diagnostics { _ = try ACPIEmitter.tables(for: wired) }.map(\.id) == ["iort-smmu-msi-index"])
        #expect(diagnostics { _ = try ACPIEmitter.tables(for: wired, requested: [.ssdt]) }.isEmpty)
        // MSI-only SMMU (no interrupts): the index is honoured.
        let msiOnly = topology("m", msi: [its()], iommus: [smmu(irqs: nil, ownMSI: msiTarget(0x5000))])
        let iort = ParsedIORT(try table(.iort, msiOnly).aml)
        #expect(iort.nodes[1].mappings == [m(0, 0, 0x5000, 48, single: true)])
    }

    @Test func mappingsWithoutMSIControllerOrIOMMUAreLeftOut() throws {
        // RIDs with no msi-map and no SMMU are not mentioned; an SMMU without ITS maps nothing onwards.
        let t = topology(
            "noits", iommus: [smmu()],
            rcs: [rc("pcie0", buses: (0, 0xff), iommuMap: [imap(rids(0x10, 0x1f), "smmu", 0x10)])])
        let iort = ParsedIORT(try table(.iort, t).aml)
        #expect(iort.nodes.map(\.type) == [4, 2])
        #expect(iort.nodes[0].mappings.isEmpty)
        #expect(iort.nodes[1].mappings == [m(0x10, 0xf, 0x10, 48)])
    }

    @Test func namedComponentForARangeOfStreamIDs() throws {
        let t = topology(
            "nc", msi: [its()], iommus: [smmu(irqs: nil)],
            devices: [device("dma", base: 0x0a00_0000, iommu: "smmu", ids: rids(0x40, 0x47), msi: msiTarget(0x900))])
        // One single-flag mapping per StreamID: Linux's iort_node_get_id reads a named
        // component's IDs index by index and ignores mappings without the single flag.
        #expect(IORTMappingPlanner.namedComponentMappings(for: t.devices[0], in: t) == (0..<8).map { i in
            IORTIDMapping(input: rids(i, i), outputBase: 0x40 + i, target: .smmu("smmu"), single: true)
        })
        // Its MSIs use its first StreamID.
        #expect(try IORTMappingPlanner.smmuMappings(for: t.iommus[0], in: t) == [
            IORTIDMapping(input: rids(0x40, 0x40), outputBase: 0x900, target: .its("its"))
        ])
    }
}

@Suite struct NamedComponentLimitTests {
    @Test func tooManyStreamIDsForOneNamedComponentIsALocatedError() throws {
        let t = topology(
            "nc", msi: [its()], iommus: [smmu(irqs: nil)],
            devices: [device("dma", base: 0x0a00_0000, iommu: "smmu", ids: rids(0, 3000), msi: nil)])
        let errors = IORTMappingPlanner.diagnostics(for: t)
        #expect(errors.map(\.id) == ["iort-named-component-too-long"])
        #expect(errors.first?.message.contains("3001 StreamIDs") == true)
    }
}

@Suite struct SMMUMappingIndexTests {
    @Test func unwiredInterruptsWithoutOwnMSIWouldDropAMappingAndIsALocatedError() throws {
        // Linux reads the DeviceID mapping index (0) as the SMMU's own MSI mapping when not all
        // GSIVs are wired, and skips mapping 0 for the devices behind it.
        let t = topology(
            "nowire", msi: [its()], iommus: [smmu(irqs: nil)],
            rcs: [rc("pcie0", buses: (0, 0xff), iommuMap: [imap(rids(0, 0xff), "smmu", 0)], msiMap: [mmap(rids(0, 0xff), 0)])])
        let errors = IORTMappingPlanner.diagnostics(for: t)
        #expect(errors.map(\.id) == ["iort-smmu-unwired-without-msi"])
        #expect(errors.first?.message.contains("dropping the MSIs of StreamIDs 0x0-0xff") == true)
        // With all four wired the index is ignored: no error.
        let wired = topology(
            "wired", msi: [its()], iommus: [smmu()],
            rcs: [rc("pcie0", buses: (0, 0xff), iommuMap: [imap(rids(0, 0xff), "smmu", 0)], msiMap: [mmap(rids(0, 0xff), 0)])])
        #expect(IORTMappingPlanner.diagnostics(for: wired).isEmpty)
    }
}
