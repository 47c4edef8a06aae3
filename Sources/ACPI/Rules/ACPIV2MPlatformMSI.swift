import TopologyModel

/// `acpi-v2m-platform-msi`: a platform device's (or an SMMUv3's own) MSIs sent to a GICv2m frame,
/// in ACPI tables. Under ACPI, Linux takes a platform device's MSI domain from an IORT mapping to
/// an ITS group (`iort_get_platform_device_domain`); the MADT's GIC MSI frames serve PCI devices
/// only (`irq-gic-v2m.c` registers its domain as the PCI MSI provider), and IORT has no node for
/// them. So no ACPI table can give the device those MSIs: the SSDT, which describes the device,
/// refuses it (the IORT, for an SMMU's own MSIs), rather than describe a device that would boot
/// without MSIs. The device tree carries the route (`msi-parent = <&v2m>`).
public enum ACPIV2MPlatformMSI: DiagnosticRule {
    public static let id = "acpi-v2m-platform-msi"
    public static let summary = "a platform device's (or an SMMUv3's own) MSIs sent to a GICv2m frame, which no ACPI table can route (Linux's ACPI GICv2m support is for PCI devices only)"
    public static let example = #"ACPI cannot send the MSIs of device 'net1' to GICv2m frame 'v2m': Linux takes a platform device's MSI domain from an IORT mapping to an ITS, and ACPI's GICv2m frames (MADT) serve PCI devices only; leave 'msi' out, or the ACPI tables (--emit)"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/acpi-v2m-platform-msi.yaml"

    /// The findings for the platform devices of `t` (the SSDT's).
    static func devices(_ t: Topology) -> [Diagnostic] {
        t.devices.compactMap { d in
            guard let msi = d.msi, t.msiController(named: msi.controller)?.isGICv2m == true else { return nil }
            return diagnostic(
                "ACPI cannot send the MSIs of device '\(d.name)' to GICv2m frame '\(msi.controller)': Linux takes a platform device's MSI domain from an IORT mapping to an ITS, and ACPI's GICv2m frames (MADT) serve PCI devices only; leave 'msi' out, or the ACPI tables (--emit)",
                at: msi.source["controller"])
        }
    }

    /// The findings for the SMMUv3s' own MSIs (the IORT's).
    static func smmus(_ t: Topology) -> [Diagnostic] {
        t.iommus.compactMap { iommu in
            guard case .smmuv3(let s) = iommu.kind, let msi = s.msi, t.msiController(named: msi.controller)?.isGICv2m == true else { return nil }
            return diagnostic(
                "IORT cannot send the own MSIs of SMMUv3 '\(iommu.name)' to GICv2m frame '\(msi.controller)': IORT routes MSIs to ITS groups only; leave 'msi' out (the SMMU then uses its wired interrupts), or the IORT (--emit)",
                at: msi.source["controller"])
        }
    }
}
