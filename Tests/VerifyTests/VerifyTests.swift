import FirmwareDecode
import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel
import Verify

/// Verification through the library: examples, QEMU's blobs, and blobs altered by one field.
@Suite struct VerifyTests {
    func verify(_ topology: Topology, dtb: [UInt8]? = nil, maxIDs: Int = 1 << 20, exhaustive: Bool = false, acpi: [[UInt8]] = [])
        throws -> VerificationReport
    {
        try Verifier.verify(topology: topology, dtb: dtb, acpiTables: acpi, options: VerifyOptions(maxIDs: maxIDs, exhaustive: exhaustive))
    }

    /// The report must fail with a mismatch about `subject` whose blob and topology sides say these things.
    func expectMismatch(_ report: VerificationReport, subject: String, format: String? = nil, blob: String, topology: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!report.passed, sourceLocation: sourceLocation)
        #expect(report.summary.hasSuffix("\(report.mismatchCount) mismatches"), sourceLocation: sourceLocation)
        let hit = report.mismatches.contains {
            $0.subject.contains(subject) && (format.map($0.format.contains) ?? true)
                && $0.blobSays.contains(blob) && $0.topologySays.contains(topology)
        }
        #expect(hit, "no mismatch about \(subject) [\(format ?? "any")] with blob '\(blob)' / topology '\(topology)' in:\n\(report.mismatches.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }

    @Test func examplesAreFound() {
        #expect(exampleTopologyNames().count >= 7)
    }

    @Test(arguments: exampleTopologyNames())
    func everyExampleVerifiesAgainstItsOwnOutputs(name: String) throws {
        let topology = try example(name)
        let report = try Compiler.verify(topology)
        #expect(report.passed, "\(report.mismatches.map(\.description).joined(separator: "\n"))")
        #expect(report.mismatchCount == 0)
        let rids = topology.rootComplexes.reduce(0) { $0 + Int($1.rids.count) }
        #expect(report.endpoints == rids + topology.devices.count, "exhaustive below the cap")
        let sampled = report.rows.filter { !$0.exhaustive }
        #expect(sampled.isEmpty, "every ID is proven")
        #expect(report.pieces >= topology.rootComplexes.count)
        #expect(report.formats.contains("DT") == (topology.arch == .arm64))
        if topology.iommus.contains(where: \.isVirtio) {
            #expect(report.requests > 0 && report.deviceEndpoints > 0 && report.dmas > 0)
        }
        #expect(report.summary == "verified: \(report.endpoints) endpoints, \(report.requests) requests, 0 mismatches")
    }

    // MARK: QEMU's blobs

    @Test func qemuVirtioIOMMUDeviceTree() throws {
        let report = try verify(try example("qemu-virt-viommu.yaml"), dtb: try golden("dtb/virtio-iommu-gicv3-its.dtb"))
        #expect(report.passed, "\(report.mismatches.map(\.description).joined(separator: "\n"))")
        #expect(report.formats == ["DT"])
        #expect(report.endpoints == 65536)
        #expect(report.pieces == 3, "RIDs 0x0-0xf, the IOMMU's own 0x10, 0x11-0xffff")
        // First, last, a quarter, the middle and three quarters of the two translated pieces.
        #expect(report.deviceEndpoints == 10)
        let all = try verify(try example("qemu-virt-viommu.yaml"), dtb: try golden("dtb/virtio-iommu-gicv3-its.dtb"), exhaustive: true)
        #expect(all.passed)
        #expect(all.deviceEndpoints == 65535, "--exhaustive: every RID but the IOMMU's own 0x10")
    }

    @Test func qemuSMMUv3DeviceTree() throws {
        let report = try verify(try example("qemu-virt-smmuv3.yaml"), dtb: try golden("dtb/smmuv3-gicv3-its.dtb"))
        #expect(report.passed, "\(report.mismatches.map(\.description).joined(separator: "\n"))")
        #expect(report.endpoints == 65536)
    }

    @Test func qemuVirtACPI() throws {
        let report = try verify(try example("qemu-virt-viommu-nodefaults.yaml"),
                                acpi: [try golden("acpi/virt-viommu.VIOT"), try golden("acpi/virt.IORT"), try golden("acpi/virt.MCFG")])
        #expect(report.passed, "\(report.mismatches.map(\.description).joined(separator: "\n"))")
        #expect(report.formats == ["VIOT", "IORT", "MCFG"])
        let all = try verify(try example("qemu-virt-viommu-nodefaults.yaml"), exhaustive: true,
                             acpi: [try golden("acpi/virt-viommu.VIOT"), try golden("acpi/virt.IORT"), try golden("acpi/virt.MCFG")])
        #expect(all.passed && all.deviceEndpoints == 255, "BDFs 0x00-0xff but the IOMMU's own 0x08")
    }

    @Test func qemuQ35ExpanderVIOT() throws {
        let report = try verify(try example("qemu-q35-viommu-pxb.yaml"), acpi: [try golden("acpi/q35-viommu-pxb.VIOT")])
        #expect(report.passed, "\(report.mismatches.map(\.description).joined(separator: "\n"))")
        let all = try verify(try example("qemu-q35-viommu-pxb.yaml"), exhaustive: true, acpi: [try golden("acpi/q35-viommu-pxb.VIOT")])
        #expect(all.passed && all.deviceEndpoints == 512)
    }

    @Test func qemuSMMUv3ExpanderIORT() throws {
        let report = try verify(try example("qemu-virt-smmuv3-pxb.yaml"), acpi: [try golden("acpi/virt-smmuv3-pxb.IORT")])
        #expect(report.passed, "\(report.mismatches.map(\.description).joined(separator: "\n"))")
        #expect(report.formats == ["IORT"])
    }

    // MARK: Altered blobs

    @Test func flippedVIOTEndpointIDFails() throws {
        var viot = try golden("acpi/q35-viommu-pxb.VIOT")
        let table = try VIOTTable(viot)
        let range = try #require(table.pciRanges.first { $0.bdfStart == 0x1000 })
        #expect(le32(viot, range.offset + 4) == 0x1000)
        putLE32(0x1001, into: &viot, at: range.offset + 4)
        fixChecksum(&viot)
        let report = try verify(try example("qemu-q35-viommu-pxb.yaml"), acpi: [viot])
        expectMismatch(report, subject: "RID 0x1000", format: "VIOT (PCI range at offset \(hex(range.offset)))", blob: "'viommu' ID 0x1001", topology: "'viommu' ID 0x1000")
        #expect(report.mismatches.first { $0.format.hasPrefix("VIOT") }?.deviceAnswered.contains("ATTACH of endpoint 0x1001") == true)
        #expect(report.mismatchCount == 1, "one piece: every RID of bus 0x10 is off by one")
        #expect(report.mismatches.first?.piece == PieceKey(scope: "pcie100", check: "VIOT", ids: 0x1000...0x10ff, firstDiffering: 0x1000))
    }

    @Test func changedIOMMUMapCellFails() throws {
        var dtb = try golden("dtb/virtio-iommu-gicv3-its.dtb")
        let value = try #require(try DeviceTreeBlob(dtb).property("iommu-map", of: "/pcie@10000000"))
        let at = try uniqueIndex(of: value, in: dtb)
        // Entry 1 is <0x11 &viommu 0x11 0xffef>: its out-base is cell 6.
        #expect(Array(dtb[(at + 24)..<(at + 28)]) == be32Bytes([0x11]))
        dtb.replaceSubrange((at + 24)..<(at + 28), with: be32Bytes([0x12]))
        let report = try verify(try example("qemu-virt-viommu.yaml"), dtb: dtb)
        expectMismatch(report, subject: "RID 0x0011", format: "iommu-map", blob: "'viommu' ID 0x12", topology: "'viommu' ID 0x11")
        #expect(report.mismatches.contains { $0.location?.file == "Topologies/qemu-virt-viommu.yaml" })
    }

    @Test func changedIORTOutputReferenceFails() throws {
        var iort = try golden("acpi/virt-smmuv3-pxb.IORT")
        let table = try IORTTable(iort)
        let its = try #require(table.nodes.first { $0.nodeType == .itsGroup })
        let rc = try #require(table.rootComplex(segment: 0))
        let mapping = try #require(rc.mappings.first { $0.inputBase == 0 })
        #expect(table.node(atOffset: Int(mapping.outputReference))?.nodeType == .smmuV3)
        #expect(le32(iort, mapping.offset + 12) == mapping.outputReference)
        putLE32(UInt32(its.offset), into: &iort, at: mapping.offset + 12)
        fixChecksum(&iort)
        let report = try verify(try example("qemu-virt-smmuv3-pxb.yaml"), acpi: [iort])
        expectMismatch(report, subject: "RID 0x0000", format: "IORT", blob: "no IOMMU (bypass)", topology: "'smmu' ID 0x0")
        let keys = report.mismatches.compactMap(\.piece)
        #expect(keys.contains(PieceKey(scope: "pcie0", check: "IORT iommu", ids: 0x0...0x1ff, firstDiffering: 0)), "RIDs 0x000-0x1ff now skip the SMMU")
        #expect(keys.allSatisfy { $0.ids == 0x0...0x1ff })
    }

    @Test func changedMSIMapDeviceIDFails() throws {
        var dtb = try golden("dtb/virtio-iommu-gicv3-its.dtb")
        let value = try #require(try DeviceTreeBlob(dtb).property("msi-map", of: "/pcie@10000000"))
        let at = try uniqueIndex(of: value, in: dtb)
        dtb.replaceSubrange((at + 8)..<(at + 12), with: be32Bytes([0x100]))
        let report = try verify(try example("qemu-virt-viommu.yaml"), dtb: dtb)
        expectMismatch(report, subject: "RID 0x0000", format: "msi-map", blob: "ID 0x100", topology: "'its' ID 0x0")
    }

    @Test func itsElsewhereGivesDifferentProbeRegions() throws {
        let text = try exampleText("qemu-virt-viommu.yaml").replacingOccurrences(of: "base: 0x08080000", with: "base: 0x080a0000")
        let moved = try topology(text: text)
        // The topology's own outputs agree with it...
        #expect(try Compiler.verify(moved).passed)
        // ...QEMU's tree routes MSIs to the ITS at 0x8080000, whose doorbell is not what PROBE reports.
        let report = try verify(moved, dtb: try golden("dtb/virtio-iommu-gicv3-its.dtb"))
        expectMismatch(report, subject: "endpoint 0x0 of virtio IOMMU 'viommu'", format: "DT msi-map/msi-parent",
                       blob: "[0x8090000, 0x809ffff]", topology: "msi [0x80b0000, 0x80bffff]")
        #expect(report.mismatches.contains { $0.deviceAnswered.contains("PROBE msi [0x80b0000, 0x80bffff]") })
    }

    @Test func topologyOneIDOffFails() throws {
        let text = try exampleText("qemu-q35-viommu-pxb.yaml").replacingOccurrences(of: "id: 0x3000", with: "id: 0x3001")
        let report = try verify(try topology(text: text), acpi: [try golden("acpi/q35-viommu-pxb.VIOT")])
        expectMismatch(report, subject: "RID 0x3000", format: "VIOT", blob: "'viommu' ID 0x3000", topology: "'viommu' ID 0x3001")
        #expect(report.rows.first { $0.source.hasPrefix("pcie300") }?.mismatches == 1, "one differing piece")
        #expect(report.rows.first { $0.source.hasPrefix("pcie100") }?.mismatches == 0)
    }

    // MARK: Sampling and errors

    @Test func exhaustiveWithASmallCapSamplesTheDeviceAndStillProvesEveryID() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let clean = try verify(topology, dtb: try golden("dtb/virtio-iommu-gicv3-its.dtb"), maxIDs: 1000, exhaustive: true)
        #expect(clean.passed)
        #expect(clean.endpoints == 65536, "the blobs are proven for every RID whatever the cap")
        #expect(clean.deviceEndpoints < 1000 && clean.deviceEndpoints > 10, "the 16 RIDs below the IOMMU in full, the big piece sampled")
        let again = try verify(topology, dtb: try golden("dtb/virtio-iommu-gicv3-its.dtb"), maxIDs: 1000, exhaustive: true)
        #expect(again.deviceEndpoints == clean.deviceEndpoints && again.requests == clean.requests, "deterministic")

        var dtb = try golden("dtb/virtio-iommu-gicv3-its.dtb")
        let value = try #require(try DeviceTreeBlob(dtb).property("iommu-map", of: "/pcie@10000000"))
        let at = try uniqueIndex(of: value, in: dtb)
        // Entry 0 <0x0 &viommu 0x0 0x10> becomes length 0x11: RID 0x10, the IOMMU itself, is translated.
        dtb.replaceSubrange((at + 12)..<(at + 16), with: be32Bytes([0x11]))
        let report = try verify(topology, dtb: dtb, maxIDs: 1000)
        expectMismatch(report, subject: "RID 0x0010", format: "iommu-map", blob: "'viommu' ID 0x10", topology: "no IOMMU (bypass)")
        #expect(report.mismatchCount == 1)
    }

    @Test func malformedBlobsAreNamed() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let dtb = try golden("dtb/virtio-iommu-gicv3-its.dtb")
        #expect(throws: MalformedBlobError.self) {
            try Verifier.verify(topology: topology, dtb: FirmwareBlob(name: "cut.dtb", bytes: Array(dtb.prefix(100))), acpiTables: [])
        }
        var viot = try golden("acpi/virt-viommu.VIOT")
        viot[40] ^= 0xff  // checksum no longer sums to 0
        do {
            _ = try Verifier.verify(topology: topology, dtb: nil, acpiTables: [FirmwareBlob(name: "bad.VIOT", bytes: viot)])
            Issue.record("a bad checksum was accepted")
        } catch {
            #expect(error.description.hasPrefix("bad.VIOT: malformed firmware blob"))
        }
    }
}

/// `topoc verify` through the built executable.
@Suite struct VerifyCommandTests {
    @Test func verifiesAnExampleInMemory() throws {
        let result = try topoc(["verify", "Topologies/qemu-virt-viommu.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(/pcie seg 0 RIDs 0x0011-0xffff +viommu 0x11-0xffff/))
        // The MCFG is checked on a row of its own, the ECAM window's.
        #expect(result.stdout.contains(/pcie seg 0 ECAM buses 0x00-0xff +ECAM 0x4010000000 +- +256 +ok/))
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("verified: 65536 endpoints, ") && last.hasSuffix(" requests, 0 mismatches"))
    }

    @Test func verifiesGivenBlobsAndExplainsMismatches() throws {
        let golden = try GoldenFiles.url("acpi/q35-viommu-pxb.VIOT")
        let ok = try topoc(["verify", "Topologies/qemu-q35-viommu-pxb.yaml", "--acpi", golden.path])
        #expect(ok.status == 0, "\(ok.stderr)")

        var viot = [UInt8](try Data(contentsOf: golden))
        let range = try #require(try VIOTTable(viot).pciRanges.first { $0.bdfStart == 0x3000 })
        putLE32(0x3100, into: &viot, at: range.offset + 4)
        fixChecksum(&viot)
        let file = try temporaryFile(viot, name: "altered.aml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let bad = try topoc(["verify", "Topologies/qemu-q35-viommu-pxb.yaml", "--acpi", file.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Topologies/qemu-q35-viommu-pxb.yaml:"))
        #expect(bad.stderr.contains("RID 0x3000 (30:00.0) of root complex 'pcie300' (segment 0), first of RIDs 0x3000-0x30ff: VIOT (PCI range at offset 0x58) says IOMMU 'viommu' ID 0x3100; the topology says IOMMU 'viommu' ID 0x3000"))
        #expect(bad.stdout.contains("1 mismatches"))

        let json = try topoc(["verify", "Topologies/qemu-q35-viommu-pxb.yaml", "--acpi", file.path, "--diagnostics-format", "json"])
        #expect(json.status == 1)
        let lines = json.stderr.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("{\"severity\": ") && $0.hasSuffix("}") })
        #expect(lines.filter { $0.hasPrefix("{\"severity\": \"error\", \"id\": \"verify-mismatch\"") }.count == 1, "one differing piece")
    }

    @Test func malformedBlobExitsOneAndMissingBlobExitsTwo() throws {
        let file = try temporaryFile(Array(repeating: 0xd0, count: 64), name: "junk.dtb")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let junk = try topoc(["verify", "Topologies/qemu-virt-viommu.yaml", "--dtb", file.path])
        #expect(junk.status == 1)
        #expect(junk.stderr.contains("junk.dtb: malformed firmware blob"))
        let missing = try topoc(["verify", "Topologies/qemu-virt-viommu.yaml", "--dtb", "/nonexistent/x.dtb"])
        #expect(missing.status == 2)
    }
}
