import Foundation
import Testing

/// The SwiftPM build-tool plugin, end to end: `Examples/SwiftVMM` lists a topology file, and its
/// build must embed exactly the blobs `topoc compile` writes.
@Suite struct PluginTests {
    /// `make test` builds `Examples/SwiftVMM` (scratch path `.build/example`) before the tests run:
    /// a nested `swift build` inside the parallel test run was seen to plan from a stale view of
    /// this package. Here its products are checked.
    @Test func exampleVMMPackageBuildsWithTheTopologyCompiledIn() throws {
        let example = packageRoot.appendingPathComponent("Examples/SwiftVMM")
        let scratch = packageRoot.appendingPathComponent(".build/example")
        let executable = scratch.appendingPathComponent("debug/SwiftVMM")
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.path),
            "Examples/SwiftVMM is not built: run `make test` (or swift build --package-path Examples/SwiftVMM --scratch-path .build/example)")

        // The generated source equals what `topoc compile --swift` writes for the same file.
        let generated = try #require(
            FileManager.default.enumerator(at: scratch.appendingPathComponent("plugins"), includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.first { $0.lastPathComponent == "virt.topology.swift" },
            "the plugin wrote no virt.topology.swift")
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = dir.appendingPathComponent("virt.topology.swift")
        let topology = example.appendingPathComponent("Sources/SwiftVMM/virt.topology.yaml")
        #expect(try topoc("compile", topology.path, "--swift", expected.path, in: dir).status == 0)
        #expect(try Data(contentsOf: generated) == Data(contentsOf: expected))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["virt.topology.swift"],
            "--swift alone writes no output directory")

        // The executable prints the sizes of the embedded blobs: they are Output/'s.
        let product = try run(executable.path, [])
        #expect(product.status == 0, "\(product.stderr)")
        let dtb = try Data(contentsOf: packageRoot.appendingPathComponent("Output/qemu-virt-viommu/qemu-virt-viommu.dtb"))
        #expect(product.stdout.hasPrefix("qemu-virt-viommu: DTB \(dtb.count) bytes, VIOT 88, IORT 128, MCFG 60, SSDT"), "\(product.stdout)")
        #expect(product.stdout.contains("runtime.dtb:"), "the in-process compile ran")
        // The request count is the verifier's business (pieces, not IDs); what matters is that every
        // endpoint was covered, at least one request went through the device, and nothing mismatched.
        let summary = try #require(product.stdout.split(separator: "\n").last.map(String.init), "no summary line")
        let match = try #require(
            summary.wholeMatch(of: /verified: (\d+) endpoints, (\d+) requests, (\d+) mismatches/),
            "the in-process verify ran: \(product.stdout)")
        #expect(match.1 == "65536")
        #expect(Int(match.2).map { $0 > 0 } == true)
        #expect(match.3 == "0")

        // Given a topology and a directory, it compiles the file there through the library's
        // streaming compile: the outputs are `topoc compile`'s, byte for byte.
        let firmware = dir.appendingPathComponent("firmware")
        let written = try run(executable.path, [topology.path, firmware.path])
        #expect(written.status == 0, "\(written.stderr)")
        let golden = packageRoot.appendingPathComponent("Output/qemu-virt-viommu")
        let names = try FileManager.default.contentsOfDirectory(atPath: firmware.path).sorted()
        #expect(names.contains("qemu-virt-viommu.dtb") && names.contains("IORT.aml"), "\(names)")
        for name in names {
            #expect(try Data(contentsOf: firmware.appendingPathComponent(name)) == Data(contentsOf: golden.appendingPathComponent(name)), "\(name)")
            #expect(written.stdout.contains("wrote \(firmware.path)/\(name)"), "\(name)")
        }
    }

    @Test func swiftSourceEmbedsEveryOutputByteForByte() throws {
        // Decode the generated base64 literals independently (Foundation) and compare with Output/.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("t.swift")
        #expect(try topoc("compile", packageRoot.appendingPathComponent("Topologies/multi-segment.yaml").path, "--swift", source.path).status == 0)
        let text = try String(contentsOf: source, encoding: .utf8)
        #expect(text.contains("public enum MultiSegment {"))
        let output = packageRoot.appendingPathComponent("Output/multi-segment")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0 != "topology.svg" }
        #expect(names.count >= 8)
        for name in names {
            let marker = "\"\(name)\": _topocDecode(\""
            let start = try #require(text.range(of: marker), "\(name) not embedded")
            let end = try #require(text[start.upperBound...].firstIndex(of: "\""))
            let bytes = try #require(Data(base64Encoded: String(text[start.upperBound..<end])))
            #expect(bytes == (try Data(contentsOf: output.appendingPathComponent(name))), "\(name)")
        }
    }
}
