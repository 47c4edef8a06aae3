import TopologyModel

/// Rule 6: a map entry with RIDs outside its root complex's bus range.
struct RIDOutsideBuses: TopologyRule {
    static let id = "rid-outside-buses"
    static let summary = "an iommu-map or msi-map entry with RIDs outside its root complex's buses"
    static let example = #"RIDs 0x0000-0xffff of iommu-map entry 0 are not all on the buses 0x00-0x7f of root complex 'pcie0'"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for rc in topology.rootComplexes {
            let entries = rc.iommuMap.enumerated().map { ("iommu-map", $0, $1.rids, $1.source["rids"]) }
                + rc.msiMap.enumerated().map { ("msi-map", $0, $1.inputs, $1.source["rids"]) }
            for (map, i, rids, at) in entries where !rc.rids.contains(rids) {
                report.append(
                    diagnostic(
                        "RIDs \(ridText(rids)) of \(map) entry \(i) are not all on the buses \(busText(rc)) of root complex '\(rc.name)'",
                        at: at, notes: [DiagnosticNote("buses of '\(rc.name)' declared here", at: rc.source["buses"])]))
            }
        }
    }
}
