import TopologyModel

/// Rule 8: a reserved region outside a virtio IOMMU's `input-range`: the IOMMU's own
/// `reserved-regions`, and those of the root complexes and devices it translates. (Regions implied
/// by doorbells and windows are not the user's to move, and are not checked.)
struct ReservedOutsideInputRange: TopologyRule {
    static let id = "reserved-outside-input-range"
    static let summary = "a reserved region outside the input-range of the virtio IOMMU whose endpoints get it"
    static let example = #"reserved region 0 of root complex 'pcie0' [0x100000000, 0x100000fff] is not inside the input-range [0x0, 0xffffffff] of IOMMU 'viommu'"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let groupsByIOMMU = topology.endpointGroupsByIOMMU()
        for iommu in topology.iommus {
            guard let config = iommu.virtio else { continue }
            var reported: Set<SourceLocation> = []
            let owner = "IOMMU '\(iommu.name)'"
            let regions = topology.explicitRegions(config.reservedRegions, owner: owner)
                + (groupsByIOMMU[iommu.name] ?? []).flatMap { $0.ownRegions.filter(\.explicit) }
            for r in regions where !config.inputRange.contains(r.range) && reported.insert(r.location).inserted {
                report.append(
                    diagnostic(
                        "\(r.what) \(r.range) is not inside the input-range \(config.inputRange) of IOMMU '\(iommu.name)'",
                        at: r.location, notes: [DiagnosticNote("input-range of '\(iommu.name)' declared here", at: iommu.source["input-range"])]))
            }
        }
    }
}
