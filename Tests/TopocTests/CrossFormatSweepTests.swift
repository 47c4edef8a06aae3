import FirmwareDecode
import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// Issue 3's sweep: for every RID of every root complex (and every platform device) of every
/// example topology, the device tree (Linux's `of_map_id`), the VIOT (Linux's formula) and the
/// IORT (Linux's walk), read back by the independent decoders, must say what the topology says —
/// including the virtio-pci IOMMU's self-exclusion and RIDs that bypass translation.
@Suite struct CrossFormatSweepTests {
    @Test(arguments: try exampleTopologies().map(\.name))
    func everyRIDAgreesAcrossFormats(name: String) throws {
        let url = packageRoot.appendingPathComponent("Topologies/\(name).yaml")
        let result = Compiler.compile(bytes: try [UInt8](Data(contentsOf: url)), file: url.path)
        let topology = try #require(result.topology)
        #expect(result.succeeded, "\(result.diagnostics)")
        let files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.bytes) })
        let firmware = try Firmware(
            topology: topology, dtb: files["\(name).dtb"].map(DeviceTreeBlob.init),
            viot: files["VIOT.aml"].map(VIOTTable.init), iort: files["IORT.aml"].map(IORTTable.init))
        let expected = ExpectedRoutes(EndpointLayout(topology))
        var checked = 0
        for rc in topology.rootComplexes {
            for rid in rc.rids.first...rc.rids.last {
                try firmware.checkRID(rid, of: rc, expecting: expected.route(rc.name, UInt32(rid)))
                checked += 1
            }
        }
        for device in topology.devices {
            try firmware.checkDevice(device)
        }
        #expect(checked > 0)
        // The sweep only means something when the formats it reads were emitted.
        #expect(firmware.formats.count >= 1, "\(name) produced none of DTB, VIOT, IORT")
    }
}

/// What the topology says one RID gets.
struct Route: Equatable {
    var iommu: String?
    var id: UInt32?
    var msiController: String?
    var deviceID: UInt32?
}

/// The topology's answer per RID, from the resolved layout (which applies self-exclusion).
struct ExpectedRoutes {
    private var byRC: [String: [(rids: IDRange, record: EndpointRecord)]] = [:]

    init(_ layout: EndpointLayout) {
        for record in layout.records {
            if case .pci(let rc, _, let rids) = record.source { byRC[rc, default: []].append((rids, record)) }
        }
    }

    func route(_ rc: String, _ rid: UInt32) -> Route {
        guard let (rids, record) = byRC[rc]?.first(where: { $0.rids.contains(rid) }) else { return Route() }
        let offset = rid - rids.first
        return Route(
            iommu: record.iommu, id: record.ids.map { $0.first + offset },
            msiController: record.msi?.controller, deviceID: record.msi?.deviceIDs.map { $0.first + offset })
    }
}

/// The emitted blobs, decoded, with their nodes tied back to topology names by address (never
/// by the emitters' naming rules, so the sweep does not trust what it checks).
struct Firmware {
    let topology: Topology
    let dtb: DeviceTreeBlob?
    let viot: VIOTTable?
    let iort: IORTTable?
    private var dtNames: [String: String] = [:]  // DT node path -> topology name
    private var hostBridges: [UInt16: String] = [:]  // segment -> DT path
    private var iortNames: [Int: String] = [:]  // IORT node offset -> topology name

    var formats: [String] { [dtb.map { _ in "DT" }, viot.map { _ in "VIOT" }, iort.map { _ in "IORT" }].compactMap { $0 } }

    init(topology: Topology, dtb: DeviceTreeBlob?, viot: VIOTTable?, iort: IORTTable?) throws {
        self.topology = topology
        self.dtb = dtb
        self.viot = viot
        self.iort = iort
        if let dtb {
            func address(_ path: String) throws -> UInt64? { try dtb.reg(of: path)?.first?.address }
            for bridge in dtb.nodes(compatibleWith: "pci-host-ecam-generic") {
                if let domain = try dtb.pciDomain(of: bridge) { hostBridges[UInt16(domain)] = bridge }
            }
            for path in dtb.nodes(compatibleWith: "arm,gic-v3-its") {
                let base = try address(path)
                dtNames[path] = topology.msiControllers.first { if case .gicv3ITS(base, _) = $0.kind { true } else { false } }?.name
            }
            for path in dtb.nodes(compatibleWith: "arm,gic-v2m-frame") {
                let base = try address(path)
                dtNames[path] = topology.msiControllers.first { if case .gicv2m(base, _) = $0.kind { true } else { false } }?.name
            }
            for iommu in topology.iommus {
                switch iommu.kind {
                case .smmuv3(let smmu):
                    for path in dtb.nodes(compatibleWith: "arm,smmu-v3") where try address(path) == smmu.base { dtNames[path] = iommu.name }
                case .virtioMMIO(let base, _, _):
                    for path in dtb.nodes(compatibleWith: "virtio,mmio") where try address(path) == base && (try dtb.u32("#iommu-cells", of: path)) != nil {
                        dtNames[path] = iommu.name
                    }
                case .virtioPCI(let rcName, let bdf):
                    let segment = topology.rootComplex(named: rcName)?.segment
                    for path in dtb.nodes(compatibleWith: "virtio,pci-iommu") where try dtb.pciBDF(of: path) == bdf.rid {
                        if let segment, let bridge = hostBridges[segment], path.hasPrefix(bridge + "/") { dtNames[path] = iommu.name }
                    }
                }
            }
        }
        if let iort {
            for node in iort.nodes {
                switch node.kind {
                case .smmuV3(let smmu):
                    iortNames[node.offset] = topology.iommus.first { if case .smmuv3(let s) = $0.kind { s.base == smmu.baseAddress } else { false } }?.name
                case .itsGroup(let ids):
                    iortNames[node.offset] = topology.msiControllers.first { if case .gicv3ITS(_, let id) = $0.kind { ids.first == id } else { false } }?.name
                default: break
                }
            }
        }
    }

    private func viotName(_ iommu: VIOTIOMMU) -> String? {
        topology.iommus.first { candidate in
            switch (candidate.kind, iommu.transport) {
            case (.virtioPCI(let rc, let bdf), .pci(let segment, let rid)):
                topology.rootComplex(named: rc)?.segment == segment && bdf.rid == rid
            case (.virtioMMIO(let base, _, _), .mmio(let address)): base == address
            default: false
            }
        }?.name
    }

    private func isVirtio(_ name: String?) -> Bool { name.flatMap { topology.iommu(named: $0) }?.isVirtio ?? false }
    private func isITS(_ name: String?) -> Bool {
        guard let c = name.flatMap({ topology.msiController(named: $0) }) else { return false }
        if case .gicv3ITS = c.kind { return true }
        return false
    }
    private func isGICv2m(_ name: String?) -> Bool {
        guard let c = name.flatMap({ topology.msiController(named: $0) }) else { return false }
        if case .gicv2m = c.kind { return true }
        return false
    }

    func checkRID(_ rid: UInt32, of rc: RootComplex, expecting route: Route) throws {
        let what = "RID \(hex(rid, digits: 4)) of '\(rc.name)'"
        if let dtb, rc.inDeviceTree, let bridge = hostBridges[rc.segment] {
            let map = try dtb.ofMapID(node: bridge, id: rid, mapName: "iommu-map", maskName: "iommu-map-mask")
            let target = map.target.flatMap { dtNames[$0] }
            if let iommu = route.iommu {
                #expect(target == iommu && map.id == route.id, "DT iommu-map: \(what) gives \(map), topology \(route)")
            } else {
                #expect(map.target == nil, "DT iommu-map translates \(what), which the topology says bypasses")
            }
            let msi = try dtb.ofMapID(node: bridge, id: rid, mapName: "msi-map", maskName: "msi-map-mask")
            if isITS(route.msiController) {
                #expect(msi.target.flatMap { dtNames[$0] } == route.msiController && msi.id == route.deviceID, "DT msi-map: \(what) gives \(msi), topology \(route)")
            } else if isGICv2m(route.msiController) {
                // A GICv2m frame takes no DeviceID: the frame is the answer, whatever the ID.
                #expect(route.deviceID == nil && msi.target.flatMap { dtNames[$0] } == route.msiController, "DT msi-map: \(what) gives \(msi), topology \(route)")
            } else {
                #expect(msi.target == nil, "DT msi-map routes \(what), which the topology gives no ITS")
            }
        }
        if let viot {
            let translation = viot.translation(segment: rc.segment, bdf: UInt16(rid))
            if isVirtio(route.iommu) {
                #expect(translation.flatMap { viotName($0.iommu) } == route.iommu && translation?.endpointID == route.id, "VIOT: \(what) gives \(String(describing: translation)), topology \(route)")
            } else {
                #expect(translation == nil, "VIOT translates \(what), which the topology does not send to a virtio IOMMU")
            }
        }
        if let iort {
            let walk = iort.mapRID(segment: UInt32(rc.segment), rid: rid)
            let smmu = walk?.iommu
            if let iommu = route.iommu, !isVirtio(iommu) {
                #expect(smmu.flatMap { iortNames[$0.nodeOffset] } == iommu && smmu?.id == route.id, "IORT: \(what) reaches \(String(describing: smmu)), topology \(route)")
            } else {
                #expect(smmu == nil, "IORT sends \(what) to an SMMU, the topology does not")
            }
            if isITS(route.msiController) {
                #expect(walk?.itsGroup.flatMap { iortNames[$0.nodeOffset] } == route.msiController && walk?.deviceID == route.deviceID, "IORT: \(what) DeviceID \(String(describing: walk?.deviceID)), topology \(route)")
            } else {
                #expect(walk?.deviceID == nil, "IORT gives \(what) a DeviceID the topology does not")
            }
        }
    }

    func checkDevice(_ device: PlatformDevice) throws {
        let iommu = device.iommu.flatMap { topology.iommu(named: $0) }
        if let viot {
            let translation = viot.translation(mmioBase: device.base)
            if let iommu, iommu.isVirtio {
                #expect(translation.flatMap { viotName($0.iommu) } == iommu.name && translation?.endpointID == device.ids?.first, "VIOT: device '\(device.name)'")
            } else {
                #expect(translation == nil, "VIOT translates device '\(device.name)'")
            }
        }
        if let iort, topology.arch == .arm64 {
            if let iommu, !iommu.isVirtio {
                let streams = iort.streamIDs(ofNamedComponent: device.acpiPath)
                #expect(streams.first.flatMap { iortNames[$0.nodeOffset] } == iommu.name && streams.first?.id == device.ids?.first, "IORT: device '\(device.name)' streams \(streams)")
            }
            if let msi = device.msi, isITS(msi.controller) {
                let step = iort.deviceID(ofNamedComponent: device.acpiPath)
                #expect(step.flatMap { iortNames[$0.nodeOffset] } == msi.controller && step?.id == msi.id, "IORT: device '\(device.name)' DeviceID \(String(describing: step))")
            }
        }
        if let dtb {
            let path = dtb.paths.first { path in
                (try? dtb.reg(of: path)?.first?.address) == device.base && (try? dtb.stringList("compatible", of: path))?.first == device.compatible
            }
            let node = try #require(path, "device '\(device.name)' has no DT node at \(hex(device.base))")
            if let iommu {
                let specifiers = try dtb.iommus(of: node)
                #expect(specifiers.first.flatMap { dtNames[$0.target] } == iommu.name && specifiers.first?.cells == [device.ids!.first], "DT iommus of '\(device.name)': \(specifiers)")
            }
            if let msi = device.msi, isITS(msi.controller) || isGICv2m(msi.controller) {
                // An ITS takes the DeviceID cell; a GICv2m frame none.
                let parents = try dtb.msiParent(of: node)
                #expect(parents.first.flatMap { dtNames[$0.target] } == msi.controller && parents.first?.cells == (msi.id.map { [$0] } ?? []), "DT msi-parent of '\(device.name)': \(parents)")
            }
        }
    }
}
