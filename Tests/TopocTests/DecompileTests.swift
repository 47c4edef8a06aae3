import FirmwareDecode
import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel

/// `topoc decompile`: blobs back to a topology, through the library and the executable.
@Suite(.serialized) struct DecompileTests {
    // MARK: Helpers

    /// Compiles topology text with the library; every output file by name.
    func compile(_ text: String, file: String) throws -> [String: [UInt8]] {
        let result = Compiler.compile(bytes: Array(text.utf8), file: file)
        #expect(result.succeeded, "\(file): \(result.diagnostics.map(\.description).joined(separator: "\n"))")
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.bytes) })
    }

    /// The blobs of a compile: its DTB and every `.aml`.
    func blobs(_ files: [String: [UInt8]]) -> (dtb: FirmwareBlob?, acpi: [FirmwareBlob]) {
        let dtb = files.first { $0.key.hasSuffix(".dtb") }.map { FirmwareBlob(name: $0.key, bytes: $0.value) }
        let acpi = files.filter { $0.key.hasSuffix(".aml") }.sorted { $0.key < $1.key }.map { FirmwareBlob(name: $0.key, bytes: $0.value) }
        return (dtb, acpi)
    }

    func decompile(_ files: [String: [UInt8]], name: String) -> DecompileResult {
        let (dtb, acpi) = blobs(files)
        return Decompiler.decompile(dtb: dtb, acpi: acpi, options: DecompileOptions(name: name, outputFile: "\(name).yaml"))
    }

    /// Facts no blob carries: a topology that sets them cannot come back byte for byte.
    func golden(_ path: String) throws -> FirmwareBlob {
        let url = try GoldenFiles.url(path)
        return FirmwareBlob(name: url.path, bytes: try [UInt8](Data(contentsOf: url)))
    }

    // MARK: Round trips through the library

    @Test func everyExampleRoundTripsByteForByte() throws {
        for (name, url) in try exampleTopologies() {
            let first = try compile(try String(contentsOf: url, encoding: .utf8), file: "Topologies/\(name).yaml")
            let result = decompile(first, name: name)
            #expect(!result.failed, "\(name): \(result.diagnostics.map(\.description))")
            #expect(!result.diagnostics.contains { $0.severity != .note }, "\(name): blobs of one compile agree: \(result.diagnostics)")
            let yaml = try #require(result.yaml)
            let second = try compile(yaml, file: "\(name).yaml")
            #expect(Set(first.keys) == Set(second.keys), "\(name)")
            for (file, bytes) in first where second[file] != bytes {
                Issue.record("\(name)/\(file) differs after compile -> decompile -> compile:\n\(yaml)")
            }
            // decompile -> compile -> decompile gives the same file.
            let again = decompile(second, name: name)
            #expect(again.yaml == yaml, "\(name): decompiling the recompiled blobs gives another file")
        }
    }

    @Test func namesComeBackFromSymbolsAndSTR() throws {
        let files = try compile(
            try String(contentsOf: packageRoot.appendingPathComponent("Topologies/multi-segment.yaml"), encoding: .utf8),
            file: "multi-segment.yaml")
        // ACPI alone (no DT): names from _STR, including the virtio-pci IOMMU's _ADR object.
        let acpiOnly = Decompiler.decompile(
            dtb: nil, acpi: blobs(files).acpi, options: DecompileOptions(name: "m", arch: .arm64))
        let t = try #require(acpiOnly.topology)
        #expect(t.iommus.map(\.name).sorted() == ["smmu", "viommu", "vmmio"])
        #expect(t.rootComplexes.map(\.name) == ["pcie0", "pcie1"])
        #expect(t.devices.map(\.name) == ["net0", "blk0", "dma0"])
        // DT alone: names from /__symbols__.
        let dtOnly = Decompiler.decompile(dtb: blobs(files).dtb, acpi: [], options: DecompileOptions())
        let d = try #require(dtOnly.topology)
        #expect(d.name == "multi-segment")
        #expect(d.msiControllers.map(\.name) == ["its0", "its1"])
        #expect(d.iommus.map(\.name) == ["viommu", "smmu", "vmmio"])
        #expect(d.devices.map(\.name) == ["net0", "blk0", "dma0"])
    }

    // MARK: QEMU's blobs

    @Test func qemuVirtViommuTablesCompileBackToQEMUs() throws {
        let viot = try golden("acpi/virt-viommu.VIOT"), iort = try golden("acpi/virt.IORT"), mcfg = try golden("acpi/virt.MCFG")
        let result = Decompiler.decompile(dtb: nil, acpi: [viot, iort, mcfg], options: DecompileOptions(name: "qemu-virt"))
        #expect(!result.failed, "\(result.diagnostics)")
        let out = try compile(try #require(result.yaml), file: "qemu-virt.yaml")
        #expect(out["VIOT.aml"] == viot.bytes)
        #expect(out["IORT.aml"] == iort.bytes)
        #expect(out["MCFG.aml"] == mcfg.bytes)
    }

    @Test func qemuQ35PxbVIOTCompilesBackToQEMUs() throws {
        let viot = try golden("acpi/q35-viommu-pxb.VIOT")
        let result = Decompiler.decompile(dtb: nil, acpi: [viot], options: DecompileOptions(name: "q35"))
        #expect(!result.failed, "\(result.diagnostics)")
        #expect(result.topology?.arch == .x86_64)
        let out = try compile(try #require(result.yaml), file: "q35.yaml")
        #expect(out["VIOT.aml"] == viot.bytes)
    }

    @Test func qemuSMMUv3PxbIORTCompilesBackToQEMUs() throws {
        let iort = try golden("acpi/virt-smmuv3-pxb.IORT")
        let result = Decompiler.decompile(dtb: nil, acpi: [iort], options: DecompileOptions(name: "smmu-pxb"))
        #expect(!result.failed, "\(result.diagnostics)")
        let yaml = try #require(result.yaml)
        #expect(yaml.contains("msi-map:\n      - { ids: [0x0, 0xffff], controller: its, id: 0x0 }"), "QEMU's explicit SMMU map")
        let out = try compile(yaml, file: "smmu-pxb.yaml")
        #expect(out["IORT.aml"] == iort.bytes)
    }

    /// `iommu-map`/`msi-map` of a host bridge with phandles resolved to the target's compatible.
    func maps(_ dtb: [UInt8]) throws -> [String: [String]] {
        let dt = try DeviceTreeBlob(dtb)
        let bridge = try #require(dt.nodes(compatibleWith: "pci-host-ecam-generic").first)
        var out: [String: [String]] = [:]
        for property in ["iommu-map", "msi-map"] {
            let cells = try dt.u32Cells(property, of: bridge) ?? []
            out[property] = stride(from: 0, to: cells.count, by: 4).map { e in
                let target = dt.path(ofPhandle: cells[e + 1]).flatMap { try? dt.stringList("compatible", of: $0)?.first } ?? "?"
                return "\(hex(cells[e])) \(target) \(hex(cells[e + 2])) \(hex(cells[e + 3]))"
            }
        }
        return out
    }

    @Test(arguments: ["virtio-iommu-gicv3-its", "smmuv3-gicv3-its"])
    func qemuDTBsCompileBackToQEMUsMaps(_ name: String) throws {
        let dtb = try golden("dtb/\(name).dtb")
        let result = Decompiler.decompile(dtb: dtb, acpi: [], options: DecompileOptions(name: name))
        #expect(!result.failed, "\(result.diagnostics)")
        #expect(result.diagnostics.isEmpty, "QEMU's other nodes are ignored quietly: \(result.diagnostics)")
        let out = try compile(try #require(result.yaml), file: "\(name).yaml")
        let ours = try maps(try #require(out["\(name).dtb"]))
        let qemu = try maps(dtb.bytes)
        #expect(ours == qemu)
        #expect(qemu["iommu-map"]?.isEmpty == false && qemu["msi-map"]?.isEmpty == false)
    }

    // MARK: Blobs that disagree

    static let base = tinyTopology(name: "mix")

    @Test func contradictingBlobsGiveCommentsAndFail() throws {
        let a = try compile(Self.base, file: "a.yaml")
        let b = try compile(
            Self.base.replacingOccurrences(of: "controller: its, id: 0 }", with: "controller: its, id: 0x10000 }")
                .replacingOccurrences(of: "iommu: viommu, id: 0 }", with: "iommu: viommu, id: 0x100 }"),
            file: "b.yaml")
        let result = Decompiler.decompile(
            dtb: blobs(a).dtb, acpi: [FirmwareBlob(name: "b/IORT.aml", bytes: b["IORT.aml"]!), FirmwareBlob(name: "b/VIOT.aml", bytes: b["VIOT.aml"]!)],
            options: DecompileOptions(outputFile: "mix.yaml"))
        #expect(result.failed)
        let yaml = try #require(result.yaml)
        #expect(yaml.contains("# topoc: RIDs 0x0-0x7: 'viommu' endpoint ID 0x0 in mix.dtb, 'viommu' endpoint ID 0x100 in b/VIOT.aml"), "\(yaml)")
        #expect(yaml.contains("DeviceID 0x10000 in b/IORT.aml"), "\(yaml)")
        let errors = result.diagnostics.filter { $0.id == "blob-contradiction" }
        #expect(!errors.isEmpty && errors.allSatisfy { $0.severity == .error && $0.location.file == "mix.yaml" && $0.location.line > 1 })
    }

    @Test func complementingBlobsGiveCommentsAndSucceed() throws {
        let a = try compile(Self.base, file: "a.yaml")
        // b adds a second host bridge (segment 1): its MCFG says more than a's DT.
        let b = try compile(
            Self.base + """
                  pcie1:
                    segment: 1
                    buses: [0, 0x0f]
                    ecam: 0x4020000000

                """, file: "b.yaml")
        let result = Decompiler.decompile(
            dtb: blobs(a).dtb, acpi: [FirmwareBlob(name: "b/MCFG.aml", bytes: b["MCFG.aml"]!)],
            options: DecompileOptions(outputFile: "mix.yaml"))
        #expect(!result.failed, "\(result.diagnostics)")
        let yaml = try #require(result.yaml)
        #expect(yaml.contains("# topoc: b/MCFG.aml describes this ECAM window; the DT has no host bridge for it"), "\(yaml)")
        #expect(yaml.contains("ecam: 0x4020000000"))
        #expect(result.diagnostics.contains { $0.id == "blob-complement" && $0.severity == .warning })
    }

    // MARK: Through the executable

    @Test func executableRoundTripsEveryExample() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, url) in try exampleTopologies() {
            let first = dir.appendingPathComponent("\(name)-1"), second = dir.appendingPathComponent("\(name)-2")
            #expect(try topoc("compile", url.path, "-o", first.path).status == 0)
            let files = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
            var arguments = ["decompile"]
            if let dtb = files.first(where: { $0.hasSuffix(".dtb") }) { arguments += ["--dtb", first.appendingPathComponent(dtb).path] }
            arguments += ["--acpi"] + files.filter { $0.hasSuffix(".aml") }.map { first.appendingPathComponent($0).path }
            let yaml = dir.appendingPathComponent("\(name).yaml")
            arguments += ["-o", yaml.path]
            let decompiled = try run(try topocPath(), arguments)
            #expect(decompiled.status == 0, "\(name): \(decompiled.stderr)")
            #expect(try topoc("compile", yaml.path, "-o", second.path).status == 0)
            let a = try snapshot(first), b = try snapshot(second)
            for (file, data) in a where b[file] != data {
                Issue.record("\(name)/\(file) differs after compile -> decompile -> compile")
            }
            // The name comes from -o; decompile -> compile -> decompile is stable.
            let text = try String(contentsOf: yaml, encoding: .utf8)
            #expect(text.contains("\nname: \(name)\n"))
            var again = arguments
            again[again.count - 1] = dir.appendingPathComponent("\(name)-again.yaml").path
            for (i, argument) in again.enumerated() where argument.hasPrefix(first.path) {
                again[i] = second.path + argument.dropFirst(first.path.count)
            }
            again[again.count - 1] = dir.appendingPathComponent("again/\(name).yaml").path
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("again"), withIntermediateDirectories: true)
            #expect(try run(try topocPath(), again).status == 0)
            #expect(try String(contentsOf: dir.appendingPathComponent("again/\(name).yaml"), encoding: .utf8) == text)
        }
    }

    @Test func executableStdoutAndIgnoredTables() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let viot = try golden("acpi/q35-viommu-pxb.VIOT")
        // A table decompile does not read (a DSDT-less FACP stand-in: an MCFG renamed is still
        // recognised by signature, so use a well-formed table with another signature).
        var other = Array("FACP".utf8) + [36, 0, 0, 0, 1, 0] + Array("TOPOC TEST    ".utf8) + [1, 0, 0, 0] + Array("TOPC".utf8) + [1, 0, 0, 0]
        other[9] = UInt8(truncatingIfNeeded: 0 &- other.reduce(UInt8(0), &+))
        let otherFile = dir.appendingPathComponent("facp.dat")
        try Data(other).write(to: otherFile)
        let result = try topoc("decompile", "--acpi", viot.name, otherFile.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("arch: x86_64"))
        #expect(result.stdout.contains("rids: [0x3000, 0x30ff], iommu: viommu, id: 0x3000"))
        #expect(result.stderr.contains("facp.dat:0x0: note: ") && result.stderr.contains("FACP table ignored"), "\(result.stderr)")
    }

    @Test func malformedBlobExitsOneNamingItMissingFileExitsTwo() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = try golden("acpi/virt.IORT").bytes
        bytes[40] ^= 0xff  // node offset: checksum and structure both broken
        let bad = dir.appendingPathComponent("broken.aml")
        try Data(bytes).write(to: bad)
        let result = try topoc("decompile", "--acpi", bad.path, "-o", dir.appendingPathComponent("x.yaml").path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad.path):0x9: error: \(bad.path) is not a valid firmware blob"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.yaml").path))

        var dtb = try golden("dtb/smmuv3-gicv3-its.dtb").bytes
        dtb = Array(dtb[0..<100])
        let badDTB = dir.appendingPathComponent("cut.dtb")
        try Data(dtb).write(to: badDTB)
        let cut = try topoc("decompile", "--dtb", badDTB.path)
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("cut.dtb is not a valid firmware blob: DTB"), "\(cut.stderr)")

        let missing = try topoc("decompile", "--dtb", dir.appendingPathComponent("nope.dtb").path)
        #expect(missing.status == 2, "\(missing.stderr)")
        #expect(try topoc("decompile").status == 2)
    }
}
