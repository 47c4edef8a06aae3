import TopologyModel

/// Warning: an MSI controller that no `msi-map` entry, device `msi` or SMMU `msi` refers to.
struct MSIControllerUnused: TopologyRule {
    static let id = "msi-controller-unused"
    static let defaultSeverity = Severity.warning
    static let summary = "an MSI controller no msi-map entry, device or SMMU sends MSIs to"
    static let example = #"MSI controller 'its1' is unused: no msi-map entry, device or SMMU sends MSIs to it"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let used = Set(topology.references.filter { $0.expected == .msiController }.map(\.name))
        for c in topology.msiControllers where !used.contains(c.name) {
            report.append(diagnostic("MSI controller '\(c.name)' is unused: no msi-map entry, device or SMMU sends MSIs to it", at: c.source.location))
        }
    }
}
