import FirmwareDecode
import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// decompile keeps every device the DT or the SSDT describes (issue 9, defect 5), so that
/// compile(decompile(compile(X))) == compile(X) byte for byte.
@Suite struct DecompileKeepsDevicesTests {
    func compile(_ text: String, file: String) throws -> [String: [UInt8]] {
        let result = Compiler.compile(bytes: Array(text.utf8), file: file)
        #expect(result.succeeded, "\(file): \(result.diagnostics.map(\.description).joined(separator: "\n"))")
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.bytes) })
    }

    /// Decompiles every blob of `files` (`only` keeps those of these suffixes) and compiles the text again.
    func roundTrip(_ text: String, name: String, only: [String] = [".dtb", ".aml"]) throws -> (yaml: String, diagnostics: [Diagnostic], equal: Bool) {
        let first = try compile(text, file: "\(name).yaml")
        let dtb = first.first { $0.key.hasSuffix(".dtb") && only.contains(".dtb") }.map { FirmwareBlob(name: $0.key, bytes: $0.value) }
        let acpi = first.filter { file in file.key.hasSuffix(".aml") && only.contains { file.key.hasSuffix($0) } }.sorted { $0.key < $1.key }
            .map { FirmwareBlob(name: $0.key, bytes: $0.value) }
        let result = Decompiler.decompile(dtb: dtb, acpi: acpi, options: DecompileOptions(name: name, outputFile: "\(name).yaml"))
        let yaml = try #require(result.yaml)
        let second = try compile(yaml, file: "\(name).yaml")
        let equal = Set(first.keys) == Set(second.keys) && first.allSatisfy { second[$0.key] == $0.value }
        return (yaml, result.diagnostics, equal)
    }

    var fixture: URL { packageRoot.appendingPathComponent("Tests/TopocTests/Fixtures/platform-device-without-iommu.yaml") }

    @Test func deviceWithoutIOMMUKeepsItsDTIdentity() throws {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let name = "platform-device-without-iommu"
        let (yaml, diagnostics, equal) = try roundTrip(text, name: name)
        #expect(equal, "\(yaml)")
        #expect(!diagnostics.contains { $0.severity != .note }, "\(diagnostics)")
        #expect(yaml.contains("rtc0:\n    base: 0xb003000\n    size: 0x1000\n    compatible: \"arm,pl031\""), "\(yaml)")
        // The DT alone names it too (/__symbols__), and the SSDT alone describes it.
        let dtOnly = try roundTrip(text, name: name, only: [".dtb"]).yaml
        #expect(dtOnly.contains("rtc0:\n    base: 0xb003000\n    size: 0x1000\n    compatible: \"arm,pl031\""), "\(dtOnly)")
    }

    /// A DT that does not name its nodes (no /__symbols__, as QEMU's): the SSDT's device at the
    /// same base takes the DT node's compatible, and there is no "the DT does not" warning.
    @Test func ssdtDeviceMatchesAnUnnamedDTNode() throws {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let files = try compile(text, file: "x.yaml")
        let dts = String(decoding: try #require(files["platform-device-without-iommu.dts"]), as: UTF8.self)
        // Drop /__symbols__ with dtc (the DTS is dtc source) to get an unnamed tree.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-nosym-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("t.dts")
        let start = try #require(dts.range(of: "\t__symbols__ {"))
        let end = try #require(dts.range(of: "\t};\n", range: start.upperBound..<dts.endIndex))
        try (String(dts[..<start.lowerBound]) + String(dts[end.upperBound...])).write(to: source, atomically: true, encoding: .utf8)
        let blob = scratch.appendingPathComponent("t.dtb")
        let dtc = try run("/usr/bin/dtc", ["-q", "-I", "dts", "-O", "dtb", "-o", blob.path, source.path])
        #expect(dtc.status == 0, "\(dtc.stderr)")
        let tree = try DeviceTreeBlob([UInt8](try Data(contentsOf: blob)))
        #expect(tree.node("/__symbols__") == nil)
        let acpi = files.filter { $0.key.hasSuffix(".aml") }.sorted { $0.key < $1.key }.map { FirmwareBlob(name: $0.key, bytes: $0.value) }
        let result = Decompiler.decompile(
            dtb: FirmwareBlob(name: "t.dtb", bytes: [UInt8](try Data(contentsOf: blob))), acpi: acpi,
            options: DecompileOptions(name: "x", outputFile: "x.yaml"))
        let yaml = try #require(result.yaml)
        #expect(!result.diagnostics.contains { $0.message.contains("the DT does not") }, "\(result.diagnostics)")
        #expect(yaml.contains("compatible: \"arm,pl031\""), "\(yaml)")
    }

    @Test(arguments: [1, 10]) func generatedLayoutRoundTripsByteForByte(scale: Int) throws {
        let text = TopologyGenerator.generate(scale: scale)
        let name = try #require(Compiler.check(bytes: Array(text.utf8), file: "g.yaml", outputs: []).topology?.name)
        let (yaml, diagnostics, equal) = try roundTrip(text, name: name)
        #expect(equal, "scale \(scale): compile(decompile(compile(X))) differs from compile(X)")
        #expect(!diagnostics.contains { $0.severity != .note }, "\(diagnostics.prefix(5))")
        #expect(!yaml.isEmpty)
    }
}
