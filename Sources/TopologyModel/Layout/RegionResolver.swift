/// Computes the reserved regions a virtio IOMMU reports for an endpoint: the union of the
/// IOMMU's regions, its root complex's or device's, the memory windows when `reserve-windows`
/// is set, and the implied MSI doorbell (the ITS translation frame its MSIs reach, or on x86_64
/// the fixed window), unless the IOMMU has `map-msi-doorbells`.
struct RegionResolver {
    let topology: Topology

    init(_ topology: Topology) { self.topology = topology }

    func regions(iommu: String?, msiController: String?, rootComplex rc: RootComplex) -> [ResolvedRegion] {
        var own = rc.reservedRegions.map { ResolvedRegion(range: $0.range, kind: $0.kind) }
        if rc.reserveWindows {
            own += rc.windows.filter { $0.kind != .io }.compactMap { window in
                AddressRange.checked(base: window.pci, size: window.size).map { ResolvedRegion(range: $0, kind: .reserved) }
            }
        }
        return resolve(iommu: iommu, msiController: msiController, own: own)
    }

    func regions(iommu: String?, msiController: String?, device: PlatformDevice) -> [ResolvedRegion] {
        resolve(iommu: iommu, msiController: msiController, own: device.reservedRegions.map { ResolvedRegion(range: $0.range, kind: $0.kind) })
    }

    private func resolve(iommu name: String?, msiController: String?, own: [ResolvedRegion]) -> [ResolvedRegion] {
        guard let name, let iommu = topology.iommu(named: name), let config = iommu.virtio else { return [] }
        var regions = config.reservedRegions.map { ResolvedRegion(range: $0.range, kind: $0.kind) } + own
        if !config.mapMSIDoorbells {
            if topology.arch == .x86_64 {
                regions.append(ResolvedRegion(range: MSIController.x86MSIWindow, kind: .msi))
            } else if let msiController, let controller = topology.msiController(named: msiController) {
                regions.append(ResolvedRegion(range: controller.doorbellRegion, kind: .msi))
            }
        }
        return Array(Set(regions)).sorted()
    }
}
