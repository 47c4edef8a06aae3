import TopologyModel

/// A GICv3 ITS and a GICv2m frame in one topology. An ITS makes the GIC a GICv3 with LPIs, and
/// Linux probes GICv2m frames only on a GIC without them: `irq-gic.c` (GICv2) always calls
/// `gicv2m_init`, `irq-gic-v3.c` only when the distributor has no LPIs (with LPIs it initialises
/// the ITSs instead). A machine has one GIC, so no guest could use both. The device tree's GIC
/// node follows the MSI controllers (`Topology.gicVersion`).
struct MSIGICVersion: TopologyRule {
    static let id = "msi-gic-version"
    static let summary = "GICv3 ITSs and GICv2m frames in one topology (one machine has one GIC, and Linux probes GICv2m frames only on a GIC without LPIs, so never beside an ITS)"
    static let example = #"MSI controller 'v2m' is a GICv2m frame, but ITS 'its' makes the GIC a GICv3 with LPIs, and Linux probes GICv2m frames only on a GIC without LPIs (a GICv2, or a GICv3 without ITSs): use ITSs or GICv2m frames"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        guard let its = topology.msiControllers.first(where: \.isITS) else { return }
        for v2m in topology.msiControllers where v2m.isGICv2m {
            report.append(
                diagnostic(
                    "MSI controller '\(v2m.name)' is a GICv2m frame, but ITS '\(its.name)' makes the GIC a GICv3 with LPIs, and Linux probes GICv2m frames only on a GIC without LPIs (a GICv2, or a GICv3 without ITSs): use ITSs or GICv2m frames",
                    at: v2m.source["type"], notes: [DiagnosticNote("ITS '\(its.name)' declared here", at: its.source.location)]))
        }
    }
}
