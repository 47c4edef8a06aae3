import TopologyModel

/// Warning: an MSI controller that no `msi-map` entry, device `msi` or SMMU `msi` refers to (a
/// GICv2m frame after the first counts as used when the first is: Linux pools their SPIs).
struct MSIControllerUnused: TopologyRule {
    static let id = "msi-controller-unused"
    static let defaultSeverity = Severity.warning
    static let summary = "an MSI controller no msi-map entry, device or SMMU sends MSIs to"
    static let example = #"MSI controller 'its1' is unused: no msi-map entry, device or SMMU sends MSIs to it"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var used = Set(topology.references.filter { $0.expected == .msiController }.map(\.name))
        // Linux pools every GICv2m frame's SPIs behind the first frame's MSI domain
        // (`irq-gic-v2m.c`): the other frames serve whatever routes to the first, and nothing may
        // route to them directly (msi-v2m-frame), so they are used when the first one is.
        let frames = topology.msiControllers.filter(\.isGICv2m)
        if let first = frames.first, used.contains(first.name) { used.formUnion(frames.map(\.name)) }
        for c in topology.msiControllers where !used.contains(c.name) {
            report.append(diagnostic("MSI controller '\(c.name)' is unused: no msi-map entry, device or SMMU sends MSIs to it", at: c.source.location))
        }
    }
}
