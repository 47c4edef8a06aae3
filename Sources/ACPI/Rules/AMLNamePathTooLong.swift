import TopologyModel

/// `aml-name-path-too-long`: an ACPI path of more than 255 segments, more than an AML NameString's one-byte SegCount holds.
public enum AMLNamePathTooLong: DiagnosticRule {
    public static let id = "aml-name-path-too-long"
    public static let summary = "an ACPI path of more than 255 segments, more than an AML NameString's one-byte SegCount holds"
    public static let example = #"the SSDT cannot describe 'dev0': its path \_SB_.A000.A001... has 256 segments, more than the 255 an AML NameString holds"#
}
