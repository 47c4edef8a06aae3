import FirmwareDecode
import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel
@_spi(Oracle) import Verify

/// Issue 13, "never silently wrong": verify says what it read and fails on nothing, and a platform
/// device's every ID is compared in every blob (never only its first).
@Suite struct NeverSilentlyWrongTests {
    /// A 36-byte ACPI table of only a header, with a valid checksum.
    static func headerOnlyTable(_ signature: String) -> [UInt8] {
        var bytes = Array(signature.utf8.prefix(4))
        bytes += [36, 0, 0, 0, 1, 0]
        bytes += Array("TOPOC ".utf8) + Array("TEST    ".utf8) + [1, 0, 0, 0] + Array("TOPC".utf8) + [1, 0, 0, 0]
        fixChecksum(&bytes)
        return bytes
    }

    /// A virtio-mmio IOMMU and one platform device behind it, with `ids` (YAML) as its IDs.
    static func mmioText(_ ids: String) -> String {
        """
        topology: 1
        name: mmio-range
        arch: arm64
        iommus:
          vm: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
        devices:
          net0: { base: 0x0a001000, size: 0x200, iommu: vm, \(ids) }

        """
    }

    /// The topology rules only: these topologies are ones the backends refuse to write a VIOT
    /// (or, past 4096 IDs, a DT) for, which is what the tests feed to verify.
    func topology(text: String, file: String) throws -> Topology {
        let checked = Compiler.check(bytes: Array(text.utf8), file: file, outputs: [])
        guard let topology = checked.topology, !checked.hasErrors else { throw SetupFailure("\(file): \(checked.diagnostics)") }
        return topology
    }

    func blobs(_ topology: Topology, _ kinds: Set<OutputKind>) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for file in try Compiler.emit(topology, kinds: kinds) { result[file.name] = file.bytes }
        return result
    }

    // MARK: What verify read

    @Test func tablesVerifyDoesNotReadAreWarnedAndNothingReadIsAnError() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let dsdt = FirmwareBlob(name: "DSDT.aml", bytes: Self.headerOnlyTable("DSDT"))
        let facp = FirmwareBlob(name: "FACP.aml", bytes: Self.headerOnlyTable("FACP"))
        let report = try Compiler.verify(topology, acpiTables: [dsdt, facp])
        #expect(!report.passed, "a run that read nothing cannot pass")
        #expect(report.formats.isEmpty)
        #expect(report.rows.isEmpty, "no table of ok rows when nothing was checked")
        #expect(report.blobs.map(\.blob) == ["DSDT.aml", "FACP.aml"])
        #expect(report.blobs.map(\.recognizedAs) == ["not read", "not read"])
        #expect(report.blobs.map(\.kind) == [.notRead(signature: "DSDT"), .notRead(signature: "FACP")])

        let findings = report.diagnostics(file: "Topologies/qemu-virt-viommu.yaml")
        let warnings = findings.filter { $0.id == VerifyBlobNotRead.id }
        #expect(warnings.map(\.severity) == [.warning, .warning])
        #expect(warnings.map(\.location) == [.blob("DSDT.aml", offset: 0), .blob("FACP.aml", offset: 0)])
        #expect(warnings.first?.message.contains("'DSDT'") == true)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.map(\.id) == [VerifyNothingRead.id])
        #expect(errors.first?.location == .blob("DSDT.aml", offset: 0))
        #expect(errors.first?.message.contains("DSDT.aml: 'DSDT', FACP.aml: 'FACP'") == true)
        #expect(!report.summary.contains("0 mismatches"), "no empty success line: \(report.summary)")
        #expect(!report.table().contains(" ok"))
    }

    @Test func anUnknownSignatureIsListedNotDropped() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let own = try blobs(topology, [.viot])
        let report = try Compiler.verify(topology, acpiTables: [
            FirmwareBlob(name: "VIOT.aml", bytes: try #require(own["VIOT.aml"])),
            FirmwareBlob(name: "odd.bin", bytes: Self.headerOnlyTable("ZZZZ")),
        ])
        #expect(report.passed, "the VIOT was read and matches; the unread table is a warning only")
        #expect(report.blobs.map(\.recognizedAs) == ["VIOT", "not read"])
        #expect(report.blobs[0].checked.contains("1 PCI range"), "\(report.blobs[0].checked)")
        let findings = report.diagnostics(file: "x.yaml")
        #expect(findings.map(\.id) == [VerifyBlobNotRead.id])
        #expect(findings.first?.location == .blob("odd.bin", offset: 0))
        #expect(report.table().contains("odd.bin") && report.table().contains("ZZZZ"))
        #expect(report.summary.hasSuffix(", 0 mismatches"))
    }

    @Test func withoutBlobsTheOwnOutputsAreVerifiedAndListed() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let report = try Compiler.verify(topology)
        #expect(report.passed)
        #expect(report.findings.isEmpty)
        #expect(report.blobs.map(\.recognizedAs) == ["DTB", "VIOT", "IORT", "MCFG"])
        #expect(report.blobs.map(\.blob) == ["qemu-virt-viommu.dtb", "VIOT.aml", "IORT.aml", "MCFG.aml"])
        #expect(report.blobs.allSatisfy { !$0.checked.isEmpty })
        #expect(report.table().hasPrefix("qemu-virt-viommu: 4 blobs given, 4 read (checked DT, VIOT, IORT, MCFG)"))
    }

    @Test func theVerifierAloneWithNoBlobFailsAtTheTopology() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let report = try Verifier.verify(topology: topology, dtb: nil as FirmwareBlob?, acpiTables: [])
        #expect(!report.passed)
        #expect(report.findings.map(\.id) == [VerifyNothingRead.id])
        #expect(report.findings.first?.location == topology.source.location)
    }

    // MARK: Every ID of a device

    @Test func aVIOTThatGivesADeviceOneOfItsIDsIsAMismatch() throws {
        // The DT of the 256-ID device, and the VIOT a VMM could write for it (its one MMIO endpoint
        // node can only carry the first ID): the drift the compile refuses to write, fed to verify.
        let range = try topology(text: Self.mmioText("ids: [0x100, 0x1ff]"), file: "range.yaml")
        let single = try topology(text: Self.mmioText("id: 0x100"), file: "single.yaml")
        let dtb = try #require(try blobs(range, [.dtb])["mmio-range.dtb"])
        let viot = try #require(try blobs(single, [.viot])["VIOT.aml"])
        let dtOnly = try Verifier.verify(topology: range, dtb: FirmwareBlob(name: "x.dtb", bytes: dtb), acpiTables: [])
        #expect(dtOnly.passed, "the DT gives every ID: \(dtOnly.mismatches.map(\.description))")

        let report = try Verifier.verify(topology: range, dtb: FirmwareBlob(name: "x.dtb", bytes: dtb),
                                         acpiTables: [FirmwareBlob(name: "VIOT.aml", bytes: viot)])
        #expect(!report.passed)
        #expect(report.mismatchCount == 1)
        let m = try #require(report.mismatches.first)
        #expect(m.format == "VIOT")
        #expect(m.subject.contains("platform device 'net0'"))
        #expect(m.blobSays == "IOMMU 'vm' ID 0x100")
        #expect(m.topologySays.contains("256 IDs") && m.topologySays.contains("0x100-0x1ff"))
        #expect(report.rows.first { $0.source.hasPrefix("device net0") }?.result == "1 mismatch")
        // The per-ID oracle agrees.
        let oracle = try PerIDVerifier.verify(topology: range, dtb: dtb, acpiTables: [viot])
        #expect(oracle.mismatches.contains { $0.format == "VIOT" && $0.subject.contains("net0") })
    }

    @Test func aDTBWithOneSpecifierChangedIsAMismatch() throws {
        let range = try topology(text: Self.mmioText("ids: [0x100, 0x1ff]"), file: "range.yaml")
        var dtb = try #require(try blobs(range, [.dtb])["mmio-range.dtb"])
        // The last specifier <&vm 0x1ff> becomes <&vm 0x200>: the only 0x000001ff cell of the blob.
        let at = try uniqueIndex(of: be32Bytes([0x1ff]), in: dtb)
        dtb.replaceSubrange(at..<at + 4, with: be32Bytes([0x200]))
        let report = try Verifier.verify(topology: range, dtb: FirmwareBlob(name: "x.dtb", bytes: dtb), acpiTables: [])
        #expect(!report.passed)
        let m = try #require(report.mismatches.first { $0.format.hasPrefix("DT iommus") })
        #expect(m.blobSays.contains("'vm' ID 0x200"), "\(m.blobSays)")
    }

    @Test func moreIDsThanTheDTCarriesAreNotCutAtTheCap() throws {
        // Topology: 5000 IDs. DT: the first 4096 of them (what a 4096-ID topology gives). Comparing
        // only the first 4096 IDs of the topology would call this equal.
        let big = try topology(text: Self.mmioText("ids: [0x0, 0x1387]"), file: "big.yaml")
        let capped = try topology(text: Self.mmioText("ids: [0x0, 0xfff]"), file: "capped.yaml")
        let dtb = try #require(try blobs(capped, [.dtb])["mmio-range.dtb"])
        let report = try Verifier.verify(topology: big, dtb: FirmwareBlob(name: "x.dtb", bytes: dtb), acpiTables: [])
        #expect(!report.passed)
        let m = try #require(report.mismatches.first { $0.format.hasPrefix("DT iommus") })
        #expect(m.blobSays.hasPrefix("4096 IDs"), "\(m.blobSays)")
        #expect(m.topologySays.hasPrefix("5000 IDs"), "\(m.topologySays)")
    }
}
