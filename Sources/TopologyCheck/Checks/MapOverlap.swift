import TopologyModel

/// Rule 3: two `iommu-map` (or two `msi-map`) entries of one root complex, or two `msi-map`
/// entries of an SMMUv3, whose input IDs overlap.
struct MapOverlap: TopologyRule {
    static let id = "map-overlap"
    static let summary = "two iommu-map or two msi-map entries of one root complex (or SMMUv3) whose inputs overlap"
    static let example = #"RIDs 0x0100-0x01ff of root complex 'pcie0' overlap iommu-map entry 0"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for rc in topology.rootComplexes {
            let owner = "root complex '\(rc.name)'"
            overlaps(rc.iommuMap.map { ($0.rids, $0.source["rids"]) }, map: "iommu-map", owner: owner, unit: "RIDs", &report)
            overlaps(rc.msiMap.map { ($0.inputs, $0.source["rids"]) }, map: "msi-map", owner: owner, unit: "RIDs", &report)
        }
        for iommu in topology.iommus {
            guard case .smmuv3(let smmu) = iommu.kind, let map = smmu.msiMap else { continue }
            overlaps(map.map { ($0.inputs, $0.source["ids"]) }, map: "msi-map", owner: "IOMMU '\(iommu.name)'", unit: "StreamIDs", &report)
        }
    }

    private func overlaps(
        _ entries: [(IDRange, SourceLocation)], map: String, owner: String, unit: String, _ report: inout [Diagnostic]
    ) {
        let spans = entries.enumerated().map { i, e in Span(e.0, (index: i, location: e.1)) }
        for pair in overlappingPairs(spans) {
            // Reported at the entry declared later, with a note at the earlier one.
            let (later, earlier) = pair.a.payload.index > pair.b.payload.index ? (pair.a, pair.b) : (pair.b, pair.a)
            let ids = unit == "RIDs" ? ridText(pair.first, pair.last) : idText(pair.first, pair.last)
            report.append(
                diagnostic(
                    "\(unit) \(ids) of \(owner) overlap \(map) entry \(earlier.payload.index)",
                    at: later.payload.location,
                    notes: [DiagnosticNote("entry \(earlier.payload.index) declared here", at: earlier.payload.location)]))
        }
    }
}
