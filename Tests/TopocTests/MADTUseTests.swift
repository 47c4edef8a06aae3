import FirmwareDecode
import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel

/// What verify and decompile make of an MADT (tables built field by field, `MADTBuilder`): the
/// ITS bases and GICv2m frames it lists, and the GIC version they need.
@Suite struct MADTUseTests {
    func topology(_ name: String) throws -> Topology {
        let url = packageRoot.appendingPathComponent("Topologies/\(name).yaml")
        return try #require(Compiler.check(bytes: [UInt8](try Data(contentsOf: url)), file: url.path).topology)
    }

    func madt(_ structures: [MADTBuilder.Structure]) -> FirmwareBlob { FirmwareBlob(name: "APIC", bytes: MADTBuilder.table(structures)) }

    func golden(_ path: String) throws -> FirmwareBlob { FirmwareBlob(name: path, bytes: try GoldenFiles.bytes(path)) }

    // MARK: verify

    @Test func verifyReadsQEMUsMADTAgainstItsLayouts() throws {
        for (name, structures) in [("qemu-virt-gicv2-viommu", MADTBuilder.qemuGICv2), ("qemu-virt-viommu", MADTBuilder.qemuGICv3)] {
            let report = try Compiler.verify(try topology(name), acpiTables: [madt(structures)])
            #expect(report.passed, "\(name): \(report.mismatches)")
            #expect(report.formats == ["MADT"])
            #expect(report.blobs.map(\.recognizedAs) == ["MADT"])
            #expect(report.blobs.first?.checked.contains("GIC version \(name.contains("gicv2") ? 2 : 3)") == true, "\(report.blobs)")
        }
    }

    /// QEMU 7.2's own MADTs (recorded from a guest) with its own device trees: the GICv2 layout
    /// and the GICv3 one verify, and a decompilation of QEMU's GICv2 DT and MADT verifies them.
    @Test func qemusRecordedMADTs() throws {
        let v2 = try golden("acpi/virt-gicv2.APIC"), v3 = try golden("acpi/virt-gicv3.APIC")
        let gicv2 = try Compiler.verify(try topology("qemu-virt-gicv2-viommu"), dtb: try golden("dtb/virtio-iommu-gicv2-v2m.dtb"), acpiTables: [v2])
        #expect(gicv2.passed, "\(gicv2.mismatches)")
        let gicv3 = try Compiler.verify(try topology("qemu-virt-viommu"), dtb: try golden("dtb/virtio-iommu-gicv3-its.dtb"), acpiTables: [v3])
        #expect(gicv3.passed, "\(gicv3.mismatches)")
        #expect(!(try Compiler.verify(try topology("qemu-virt-viommu"), acpiTables: [v2])).passed)

        let back = decompile(dtb: try golden("dtb/virtio-iommu-gicv2-v2m.dtb"), [v2])
        let topology = try #require(back.topology, "\(back.diagnostics)")
        #expect(try Compiler.verify(topology, dtb: try golden("dtb/virtio-iommu-gicv2-v2m.dtb"), acpiTables: [v2]).passed)
    }

    @Test func verifyFindsTheWrongGIC() throws {
        // QEMU's GICv3 MADT against the GICv2 layout: the frame is missing and an ITS is extra
        // (a GICv3 itself could hold frames, if it had no LPIs).
        let report = try Compiler.verify(try topology("qemu-virt-gicv2-viommu"), acpiTables: [madt(MADTBuilder.qemuGICv3)])
        #expect(!report.passed)
        let said = report.mismatches.map { "\($0.subject): \($0.blobSays) / \($0.topologySays)" }
        #expect(said.contains("GICv2m frame 'v2m': no GIC MSI frame structure at 0x8020000 / a frame at 0x8020000"), "\(said)")
        #expect(said.contains { $0.hasPrefix("GIC ITS structure at offset 164: an ITS with ITS ID 0 at 0x8080000") }, "\(said)")
        #expect(!said.contains { $0.hasPrefix("the GIC distributor") }, "\(said)")
        #expect(report.mismatches.allSatisfy { $0.format == "MADT" })
        // The GICv2 MADT against the ITS layout: no ITS, and a GICv2 cannot have one.
        let v2 = try Compiler.verify(try topology("qemu-virt-viommu"), acpiTables: [madt(MADTBuilder.qemuGICv2)])
        let v2said = v2.mismatches.map { "\($0.subject): \($0.blobSays) / \($0.topologySays)" }
        #expect(v2said.contains("ITS 'its' (ITS ID 0): no GIC ITS structure with ITS ID 0 / an ITS at 0x8080000"), "\(v2said)")
        #expect(v2said.contains("the GIC distributor: version 2 / a GICv3 or GICv4 (ITS 'its')"), "\(v2said)")
    }

    @Test func verifyComparesITSBasesAndFrameSPIs() throws {
        let moved = try Compiler.verify(try topology("qemu-virt-viommu"), acpiTables: [madt([
            .gicd(baseAddress: 0x0800_0000, version: 3), .its(itsID: 0, baseAddress: 0x0810_0000),
        ])])
        #expect(moved.mismatches.map(\.blobSays) == ["a GIC ITS structure at offset 68 with base 0x8100000"])
        #expect(moved.mismatches.first?.topologySays == "base 0x8080000")

        // A topology that names the frame's SPIs needs the MADT to override MSI_TYPER with them.
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Topologies/qemu-virt-gicv2-viommu.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "v2m: { type: gicv2m, base: 0x08020000 }", with: "v2m: { type: gicv2m, base: 0x08020000, spi-base: 80, spi-count: 64 }")
        let withSPIs = try #require(Compiler.check(bytes: Array(text.utf8), file: "spis.yaml").topology)
        #expect(try Compiler.verify(withSPIs, acpiTables: [madt(MADTBuilder.qemuGICv2)]).passed)
        let other = try Compiler.verify(withSPIs, acpiTables: [madt([
            .gicd(baseAddress: 0x0800_0000, version: 2), .msiFrame(frameID: 0, baseAddress: 0x0802_0000, flags: 0, spiCount: 64, spiBase: 80),
        ])])
        #expect(other.mismatches.map(\.blobSays) == ["the structure at offset 68 gives the frame's own MSI_TYPER (no SPI override)"])
        // The topology's own DT carries them, and verify reads them back.
        #expect(try Compiler.verify(withSPIs).passed)
    }

    // MARK: decompile

    func decompile(dtb: FirmwareBlob? = nil, _ acpi: [FirmwareBlob]) -> DecompileResult {
        Decompiler.decompile(dtb: dtb, acpi: acpi, options: DecompileOptions(name: "t", outputFile: "t.yaml"))
    }

    @Test func itsBasesComeFromTheMADT() throws {
        let viot = try golden("acpi/virt-viommu.VIOT"), iort = try golden("acpi/virt.IORT")
        let result = decompile([viot, iort, madt(MADTBuilder.qemuGICv3)])
        #expect(!result.failed, "\(result.diagnostics)")
        #expect(result.yaml?.contains("its: { type: gicv3-its, base: 0x8080000 }") == true, "\(result.yaml ?? "")")
        #expect(!result.diagnostics.contains { $0.message.contains("assumed") }, "\(result.diagnostics)")

        // Somewhere else than QEMU's: the MADT's address, not the guess.
        let elsewhere = decompile([viot, iort, madt([.gicd(baseAddress: 0x0800_0000, version: 3), .its(itsID: 0, baseAddress: 0x2000_0000)])])
        #expect(elsewhere.yaml?.contains("its: { type: gicv3-its, base: 0x20000000 }") == true, "\(elsewhere.yaml ?? "")")
    }

    @Test func withoutAnMADTTheGuessIsSaidOnce() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("scale.yaml")
        let generated = try topoc("generate", "--scale", "5", "-o", file.path)
        #expect(generated.status == 0, "\(generated.stderr)")
        let out = dir.appendingPathComponent("out")
        #expect(try topoc("compile", file.path, "-o", out.path, "--emit", "iort,viot").status == 0)
        let result = try topoc("decompile", "--acpi", out.appendingPathComponent("IORT.aml").path, out.appendingPathComponent("VIOT.aml").path,
                               "-o", dir.appendingPathComponent("back.yaml").path)
        let guesses = result.stderr.split(separator: "\n").filter { $0.contains("[blob-guess]") && $0.contains("ITS") }
        #expect(guesses.count == 1, "\(result.stderr)")
        #expect(guesses.first?.contains("the base addresses of 5 ITSs") == true, "\(result.stderr)")
    }

    @Test func gicv2mFramesComeFromTheMADT() throws {
        // A VIOT and QEMU's GICv2 MADT: the frame with the SPIs the MADT overrides MSI_TYPER with.
        let result = decompile([try golden("acpi/virt-viommu.VIOT"), madt(MADTBuilder.qemuGICv2)])
        #expect(!result.failed, "\(result.diagnostics)")
        #expect(result.yaml?.contains("v2m: { type: gicv2m, base: 0x8020000, spi-base: 80, spi-count: 64 }") == true, "\(result.yaml ?? "")")

        // With QEMU's GICv2 DT, which leaves the SPIs to MSI_TYPER: the DT's reading is kept, said.
        let dt = try golden("dtb/virtio-iommu-gicv2-v2m.dtb")
        let both = decompile(dtb: dt, [madt(MADTBuilder.qemuGICv2)])
        #expect(!both.failed, "\(both.diagnostics)")
        #expect(both.yaml?.contains("v2m: { type: gicv2m, base: 0x8020000 }") == true, "\(both.yaml ?? "")")
        #expect(both.diagnostics.contains { $0.message.contains("leaves them to its MSI_TYPER; the DT's is kept") }, "\(both.diagnostics)")
        // ... and verifying the DT and the MADT against it finds nothing.
        let topology = try #require(both.topology)
        let report = try Compiler.verify(topology, dtb: dt, acpiTables: [madt(MADTBuilder.qemuGICv2)])
        #expect(report.passed, "\(report.mismatches)")
    }

    @Test func anITSGroupAGICv3MADTDoesNotListIsAContradiction() throws {
        // A GICv3 with its ITS under ID 1, an IORT ITS group naming ID 0: the tables disagree on
        // the machine's one ITS (Linux would give the PCI devices no MSIs at all).
        let gicv3 = madt([.gicd(baseAddress: 0x0800_0000, version: 3), .its(itsID: 1, baseAddress: 0x0808_0000)])
        let result = decompile([try golden("acpi/virt-viommu.VIOT"), try golden("acpi/virt.IORT"), gicv3])
        #expect(result.failed)
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("names ITS ID 0, which APIC does not list: the machine has no such ITS") }, "\(messages)")
        #expect(!result.diagnostics.contains { $0.id == "blob-its-group-ignored" }, "\(result.diagnostics)")
        // Verify, given the topology that takes the IORT at its word, finds the group dead: no
        // MSI route for any RID (no frame to fall back to beside an ITS), against the ITS.
        let atItsWord = try #require(decompile([try golden("acpi/virt-viommu.VIOT"), try golden("acpi/virt.IORT")]).topology)
        let report = try Compiler.verify(atItsWord, acpiTables: [try golden("acpi/virt.IORT"), gicv3])
        let msi = report.mismatches.filter { $0.piece?.check == "IORT msi" }
        #expect(!msi.isEmpty && msi.allSatisfy { $0.blobSays == "no MSI route" && $0.topologySays.hasPrefix("MSI controller 'its' ID ") }, "\(report.mismatches)")
        #expect(msi.allSatisfy { $0.format.contains("to the ITS group at 0x30, whose first ITS ID the MADT does not list") }, "\(msi.map(\.format))")
    }

    @Test func anITSGroupAGICv2MADTDoesNotListIsLeftOutAsLinuxDoes() throws {
        // QEMU (7.2 to 10.2) with its default GICv2 still writes an IORT ITS group; its MADT has
        // no ITS, and Linux resolves no MSI domain through the group: one warning, at the group.
        let iort = try golden("acpi/virt.IORT")
        let result = decompile([try golden("acpi/virt-viommu.VIOT"), iort, madt(MADTBuilder.qemuGICv2)])
        #expect(!result.failed, "\(result.diagnostics)")
        let ignored = result.diagnostics.filter { $0.id == "blob-its-group-ignored" }
        #expect(ignored.count == 1 && ignored.first?.severity == .warning, "\(result.diagnostics)")
        #expect(ignored.first?.location == .blob(iort.name, offset: 0x30), "\(ignored)")
        let topology = try #require(result.topology)
        #expect(topology.msiControllers.map(\.name) == ["v2m"])
        #expect(topology.rootComplexes.allSatisfy { $0.msiMap.map(\.controller) == ["v2m"] }, "\(result.yaml ?? "")")
        #expect(try Compiler.verify(topology, acpiTables: [iort, madt(MADTBuilder.qemuGICv2)]).passed)

        // Without a frame to fall back to, the PCI devices get no MSIs, as Linux gives them none.
        let noFrame = decompile([try golden("acpi/virt-viommu.VIOT"), iort, madt([.gicd(baseAddress: 0x0800_0000, version: 2)])])
        #expect(!noFrame.failed, "\(noFrame.diagnostics)")
        #expect(noFrame.diagnostics.first { $0.id == "blob-its-group-ignored" }?.message.hasSuffix("PCI devices get no MSIs (APIC lists no GICv2m frame)") == true,
                "\(noFrame.diagnostics)")
        let bare = try #require(noFrame.topology)
        #expect(bare.msiControllers.isEmpty && bare.rootComplexes.allSatisfy(\.msiMap.isEmpty), "\(noFrame.yaml ?? "")")
    }

    /// Every kind of mapping to a dead group, decompiled beside a GICv2 MADT (arm-soc-iort-rev0's
    /// IORT: an SMMUv3's own MSIs, its StreamIDs of a root complex and of named components): all
    /// left out, said once;
    /// the platform devices and the SMMU get no MSIs (the SMMU keeps its wired interrupts), the
    /// root complex the frame.
    @Test func everyMappingToADeadGroupIsLeftOut() throws {
        let files = try Compiler.emit(try topology("arm-soc-iort-rev0"), kinds: [.iort, .ssdt])
        let blobs = files.filter { $0.name.hasSuffix(".aml") }.map { FirmwareBlob(name: $0.name, bytes: $0.bytes) }
        let result = decompile(blobs + [madt(MADTBuilder.qemuGICv2)])
        #expect(!result.failed, "\(result.diagnostics)")
        let ignored = result.diagnostics.filter { $0.id == "blob-its-group-ignored" }
        #expect(ignored.count == 1, "\(result.diagnostics)")
        let message = ignored.first?.message ?? ""
        // The root complex and the named components reach the ITS through the SMMU's mappings.
        #expect(message.contains("so its 4 mappings (from the SMMUv3 at 0x"), "\(message)")
        #expect(message.hasSuffix("as Linux routes them; an SMMUv3's own MSIs fall back to its wired interrupts"), "\(message)")
        let back = try #require(result.topology)
        #expect(back.msiControllers.map(\.name) == ["v2m"])
        #expect(back.devices.allSatisfy { $0.msi == nil }, "\(result.yaml ?? "")")
        #expect(back.iommus.allSatisfy { if case .smmuv3(let s) = $0.kind { s.msi == nil && s.msiMap == nil } else { true } }, "\(result.yaml ?? "")")
        #expect(back.rootComplexes.allSatisfy { $0.msiMap.map(\.controller) == ["v2m"] }, "\(result.yaml ?? "")")
    }

    /// A topology whose ITS the MADT lists at another base is still a mismatch of the MADT's.
    @Test func anITSAtAnotherBaseThanTheMADTsIsStillAMismatch() throws {
        let atItsWord = try #require(decompile([try golden("acpi/virt-viommu.VIOT"), try golden("acpi/virt.IORT")]).topology)
        let report = try Compiler.verify(atItsWord, acpiTables: [try golden("acpi/virt.IORT"), madt([
            .gicd(baseAddress: 0x0800_0000, version: 3), .its(itsID: 0, baseAddress: 0x0810_0000),
        ])])
        #expect(report.mismatches.map { "\($0.subject): \($0.blobSays)" } == ["ITS 'its' (ITS ID 0): a GIC ITS structure at offset 68 with base 0x8100000"],
                "\(report.mismatches)")
    }
}
