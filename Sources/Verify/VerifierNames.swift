import FirmwareDecode
import TopologyModel

/// Which node of each blob is which IOMMU / MSI controller / root complex of the topology. Every
/// lookup is through an index built once, so naming stays linear in the size of the blobs.
extension VerificationRun {
    func resolveNames() {
        if let dt { resolveDeviceTreeNames(dt) }
        if let viot {
            var pciIOMMU: [String: String] = [:], mmioIOMMU: [UInt64: String] = [:]
            var segmentOf: [String: UInt16] = [:]
            for rc in topology.rootComplexes where segmentOf[rc.name] == nil { segmentOf[rc.name] = rc.segment }
            for iommu in topology.iommus {
                switch iommu.kind {
                case .virtioPCI(let rcName, let bdf):
                    if let segment = segmentOf[rcName] {
                        let key = "\(segment):\(bdf.rid)"
                        if pciIOMMU[key] == nil { pciIOMMU[key] = iommu.name }
                    }
                case .virtioMMIO(let base, _, _): if mmioIOMMU[base] == nil { mmioIOMMU[base] = iommu.name }
                default: break
                }
            }
            for node in viot.iommus {
                switch node.transport {
                case .pci(let segment, let rid): if let name = pciIOMMU["\(segment):\(rid)"] { viotNames[node.nodeOffset] = name }
                case .mmio(let base): if let name = mmioIOMMU[base] { viotNames[node.nodeOffset] = name }
                }
            }
        }
        if let iort {
            var smmuByBase: [UInt64: String] = [:], itsByID: [UInt32: String] = [:]
            for iommu in topology.iommus { if case .smmuv3(let s) = iommu.kind, smmuByBase[s.base] == nil { smmuByBase[s.base] = iommu.name } }
            for c in topology.msiControllers { if case .gicv3ITS(_, let id) = c.kind, itsByID[id] == nil { itsByID[id] = c.name } }
            for node in iort.nodes {
                switch node.kind {
                case .smmuV3(let s): if let name = smmuByBase[s.baseAddress] { iortNames[node.offset] = name }
                case .itsGroup(let ids): if let first = ids.first, let name = itsByID[first] { iortNames[node.offset] = name }
                default: break
                }
            }
        }
    }

    private func resolveDeviceTreeNames(_ dt: DeviceTreeBlob) {
        func base(_ path: String) -> UInt64? { (try? dt.reg(of: path))??.first?.address }
        // One pass over the nodes: compatibles of interest, host bridges, and first reg addresses.
        var byCompatible: [String: [String]] = [:]
        var hosts: [String] = []
        let wanted: Set<String> = ["virtio,mmio", "arm,smmu-v3", "arm,gic-v3-its", "arm,gic-v2m-frame"]
        for node in dt.nodes {
            if let v = node.property("compatible"), v.last == 0 {
                for c in v.dropLast().split(separator: 0, omittingEmptySubsequences: false) {
                    let s = String(decoding: c, as: UTF8.self)
                    if wanted.contains(s) { byCompatible[s, default: []].append(node.path) }
                }
            }
            if (try? dt.string("device_type", of: node.path)) == "pci" {
                if let parent = node.parentPath, (try? dt.string("device_type", of: parent)) == "pci" { continue }
                hosts.append(node.path)
            }
        }
        func index(_ compatible: String) -> [UInt64: [String]] {
            var result: [UInt64: [String]] = [:]
            for path in byCompatible[compatible] ?? [] { if let b = base(path) { result[b, default: []].append(path) } }
            return result
        }
        let mmio = index("virtio,mmio"), smmu = index("arm,smmu-v3"), its = index("arm,gic-v3-its")
        let v2m = index("arm,gic-v2m-frame")
        dtHasGICv2mFrames = !(byCompatible["arm,gic-v2m-frame"] ?? []).isEmpty
        let hostFacts = hosts.map { path in
            (path: path, domain: try? dt.pciDomain(of: path), buses: (try? dt.busRange(of: path)) ?? 0...255, base: base(path))
        }
        for (i, rc) in topology.rootComplexes.enumerated() where rc.inDeviceTree {
            let candidates = hostFacts.filter { h in
                if let domain = h.domain, domain != UInt32(rc.segment) { return false }
                if h.domain == nil, rc.segment != 0 { return false }
                return h.buses == UInt32(rc.firstBus)...UInt32(rc.lastBus)
            }
            dtHosts[i] = (candidates.first { rc.ecam != nil && $0.base == rc.ownECAMRegion?.first } ?? candidates.first)?.path
        }
        var rcIndex: [String: Int] = [:]
        for (i, rc) in topology.rootComplexes.enumerated() where rcIndex[rc.name] == nil { rcIndex[rc.name] = i }
        for iommu in topology.iommus {
            switch iommu.kind {
            case .virtioPCI(let rcName, let bdf):
                guard let i = rcIndex[rcName], let host = dtHosts[i], let node = dt.node(host) else { continue }
                for child in node.childPaths where (try? dt.pciBDF(of: child)) == bdf.rid { dtNames[child] = iommu.name }
            case .virtioMMIO(let b, _, _):
                for path in mmio[b] ?? [] { dtNames[path] = iommu.name }
            case .smmuv3(let s):
                for path in smmu[s.base] ?? [] { dtNames[path] = iommu.name }
            }
        }
        for controller in topology.msiControllers {
            switch controller.kind {
            case .gicv3ITS(let b, _): for path in its[b] ?? [] { dtNames[path] = controller.name }
            case .gicv2m(let b, _): for path in v2m[b] ?? [] { dtNames[path] = controller.name }
            case .x86MSI: break
            }
        }
        // Platform devices: the first node (not the root, not a PCI function, not an IOMMU or ITS)
        // whose first reg entry starts at an address.
        for n in dt.nodes where n.parentPath != nil && n.property("reg") != nil && dtNames[n.path] == nil {
            guard let entries = try? dt.reg(of: n.path), let first = entries.first, first.addressCells.count != 3 else { continue }
            if dtNodeByBase[first.address] == nil { dtNodeByBase[first.address] = n.path }
        }
    }

    func dtName(_ path: String) -> String { dtNames[path] ?? "\(path) (not in the topology)" }

    /// The DT MSI controller node at `path`, as Linux reads it (read once per node).
    func dtMSIController(_ path: String) -> DeviceTreeMSIController? {
        guard let dt else { return nil }
        if let known = msiControllerNodes[path] { return known }
        let controller = dt.msiController(at: path)
        msiControllerNodes[path] = controller
        return controller
    }

    func dtDoorbell(_ path: String?) -> MSIDoorbell? {
        guard let path else { return nil }
        if let known = msiDoorbells[path] { return known }
        let doorbell = dtMSIController(path).flatMap(MSIDoorbell.init)
        msiDoorbells[path] = doorbell
        return doorbell
    }

    /// A DT route of MSIs to the node at `path` with DeviceID `id` (none when the node is a
    /// GICv2m frame, whose MSIs carry no DeviceID whatever the map says).
    func dtMSIRef(_ path: String, id: UInt32) -> Ref {
        // Only a GICv2m frame drops the ID: without one in the tree, no node is read for it.
        let carries = !dtHasGICv2mFrames || (dtMSIController(path)?.carriesDeviceIDs ?? true)
        return Ref(msiTo: dtName(path), id: carries ? id : nil)
    }

    /// Whether the IORT routes the MSIs of an input the topology sends to `controller`: it does
    /// for an ITS (an ITS group mapping), never for a GICv2m frame (Linux falls back to the
    /// GICv2m MSI domain for a PCI device without an ITS mapping; the frame is in the MADT).
    func iortRoutesMSIs(to controller: String?) -> Bool {
        guard let controller, !gicv2mNames.isEmpty else { return true }
        return !gicv2mNames.contains(controller)
    }

    /// What the IORT, read with the MADT, gives a PCI input whose walk ended with `its`: the ITS
    /// group's answer (`walked`) when it gives an MSI domain; else, when PCI MSIs fall back to the
    /// MADT's first GICv2m frame, that frame (no DeviceID, `fallback`), or no MSI route
    /// (`ACPIMSIDomains`).
    func iortMSIAnswer(_ walked: BlobAnswer, _ its: IDPiece<Int>.Outcome, _ mappings: [Int]) -> BlobAnswer {
        if acpiMSI.takesTheIORTAtItsWord { return walked }
        var dead: Int? = nil
        if case .mapped(let group, _, _, _) = its {
            guard !acpiMSI.resolves(itsGroupAt: group) else { return walked }
            dead = group
        }
        guard let frame = acpiMSI.pciFallbackFrame else {
            return dead == nil ? .none : BlobAnswer(ref: nil, entry: .acpiMSI(mappings: mappings, deadGroup: dead, frame: nil))
        }
        var answer = BlobAnswer(ref: Ref(msiTo: topology.name(ofFrame: frame), id: nil), entry: .acpiMSI(mappings: mappings, deadGroup: dead, frame: frame.offset))
        answer.fallback = true
        return answer
    }


    /// What reading the IORT with the MADT changes, for the IORT's line of the report.
    func acpiMSIText() -> String {
        guard let iort, madt != nil else { return "" }
        let dead = iort.nodes.filter { !acpiMSI.resolves(itsGroupAt: $0.offset) }.map { hex($0.offset) }
        var parts: [String] = []
        if !dead.isEmpty {
            parts.append("the ITS group\(dead.count == 1 ? "" : "s") at \(dead.joined(separator: ", ")) give\(dead.count == 1 ? "s" : "") no MSI domain (the MADT lists no such ITS)")
        }
        if let frame = acpiMSI.pciFallbackFrame {
            parts.append("PCI MSIs without an ITS go to the MADT's first GICv2m frame, at \(hex(frame.baseAddress))")
        }
        return parts.isEmpty ? "" : "; with the MADT: " + parts.joined(separator: "; ")
    }

    func viotName(_ offset: Int) -> String { viotNames[offset] ?? "IOMMU node at offset \(offset) (not in the topology)" }

    func iortName(_ offset: Int) -> String { iortNames[offset] ?? "node at offset \(offset) (not in the topology)" }
}

extension Topology {
    /// The name of the topology's GICv2m frame at the base of the MADT's `frame`, or what the
    /// frame is when the topology has none there.
    func name(ofFrame frame: MADTTable.MSIFrame) -> String {
        msiControllers.first { if case .gicv2m(let base, _) = $0.kind { base == frame.baseAddress } else { false } }?.name
            ?? "GICv2m frame at \(hex(frame.baseAddress)) (not in the topology)"
    }
}
