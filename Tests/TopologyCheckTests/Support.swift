import Foundation
import Testing
import TopologyModel
import TopologyParser

@testable import TopologyCheck

/// Loads `Fixtures/<name>.yaml` through the parser. The file name in locations is `<name>.yaml`.
func parseFixture(_ name: String) throws -> ParseResult {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Fixtures"))
    let bytes = try [UInt8](Data(contentsOf: url))
    return TopologyParser.parse(bytes: bytes, file: "\(name).yaml")
}

/// Loads a fixture that must parse cleanly.
func loadFixture(_ name: String) throws -> Topology {
    let result = try parseFixture(name)
    #expect(result.diagnostics.isEmpty, "\(name).yaml: parser said \(result.diagnostics)")
    return try #require(result.topology)
}

/// What a test expects of one diagnostic: id, message, line and column, and its notes' positions.
struct Expected: CustomStringConvertible {
    var id: String
    var message: String
    var line: Int
    var column: Int
    var severity: Severity = .error
    var notes: [(message: String, line: Int, column: Int)] = []

    var description: String { "\(id) \(line):\(column) \(message)" }
}

/// Compares diagnostics with expectations, one by one, in order.
func expectDiagnostics(
    _ actual: [Diagnostic], _ expected: [Expected], file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "got \(actual.map(\.description))", sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        #expect(a.id == e.id, sourceLocation: sourceLocation)
        #expect(a.message == e.message, sourceLocation: sourceLocation)
        #expect(a.severity == e.severity, "\(a.id)", sourceLocation: sourceLocation)
        #expect(a.location == TopologyModel.SourceLocation(file: file, line: e.line, column: e.column), "\(a.id): \(a.message)", sourceLocation: sourceLocation)
        #expect(a.notes.count == e.notes.count, "\(a.id) notes: \(a.notes)", sourceLocation: sourceLocation)
        for (n, en) in zip(a.notes, e.notes) {
            #expect(n.message == en.message, sourceLocation: sourceLocation)
            #expect(n.location == TopologyModel.SourceLocation(file: file, line: en.line, column: en.column), "note \(n.message)", sourceLocation: sourceLocation)
        }
    }
}

/// Runs the checker over a fixture that must parse cleanly and compares its findings.
func expectCheck(
    _ fixture: String, options: CheckOptions = .init(), _ expected: [Expected],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let topology = try loadFixture(fixture)
    expectDiagnostics(TopologyChecker.check(topology, options: options), expected, file: "\(fixture).yaml", sourceLocation: sourceLocation)
}
