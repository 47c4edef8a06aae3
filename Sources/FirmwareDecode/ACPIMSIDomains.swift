/// Which MSI domain Linux, booted with ACPI, gives a device, from the IORT and the MADT read
/// together. Written from how Linux finds it, never from an emitter:
///
/// - The GICv3 ITS driver registers one domain token per MADT GIC ITS structure, keyed by its GIC
///   ITS ID (`irq-gic-v3-its.c` calls `iort_register_domain_token`). An IORT walk that ends at an
///   ITS group gives the device the domain of the group's FIRST identifier
///   (`iort_get_device_domain` and `iort_get_platform_device_domain` pass `identifiers[0]` to
///   `iort_find_domain_token`). A group whose first ITS ID no MADT ITS structure has therefore
///   resolves nothing: the walk reaches it, the look-up finds no domain (a `dead` group here).
/// - A PCI device without an IORT domain takes its host bridge's (`pci_set_msi_domain` in
///   `drivers/pci/probe.c`, `pci_host_bridge_acpi_msi_domain` in `pci-acpi.c`), which under ACPI
///   only the GICv2m driver provides: the MSI domain of the FIRST MADT GIC MSI frame
///   (`gicv2m_get_fwnode` in `irq-gic-v2m.c`). The frames are probed only on a GIC without LPIs
///   (`irq-gic.c` always; `irq-gic-v3.c` only when the distributor has no LPIs, which an MADT
///   listing ITSs does not describe), so an MADT with ITS structures gives no fallback.
/// - A platform device (IORT named component) and an SMMUv3's own MSIs have no such fallback:
///   without an IORT domain they get none (arm-smmu-v3 then uses its wired interrupts, the GSIVs
///   of its IORT node, and says "msi_domain absent - falling back to wired irqs").
///
/// Without an MADT nothing is known of the ITSs Linux registers: every ITS group is taken at its
/// word (none is dead) and there is no fallback frame.
public struct ACPIMSIDomains: Sendable {
    /// The node offsets of the IORT ITS groups that resolve no MSI domain (a group without any
    /// identifier resolves nothing either: `iort_dev_find_its_id` refuses index 0).
    public let deadITSGroups: Set<Int>
    /// The GICv2m frame whose MSI domain a PCI device without an IORT domain gets: the MADT's
    /// first GIC MSI frame, when the MADT lists no ITS.
    public let pciFallbackFrame: MADTTable.MSIFrame?

    public init(iort: IORTTable?, madt: MADTTable?) {
        guard let madt else {
            deadITSGroups = []
            pciFallbackFrame = nil
            return
        }
        let registered = Set(madt.itss.map(\.itsID))
        var dead = Set<Int>()
        for node in iort?.nodes ?? [] {
            guard case .itsGroup(let ids) = node.kind else { continue }
            if let first = ids.first, registered.contains(first) { continue }
            dead.insert(node.offset)
        }
        deadITSGroups = dead
        pciFallbackFrame = madt.itss.isEmpty ? madt.msiFrames.first : nil
    }

    /// Whether an IORT walk that ends at the ITS group at `offset` gives the device an MSI domain.
    public func resolves(itsGroupAt offset: Int) -> Bool { deadITSGroups.isEmpty || !deadITSGroups.contains(offset) }

    /// Whether reading with the MADT changes nothing: every ITS group counts, nothing falls back
    /// (no MADT, or one that lists every group's ITS and no frame to fall back to).
    public var takesTheIORTAtItsWord: Bool { deadITSGroups.isEmpty && pciFallbackFrame == nil }
}
