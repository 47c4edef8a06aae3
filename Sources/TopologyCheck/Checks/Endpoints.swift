import TopologyModel

/// The reserved regions an endpoint group of a virtio IOMMU gets, each with where it comes from.
/// Shared by `reserved-outside-input-range` and `reserved-kind-overlap`.
struct RegionSource {
    var range: AddressRange
    var kind: ReservedRegion.Kind
    /// "reserved region 0 of root complex 'pcie0'", "the MSI doorbell of ITS 'its'".
    var what: String
    var location: SourceLocation
    /// Written in a `reserved-regions` list (as opposed to implied by a window or a doorbell).
    var explicit: Bool
}

/// One group of endpoints behind one virtio IOMMU that get the same regions: the RIDs of one root
/// complex that it translates, or one device.
struct EndpointGroup {
    /// "root complex 'pcie0'", "device 'net1'".
    var owner: String
    /// The owner's own regions (written and implied by `reserve-windows`).
    var ownRegions: [RegionSource]
    /// Doorbells the group's MSIs reach (empty with `map-msi-doorbells`).
    var doorbells: [RegionSource]
}

extension Topology {
    func explicitRegions(_ regions: [ReservedRegion], owner: String) -> [RegionSource] {
        regions.enumerated().map { i, r in
            RegionSource(range: r.range, kind: r.kind, what: "reserved region \(i) of \(owner)", location: r.source["base"], explicit: true)
        }
    }

    func doorbell(of controllerName: String) -> RegionSource? {
        guard let c = msiController(named: controllerName) else { return nil }
        let what = if case .gicv3ITS = c.kind { "the MSI doorbell of ITS '\(c.name)'" } else { "the x86 MSI window" }
        return RegionSource(range: c.doorbellRegion, kind: .msi, what: what, location: c.source["base"], explicit: false)
    }

    /// The endpoint groups behind virtio IOMMU `iommu`: the root complexes whose `iommu-map` sends
    /// RIDs to it (with the doorbells of the `msi-map` targets of exactly those RIDs) and the
    /// devices whose `iommu` it is.
    func endpointGroups(of iommu: IOMMU) -> [EndpointGroup] {
        guard let config = iommu.virtio else { return [] }
        var x86Window: RegionSource? {
            guard arch == .x86_64, !config.mapMSIDoorbells else { return nil }
            let at = msiControllers.first { $0.kind == .x86MSI }?.source.location ?? iommu.source.location
            return RegionSource(range: MSIController.x86MSIWindow, kind: .msi, what: "the x86 MSI window", location: at, explicit: false)
        }
        var groups: [EndpointGroup] = []
        for rc in rootComplexes {
            let segments = rc.ridSegments().filter { $0.translation?.name == iommu.name }
            guard !segments.isEmpty else { continue }
            let owner = "root complex '\(rc.name)'"
            var own = explicitRegions(rc.reservedRegions, owner: owner)
            if rc.reserveWindows {
                for (i, w) in rc.windows.enumerated() where w.kind != .io {
                    guard let range = AddressRange.checked(base: w.pci, size: w.size) else { continue }
                    own.append(RegionSource(range: range, kind: .reserved, what: "window \(i) of \(owner)", location: w.source["pci"], explicit: false))
                }
            }
            var doorbells: [RegionSource] = []
            if !config.mapMSIDoorbells {
                var seen: Set<String> = []
                for s in segments {
                    if let name = s.msi?.name, seen.insert(name).inserted, let d = doorbell(of: name), arch == .arm64 { doorbells.append(d) }
                }
                if let w = x86Window { doorbells.append(w) }
            }
            groups.append(EndpointGroup(owner: owner, ownRegions: own, doorbells: doorbells))
        }
        for device in devices where device.iommu == iommu.name {
            var doorbells: [RegionSource] = []
            if !config.mapMSIDoorbells {
                if arch == .arm64, let msi = device.msi, let d = doorbell(of: msi.controller) { doorbells.append(d) }
                if let w = x86Window { doorbells.append(w) }
            }
            groups.append(
                EndpointGroup(
                    owner: "device '\(device.name)'", ownRegions: explicitRegions(device.reservedRegions, owner: "device '\(device.name)'"),
                    doorbells: doorbells))
        }
        return groups
    }
}
