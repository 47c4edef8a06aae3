import Testing
import TopologyModel
import TopologyParser

/// `acpi.iort-root-complex-revision`: QEMU 11 writes revision-3 root complex nodes into its
/// revision-5 IORT; the key lets a topology say so, and only where the table revision allows it.
@Suite struct IORTRootComplexRevisionTests {
    func topology(_ acpi: String) -> String {
        minimal.replacingOccurrences(of: "arch: arm64\n", with: "arch: arm64\nacpi: { \(acpi) }\n")
    }

    @Test func defaultsFollowTheTableRevision() throws {
        for (rev, rc) in [("0", UInt8(1)), ("3", 3), ("5", 4)] {
            let t = try #require(parse(topology("iort-revision: \(rev)")).topology)
            #expect(t.acpi.iortRootComplexRevision == nil)
            #expect(t.acpi.rootComplexNodeRevision == rc, "revision \(rev)")
        }
    }

    @Test(arguments: [("5", UInt8(3)), ("5", 4), ("3", 3), ("0", 1)])
    func revisionsATableCarriesAreAccepted(_ table: String, _ rc: UInt8) throws {
        let result = parse(topology("iort-revision: \(table), iort-root-complex-revision: \(rc)"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let t = try #require(result.topology)
        #expect(t.acpi.iortRootComplexRevision == rc && t.acpi.rootComplexNodeRevision == rc)
    }

    @Test(arguments: [
        ("iort-root-complex-revision: 4", "iort-root-complex-revision 4 is not one a revision-3 IORT carries (3)"),
        ("iort-revision: 0, iort-root-complex-revision: 3", "iort-root-complex-revision 3 is not one a revision-0 IORT carries (1)"),
        ("iort-revision: 5, iort-root-complex-revision: 5", "iort-root-complex-revision 5 is not one a revision-5 IORT carries (4 or 3)"),
        ("iort-revision: 5, iort-root-complex-revision: 0x103", "iort-root-complex-revision 259 is not one a revision-5 IORT carries (4 or 3)"),
    ])
    func otherRevisionsAreLocatedErrors(_ acpi: String, _ message: String) throws {
        let d = try onlyError(parse(topology(acpi)))
        #expect(d.id == "invalid-value" && d.message == message, "\(d)")
        // Line 4 (the acpi line), at the value.
        let column = "acpi: { ".count + acpi.range(of: "iort-root-complex-revision: ")!.upperBound.utf16Offset(in: acpi) + 1
        #expect((d.location.line, d.location.column) == (4, column), "\(d.location)")
    }

    /// A bad table revision is reported once: the root complex revision is not judged against it.
    @Test func aBadTableRevisionIsTheOnlyError() throws {
        let d = try onlyError(parse(topology("iort-revision: 4, iort-root-complex-revision: 3")))
        #expect(d.message == "iort-revision 4 is not one topoc emits (0, 3 or 5)")
    }
}
