import TopologyModel

/// `dt-pci-no-address`: two host bridges with neither `ecam` nor `windows`: both nodes would be named `pcie`.
public enum DTPCINoAddress: DiagnosticRule {
    public static let id = "dt-pci-no-address"
    public static let summary = "two host bridges with neither ecam nor windows: both nodes would be named pcie"
    public static let example = #"the device tree cannot name two host bridges that have neither 'ecam' nor 'windows' ('pcie0' and 'pcie1')"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/dt-pci-no-address.yaml"
}
