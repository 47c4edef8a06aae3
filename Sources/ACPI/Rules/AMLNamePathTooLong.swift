import TopologyModel

/// `aml-name-path-too-long`: an ACPI path of more than 255 segments, more than an AML NameString's one-byte SegCount holds.
public enum AMLNamePathTooLong: DiagnosticRule {
    public static let id = "aml-name-path-too-long"
    public static let summary = "an ACPI path of more than 255 segments, more than an AML NameString's one-byte SegCount holds"
}
