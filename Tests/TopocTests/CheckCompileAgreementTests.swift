import FirmwareDecode
import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// `check` runs everything `compile` runs except writing (issue 9, defect 3): for every input,
/// both give the same exit status and the same diagnostics.
@Suite struct CheckCompileAgreementTests {
    /// Every topology text the repository holds: test fixtures, the examples, and what decompile
    /// makes of the saved fuzz inputs.
    static func inputs() throws -> [(name: String, bytes: [UInt8])] {
        var out: [(String, [UInt8])] = []
        let tests = packageRoot.appendingPathComponent("Tests")
        for suite in try FileManager.default.contentsOfDirectory(atPath: tests.path).sorted() {
            let fixtures = tests.appendingPathComponent(suite).appendingPathComponent("Fixtures")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: fixtures.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let url = fixtures.appendingPathComponent(name)
                out.append((url.path, [UInt8](try Data(contentsOf: url))))
            }
        }
        for example in try exampleTopologies() {
            out.append((example.url.path, [UInt8](try Data(contentsOf: example.url))))
        }
        let regressions = packageRoot.appendingPathComponent("Fuzz/regressions")
        for name in try FileManager.default.contentsOfDirectory(atPath: regressions.path).sorted() {
            let bytes = [UInt8](try Data(contentsOf: regressions.appendingPathComponent(name)))
            if name.hasPrefix("decompile-") || name.hasPrefix("dtb-"), let yaml = decompiledText(bytes) {
                out.append(("\(name).yaml", Array(yaml.utf8)))
            }
        }
        return out
    }

    /// What the fuzzers' decompile target makes of `bytes`: a DTB when it starts with one, the
    /// rest ACPI tables split at their lengths.
    static func decompiledText(_ bytes: [UInt8]) -> String? {
        var dtb: FirmwareBlob?
        var rest = bytes[...]
        if bytes.count >= 8, bytes[0] == 0xd0, bytes[1] == 0x0d, bytes[2] == 0xfe, bytes[3] == 0xed {
            let total = Int(bytes[4]) << 24 | Int(bytes[5]) << 16 | Int(bytes[6]) << 8 | Int(bytes[7])
            let length = total > 0 && total <= bytes.count ? total : bytes.count
            dtb = FirmwareBlob(name: "fuzz.dtb", bytes: Array(bytes.prefix(length)))
            rest = bytes.dropFirst(length)
        }
        var tables: [FirmwareBlob] = []
        while !rest.isEmpty && tables.count < 8 {
            var length = rest.count
            if rest.count >= 8 {
                let s = rest.startIndex
                let declared = Int(rest[s + 4]) | Int(rest[s + 5]) << 8 | Int(rest[s + 6]) << 16 | Int(rest[s + 7]) << 24
                if declared >= 36 && declared < rest.count { length = declared }
            }
            tables.append(FirmwareBlob(name: "fuzz\(tables.count).aml", bytes: Array(rest.prefix(length))))
            rest = rest.dropFirst(length)
        }
        return Decompiler.decompile(dtb: dtb, acpi: tables, options: DecompileOptions(maxEntries: 4_096)).yaml
    }

    @Test func checkAndCompileAgreeOnEveryInput() throws {
        let all = try Self.inputs()
        #expect(all.count > 40)
        var failing = 0
        for (name, bytes) in all {
            let checked = Compiler.check(bytes: bytes, file: name)
            let compiled = Compiler.compile(bytes: bytes, file: name)
            #expect(checked.hasErrors == !compiled.succeeded, "\(name): check and compile disagree on validity")
            #expect(checked.diagnostics == compiled.diagnostics, "\(name): check and compile disagree on diagnostics")
            if checked.hasErrors { failing += 1 }
        }
        // The set holds invalid inputs too, so the agreement is tested on both verdicts.
        #expect(failing > 10 && failing < all.count)
    }

    /// Two root complexes behind one SMMUv3, one of whose msi-maps the SMMU's msi-map contradicts.
    @Test func msiMapMismatchIsFoundByCheck() throws {
        let url = packageRoot.appendingPathComponent("Tests/TopocTests/Fixtures/two-rc-smmu-msi-map-mismatch.yaml")
        let bytes = [UInt8](try Data(contentsOf: url))
        let checked = Compiler.check(bytes: bytes, file: "x.yaml")
        let errors = checked.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.id) == ["iort-smmu-msi-map-mismatch"])
        #expect(errors.first?.location.line == 35)
        #expect(errors.first?.location.column == 9)
        #expect(errors.first?.notes.first?.location.line == 17)
        #expect(errors == Compiler.compile(bytes: bytes, file: "x.yaml").diagnostics.filter { $0.severity == .error })
        // The topology rules alone (what compile runs before it emits) do not see it.
        #expect(!Compiler.check(bytes: bytes, file: "x.yaml", outputs: []).hasErrors)
    }

    /// The command line: the same exit status (1) and the same output from check and compile.
    @Test func commandLineAgrees() throws {
        let url = packageRoot.appendingPathComponent("Tests/TopocTests/Fixtures/two-rc-smmu-msi-map-mismatch.yaml")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-agree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let check = try run(try topocPath(), ["check", url.path])
        let compile = try run(try topocPath(), ["compile", url.path, "-o", out.path])
        #expect(check.status == 1 && compile.status == 1)
        #expect(check.stderr + check.stdout == compile.stderr + compile.stdout)
        #expect((check.stderr + check.stdout).contains("[iort-smmu-msi-map-mismatch]"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A backend rule's id is an id `--error` accepts (no `unknown-rule`), and one that finds
    /// errors cannot be silenced.
    @Test func backendRuleIDsAreKnownToOverrides() throws {
        let url = packageRoot.appendingPathComponent("Tests/TopocTests/Fixtures/two-rc-smmu-msi-map-mismatch.yaml")
        let promoted = try run(try topocPath(), ["check", "--error", "iort-smmu-msi-map-mismatch", url.path])
        #expect(promoted.status == 1)
        #expect(!(promoted.stderr + promoted.stdout).contains("unknown-rule"))
        let silenced = try run(try topocPath(), ["check", "--no-warn", "iort-smmu-msi-map-mismatch", url.path])
        #expect(silenced.status == 2)
        var ids: [String] = []
        for rule in Compiler.formatRules { ids.append(rule.id) }
        #expect(Set(ids).count == ids.count)
    }
}
