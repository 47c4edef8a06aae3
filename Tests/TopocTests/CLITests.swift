import Foundation
import Testing

/// The command-line contract of cli.md, through the built executable.
@Suite(.serialized) struct CLITests {
    static let valid = tinyTopology(name: "tiny")

    static let overlapping = valid.replacingOccurrences(
        of: "      - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }\n",
        with: "      - { rids: [0x0000, 0x01ff], iommu: viommu, id: 0 }\n      - { rids: [0x0100, 0x02ff], iommu: viommu, id: 0x1000 }\n")

    func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func checkValidFileExitsZeroSilently() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try topoc("check", try write(Self.valid, "tiny.yaml", in: dir))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func invalidFileExitsOneWithCompilerStyleDiagnostics() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.overlapping, "bad.yaml", in: dir)
        let result = try topoc("check", file)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("\(file):17:") == true, "\(result.stderr)")
        #expect(lines.first?.contains(": error: ") == true)
        #expect(lines.contains { $0.hasPrefix("\(file):16:") && $0.contains(": note: ") }, "\(result.stderr)")
    }

    @Test func jsonDiagnosticsAreOneObjectPerLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.overlapping, "bad.yaml", in: dir)
        let result = try topoc("check", "--diagnostics-format", "json", file)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["severity"] as? String == "error")
            #expect(object["file"] as? String == file)
            #expect(object["line"] as? Int == 17)
            #expect(object["column"] is Int && object["message"] is String && object["notes"] is [Any])
        }
    }

    @Test func warningsPassUnlessWerror() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An MSI controller no one uses is a warning.
        let text = Self.valid.replacingOccurrences(of: "  its: { type: gicv3-its, base: 0x08080000 }\n", with: "  its: { type: gicv3-its, base: 0x08080000 }\n  its2: { type: gicv3-its, base: 0x080a0000 }\n")
        let file = try write(text, "warn.yaml", in: dir)
        let plain = try topoc("check", file)
        #expect(plain.status == 0)
        #expect(plain.stderr.contains(": warning: "), "\(plain.stderr)")
        let strict = try topoc("check", "--werror", file)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": error: "))
    }

    @Test func usageAndIOErrorsExitTwo() throws {
        #expect(try topoc("check", "/nonexistent/topology.yaml").status == 2)
        #expect(try topoc("frobnicate").status == 2)
        #expect(try topoc("compile").status == 2)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.valid, "tiny.yaml", in: dir)
        #expect(try topoc("compile", file, "--emit", "dtb,nonsense", "-o", dir.appendingPathComponent("o").path).status == 2)
    }

    @Test func compileWritesTheOutputsOfCliMd() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.valid, "tiny.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try topoc("compile", file, "-o", out.path)
        #expect(result.status == 0, "\(result.stderr)")
        let names = Set(try snapshot(out).keys)
        #expect(names == ["tiny.dtb", "tiny.dts", "VIOT.aml", "VIOT.dsl", "IORT.aml", "IORT.dsl", "MCFG.aml", "MCFG.dsl", "SSDT.aml", "SSDT.dsl", "endpoints.json"])
    }

    @Test func emitPicksASubsetAndDepfileNamesTheInput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.valid, "tiny.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let dep = dir.appendingPathComponent("tiny.d")
        let result = try topoc("compile", file, "-o", out.path, "--emit", "dtb,json", "--depfile", dep.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(try snapshot(out).keys) == ["tiny.dtb", "endpoints.json"])
        let depText = try String(contentsOf: dep, encoding: .utf8)
        #expect(depText == "\(out.path)/tiny.dtb \(out.path)/endpoints.json: \(file)\n")
    }

    @Test func failedCompileLeavesTheOutputDirectoryUntouched() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        #expect(try topoc("compile", try write(Self.valid, "tiny.yaml", in: dir), "-o", out.path).status == 0)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let before = try snapshot(out)
        let result = try topoc("compile", try write(Self.overlapping, "tiny.yaml", in: dir), "-o", out.path)
        #expect(result.status == 1)
        #expect(try snapshot(out) == before)
    }

    @Test func recompileReplacesOutputsAndKeepsUnrelatedFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let file = try write(Self.valid, "tiny.yaml", in: dir)
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        let first = try snapshot(out)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        var second = try snapshot(out)
        #expect(second.removeValue(forKey: "notes.txt") == Data("mine".utf8))
        #expect(second == first, "same input, same bytes")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "staging directories are cleaned up: \(leftovers)")
    }

    @Test func unwritableOutputIsAnIOErrorExitTwo() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Self.valid, "tiny.yaml", in: dir)
        // A regular file where the output directory should be.
        let blocker = dir.appendingPathComponent("blocker")
        try Data().write(to: blocker)
        let result = try topoc("compile", file, "-o", blocker.appendingPathComponent("out").path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error:"), "\(result.stderr)")
    }

    @Test func hostileInputsGiveExitOneAndALocatedError() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var generator = SystemRandomNumberGenerator()
        let random = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        bomb += "iommus: *a9\n"
        var big = "topology: 1\nname: big\narch: arm64\niommus:\n"
        let entry = String(repeating: "  x: [1, 2, 3]\n", count: 1)
        big.reserveCapacity(10 << 20)
        var i = 0
        while big.utf8.count < 10 << 20 {
            big += entry.replacingOccurrences(of: "x:", with: "x\(i):")
            i += 1
        }
        let cases: [(String, Data)] = [
            ("malformed.yaml", Data("topology: 1\nname: [\n  - : :\n".utf8)),
            ("random.bin", random),
            ("bomb.yaml", Data(bomb.utf8)),
            ("big.yaml", Data(big.utf8)),
            ("huge-number.yaml", Data(Self.valid.replacingOccurrences(of: "0x08080000", with: "0x1_0000_0000_0000_0000_0000").utf8)),
        ]
        for (name, data) in cases {
            let url = dir.appendingPathComponent(name)
            try data.write(to: url)
            let result = try topoc("compile", url.path, "-o", dir.appendingPathComponent("out-\(name)").path)
            #expect(result.status == 1, "\(name): \(result.status) \(result.stderr.prefix(300))")
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            let located = first.hasPrefix("\(url.path):") && first.contains(": error: ")
            #expect(located, "\(name): \(first)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out-\(name)").path))
        }
    }
}
