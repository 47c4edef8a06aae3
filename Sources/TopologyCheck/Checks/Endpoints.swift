import TopologyModel

/// The reserved regions an endpoint group of a virtio IOMMU gets, each with where it comes from.
/// Shared by `reserved-outside-input-range` and `reserved-kind-overlap`.
struct RegionSource {
    var range: AddressRange
    var kind: ReservedRegion.Kind
    /// Where it comes from, made into text only for a message.
    var origin: Origin
    /// "reserved region 0 of root complex 'pcie0'", "the MSI doorbell of ITS 'its'".
    var what: String {
        switch origin {
        case .explicit(let i, let owner): "reserved region \(i) of \(owner)"
        case .window(let i, let owner): "window \(i) of \(owner)"
        case .itsDoorbell(let its): "the MSI doorbell of ITS '\(its)'"
        case .v2mDoorbell(let frame): "the MSI doorbell frame of GICv2m '\(frame)'"
        case .x86Window: "the x86 MSI window"
        }
    }

    enum Origin {
        /// Region `index` of a `reserved-regions` list of its owner ("root complex 'pcie0'").
        case explicit(index: Int, owner: String)
        /// A window of a root complex with `reserve-windows`.
        case window(index: Int, owner: String)
        case itsDoorbell(String)
        case v2mDoorbell(String)
        case x86Window
    }
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
            RegionSource(range: r.range, kind: r.kind, origin: .explicit(index: i, owner: owner), location: r.source["base"], explicit: true)
        }
    }

    /// The doorbells of `Topology.doorbells(of:)` of each MSI controller, by name, located at
    /// each frame's controller's base.
    func doorbellSourcesByController() -> [String: [RegionSource]] {
        doorbellsByController().mapValues { doorbells in
            doorbells.map { region, c in
                let origin: RegionSource.Origin = switch c.kind {
                case .gicv3ITS: .itsDoorbell(c.name)
                case .gicv2m: .v2mDoorbell(c.name)
                case .x86MSI: .x86Window
                }
                return RegionSource(range: region, kind: .msi, origin: origin, location: c.source["base"], explicit: false)
            }
        }
    }

    /// The endpoint groups behind virtio IOMMU `iommu`: the root complexes whose `iommu-map` sends
    /// RIDs to it (with the doorbells of the `msi-map` targets of exactly those RIDs) and the
    /// devices whose `iommu` it is.
    func endpointGroups(of iommu: IOMMU) -> [EndpointGroup] {
        endpointGroupsByIOMMU()[iommu.name] ?? []
    }

    /// `endpointGroups(of:)` of every virtio IOMMU, by name, in one pass over the root complexes
    /// and devices (asking per IOMMU cut every root complex's maps once per IOMMU: quadratic in
    /// large layouts). Each IOMMU's groups are in the same order: root complexes, then devices.
    func endpointGroupsByIOMMU() -> [String: [EndpointGroup]] {
        var virtio: [String: (iommu: IOMMU, config: VirtioIOMMUConfig)] = [:]
        for iommu in iommus {
            if let config = iommu.virtio { virtio[iommu.name] = (iommu, config) }
        }
        var groups: [String: [EndpointGroup]] = [:]
        guard !virtio.isEmpty else { return groups }
        let doorbellsOf = doorbellSourcesByController()
        func x86Window(_ iommu: IOMMU, _ config: VirtioIOMMUConfig) -> RegionSource? {
            guard arch == .x86_64, !config.mapMSIDoorbells else { return nil }
            let at = msiControllers.first { $0.kind == .x86MSI }?.source.location ?? iommu.source.location
            return RegionSource(range: MSIController.x86MSIWindow, kind: .msi, origin: .x86Window, location: at, explicit: false)
        }
        for rc in rootComplexes {
            let all = rc.ridSegments()
            // The virtio IOMMUs this root complex sends RIDs to, in order of first appearance.
            var targets: [String] = []
            var segmentsOf: [String: [RIDSegment]] = [:]
            for s in all {
                guard let name = s.translation?.name, virtio[name] != nil else { continue }
                if segmentsOf[name] == nil { targets.append(name) }
                segmentsOf[name, default: []].append(s)
            }
            guard !targets.isEmpty else { continue }
            let owner = "root complex '\(rc.name)'"
            var own = explicitRegions(rc.reservedRegions, owner: owner)
            if rc.reserveWindows {
                for (i, w) in rc.windows.enumerated() where w.kind != .io {
                    guard let range = AddressRange.checked(base: w.pci, size: w.size) else { continue }
                    own.append(RegionSource(range: range, kind: .reserved, origin: .window(index: i, owner: owner), location: w.source["pci"], explicit: false))
                }
            }
            for name in targets {
                let (iommu, config) = virtio[name]!
                var doorbells: [RegionSource] = []
                if !config.mapMSIDoorbells {
                    var seen: Set<String> = []
                    for s in segmentsOf[name]! {
                        if let msi = s.msi?.name, seen.insert(msi).inserted, let d = doorbellsOf[msi], arch == .arm64 { doorbells += d }
                    }
                    if let w = x86Window(iommu, config) { doorbells.append(w) }
                }
                groups[name, default: []].append(EndpointGroup(owner: owner, ownRegions: own, doorbells: doorbells))
            }
        }
        for device in devices {
            guard let name = device.iommu, let (iommu, config) = virtio[name] else { continue }
            var doorbells: [RegionSource] = []
            if !config.mapMSIDoorbells {
                if arch == .arm64, let msi = device.msi, let d = doorbellsOf[msi.controller] { doorbells += d }
                if let w = x86Window(iommu, config) { doorbells.append(w) }
            }
            groups[name, default: []].append(
                EndpointGroup(
                    owner: "device '\(device.name)'", ownRegions: explicitRegions(device.reservedRegions, owner: "device '\(device.name)'"),
                    doorbells: doorbells))
        }
        return groups
    }
}
