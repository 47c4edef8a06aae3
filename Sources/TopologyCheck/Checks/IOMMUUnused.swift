import TopologyModel

/// Warning: an IOMMU that no `iommu-map` entry and no device refers to.
struct IOMMUUnused: TopologyRule {
    static let id = "iommu-unused"
    static let defaultSeverity = Severity.warning
    static let summary = "an IOMMU that translates nothing (no iommu-map entry or device refers to it)"
    static let example = #"IOMMU 'vmmio' translates nothing: no iommu-map entry or device refers to it"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var used = Set(topology.devices.compactMap(\.iommu))
        for rc in topology.rootComplexes { used.formUnion(rc.iommuMap.map(\.iommu)) }
        for iommu in topology.iommus where !used.contains(iommu.name) {
            report.append(diagnostic("IOMMU '\(iommu.name)' translates nothing: no iommu-map entry or device refers to it", at: iommu.source.location))
        }
    }
}
