import TopologyModel

/// `aml-package-too-long`: an SSDT object whose AML package is longer than a PkgLength can encode (2^28 - 1 bytes).
public enum AMLPackageTooLong: DiagnosticRule {
    public static let id = "aml-package-too-long"
    public static let summary = "an SSDT object whose AML package is longer than a PkgLength can encode (2^28 - 1 bytes)"
    public static let example = #"the SSDT cannot describe 'pcie0': its AML object \_SB_.PCI0 holds a package longer than the 268435455 bytes a PkgLength can encode"#
}
