import TopologyModel

/// Rule 8: overlapping reserved regions of different kinds (`reserved` and `msi`) within the union
/// one endpoint gets: the virtio IOMMU's regions, its root complex's or device's (with windows under
/// `reserve-windows`), and the MSI doorbells implied for it. Same-kind overlaps are harmless.
struct ReservedKindOverlap: TopologyRule {
    static let id = "reserved-kind-overlap"
    static let summary = "reserved regions of different kinds (reserved, msi) that overlap in what one endpoint gets"
    static let example = #"reserved region 0 of root complex 'pcie0' [0x8090000, 0x809ffff] (kind reserved) overlaps the MSI doorbell of ITS 'its' [0x8090000, 0x809ffff] (kind msi), which endpoints of IOMMU 'viommu' also get"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var reported: Set<[SourceLocation]> = []
        let groupsByIOMMU = topology.endpointGroupsByIOMMU()
        for iommu in topology.iommus {
            guard let config = iommu.virtio else { continue }
            let own = topology.explicitRegions(config.reservedRegions, owner: "IOMMU '\(iommu.name)'")
            let groups = groupsByIOMMU[iommu.name] ?? []
            // The IOMMU's regions alone, then each group's union (a topology with no endpoints still
            // gets its IOMMU-wide list checked).
            for regions in [own] + groups.map({ own + $0.ownRegions + $0.doorbells }) {
                for (a, b) in crossKindOverlaps(regions) {
                    // Reported at an explicit region (the later one when both are), noted at the other.
                    let (mine, other): (RegionSource, RegionSource) =
                        a.explicit != b.explicit ? (a.explicit ? (a, b) : (b, a)) : laterFirst(a, b) { $0.location }
                    guard reported.insert([mine.location, other.location]).inserted else { continue }
                    report.append(
                        diagnostic(
                            "\(mine.what) \(mine.range) (kind \(mine.kind.rawValue)) overlaps \(other.what) \(other.range) (kind \(other.kind.rawValue)), which endpoints of IOMMU '\(iommu.name)' also get",
                            at: mine.location, notes: [DiagnosticNote("\(other.what) declared here", at: other.location)]))
                }
            }
        }
    }

    /// Pairs of overlapping regions of different kinds: a sweep by start that keeps, per kind, the
    /// region reaching furthest; every overlapping pair of kinds is found from its later-starting side.
    private func crossKindOverlaps(_ regions: [RegionSource]) -> [(RegionSource, RegionSource)] {
        let sorted = regions.sorted { $0.range < $1.range }
        var reach: [ReservedRegion.Kind: RegionSource] = [:]
        var result: [(RegionSource, RegionSource)] = []
        for r in sorted {
            for (kind, other) in reach where kind != r.kind && other.range.overlaps(r.range) {
                result.append((other, r))
            }
            if let current = reach[r.kind], current.range.last >= r.range.last { continue }
            reach[r.kind] = r
        }
        return result
    }
}
