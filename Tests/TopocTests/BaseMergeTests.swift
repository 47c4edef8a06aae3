import Foundation
import TestSupport
import Testing

/// `topoc compile FILE --base X.dtb`, end to end through the built executable.
@Suite struct BaseMergeTests {
    func golden(_ name: String) throws -> String {
        try GoldenFiles.url("dtb/\(name)").path
    }

    func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Topologies/\(name).yaml").path
    }

    /// `dtc -I dtb -O dts` of a file (dtc must read it without complaint).
    func decompiled(_ path: String) throws -> String {
        let result = try run(try tool("dtc"), ["-I", "dtb", "-O", "dts", path])
        #expect(result.status == 0, "dtc: \(result.stderr)")
        #expect(result.stderr.isEmpty, "dtc: \(result.stderr)")
        return result.stdout
    }

    @Test(arguments: [
        ("qemu-virt-viommu", "virtio-iommu-gicv3-its.dtb"), ("qemu-virt-smmuv3", "smmuv3-gicv3-its.dtb"),
        ("qemu-virt-gicv2-viommu", "virtio-iommu-gicv2-v2m.dtb"),
    ])
    func qemuTreesMergeToThemselves(_ topology: String, _ dtb: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = try golden(dtb)
        let result = try topoc("compile", example(topology), "--base", base, "-o", dir.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let merged = dir.appendingPathComponent("\(topology).dtb").path
        // QEMU's tree already holds every node of the topology: the merge reuses them all.
        #expect(try decompiled(merged) == decompiled(base))
        #expect(try run(try tool("fdtget"), [merged, "/pcie@10000000", "msi-map"]).stdout == "0 32771 0 65536\n")
        // The .dts is the merged tree: dtc compiles it back to the same tree.
        let back = dir.appendingPathComponent("back.dtb").path
        let dts = dir.appendingPathComponent("\(topology).dts").path
        #expect(try run(try tool("dtc"), ["-I", "dts", "-O", "dtb", "-o", back, dts]).status == 0)
        #expect(try decompiled(back) == decompiled(merged))
        // ACPI outputs do not depend on the base.
        let plain = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: plain) }
        #expect(try topoc("compile", example(topology), "-o", plain.path + "/o").status == 0)
        let withBase = try snapshot(dir), without = try snapshot(plain.appendingPathComponent("o"))
        for name in without.keys where !name.hasSuffix(".dtb") && !name.hasSuffix(".dts") {
            #expect(withBase[name] == without[name], "\(name)")
        }
    }

    @Test func addsNodesToATreeWithoutThem() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.appendingPathComponent("virt.dtb").path
        try FileManager.default.copyItem(atPath: try golden("smmuv3-gicv3-its.dtb"), toPath: base)
        let fdtput = try tool("fdtput")
        #expect(try run(fdtput, ["-r", base, "/smmuv3@9050000", "/intc@8000000/its@8080000"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "iommu-map"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "msi-map"]).status == 0)

        let out = dir.appendingPathComponent("out")
        let result = try topoc("compile", example("qemu-virt-smmuv3"), "--base", base, "-o", out.path, "--emit", "dtb,dts")
        #expect(result.status == 0, "\(result.stderr)")
        let merged = out.appendingPathComponent("qemu-virt-smmuv3.dtb").path
        let text = try decompiled(merged)
        #expect(text.contains("\tsmmuv3@9050000 {\n"))
        #expect(text.contains("\t\tits@8080000 {\n"))
        // Base phandles go up to 0x8005 (pl061): ITS 0x8006, SMMU 0x8007.
        let fdtget = try tool("fdtget")
        #expect(try run(fdtget, [merged, "/pcie@10000000", "msi-map"]).stdout == "0 32774 0 65536\n")
        #expect(try run(fdtget, [merged, "/pcie@10000000", "iommu-map"]).stdout == "0 32775 0 65536\n")
        #expect(try run(fdtget, ["-t", "x", merged, "/intc@8000000/its@8080000", "phandle"]).stdout == "8006\n")
        #expect(try run(fdtget, ["-t", "x", merged, "/smmuv3@9050000", "phandle"]).stdout == "8007\n")
        // Same inputs, same bytes.
        let again = dir.appendingPathComponent("again")
        #expect(try topoc("compile", example("qemu-virt-smmuv3"), "--base", base, "-o", again.path, "--emit", "dtb,dts").status == 0)
        #expect(try snapshot(again) == snapshot(out))
    }

    /// A GICv2 topology merged into QEMU's GICv2 tree without its frame: the frame goes under
    /// QEMU's `arm,cortex-a15-gic` node (not a second `intc`), and the host bridge's msi-map
    /// names it.
    @Test func addsAGICv2mFrameUnderTheBasesGICv2() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.appendingPathComponent("virt.dtb").path
        try FileManager.default.copyItem(atPath: try golden("virtio-iommu-gicv2-v2m.dtb"), toPath: base)
        let fdtput = try tool("fdtput")
        #expect(try run(fdtput, ["-r", base, "/intc@8000000/v2m@8020000"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "msi-map"]).status == 0)

        let out = dir.appendingPathComponent("out")
        let result = try topoc("compile", example("qemu-virt-gicv2-viommu"), "--base", base, "-o", out.path, "--emit", "dtb,dts")
        #expect(result.status == 0, "\(result.stderr)")
        let merged = out.appendingPathComponent("qemu-virt-gicv2-viommu.dtb").path
        let text = try decompiled(merged)
        #expect(text.contains("\t\tv2m@8020000 {\n"), "\(text)")
        #expect(!text.contains("\tintc {"), "\(text)")
        let fdtget = try tool("fdtget")
        let phandle = try run(fdtget, [merged, "/intc@8000000/v2m@8020000", "phandle"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run(fdtget, [merged, "/pcie@10000000", "msi-map"]).stdout == "0 \(phandle) 0 65536\n")
        #expect(try run(fdtget, [merged, "/intc@8000000/v2m@8020000", "compatible"]).stdout == "arm,gic-v2m-frame\n")
        // Verifying the merged tree against the topology finds nothing.
        let verified = try topoc("verify", example("qemu-virt-gicv2-viommu"), "--dtb", merged)
        #expect(verified.status == 0, "\(verified.stderr)")
    }

    @Test func conflictIsALocatedErrorWithANoteAtTheBase() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: example("qemu-virt-viommu"), encoding: .utf8)
        let file = dir.appendingPathComponent("seg1.yaml").path
        try text.replacingOccurrences(of: "segment: 0", with: "segment: 1").write(toFile: file, atomically: true, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("segment: 0") }) + 1
        let base = try golden("virtio-iommu-gicv3-its.dtb")
        let out = dir.appendingPathComponent("out")
        let result = try topoc("compile", file, "--base", base, "-o", out.path)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("\(file):\(line):") == true, "\(result.stderr)")
        #expect(lines.first?.hasSuffix("[dt-base-conflict]") == true, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(base):1:1: note: ") && $0.contains("/pcie@10000000") }, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func malformedBaseExitsOneUnreadableExitsTwo() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let junk = dir.appendingPathComponent("junk.dtb").path
        try Data("not a device tree at all, but long enough to hold a header".utf8).write(to: URL(fileURLWithPath: junk))
        let bad = try topoc("compile", example("qemu-virt-viommu"), "--base", junk, "-o", dir.appendingPathComponent("o").path)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("\(junk):0x0: error: "), "\(bad.stderr)")
        #expect(bad.stderr.contains("[dt-base-invalid]"))
        let missing = try topoc(
            "compile", example("qemu-virt-viommu"), "--base", dir.appendingPathComponent("none.dtb").path, "-o",
            dir.appendingPathComponent("o").path)
        #expect(missing.status == 2)
    }

    /// Every blob that once hung or crashed libfdt (`Fuzz/regressions/dtb-*`) is, as a `--base`,
    /// a located `dt-base-invalid` error and exit 1: no signal, no hang (30 s is a hang).
    @Test func savedLibfdtRegressionsAreCleanErrorsThroughBase() throws {
        let regressions = packageRoot.appendingPathComponent("Fuzz/regressions")
        let blobs = try FileManager.default.contentsOfDirectory(atPath: regressions.path).filter { $0.hasPrefix("dtb-") }.sorted()
        #expect(blobs.count >= 2, "\(blobs)")
        for name in blobs {
            let dir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let base = regressions.appendingPathComponent(name).path
            let out = dir.appendingPathComponent("o")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try topocPath())
            process.arguments = ["compile", example("qemu-virt-viommu"), "--base", base, "-o", out.path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
                Issue.record("\(name): compile --base hung (killed after 30 s)")
                continue
            }
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(name): \(process.terminationReason) \(process.terminationStatus): \(stderr)")
            #expect(stderr.hasPrefix("\(base)") && stderr.contains(": error: ") && stderr.contains("[dt-base-invalid]"), "\(name): \(stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(name): a failed compile wrote outputs")
        }
    }

    @Test func depfileNamesTheBase() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = try golden("virtio-iommu-gicv3-its.dtb")
        let out = dir.appendingPathComponent("out"), dep = dir.appendingPathComponent("x.d")
        let result = try topoc(
            "compile", example("qemu-virt-viommu"), "--base", base, "-o", out.path, "--emit", "dtb", "--depfile", dep.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: dep, encoding: .utf8) == "\(out.path)/qemu-virt-viommu.dtb: \(example("qemu-virt-viommu")) \(base)\n")
    }
}
