import TopologyModel

/// A GICv3 ITS and a GICv2m frame in one topology. An ITS is part of a GICv3; Linux drives
/// GICv2m frames from its GICv2 driver only (`irq-gic.c` calls `gicv2m_init`, `irq-gic-v3.c`
/// does not), and a machine has one GIC, so no guest could use both. The device tree's GIC node
/// follows the MSI controllers (`Topology.gicVersion`).
struct MSIGICVersion: TopologyRule {
    static let id = "msi-gic-version"
    static let summary = "GICv3 ITSs and GICv2m frames in one topology (one machine has one GIC: an ITS needs a GICv3, Linux drives GICv2m frames with a GICv2)"
    static let example = #"MSI controller 'v2m' is a GICv2m frame, which Linux drives with a GICv2, but ITS 'its' needs a GICv3; a machine has one GIC: use ITSs or GICv2m frames"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        guard let its = topology.msiControllers.first(where: \.isITS) else { return }
        for v2m in topology.msiControllers where v2m.isGICv2m {
            report.append(
                diagnostic(
                    "MSI controller '\(v2m.name)' is a GICv2m frame, which Linux drives with a GICv2, but ITS '\(its.name)' needs a GICv3; a machine has one GIC: use ITSs or GICv2m frames",
                    at: v2m.source["type"], notes: [DiagnosticNote("ITS '\(its.name)' declared here", at: its.source.location)]))
        }
    }
}
