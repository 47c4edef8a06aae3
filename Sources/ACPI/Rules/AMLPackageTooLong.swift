import TopologyModel

/// `aml-package-too-long`: an SSDT object whose AML package is longer than a PkgLength can encode (2^28 - 1 bytes).
public enum AMLPackageTooLong: DiagnosticRule {
    public static let id = "aml-package-too-long"
    public static let summary = "an SSDT object whose AML package is longer than a PkgLength can encode (2^28 - 1 bytes)"
}
