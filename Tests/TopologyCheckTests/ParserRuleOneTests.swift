import Testing
import TopologyModel
import TopologyParser

/// Rule 1 is the parser's: these fixtures document what it reports (id, message, line, column),
/// and that such a file never reaches the checker (no topology).
@Suite struct ParserRuleOneTests {
    func expectParse(_ fixture: String, _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = try parseFixture(fixture)
        #expect(result.topology == nil, sourceLocation: sourceLocation)
        expectDiagnostics(result.diagnostics, expected, file: "\(fixture).yaml", sourceLocation: sourceLocation)
    }

    @Test func backwardsRange() throws {
        try expectParse("parse-backwards-range", [
            Expected(id: "number-range", message: "'buses' of root complex 'pcie0' runs backwards: first 0x80 is past last 0x7f", line: 18, column: 12),
        ])
    }

    @Test func badBdf() throws {
        try expectParse("parse-bad-bdf", [
            Expected(id: "type-mismatch", message: "'bdf' of IOMMU 'viommu' must be a PCI address \"BB:DD.F\" (device 00-1f, function 0-7), found '00:20.0'", line: 13, column: 10),
        ])
    }

    @Test func badName() throws {
        try expectParse("parse-bad-name", [
            Expected(id: "invalid-name", message: "name 'vIOMMU' must match [a-z][a-z0-9_-]*", line: 10, column: 3),
        ])
    }

    @Test func duplicateName() throws {
        try expectParse("parse-duplicate-name", [
            Expected(id: "duplicate-name", message: "name 'its' is already used; names are unique across the whole file", line: 10, column: 3, notes: [("'its' first declared here", 7, 3)]),
        ])
    }

    @Test func float() throws {
        try expectParse("parse-float", [
            Expected(id: "type-mismatch", message: "'id' of iommu-map entry 0 of root complex 'pcie0' must be an integer, not a fraction", line: 20, column: 54),
        ])
    }

    @Test func missingKey() throws {
        try expectParse("parse-missing-key", [
            Expected(id: "missing-key", message: "root complex 'pcie0' is missing required key 'buses'", line: 17, column: 5),
        ])
    }

    @Test func negativeNumber() throws {
        try expectParse("parse-negative-number", [
            Expected(id: "number-range", message: "'segment' of root complex 'pcie0' must not be negative", line: 17, column: 14),
        ])
    }

    @Test func past64Bits() throws {
        try expectParse("parse-past-64-bits", [
            Expected(id: "number-range", message: "'ecam' of root complex 'pcie0' does not fit in 64 bits", line: 18, column: 11),
        ])
    }

    @Test func unalignedItsBase() throws {
        try expectParse("parse-unaligned-its-base", [
            Expected(id: "unaligned", message: "'base' of MSI controller 'its' must be aligned to 0x10000, found 0x8081000", line: 7, column: 33),
        ])
    }

    @Test func unknownKey() throws {
        try expectParse("parse-unknown-key", [
            Expected(id: "unknown-key", message: "unknown key 'segmnet' in root complex 'pcie0'; did you mean 'segment'?", line: 17, column: 5),
            Expected(id: "missing-key", message: "root complex 'pcie0' is missing required key 'segment'", line: 17, column: 5),
        ])
    }

    @Test func yamlSyntax() throws {
        try expectParse("parse-yaml-syntax", [
            Expected(id: "yaml-syntax", message: "YAML syntax: while parsing a flow mapping: did not find expected ',' or '}'", line: 23, column: 1),
        ])
    }

}
