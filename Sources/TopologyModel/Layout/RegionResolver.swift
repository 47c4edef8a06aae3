/// Computes the reserved regions a virtio IOMMU reports for an endpoint: the union of the
/// IOMMU's regions, its root complex's or device's, the memory windows when `reserve-windows`
/// is set, and the implied MSI doorbell, unless the IOMMU has `map-msi-doorbells`: the ITS
/// translation frame its MSIs reach (`[base + 0x10000, base + 0x1ffff]`, QEMU's with GICv3), the
/// GICv2m frame (`[base, base + 0xfff]`, the page of `MSI_SETSPI_NS` at `base + 0x40`: QEMU's
/// with GICv2; every frame when there are several, as Linux pools them, see
/// `Topology.doorbells(of:)`), or on x86_64 the fixed window. The one derivation of them: the
/// layout takes their union, and `explain` says where each comes from (`contributions`).
public struct RegionResolver: Sendable {
    /// Where one reserved region of an endpoint comes from.
    public enum Origin: Hashable, Sendable {
        case iommu(String, SourceLocation)
        case rootComplex(String, SourceLocation)
        /// A memory window of the root complex, reserved by its `reserve-windows`.
        case window(PCIWindow.Kind, rootComplex: String)
        case device(String, SourceLocation)
        case x86MSIWindow
        /// The translation frame of the ITS the endpoint's MSIs reach.
        case itsDoorbell(String)
        /// The frame of a GICv2m its MSIs may be given (`MSI_SETSPI_NS` is in it).
        case v2mDoorbell(String)
    }

    let topology: Topology
    /// The topology's IOMMUs by name (the first of a name, as `Topology.iommu(named:)` finds it):
    /// the layout asks once per endpoint run, and a linear search of hundreds of IOMMUs each time
    /// was most of the layout's cost.
    let iommus: [String: IOMMU]
    /// Each MSI controller's doorbells (`Topology.doorbells(of:)`) as regions, by name.
    let doorbells: [String: [(ResolvedRegion, Origin)]]

    public init(_ topology: Topology) {
        self.topology = topology
        var iommus: [String: IOMMU] = [:]
        for iommu in topology.iommus where iommus[iommu.name] == nil { iommus[iommu.name] = iommu }
        self.iommus = iommus
        self.doorbells = topology.doorbellsByController().mapValues { doorbells in
            doorbells.map { range, controller in
                (ResolvedRegion(range: range, kind: .msi), controller.isGICv2m ? Origin.v2mDoorbell(controller.name) : .itsDoorbell(controller.name))
            }
        }
    }

    public func regions(iommu: String?, msiController: String?, rootComplex rc: RootComplex) -> [ResolvedRegion] {
        union(contributions(iommu: iommu, msiController: msiController, rootComplex: rc))
    }

    public func regions(iommu: String?, msiController: String?, device: PlatformDevice) -> [ResolvedRegion] {
        union(contributions(iommu: iommu, msiController: msiController, device: device))
    }

    /// Every region with where it comes from, in that order: the IOMMU's, the root complex's and
    /// its windows, then the MSI doorbell. A region may come from several places.
    public func contributions(iommu: String?, msiController: String?, rootComplex rc: RootComplex) -> [(ResolvedRegion, Origin)] {
        var own = rc.reservedRegions.map { (ResolvedRegion(range: $0.range, kind: $0.kind), Origin.rootComplex(rc.name, $0.source.location)) }
        if rc.reserveWindows {
            own += rc.windows.filter { $0.kind != .io }.compactMap { window in
                AddressRange.checked(base: window.pci, size: window.size).map {
                    (ResolvedRegion(range: $0, kind: .reserved), Origin.window(window.kind, rootComplex: rc.name))
                }
            }
        }
        return resolve(iommu: iommu, msiController: msiController, own: own)
    }

    public func contributions(iommu: String?, msiController: String?, device: PlatformDevice) -> [(ResolvedRegion, Origin)] {
        resolve(
            iommu: iommu, msiController: msiController,
            own: device.reservedRegions.map { (ResolvedRegion(range: $0.range, kind: $0.kind), Origin.device(device.name, $0.source.location)) })
    }

    private func resolve(iommu name: String?, msiController: String?, own: [(ResolvedRegion, Origin)]) -> [(ResolvedRegion, Origin)] {
        guard let name, let iommu = iommus[name], let config = iommu.virtio else { return [] }
        var regions = config.reservedRegions.map { (ResolvedRegion(range: $0.range, kind: $0.kind), Origin.iommu(name, $0.source.location)) } + own
        if !config.mapMSIDoorbells {
            if topology.arch == .x86_64 {
                regions.append((ResolvedRegion(range: MSIController.x86MSIWindow, kind: .msi), .x86MSIWindow))
            } else if let msiController, let doorbells = doorbells[msiController] {
                regions += doorbells
            }
        }
        return regions
    }

    private func union(_ contributions: [(ResolvedRegion, Origin)]) -> [ResolvedRegion] {
        Array(Set(contributions.map(\.0))).sorted()
    }
}
