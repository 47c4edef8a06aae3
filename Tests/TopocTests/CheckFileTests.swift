import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// `Compiler.check(path:)` reads the file in pieces (libyaml's read handler) instead of whole;
/// whatever the file holds, it must say exactly what `check(bytes:file:)` says.
@Suite struct CheckFileTests {
    func bothWays(_ path: String) throws -> (streamed: CheckedTopology, whole: CheckedTopology) {
        let streamed = try Compiler.check(path: path)
        let whole = Compiler.check(bytes: try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        return (streamed, whole)
    }

    @Test func examplesAndFixturesGiveTheSameResult() throws {
        var paths = try exampleTopologies().map(\.url.path)
        let fixtures = packageRoot.appendingPathComponent("Tests/TopologyCheckTests/Fixtures")
        paths += try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted().map { fixtures.appendingPathComponent($0).path }
        #expect(paths.count > 30)
        for path in paths {
            let (streamed, whole) = try bothWays(path)
            #expect(streamed.diagnostics == whole.diagnostics, "\(path)")
            #expect(streamed.topology == whole.topology, "\(path)")
        }
    }

    /// Files the streamed path gives up on (and reads whole instead): the same diagnostics.
    @Test func filesTheFastPathDeclinesGiveTheSameDiagnostics() throws {
        let directory = try temporaryDirectory()
        let valid = tinyTopology(name: "tiny")
        let cases: [String: [UInt8]] = [
            "empty.yaml": [],
            "not-utf8.yaml": Array(valid.utf8.prefix(40)) + [0xff, 0xfe] + Array(valid.utf8.dropFirst(40)),
            "overlong.yaml": Array("topology: 1\nname: \"".utf8) + [0xc0, 0xaf] + Array("\"\n".utf8),
            "syntax.yaml": Array("topology: 1\nname: [unclosed\n".utf8),
            "alias.yaml": Array((valid + "extra: &a 1\nmore: *a\n").utf8),
            "duplicate.yaml": Array((valid + "name: again\n").utf8),
            "two-documents.yaml": Array((valid + "---\n" + valid).utf8),
            "control.yaml": Array("topology: 1\nname: \"a\u{1}b\"\n".utf8),
        ]
        for (name, bytes) in cases.sorted(by: { $0.key < $1.key }) {
            let path = directory.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let (streamed, whole) = try bothWays(path)
            #expect(streamed.diagnostics == whole.diagnostics, "\(name)")
            #expect(whole.hasErrors, "\(name) is invalid")
        }
    }

    @Test func unreadablePathsThrowIOFailure() throws {
        let directory = try temporaryDirectory()
        #expect(throws: IOFailure.self) { try Compiler.check(path: directory.appendingPathComponent("missing.yaml").path) }
        #expect(throws: IOFailure.self) { try Compiler.check(path: directory.path) }
    }
}
