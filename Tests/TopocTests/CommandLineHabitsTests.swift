import Foundation
import Testing
import TopologyCompiler

/// The small things issue 14 found by using topoc with dtc and iasl habits, one test each.
@Suite(.serialized) struct CommandLineHabitsTests {
    func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write([0xef, 0xbb, 0xbf] + Array(tinyTopology(name: "bom").utf8), "bom.yaml", in: dir)
        let r = try topoc("check", file)
        #expect(r.status == 0, "\(r.stderr)")
        // The pipe path (read whole) drops it too.
        let piped = try run("/bin/sh", ["-c", "cat '\(file)' | '\(try topocPath())' check /dev/stdin"])
        #expect(piped.status == 0, "\(piped.stderr)")
    }

    @Test func invalidUTF8IsLocatedWithItsOffset() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try write(Array("topology: 1\nname: \u{e9}".utf8) + [0xff], "bad.yaml", in: dir)
        let r = try topoc("check", file)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file):2:8: error: file is not UTF-8 text: invalid byte 0xff at offset 20 [not-utf8]"), "\(r.stderr)")
    }

    @Test func decompileOfAMachineWithoutIOMMUWritesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("none.yaml").path
        let mcfg = packageRoot.appendingPathComponent("Output/qemu-virt-viommu/MCFG.aml").path
        let r = try topoc("decompile", "--acpi", mcfg, "-o", out)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[decompile-no-iommu]"), "\(r.stderr)")
        #expect(!r.stderr.contains("iommus"), "the diagnostic is about the blobs, not a file it wrote")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func decompileIntoAMissingDirectoryNamesTheUsersPath() throws {
        let dtb = packageRoot.appendingPathComponent("Output/qemu-virt-viommu/qemu-virt-viommu.dtb").path
        let r = try topoc("decompile", "--dtb", dtb, "-o", "/nonexistent-topoc-dir/x.yaml")
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent-topoc-dir/x.yaml: error:"), "\(r.stderr)")
        #expect(!r.stderr.contains("topoc-tmp"), "\(r.stderr)")
    }

    @Test(arguments: [["compile", "x.yaml", "-o", ""], ["decompile", "--dtb", "x.dtb", "-o", ""], ["generate", "--scale", "1", "-o", ""], ["graph", "x.yaml", "-o", ""]])
    func anEmptyOutputPathIsAUsageError(arguments: [String]) throws {
        let r = try run(try topocPath(), arguments)
        #expect(r.status == 2)
        #expect(r.stderr.contains("-o needs a file name, not an empty string"), "\(r.stderr)")
        #expect(!r.stderr.hasPrefix(":"))
    }

    @Test func refusingToSilenceAnErrorRuleSaysRefusedNotIgnored() throws {
        let r = try topoc("check", "--no-warn", "map-overlap", "x.yaml")
        #expect(r.status == 2)
        #expect(r.stderr.contains("check 'map-overlap' finds errors and cannot be disabled"), "\(r.stderr)")
        #expect(!r.stderr.contains("ignored"), "an exit of 2 is not ignoring it: \(r.stderr)")
    }

    @Test(arguments: ["check", "compile", "verify", "decompile", "explain", "graph", "generate"])
    func usageErrorsShowTheSubcommandsUsage(subcommand: String) throws {
        // An error from the parser and one from run() (the --no-warn refusal) alike.
        let r = try topoc(subcommand, "--no-such-option")
        #expect(r.status == 2)
        #expect(r.stderr.contains("Usage: topoc \(subcommand)"), "\(r.stderr)")
        #expect(!r.stderr.contains("<subcommand>"), "\(r.stderr)")
    }

    @Test func errorsRaisedWhileRunningShowTheSubcommandsUsage() throws {
        let r = try topoc("check", "--no-warn", "map-overlap", "x.yaml")
        #expect(r.stderr.contains("Usage: topoc check"), "\(r.stderr)")
        #expect(!r.stderr.contains("<subcommand>"))
    }

    @Test(arguments: ["check", "compile", "verify", "decompile", "explain", "graph", "generate"])
    func helpShowsEachDefaultOnce(subcommand: String) throws {
        let help = try topoc(subcommand, "--help").stdout
        #expect(!help.contains("(default ") || !help.contains("(default: "), "\(help)")
        for number in ["1048576", "\(DecompileOptions.defaultMaxEntries)"] {
            #expect(help.components(separatedBy: number).count <= 2, "\(number) shown twice:\n\(help)")
        }
    }

    @Test func aNameTooLongForAFileIsACheckError() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = String(repeating: "n", count: 300)
        let file = try write(Array(tinyTopology(name: name).utf8), "long.yaml", in: dir)
        let r = try topoc("check", file)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[name-too-long]"), "\(r.stderr)")
        #expect(r.stderr.contains("\(file):"), "located in the file")
        let compiled = try topoc("compile", file, "-o", dir.appendingPathComponent("out").path)
        #expect(compiled.status == 1, "refused by the check, before any file is written: \(compiled.stderr)")
    }
}

/// One JSON schema for every message (docs/cli.md): I/O and usage errors too, blob findings with
/// `blob` and `offset`.
@Suite(.serialized) struct JSONDiagnosticsTests {
    func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
        }
    }

    static let keys: Set<String> = ["severity", "id", "file", "line", "column", "blob", "offset", "message", "notes"]

    @Test func anIOErrorIsJSON() throws {
        let r = try topoc("check", "--diagnostics-format", "json", "/")
        #expect(r.status == 2)
        let found = try objects(r.stderr)
        #expect(found.count == 1)
        #expect(Set(found[0].keys) == Self.keys)
        #expect(found[0]["id"] as? String == "io-error")
        #expect(found[0]["file"] as? String == "/")
        #expect(found[0]["line"] is NSNull)
        #expect((found[0]["message"] as? String)?.contains("Is a directory") == true)
    }

    @Test func aUsageErrorIsJSON() throws {
        let r = try topoc("check", "--diagnostics-format", "json", "--bogus", "x.yaml")
        #expect(r.status == 2)
        let found = try objects(r.stderr)
        #expect(found.count == 1)
        #expect(Set(found[0].keys) == Self.keys)
        #expect(found[0]["id"] as? String == "usage")
    }

    @Test func aBlobFindingHasBlobAndOffset() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A VIOT whose length field claims more bytes than the file has.
        var viot = Array(try Data(contentsOf: packageRoot.appendingPathComponent("Output/qemu-virt-viommu/VIOT.aml")))
        viot[4] = 0xff
        viot[5] = 0xff
        let file = dir.appendingPathComponent("VIOT.aml")
        try Data(viot).write(to: file)
        let json = try topoc("decompile", "--diagnostics-format", "json", "--acpi", file.path)
        #expect(json.status == 1)
        let found = try objects(json.stderr)
        let finding = try #require(found.first { $0["id"] as? String == "blob-malformed" }, "\(json.stderr)")
        #expect(Set(finding.keys) == Self.keys)
        #expect(finding["blob"] as? String == file.path)
        #expect(finding["offset"] as? Int == 4)
        #expect(finding["line"] is NSNull)
        let text = try topoc("decompile", "--acpi", file.path)
        #expect(text.stderr.contains("\(file.path):0x4: error:"), "fwts/iasl style file:offset: \(text.stderr)")
        #expect(!text.stderr.contains("\(file.path):1:1"))
    }

    @Test func aTextFindingHasLineAndColumn() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("x.yaml")
        try "topology: 1\nname: x\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try topoc("check", "--diagnostics-format", "json", file.path)
        for object in try objects(r.stderr) {
            #expect(Set(object.keys) == Self.keys)
            #expect(object["line"] is Int)
            #expect(object["offset"] is NSNull)
        }
    }
}

/// The progress line: drawn only on a terminal, only after the delay, never into a pipe.
@Suite struct ProgressTests {
    final class Sink: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
        func append(_ s: String) { lock.lock(); text += s; lock.unlock() }
    }
    final class Clock: @unchecked Sendable {
        var t = 0.0
    }

    @Test func drawsPhasePiecesAndTimeAfterTheDelayOnATerminal() {
        let sink = Sink(), clock = Clock()
        let p = ProgressReporter(
            command: "verify", isTerminal: true, delay: 1.0, autoTick: false, now: { clock.t }, write: { sink.append($0) })
        p.phase("feeding endpoints", total: 10)
        p.advance(3)
        #expect(sink.text.isEmpty, "nothing within the first second")
        clock.t = 1.5
        p.advance()
        #expect(sink.text.hasSuffix("verify: feeding endpoints  4/10  1.5s"), "\(sink.text)")
        clock.t = 2.0
        p.phase("writing")
        #expect(sink.text.hasSuffix("verify: writing  2.0s"))
        p.finish()
        #expect(sink.text.hasSuffix("\r\u{1B}[K"), "the line is cleared")
        let drawn = sink.text
        p.advance()
        #expect(sink.text == drawn, "nothing after finish")
    }

    @Test func notATerminalMeansNothing() {
        let sink = Sink(), clock = Clock()
        let p = ProgressReporter(command: "compile", isTerminal: false, autoTick: false, now: { clock.t }, write: { sink.append($0) })
        clock.t = 100
        p.phase("x", total: 1)
        p.advance()
        p.finish()
        #expect(sink.text.isEmpty)
    }

    @Test func aPipeGetsNoProgress() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let topology = packageRoot.appendingPathComponent("Topologies/multi-segment.yaml").path
        let r = try topoc("compile", topology, "-o", dir.appendingPathComponent("out").path)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\r"), "\(r.stderr)")
    }

    @Test func quietIsAcceptedEverywhereProgressIs() throws {
        for sub in ["compile", "verify", "decompile"] {
            #expect(try topoc(sub, "--help").stdout.contains("--quiet"), "\(sub)")
        }
    }
}
