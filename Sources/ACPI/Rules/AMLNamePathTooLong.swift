import TopologyModel

/// `aml-name-path-too-long`: an ACPI path of more than 255 segments, more than an AML NameString's one-byte SegCount holds.
public enum AMLNamePathTooLong: DiagnosticRule {
    public static let id = "aml-name-path-too-long"
    public static let summary = "an ACPI path of more than 255 segments, more than an AML NameString's one-byte SegCount holds"
    public static let example = #"the SSDT cannot describe 'dev0': its path \_SB_.A000.A001.A002.A003.A004.A005.A006... has 256 segments, more than the 255 an AML NameString holds"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/aml-name-path-too-long.yaml"
}
