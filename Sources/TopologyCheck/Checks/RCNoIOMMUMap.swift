import TopologyModel

/// Warning: a root complex with no `iommu-map` (none of its RIDs are translated), in a topology
/// that has IOMMUs: with `iommus: {}` nothing is translated by design.
struct RCNoIOMMUMap: TopologyRule {
    static let id = "rc-no-iommu-map"
    static let defaultSeverity = Severity.warning
    static let summary = "a root complex with no iommu-map: none of its endpoints are translated"
    static let example = #"root complex 'pcie1' has no iommu-map: none of its RIDs are translated"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        guard !topology.iommus.isEmpty else { return }
        for rc in topology.rootComplexes where rc.iommuMap.isEmpty {
            report.append(diagnostic("root complex '\(rc.name)' has no iommu-map: none of its RIDs are translated", at: rc.source.location))
        }
    }
}
