import Foundation
import Testing
import TopologyCompiler

/// Release basics: one version, printed by `--version` and named by the CHANGELOG; a licence.
@Suite struct ReleaseTests {
    @Test func versionIsSetInOnePlaceAndPrinted() throws {
        let result = try topoc("--version")
        #expect(result.status == 0)
        #expect(result.stdout == TopocVersion.string + "\n")
        #expect(TopocVersion.string.wholeMatch(of: /\d+\.\d+\.\d+/) != nil, "not a semantic version: \(TopocVersion.string)")
    }

    @Test func changelogNamesTheVersion() throws {
        let changelog = try String(contentsOf: packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let released = changelog.split(separator: "\n").filter { $0.hasPrefix("## ") && $0 != "## Unreleased" }
        let newest = try #require(released.first, "the CHANGELOG names no release")
        #expect(newest.hasPrefix("## \(TopocVersion.string) "), "the newest release in CHANGELOG.md is '\(newest)', topoc says \(TopocVersion.string)")
    }

    @Test func licenceIsApache2() throws {
        let licence = try String(contentsOf: packageRoot.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(licence.contains("Apache License") && licence.contains("Version 2.0"))
    }
}
