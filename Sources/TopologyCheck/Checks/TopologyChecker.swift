import TopologyModel

/// The checker: runs every validity rule of the topology format (rule 1, syntax and lexical rules,
/// is the parser's) over a parsed topology and returns all findings, sorted by location.
///
/// Rule ids (stable: they are the `id` of every diagnostic, and what `CheckOptions` overrides name).
/// Errors unless marked (warning); map entries are numbered from 0 in messages:
///
/// - `unknown-reference`: a reference (iommu, controller, root-complex) to a name that is not declared
/// - `wrong-kind-reference`: a reference to a name of the wrong kind (an MSI controller used as an IOMMU...)
/// - `arch-type`: a type not allowed on this arch (gicv3-its, gicv2m and smmuv3 are arm64 only, x86-msi x86_64 only)
/// - `msi-gic-version`: GICv3 ITSs and GICv2m frames in one topology (one machine has one GIC, and Linux probes GICv2m frames only on a GIC without LPIs, so never beside an ITS)
/// - `msi-v2m-device-id`: a DeviceID given to a GICv2m frame (an `id` on its route, an SMMUv3 msi-map entry naming it): its MSIs carry none
/// - `msi-v2m-frame`: a route to a GICv2m frame other than the first (Linux gives only the first an MSI domain), or virtio IOMMU endpoints whose MSIs may reach several GICv2m frames
/// - `msi-v2m-spi-overlap`: two GICv2m frames whose declared SPIs (spi-base, spi-count) overlap
/// - `name-too-long`: a topology name longer than 251 bytes (its output files, <name>.dtb, would pass 255)
/// - `map-overlap`: two iommu-map or two msi-map entries of one root complex (or SMMUv3) whose inputs overlap
/// - `duplicate-endpoint-id`: two endpoints (RIDs of root complexes, devices) with the same ID on one IOMMU
/// - `duplicate-device-id`: two MSI sources (RIDs of root complexes, devices, SMMUs) with the same DeviceID on one MSI controller
/// - `id-overflow`: a map entry whose output IDs run past 0xffffffff
/// - `rid-outside-buses`: an iommu-map or msi-map entry with RIDs outside its root complex's buses
/// - `bus-overlap`: two root complexes on one segment with overlapping bus ranges
/// - `segment-attributes`: root complexes sharing a segment whose coherent or ats disagree
/// - `iommu-bdf-outside-buses`: a virtio-pci IOMMU whose bdf is not on its root complex's buses
/// - `ecam-below-bus-zero`: a root complex whose ecam is below its first bus's offset, so the MCFG base (bus 0) would be negative
/// - `ecam-buses-not-own`: a root complex whose ecam-buses do not hold its own buses
/// - `ecam-bus-overlap`: two ECAM windows on one segment that span a common bus
/// - `ecam-buses-partial`: a root complex without ecam whose buses an ECAM window of its segment spans only in part
/// - `mmio-overlap`: overlapping MMIO regions (IOMMU registers, ITS frames, devices, ECAM windows)
/// - `window-overlap`: two PCI windows whose CPU address ranges overlap
/// - `window-ecam-overlap`: a PCI window over an ECAM window
/// - `window-mmio-overlap`: a PCI window over IOMMU or ITS registers or a platform device
/// - `iommu-translated`: a virtio-pci IOMMU whose own RID an iommu-map entry sends to another IOMMU
/// - `reserved-outside-input-range`: a reserved region outside the input-range of the virtio IOMMU whose endpoints get it
/// - `reserved-kind-overlap`: reserved regions of different kinds (reserved, msi) that overlap in what one endpoint gets
/// - `rc-no-iommu-map` (warning): a root complex with no iommu-map: none of its endpoints are translated
/// - `iommu-unused` (warning): an IOMMU that translates nothing (no iommu-map entry or device refers to it)
/// - `msi-controller-unused` (warning): an MSI controller no msi-map entry, device or SMMU sends MSIs to
/// - `msi-v2m-spi-wired` (warning): a wired interrupt on an SPI that a GICv2m frame gives to MSIs
///
/// And two about the options themselves (warnings, at the start of the file): `unknown-rule` (an
/// override names no rule) and `rule-override-refused` (an override would weaken an error).
public enum TopologyChecker {
    /// Every rule, in the order above.
    public static let allRules: [any TopologyRule.Type] = [
        UnknownReference.self,
        WrongKindReference.self,
        ArchType.self,
        MSIGICVersion.self,
        MSIV2MDeviceID.self,
        MSIV2MFrame.self,
        MSIV2MSPIOverlap.self,
        NameLength.self,
        MapOverlap.self,
        DuplicateEndpointID.self,
        DuplicateDeviceID.self,
        IDOverflow.self,
        RIDOutsideBuses.self,
        BusOverlap.self,
        SegmentAttributes.self,
        IOMMUBDFOutsideBuses.self,
        ECAMBelowBusZero.self,
        ECAMBusesNotOwn.self,
        ECAMBusOverlap.self,
        ECAMBusesPartial.self,
        MMIOOverlap.self,
        WindowOverlap.self,
        WindowECAMOverlap.self,
        WindowMMIOOverlap.self,
        IOMMUTranslated.self,
        ReservedOutsideInputRange.self,
        ReservedKindOverlap.self,
        RCNoIOMMUMap.self,
        IOMMUUnused.self,
        MSIControllerUnused.self,
        MSIV2MSPIWired.self,
    ]

    /// The rule with this id, if any.
    public static func rule(id: String) -> (any TopologyRule.Type)? { allRules.first { $0.id == id } }

    /// Runs every rule (none stops at the first finding) and returns all diagnostics sorted by
    /// location (ties keep rule order), with severities as `options` set them. Overrides that
    /// `options` may not make are ignored and reported (see `CheckOptions`).
    /// `alsoKnown`: the rules run outside this checker (the backends'), which overrides may name.
    public static func check(
        _ topology: Topology, options: CheckOptions = .init(), alsoKnown: [any DiagnosticRule.Type] = []
    ) -> [Diagnostic] {
        let (levels, refusals) = options.resolve(alsoKnown: alsoKnown)
        var all: [Diagnostic] = []
        for rule in allRules {
            guard let level = levels[rule.id] ?? rule.defaultSeverity else { continue }
            var found: [Diagnostic] = []
            rule.init().check(topology, &found)
            for var d in found {
                d.severity = level
                all.append(d)
            }
        }
        let sorted = all.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
        let start = SourceLocation.start(of: topology.file)
        let optionDiagnostics = refusals.map {
            $0.kind.diagnostic(severity: options.werror ? .error : .warning, $0.message, at: start)
        }
        return optionDiagnostics + sorted
    }

    /// True when `diagnostics` hold an error (compilation must stop).
    public static func hasErrors(_ diagnostics: [Diagnostic]) -> Bool { diagnostics.contains { $0.severity == .error } }
}
