import FirmwareDecode
import Foundation
import Testing
import TopologyCompiler
import TopologyModel
import Verify

/// Issue 9, defect 1: verify works by pieces, so its work is bounded by the pieces of a layout,
/// not by its IDs. Defect 2: the MCFG base is where bus 0 of the segment would be.
@Suite struct ScaleAndMCFGTests {
    @Test func scaleTenVerifiesWithABoundedNumberOfPiecesAndRequests() throws {
        let topology = try topology(text: TopologyGenerator.generate(scale: 10), file: "scale-10.yaml")
        let report = try Compiler.verify(topology)
        #expect(report.passed, "\(report.mismatches.prefix(3).map(\.description))")
        let rids = topology.rootComplexes.reduce(0) { $0 + Int($1.rids.count) }
        #expect(report.endpoints == rids + topology.devices.count, "every RID is proven")
        // 20 root complexes of 32 map entries each: 32 or 33 pieces, plus the IOMMU's own RID.
        #expect(report.pieces <= 20 * 34)
        // At most 5 IDs per piece and per platform device, 6 requests each, plus the IDs just
        // outside each range (PROBE, ATTACH) and the batches' MAP/UNMAP.
        #expect(report.deviceEndpoints <= 5 * report.pieces + topology.devices.count)
        #expect(report.requests <= 12 * (report.deviceEndpoints + report.pieces + topology.devices.count), "\(report.requests) requests")
    }

    @Test func aHugeRangeIsOnePiece() throws {
        let report = try Compiler.verify(try topology(text: """
            topology: 1
            name: huge
            arch: arm64
            msi-controllers:
              its: { type: gicv3-its, base: 0x08080000 }
            iommus:
              smmu: { type: smmuv3, base: 0x09050000, interrupts: { eventq: 74, priq: 75, cmdq-sync: 77, gerror: 76 } }
              vmmio: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
                ecam: 0x4010000000
                iommu-map:
                  - { rids: [0x0000, 0xffff], iommu: smmu, id: 0 }
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: its, id: 0 }
            devices:
              net0: { base: 0x0a001000, size: 0x200, iommu: vmmio, id: 0x1 }
            """))
        #expect(report.passed, "\(report.mismatches.prefix(3).map(\.description))")
        #expect(report.endpoints == 65537)
        #expect(report.pieces == 1, "65536 RIDs, one piece")
        #expect(report.requests < 64)
    }

    /// `buses: [0x80, 0x8f]` with `ecam: 0x4030000000`: the DT reg is that window (bus 0x80), the
    /// MCFG base is 0x4030000000 - (0x80 << 20) = 0x4028000000; verify agrees with both.
    static let highBuses = """
        topology: 1
        name: high-buses
        arch: arm64
        msi-controllers:
          its: { type: gicv3-its, base: 0x08080000 }
        iommus:
          viommu: { type: virtio-pci, root-complex: pcie0, bdf: "80:01.0" }
        root-complexes:
          pcie0:
            segment: 0
            buses: [0x80, 0x8f]
            ecam: 0x4030000000
            iommu-map:
              - { rids: [0x8000, 0x8fff], iommu: viommu, id: 0 }
            msi-map:
              - { rids: [0x8000, 0x8fff], controller: its, id: 0 }
        """

    @Test func mcfgOfARootComplexWhoseBusesStartAboveZero() throws {
        let topology = try topology(text: Self.highBuses, file: "high-buses.yaml")
        let files = try Compiler.emit(topology, kinds: OutputKind.defaults(for: topology))
        let mcfgBytes = try #require(files.first { $0.name == "MCFG.aml" }?.bytes)
        let mcfg = try MCFGTable(mcfgBytes)
        #expect(mcfg.entries.map(\.baseAddress) == [0x40_2800_0000])
        #expect(mcfg.entries.map(\.startBus) == [0x80])
        let dtb = try DeviceTreeBlob(try #require(files.first { $0.name.hasSuffix(".dtb") }?.bytes))
        let host = try #require(dtb.nodes.first { (try? dtb.string("device_type", of: $0.path)) == "pci" })
        let reg = try #require(try dtb.reg(of: host.path)?.first)
        #expect(reg.address == 0x40_3000_0000, "the DT reg is the window of the first bus")
        #expect(reg.size == 16 << 20)

        let report = try Compiler.verify(topology)
        #expect(report.passed, "\(report.mismatches.map(\.description))")
        #expect(report.formats.contains("MCFG"))

        // An MCFG that names the first bus's window as its base is wrong, and said so.
        var wrong = mcfgBytes
        for k in 0..<8 { wrong[44 + k] = UInt8(truncatingIfNeeded: UInt64(0x40_3000_0000) >> (8 * UInt64(k))) }
        fixChecksum(&wrong)
        let bad = try Verifier.verify(topology: topology, dtb: nil, acpiTables: [wrong])
        #expect(bad.mismatchCount == 1)
        #expect(bad.mismatches.first?.description.contains("MCFG says base 0x4030000000 (bus 0)") == true, "\(bad.mismatches.map(\.description))")
        #expect(bad.mismatches.first?.topologySays.contains("base 0x4028000000") == true)
    }

    @Test func anECAMBelowItsFirstBusOffsetIsALocatedError() {
        let text = Self.highBuses.replacingOccurrences(of: "ecam: 0x4030000000", with: "ecam: 0x04000000")
        let checked = Compiler.check(bytes: Array(text.utf8), file: "low.yaml")
        let found = checked.diagnostics.filter { $0.id == "ecam-below-bus-zero" }
        #expect(checked.hasErrors && found.count == 1)
        #expect(found.first?.location.line == 12)
    }
}
