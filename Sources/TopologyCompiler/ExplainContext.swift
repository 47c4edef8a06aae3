import DeviceTree
import FirmwareDecode
import TopologyModel

/// One explain run: the topology, its layout and the blobs a compile made, read back; answers a
/// query with one explanation per endpoint run.
struct ExplainContext {
    let topology: Topology
    let layout: EndpointLayout
    let dtRoot: DTNode?
    let dtPaths: [SourceLocation: String]
    let labels: [String: String]
    let viot: FirmwareDecode.VIOTTable?
    let iort: IORTTable?

    init(topology: Topology, files: [OutputFile]) {
        self.topology = topology
        layout = EndpointLayout(topology)
        let hasDT = files.contains { $0.name == "\(topology.name).dtb" }
        let root = hasDT ? try? DeviceTreeEmitter.tree(topology) : nil
        dtRoot = root
        var paths: [SourceLocation: String] = [:]
        var labels: [String: String] = [:]
        func walk(_ node: DTNode, _ path: String) {
            if let origin = node.origin, paths[origin] == nil { paths[origin] = path }
            if let key = node.key { labels[key] = node.label ?? key }
            for child in node.children { walk(child, path == "/" ? "/\(child.name)" : "\(path)/\(child.name)") }
        }
        if let root { walk(root, "/") }
        dtPaths = paths
        self.labels = labels
        viot = files.first { $0.name == "VIOT.aml" }.flatMap { try? FirmwareDecode.VIOTTable($0.bytes) }
        iort = files.first { $0.name == "IORT.aml" }.flatMap { try? IORTTable($0.bytes) }
    }

    func explain(_ query: ExplainQuery) throws(ExplainError) -> [Explanation] {
        switch query {
        case .all:
            return layout.records.map { explain($0) }
        case .device(let name):
            guard let device = topology.device(named: name) else {
                let others = topology.devices.map(\.name)
                var message = "no platform device named '\(name)'"
                // The parser's did-you-mean, with its one threshold of a plausible typo.
                if let close = closestMatch(to: name, in: others) {
                    message += "; did you mean '\(close)'?"
                } else if let iommu = topology.iommu(named: name) {
                    message += " ('\(iommu.name)' is an IOMMU)"
                } else if topology.rootComplex(named: name) != nil {
                    message += " ('\(name)' is a root complex: give a PCI address such as 00:03.0)"
                }
                if !others.isEmpty { message += " (devices: \(others.joined(separator: ", ")))" }
                throw ExplainError(message)
            }
            if let record = layout.records.first(where: { $0.source.name == name && $0.source == .device(name: name, base: device.base) }) {
                return [explain(record)]
            }
            return [explain(EndpointRecord(source: .device(name: name, base: device.base), iommu: nil, ids: nil, msi: nil, reserved: []))]
        case .pci(let segment, let bdf):
            let rid = UInt32(bdf.rid)
            guard let rc = topology.rootComplexes.first(where: { $0.segment == segment && $0.rids.contains(rid) }) else {
                let known = topology.rootComplexes.map {
                    "'\($0.name)' segment \($0.segment) buses \(hex($0.firstBus, digits: 2))-\(hex($0.lastBus, digits: 2))"
                }
                throw ExplainError(
                    "no root complex holds \(pciName(segment, IDRange(first: rid, count: 1)))"
                        + (known.isEmpty ? " (it has none)" : " (root complexes: \(known.joined(separator: "; ")))"))
            }
            let one = IDRange(first: rid, count: 1)
            for record in layout.records {
                guard case .pci(let name, _, let rids) = record.source, name == rc.name, rids.contains(rid) else { continue }
                let offset = rid - rids.first
                var narrowed = record
                narrowed.source = .pci(rootComplex: rc.name, segment: rc.segment, rids: one)
                narrowed.ids = record.ids.map { IDRange(first: $0.first + offset, count: 1) }
                narrowed.msi = record.msi.map { MSIRoute(controller: $0.controller, deviceIDs: $0.deviceIDs.map { IDRange(first: $0.first + offset, count: 1) }) }
                return [explain(narrowed)]
            }
            return [explain(EndpointRecord(source: .pci(rootComplex: rc.name, segment: rc.segment, rids: one), iommu: nil, ids: nil, msi: nil, reserved: []))]
        }
    }

    // MARK: One record

    func explain(_ record: EndpointRecord) -> Explanation {
        var e = Explanation(
            source: record.source, iommu: record.iommu, iommuType: record.iommu.flatMap { topology.iommu(named: $0)?.typeName },
            ids: record.ids, bypassReason: nil, msi: record.msi, reserved: [], topology: [], firmware: [])
        switch record.source {
        case .pci(let rcName, let segment, let rids):
            let rc = topology.rootComplex(named: rcName)!
            let selfIOMMU = topology.virtioPCIIOMMUs(on: rc.name).first { rids.contains(UInt32($0.bdf.rid)) }?.iommu
            let piece = rc.ridSegments().first { $0.rids.contains(rids.first) }
            if let i = piece?.iommuMapIndex {
                let entry = rc.iommuMap[i]
                e.topology.append(TopologyEvidence(
                    location: entry.source.location,
                    text: "iommu-map entry \(i) of root complex '\(rc.name)': RIDs \(entry.rids) -> \(entry.iommu) \(entry.outputIDs.map(\.description) ?? hex(entry.id))"))
            }
            if let selfIOMMU, record.iommu == nil {
                e.bypassReason = "it is the virtio-pci IOMMU '\(selfIOMMU.name)' itself; a device is never translated by itself"
                e.topology.append(TopologyEvidence(location: selfIOMMU.source["bdf"], text: "IOMMU '\(selfIOMMU.name)' sits at this BDF"))
            } else if record.iommu == nil {
                e.bypassReason = "no iommu-map entry of root complex '\(rc.name)' covers RID \(hex(rids.first, digits: 4))"
            }
            if let i = piece?.msiMapIndex {
                let entry = rc.msiMap[i]
                e.topology.append(TopologyEvidence(
                    location: entry.source.location,
                    text: "msi-map entry \(i) of root complex '\(rc.name)': RIDs \(entry.inputs) -> \(entry.controller) \(entry.id == nil ? entry.deviceIDText : entry.outputIDs.map(\.description) ?? hex(entry.id ?? 0))"))
            }
            e.firmware += deviceTreePCI(rc, rids: rids, selfIOMMU: selfIOMMU)
            e.firmware += viotPCI(segment: segment, rids: rids, selfIOMMU: selfIOMMU, iommu: record.iommu)
            e.firmware += iortPCI(segment: segment, rids: rids)
            e.reserved = regions(record, rootComplex: rc, device: nil)
        case .device(let name, _):
            let device = topology.device(named: name)!
            if device.iommu == nil { e.bypassReason = "device '\(name)' has no 'iommu' key" }
            if device.iommu != nil {
                let location = device.source.values["id"] ?? device.source.values["ids"] ?? device.source["iommu"]
                e.topology.append(TopologyEvidence(location: location, text: "device '\(name)': iommu \(device.iommu!), ID\(device.ids.map { $0.count == 1 ? " \($0)" : "s \($0)" } ?? "")"))
            }
            if let msi = device.msi {
                e.topology.append(TopologyEvidence(location: msi.source.location, text: "device '\(name)': msi \(msi.controller) \(msi.deviceIDText)"))
            }
            e.firmware += deviceTreeDevice(device)
            e.firmware += viotDevice(device)
            e.firmware += iortDevice(device)
            e.reserved = regions(record, rootComplex: nil, device: device)
        }
        return e
    }

    // MARK: Reserved regions, with where each comes from

    func regions(_ record: EndpointRecord, rootComplex rc: RootComplex?, device: PlatformDevice?) -> [ExplainedRegion] {
        // The layout's own derivation, asked where each region comes from.
        let resolver = RegionResolver(topology)
        let contributions =
            if let rc { resolver.contributions(iommu: record.iommu, msiController: record.msi?.controller, rootComplex: rc) }
            else if let device { resolver.contributions(iommu: record.iommu, msiController: record.msi?.controller, device: device) }
            else { [(ResolvedRegion, RegionResolver.Origin)]() }
        return record.reserved.map { region in
            let origins = contributions.filter { $0.0 == region }.map { Self.describe($0.1) }
            return ExplainedRegion(range: region.range, kind: region.kind, origins: origins.isEmpty ? ["implied"] : origins)
        }
    }

    static func describe(_ origin: RegionResolver.Origin) -> String {
        switch origin {
        case .iommu(let name, let location): "reserved-regions of IOMMU '\(name)' (\(location))"
        case .rootComplex(let name, let location): "reserved-regions of root complex '\(name)' (\(location))"
        case .window(let kind, let rc): "\(kind.rawValue) window of root complex '\(rc)' (reserve-windows)"
        case .device(let name, let location): "reserved-regions of device '\(name)' (\(location))"
        case .x86MSIWindow: "MSI doorbell: the x86 MSI window"
        case .itsDoorbell(let name): "MSI doorbell: translation frame of ITS '\(name)'"
        case .v2mDoorbell(let name): "MSI doorbell: frame of GICv2m '\(name)' (MSI_SETSPI_NS)"
        }
    }
}
