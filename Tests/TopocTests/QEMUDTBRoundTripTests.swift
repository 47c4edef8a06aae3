import Foundation
import TestSupport
import Testing

/// Every QEMU 7.2 device tree golden (GICv2 with its GICv2m frame and GICv3 with its ITS, with a
/// virtio-iommu-pci or `iommu=smmuv3`, with and without a pxb-pcie expander, which QEMU's DT does
/// not describe), through the `topoc` executable as a user runs it: decompile the blob, check the
/// topology, and verify the same blob against it, which must find nothing.
@Suite struct QEMUDTBRoundTripTests {
    @Test(arguments: GoldenFiles.dtb)
    func decompileCheckAndVerifyTheSameBlob(golden: String) throws {
        let blob = try GoldenFiles.url("dtb/\(golden)").path
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let yaml = scratch.appendingPathComponent("t.yaml").path

        let decompiled = try topoc("decompile", "--dtb", blob, "-o", yaml)
        #expect(decompiled.status == 0, "decompile: \(decompiled.stderr)")
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        // The blob's MSI controller is in the topology as what it is.
        if golden.contains("gicv2") {
            #expect(text.contains("v2m: { type: gicv2m, base: 0x8020000 }"), "\(text)")
            #expect(text.contains("controller: v2m }") && !text.contains("gicv3-its"), "\(text)")
        } else {
            #expect(text.contains("its: { type: gicv3-its, base: 0x8080000 }"), "\(text)")
        }

        let checked = try topoc("check", yaml)
        #expect(checked.status == 0, "check: \(checked.stderr)")

        let verified = try topoc("verify", yaml, "--dtb", blob)
        #expect(verified.status == 0, "verify: \(verified.stderr)")
        #expect(verified.stdout.contains(", 0 mismatches"), "\(verified.stdout)")
        #expect(!verified.stderr.contains("verify-mismatch"), "\(verified.stderr)")
    }

    /// The GICv2 trees' decompilations verify with every ID through the device too (the defect
    /// counted 131,071 and 65,536 mismatches with every endpoint PROBEd).
    @Test(arguments: ["virtio-iommu-gicv2-v2m.dtb", "smmuv3-gicv2-v2m.dtb"])
    func gicv2TreesVerifyExhaustively(golden: String) throws {
        let blob = try GoldenFiles.url("dtb/\(golden)").path
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let yaml = scratch.appendingPathComponent("t.yaml").path
        #expect(try topoc("decompile", "--dtb", blob, "-o", yaml).status == 0)
        let verified = try topoc("verify", yaml, "--dtb", blob, "--exhaustive")
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains(", 0 mismatches"), "\(verified.stdout)")
    }

    /// The defect this guards against: QEMU's GICv2 tree read as if its v2m frame were an ITS,
    /// whose doorbell frame [0x8030000, 0x803ffff] lies outside the frame's 4 KiB `reg`, and its
    /// msi-map dropped, so that verifying the blob against its own decompilation gave 131,071
    /// mismatches (65,536 with iommu=smmuv3). The topology that QEMU's layout needs, written by
    /// hand, verifies with none too, and PROBE gives the frame as the msi region.
    @Test func gicv2TreeIsNotReadAsAnITS() throws {
        let blob = try GoldenFiles.url("dtb/virtio-iommu-gicv2-v2m.dtb").path
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let yaml = scratch.appendingPathComponent("virt.yaml")
        try """
            topology: 1
            name: virt
            arch: arm64
            msi-controllers:
              v2m: { type: gicv2m, base: 0x08020000 }
            iommus:
              viommu: { type: virtio-pci, root-complex: pcie, bdf: "00:02.0" }
            root-complexes:
              pcie:
                segment: 0
                buses: [0x00, 0xff]
                ecam: 0x4010000000
                iommu-map:
                  - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: v2m }

            """.write(to: yaml, atomically: true, encoding: .utf8)
        let verified = try topoc("verify", yaml.path, "--dtb", blob, "--exhaustive")
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains(", 0 mismatches"), "\(verified.stdout)")
        #expect(!verified.stderr.contains("ITS"), "\(verified.stderr)")

        // The endpoints' msi region is the GICv2m frame (QEMU's reserved region with GICv2).
        let json = try topoc("compile", yaml.path, "--emit", "json", "-o", scratch.appendingPathComponent("out").path)
        #expect(json.status == 0, "\(json.stderr)")
        let endpoints = try String(contentsOf: scratch.appendingPathComponent("out/endpoints.json"), encoding: .utf8)
        #expect(endpoints.contains(#"{"base": "0x8020000", "last": "0x8020fff", "kind": "msi"}"#), "\(endpoints)")
        #expect(endpoints.contains(#""msi": {"controller": "v2m", "ids": null}"#), "\(endpoints)")

        // A topology that calls the frame an ITS is told where the blob disagrees.
        let its = scratch.appendingPathComponent("its.yaml")
        try String(contentsOf: yaml, encoding: .utf8)
            .replacingOccurrences(of: "v2m: { type: gicv2m, base: 0x08020000 }", with: "v2m: { type: gicv3-its, base: 0x08020000 }")
            .replacingOccurrences(of: "controller: v2m }", with: "controller: v2m, id: 0 }")
            .write(to: its, atomically: true, encoding: .utf8)
        let wrong = try topoc("verify", its.path, "--dtb", blob)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("GICv2m frame /intc@8000000/v2m@8020000, whose MSI_SETSPI_NS is at 0x8020040"), "\(wrong.stderr)")
    }
}
