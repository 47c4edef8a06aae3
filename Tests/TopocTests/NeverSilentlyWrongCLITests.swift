import Foundation
import Testing

/// Issue 13 through the executable: verify says what it read and fails on nothing; a device's ID
/// range that a VIOT cannot carry is refused by check and compile; an x86_64 device tree has no
/// Arm nodes.
@Suite(.serialized) struct NeverSilentlyWrongCLITests {
    func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A 36-byte ACPI table of only a header, with a valid checksum.
    static func headerOnlyTable(_ signature: String) -> [UInt8] {
        var bytes = Array(signature.utf8.prefix(4)) + [36, 0, 0, 0, 1, 0]
        bytes += Array("TOPOC ".utf8) + Array("TEST    ".utf8) + [1, 0, 0, 0] + Array("TOPC".utf8) + [1, 0, 0, 0]
        bytes[9] = 0 &- bytes.reduce(UInt8(0), &+)
        return bytes
    }

    static let mmioRange = """
        topology: 1
        name: mmio-range
        arch: arm64
        iommus:
          vm: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
        devices:
          net0: { base: 0x0a001000, size: 0x200, iommu: vm, ids: [0x100, 0x1ff] }

        """

    // MARK: 1. verify says what it read

    @Test func verifyOfTablesItDoesNotReadFails() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path
        let dsdt = try write(Self.headerOnlyTable("DSDT"), "DSDT", in: dir)
        let facp = try write(Self.headerOnlyTable("FACP"), "FACP", in: dir)
        let result = try topoc("verify", yaml, "--acpi", dsdt, facp)
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains("checked no firmware formats"))
        #expect(!result.stdout.contains(" ok"), "no table of ok rows: \(result.stdout)")
        #expect(!result.stdout.contains("0 mismatches"), "\(result.stdout)")
        #expect(result.stdout.contains("2 blobs given, 0 read"), "\(result.stdout)")
        #expect(result.stdout.contains("  \(dsdt)  not read  ACPI table 'DSDT'"), "\(result.stdout)")
        #expect(result.stdout.contains("verified: nothing"), "\(result.stdout)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(dsdt):0x0: warning: ") && $0.hasSuffix("[verify-blob-not-read]") }, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(facp):0x0: warning: ") && $0.hasSuffix("[verify-blob-not-read]") }, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(dsdt):0x0: error: nothing was verified") && $0.hasSuffix("[verify-nothing-read]") },
                "\(result.stderr)")

        // The warning is a rule like any other: --no-warn silences it, --werror makes it fail.
        let silenced = try topoc("verify", yaml, "--no-warn", "verify-blob-not-read", "--acpi", dsdt)
        #expect(silenced.status == 1 && !silenced.stderr.contains("verify-blob-not-read") && silenced.stderr.contains("verify-nothing-read"))
    }

    @Test func verifyListsEveryBlobWithWhatItWasReadAs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path
        let out = packageRoot.appendingPathComponent("Output/qemu-virt-viommu")
        let odd = try write(Self.headerOnlyTable("ZZZZ"), "odd.aml", in: dir)
        let result = try topoc("verify", yaml, "--dtb", out.appendingPathComponent("qemu-virt-viommu.dtb").path,
                               "--acpi", out.appendingPathComponent("VIOT.aml").path, odd)
        #expect(result.status == 0, "a blob not read is a warning: \(result.stderr)")
        #expect(result.stdout.contains("3 blobs given, 2 read (checked DT, VIOT)"), "\(result.stdout)")
        // One line per blob: its name, what it was read as, what was checked.
        func line(_ blob: String) -> [String] {
            (result.stdout.split(separator: "\n").first { $0.hasPrefix("  \(blob) ") } ?? "").split(separator: " ").map(String.init)
        }
        #expect(line(out.appendingPathComponent("qemu-virt-viommu.dtb").path).dropFirst().first == "DTB", "\(result.stdout)")
        #expect(line(out.appendingPathComponent("VIOT.aml").path).dropFirst().prefix(4) == ["VIOT", "1", "IOMMU", "node,"], "\(result.stdout)")
        #expect(line(odd).dropFirst().prefix(5) == ["not", "read", "ACPI", "table", "'ZZZZ':"], "\(result.stdout)")
        #expect(result.stderr.contains("\(odd):0x0: warning: ") && result.stderr.contains("[verify-blob-not-read]"))
        #expect(result.stdout.contains(", 0 mismatches"))

        let strict = try topoc("verify", yaml, "--werror", "--acpi", out.appendingPathComponent("VIOT.aml").path, odd)
        #expect(strict.status == 1, "--werror: \(strict.stderr)")
        #expect(strict.stderr.contains("\(odd):0x0: error: "))
    }

    @Test func verifyWithoutBlobsStillVerifiesTheOwnOutputs() throws {
        let yaml = packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path
        let result = try topoc("verify", yaml)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("qemu-virt-viommu: 4 blobs given, 4 read (checked DT, VIOT, IORT, MCFG)"), "\(result.stdout)")
        #expect(result.stdout.contains(", 0 mismatches"))
    }

    // MARK: 2. one ID range, every output

    @Test func checkAndCompileRefuseAVIOTForADeviceIDRange() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.mmioRange, "range.yaml", in: dir)
        let line = "  net0: { base: 0x0a001000, size: 0x200, iommu: vm, ids: [0x100, 0x1ff] }"
        let column = line.distance(from: line.startIndex, to: line.range(of: "[0x100")!.lowerBound) + 1
        for command in ["check", "compile"] {
            var arguments = [command, file]
            if command == "compile" { arguments += ["-o", dir.appendingPathComponent("out").path] }
            let result = try topoc(arguments)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.hasPrefix("\(file):7:\(column): error: VIOT cannot describe the 256 endpoint IDs 0x100-0x1ff of device 'net0'"),
                    "\(command): \(result.stderr)")
            #expect(result.stderr.contains("[viot-mmio-id-range]"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/VIOT.aml").path))
        // Without the VIOT, the DT carries the range: compile succeeds, and verify proves all 256.
        let out = dir.appendingPathComponent("dt").path
        let dt = try topoc("compile", file, "--emit", "dtb,json", "-o", out)
        #expect(dt.status == 0, "\(dt.stderr)")
        let verified = try topoc("verify", file, "--dtb", out + "/mmio-range.dtb")
        #expect(verified.status == 0, "\(verified.stdout)\n\(verified.stderr)")
    }

    // MARK: 3. the device tree follows the arch

    @Test func anX86DeviceTreeHasNoArmNodes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = """
            topology: 1
            name: x86-dt
            arch: x86_64
            msi-controllers:
              msi: { type: x86-msi }
            iommus:
              vm: { type: virtio-mmio, base: 0xfed00000, size: 0x200, interrupt: 5 }
            devices:
              net0: { base: 0xfed01000, size: 0x200, interrupt: 10, iommu: vm, id: 3 }

            """
        let file = try write(text, "x86.yaml", in: dir)
        let out = dir.appendingPathComponent("out").path
        let result = try topoc("compile", file, "--emit", "dtb,dts,ssdt", "-o", out)
        #expect(result.status == 0, "\(result.stderr)")
        let dts = try String(contentsOfFile: out + "/x86-dt.dts", encoding: .utf8)
        #expect(!dts.contains("arm,gic"), "\(dts)")
        #expect(!dts.contains("interrupt"), "no interrupt-parent, no interrupts: \(dts)")
        #expect(dts.contains("iommus = <&vm 0x3>"), "\(dts)")
        // The interrupts are in the SSDT, as x86 GSIs.
        let dtb = try topoc("verify", file, "--dtb", out + "/x86-dt.dtb")
        #expect(dtb.status == 0, "\(dtb.stdout)\n\(dtb.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/SSDT.aml"))
    }
}
