import Foundation
import Testing

/// The checker's fixtures through `topoc check`, which also runs the backends in memory: a
/// fixture that trips exactly one topology rule must trip no backend rule either, and the valid
/// ones must be valid to the whole compiler, not only to the topology checker.
@Suite struct CheckFixturesEndToEndTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/TopologyCheckTests/Fixtures")

    /// The ids at the end of each diagnostic line (`... [id]`), notes left out.
    func ids(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }.compactMap { line in
            guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        }
    }

    @Test(arguments: ["valid-full", "minimal"])
    func validFixturesAreValidToTheWholeCompiler(name: String) throws {
        let result = try topoc("check", Self.fixtures.appendingPathComponent("\(name).yaml").path)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func eachOneCheckFixtureTripsOnlyItsCheck() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var checked = 0
        for name in names {
            let url = Self.fixtures.appendingPathComponent(name)
            let first = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
            let marker = "# Trips exactly one check: "
            guard first.hasPrefix(marker) else { continue }
            let id = String(first.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
            let result = try topoc("check", url.path)
            let found = ids(result.stderr)
            #expect(!found.isEmpty && found.allSatisfy { $0 == id }, "\(name): expected only [\(id)], got \(found): \(result.stderr)")
            checked += 1
        }
        #expect(checked >= 20, "only \(checked) fixtures say which check they trip")
    }
}
