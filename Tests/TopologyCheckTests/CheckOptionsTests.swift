import Foundation
import Testing
import TopologyModel
import TopologyParser

@testable import TopologyCheck

/// `--werror` and per-rule overrides, and the refusal to weaken error-level rules.
@Suite struct CheckOptionsTests {
    static let unusedIOMMU = "IOMMU 'vmmio' translates nothing: no iommu-map entry or device refers to it"
    static let overlap = Expected(
        id: "map-overlap", message: "RIDs 0x0100-0x01ff of root complex 'pcie0' overlap iommu-map entry 0", line: 21, column: 17,
        notes: [("entry 0 declared here", 20, 17)])

    @Test func warningsAreWarningsByDefault() throws {
        let topology = try loadFixture("iommu-unused")
        #expect(!TopologyChecker.hasErrors(TopologyChecker.check(topology)))
    }

    @Test func werrorPromotesWarnings() throws {
        try expectCheck("iommu-unused", options: CheckOptions(werror: true), [
            Expected(id: "iommu-unused", message: Self.unusedIOMMU, line: 14, column: 3, severity: .error),
        ])
        let topology = try loadFixture("iommu-unused")
        #expect(TopologyChecker.hasErrors(TopologyChecker.check(topology, options: CheckOptions(werror: true))))
    }

    @Test func aWarningRuleCanBeMadeAnError() throws {
        try expectCheck("iommu-unused", options: CheckOptions(severity: ["iommu-unused": .error]), [
            Expected(id: "iommu-unused", message: Self.unusedIOMMU, line: 14, column: 3, severity: .error),
        ])
    }

    @Test func anExplicitWarningSurvivesWerror() throws {
        try expectCheck("iommu-unused", options: CheckOptions(werror: true, severity: ["iommu-unused": .warning]), [
            Expected(id: "iommu-unused", message: Self.unusedIOMMU, line: 14, column: 3, severity: .warning),
        ])
    }

    @Test func aWarningRuleCanBeMadeANote() throws {
        try expectCheck("iommu-unused", options: CheckOptions(severity: ["iommu-unused": .note]), [
            Expected(id: "iommu-unused", message: Self.unusedIOMMU, line: 14, column: 3, severity: .note),
        ])
    }

    @Test func aWarningRuleCanBeDisabled() throws {
        let options = CheckOptions(werror: true, disabled: ["iommu-unused"])
        try expectCheck("iommu-unused", options: options, [])
        try options.validate()
    }

    @Test func anErrorRuleCannotBeDisabled() throws {
        let options = CheckOptions(disabled: ["map-overlap"])
        try expectCheck("map-overlap", options: options, [
            Expected(
                id: "rule-override-refused", message: "check 'map-overlap' finds errors and cannot be disabled; the override is ignored",
                line: 1, column: 1, severity: .warning),
            Self.overlap,
        ])
        #expect(throws: CheckOptionsError.self) { try options.validate() }
    }

    @Test func anErrorRuleCannotBeMadeAWarning() throws {
        let options = CheckOptions(severity: ["map-overlap": .warning])
        try expectCheck("map-overlap", options: options, [
            Expected(
                id: "rule-override-refused", message: "check 'map-overlap' finds errors and cannot be made a warning; the override is ignored",
                line: 1, column: 1, severity: .warning),
            Self.overlap,
        ])
        do {
            try options.validate()
            Issue.record("validate() accepted a weakened error")
        } catch {
            #expect(error.problems == ["check 'map-overlap' finds errors and cannot be made a warning; the override is ignored"])
        }
    }

    @Test func anErrorRuleMayBeMadeAnErrorExplicitly() throws {
        let options = CheckOptions(severity: ["map-overlap": .error])
        try options.validate()
        try expectCheck("map-overlap", options: options, [Self.overlap])
    }

    @Test func anUnknownRuleIdIsReported() throws {
        let options = CheckOptions(disabled: ["no-such-check"])
        try expectCheck("minimal", options: options, [
            Expected(
                id: "unknown-rule", message: "no check has the id 'no-such-check'; the override is ignored", line: 1, column: 1,
                severity: .warning),
        ])
        #expect(throws: CheckOptionsError.self) { try options.validate() }
    }

    @Test func everyRuleHasAStableKebabCaseIdAndASummary() {
        let ids = TopologyChecker.allRules.map { $0.id }
        #expect(Set(ids).count == ids.count)
        for rule in TopologyChecker.allRules {
            #expect(rule.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(rule.id)")
            #expect(!rule.summary.isEmpty)
            #expect(TopologyChecker.rule(id: rule.id) != nil)
        }
        let warnings = TopologyChecker.allRules.filter { $0.defaultSeverity == .warning }.map { $0.id }
        #expect(warnings == ["rc-no-iommu-map", "iommu-unused", "msi-controller-unused", "msi-v2m-spi-wired"])
    }
}

/// The registry's doc comment lists every rule id with its summary, one line each: keep them in step.
@Test func registryDocCommentListsEveryRule() throws {
    let testFile = URL(fileURLWithPath: #filePath)
    let registry = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TopologyCheck/Checks/TopologyChecker.swift")
    let text = try String(contentsOf: registry, encoding: .utf8)
    let listed = text.split(separator: "\n").filter { $0.hasPrefix("/// - `") }.map(String.init)
    let expected = TopologyChecker.allRules.map { rule in
        "/// - `\(rule.id)`\(rule.defaultSeverity == .warning ? " (warning)" : ""): \(rule.summary)"
    }
    #expect(listed == expected)
}
