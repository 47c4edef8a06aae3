import TopologyModel

/// A DeviceID given to a GICv2m frame. A GICv2m MSI is a write of the SPI number to the frame's
/// `MSI_SETSPI_NS`: it carries no DeviceID, and Linux's GICv2m MSI domain ignores the ID a DT
/// `msi-map` gives (QEMU writes the RID). So a route to a GICv2m frame has no `id`, and an
/// SMMUv3's `msi-map` (StreamIDs to ITS DeviceIDs, an IORT notion) cannot name one.
struct MSIV2MDeviceID: TopologyRule {
    static let id = "msi-v2m-device-id"
    static let summary = "a DeviceID given to a GICv2m frame (an `id` on its route, an SMMUv3 msi-map entry naming it): its MSIs carry none"
    static let example = #"msi-map entry 0 of root complex 'pcie0' gives DeviceIDs to GICv2m frame 'v2m', whose MSIs carry none (a device writes its SPI number to MSI_SETSPI_NS); leave 'id' out"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let frames = Set(topology.msiControllers.filter(\.isGICv2m).map(\.name))
        guard !frames.isEmpty else { return }
        for use in topology.msiRouteUses where frames.contains(use.controller) {
            if use.smmuMap {
                report.append(
                    diagnostic(
                        "\(use.owner) sends StreamIDs to GICv2m frame '\(use.controller)': an SMMUv3's msi-map gives DeviceIDs at an ITS, and a GICv2m frame takes none; leave the entry out",
                        at: use.source["controller"]))
            } else if use.id != nil {
                report.append(
                    diagnostic(
                        "\(use.owner) gives DeviceIDs to GICv2m frame '\(use.controller)', whose MSIs carry none (a device writes its SPI number to MSI_SETSPI_NS); leave 'id' out",
                        at: use.source["id"]))
            }
        }
    }
}
