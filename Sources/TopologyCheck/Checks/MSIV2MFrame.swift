import TopologyModel

/// A GICv2m route Linux cannot follow or a virtio IOMMU cannot report. Linux's GICv2m driver
/// (`irq-gic-v2m.c`) puts the SPIs of every frame behind ONE MSI domain, registered for the
/// first frame only (DT order; MADT order under ACPI), and allocates each vector from the first
/// frame with one free:
/// - a route to another frame finds no MSI domain (`msi-parent`/`msi-map` name a node that has
///   none), so the device gets no MSIs;
/// - a device routed to the first frame may write to any frame's `MSI_SETSPI_NS`, so the
///   endpoints of a virtio IOMMU would need every frame as an `msi` region, and a virtio-iommu
///   device reports at most one per endpoint (the specification's RESV_MEM rule). With
///   `map-msi-doorbells: true` the driver maps the doorbells itself and nothing is reported.
struct MSIV2MFrame: TopologyRule {
    static let id = "msi-v2m-frame"
    static let summary = "a route to a GICv2m frame other than the first (Linux gives only the first an MSI domain), or virtio IOMMU endpoints whose MSIs may reach several GICv2m frames"
    static let example = #"msi-map entry 1 of root complex 'pcie0' sends MSIs to GICv2m frame 'v2m1', but Linux gives only the first frame ('v2m0') an MSI domain and allocates from every frame behind it; name 'v2m0'"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let frames = topology.msiControllers.filter(\.isGICv2m)
        guard let first = frames.first else { return }
        let names = Set(frames.map(\.name))
        for use in topology.msiRouteUses where names.contains(use.controller) && use.controller != first.name && !use.smmuMap {
            report.append(
                diagnostic(
                    "\(use.owner) sends MSIs to GICv2m frame '\(use.controller)', but Linux gives only the first frame ('\(first.name)') an MSI domain and allocates from every frame behind it; name '\(first.name)'",
                    at: use.source["controller"], notes: [DiagnosticNote("GICv2m frame '\(first.name)' declared here", at: first.source.location)]))
        }
        guard frames.count > 1 else { return }
        let layout = EndpointLayout(topology)
        var reported: Set<String> = []
        for record in layout.records {
            guard let iommuName = record.iommu, let msi = record.msi, names.contains(msi.controller),
                  let iommu = topology.iommu(named: iommuName), let config = iommu.virtio, !config.mapMSIDoorbells,
                  reported.insert(iommuName).inserted
            else { continue }
            report.append(
                diagnostic(
                    "endpoints of virtio IOMMU '\(iommuName)' (\(owner(record.source))) send MSIs to GICv2m frames, which Linux pools: they may be given the doorbell of any of the \(frames.count) frames, but a virtio-iommu device reports at most one msi region per endpoint; set map-msi-doorbells: true on '\(iommuName)' or declare one GICv2m frame",
                    at: iommu.source.location, notes: frames.map { DiagnosticNote("GICv2m frame '\($0.name)' declared here", at: $0.source.location) }))
        }
    }

    private func owner(_ source: EndpointSource) -> String {
        switch source {
        case .pci(let rc, _, _): "root complex '\(rc)'"
        case .device(let name, _): "device '\(name)'"
        }
    }
}
