import TopologyModel

/// Rule 8: a virtio IOMMU translated by another IOMMU: a virtio-pci IOMMU whose own RID is covered
/// by an `iommu-map` entry of its root complex that targets a different IOMMU. (An entry targeting
/// the IOMMU itself is fine: the compiler leaves its own RID out.)
struct IOMMUTranslated: TopologyRule {
    static let id = "iommu-translated"
    static let summary = "a virtio-pci IOMMU whose own RID an iommu-map entry sends to another IOMMU"
    static let example = #"iommu-map entry 0 of root complex 'pcie0' sends RID 0x0008 of virtio IOMMU 'viommu' to IOMMU 'smmu0'; a virtio IOMMU cannot be translated by another IOMMU"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for iommu in topology.iommus {
            guard case .virtioPCI(let rcName, let bdf) = iommu.kind, let rc = topology.rootComplex(named: rcName) else { continue }
            for (i, entry) in rc.iommuMap.enumerated() where entry.rids.contains(UInt32(bdf.rid)) && entry.iommu != iommu.name
                // An entry naming no IOMMU is unknown-reference's (or wrong-kind-reference's).
                && topology.iommu(named: entry.iommu) != nil
            {
                report.append(
                    diagnostic(
                        "iommu-map entry \(i) of root complex '\(rc.name)' sends RID \(hex(bdf.rid, digits: 4)) of virtio IOMMU '\(iommu.name)' to IOMMU '\(entry.iommu)'; a virtio IOMMU cannot be translated by another IOMMU",
                        at: entry.source["iommu"], notes: [DiagnosticNote("'\(iommu.name)' declared here", at: iommu.source["bdf"])]))
            }
        }
    }
}
