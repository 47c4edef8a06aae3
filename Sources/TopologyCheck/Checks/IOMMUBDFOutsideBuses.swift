import TopologyModel

/// Rule 6: a virtio-pci IOMMU whose BDF is not on its root complex's buses.
struct IOMMUBDFOutsideBuses: TopologyRule {
    static let id = "iommu-bdf-outside-buses"
    static let summary = "a virtio-pci IOMMU whose bdf is not on its root complex's buses"
    static let example = #"bdf 80:01.0 of IOMMU 'viommu' is not on the buses 0x00-0x7f of root complex 'pcie0'"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for iommu in topology.iommus {
            guard case .virtioPCI(let rcName, let bdf) = iommu.kind, let rc = topology.rootComplex(named: rcName),
                !(rc.firstBus...rc.lastBus).contains(bdf.bus)
            else { continue }
            report.append(
                diagnostic(
                    "bdf \(bdf) of IOMMU '\(iommu.name)' is not on the buses \(busText(rc)) of root complex '\(rc.name)'",
                    at: iommu.source["bdf"], notes: [DiagnosticNote("buses of '\(rc.name)' declared here", at: rc.source["buses"])]))
        }
    }
}
