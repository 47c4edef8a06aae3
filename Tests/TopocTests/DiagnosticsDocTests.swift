import Foundation
import Testing
import TopologyCompiler

/// One registry of diagnostic ids (`DiagnosticRegistry`): every id is declared once, in its type,
/// and nowhere else spelled; `docs/diagnostics.md` is generated from it; each example beside a
/// fixture is that fixture's real message.
@Suite struct DiagnosticsDocTests {
    /// Every Swift file under Sources/, by path relative to the package root.
    static func sources() throws -> [(path: String, text: String)] {
        let root = packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        return try walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }.map {
            ($0.path.replacingOccurrences(of: packageRoot.path + "/", with: ""), try String(contentsOf: $0, encoding: .utf8))
        }
    }

    @Test func theReferencePageIsGeneratedFromTheRegistry() throws {
        let generated = try topoc("manual-sections", "--diagnostics")
        #expect(generated.status == 0)
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        #expect(generated.stdout == committed, "docs/diagnostics.md is stale: run `make docs`")
    }

    @Test func everyIdIsDeclaredOnceAndRegistered() throws {
        let registered = DiagnosticRegistry.all.map { $0.id }
        #expect(registered.count > 70)
        #expect(Set(registered).count == registered.count, "ids registered twice: \(registered.filter { id in registered.filter { $0 == id }.count > 1 })")
        // Every kind declared in the sources is in the registry (none is reported but unlisted).
        var declared: [String] = []
        for (_, text) in try Self.sources() {
            declared += text.matches(of: /static let id = "([a-z0-9]+(?:-[a-z0-9]+)*)"/).map { String($0.1) }
        }
        #expect(declared.count == registered.count)
        #expect(Set(declared) == Set(registered), "declared but not registered: \(Set(declared).subtracting(registered).sorted())")
        for kind in DiagnosticRegistry.all {
            #expect(!kind.summary.isEmpty, "\(kind.id) has no summary")
            #expect(!kind.example.isEmpty, "\(kind.id) has no example")
        }
    }

    @Test func noStringLiteralIsUsedAsAnIdOutsideItsType() throws {
        let patterns = [
            /\bid: "[a-z0-9-]+"/,
            /(?:error|failure|warning)\(\s*"[a-z0-9]+(?:-[a-z0-9]+)+",/,
            /case \.\w+: "(?:blob|verify|dt|iort|viot|acpi|aml)-[a-z0-9-]+"/,
        ]
        var found: [String] = []
        for (path, text) in try Self.sources() {
            for pattern in patterns {
                for match in text.matches(of: pattern) { found.append("\(path): \(match.0)") }
            }
        }
        // Whatever the call: no string literal anywhere in Sources/ (every module, every
        // directory) is a registered id, but the declaration `static let id = "..."` itself.
        let ids = Set(DiagnosticRegistry.all.map { $0.id })
        let literal = /"([a-z0-9]+(?:-[a-z0-9]+)*)"/
        for (path, text) in try Self.sources() {
            for line in text.split(separator: "\n") where !line.contains("static let id = ") {
                for match in line.matches(of: literal) where ids.contains(String(match.1)) { found.append("\(path): \(line)") }
            }
        }
        #expect(found.isEmpty, "ids spelled as literals instead of their type's `id`: \(found)")
        // The scan is not blind: it sees a literal id where one is written.
        #expect("Diagnostic(id: \"x-y\", m)".contains(patterns[0]))
        #expect("sink.error(\"type-mismatch\", m)".contains(patterns[1]))
        #expect("note(\"blob-its-group-ignored\")".matches(of: literal).contains { ids.contains(String($0.1)) })
    }

    @Test func eachFixtureTripsItsKindWithTheExampleMessage() throws {
        var checked = 0
        for kind in DiagnosticRegistry.all {
            guard let invocation = kind.fixtureInvocation else { continue }
            if let fixture = kind.fixture {
                #expect(FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(fixture).path), "\(kind.id): no fixture \(fixture)")
            }
            // Run from the package root, so that the paths in the invocation and in its messages
            // are the ones the reference page shows.
            let result = try topoc(invocation, in: packageRoot)
            let line = ": \(kind.defaultSeverity.rawValue): \(kind.example) [\(kind.id)]"
            #expect(result.stderr.contains(line), "\(kind.id): `topoc \(invocation.joined(separator: " "))` does not report \(line): \(result.stderr)")
            checked += 1
        }
        // Every finding has one, but those no small input reaches through the command line: the
        // limits of gigabytes or tens of thousands of nodes (FormatLimitBoundaryTests builds their
        // boundary sizes in memory), the safety nets behind the checker (only a model built without
        // it trips them), the overrides and usage errors the library or the argument parser
        // report, a --base merge and a missing Graphviz. A new kind must get a fixture or join
        // this list with its reason.
        let unreachable: Set<String> = [
            "file-too-large", "acpi-name-exhausted", "dt-too-large", "iort-node-too-long", "viot-offset-overflow",
            "viot-node-count", "acpi-table-too-long", "aml-package-too-long",
            "dt-node-clash", "dt-unknown-reference", "dt-internal", "iort-msi-map-conflict",
            "unknown-rule", "rule-override-refused", "blob-none", "usage",
            "dt-base-invalid", "dt-base-conflict", "graphviz-failed",
        ]
        let without = Set(DiagnosticRegistry.all.filter { $0.fixtureInvocation == nil }.map { $0.id })
        #expect(without == unreachable, "without a fixture or a command: \(without.subtracting(unreachable).sorted()); listed as unreachable but have one: \(unreachable.subtracting(without).sorted())")
        #expect(checked == DiagnosticRegistry.all.count - unreachable.count)
    }

    @Test(arguments: [("--no-warn", "map-overlapp", "map-overlap"), ("--error", "viot-mmio-id-rang", "viot-mmio-id-range")])
    func anUnknownOverrideIsAUsageErrorWithAHint(flag: String, id: String, meant: String) throws {
        let result = try topoc("check", packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path, flag, id)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no check has the id '\(id)'; did you mean '\(meant)'?"), "\(result.stderr)")
    }
}
