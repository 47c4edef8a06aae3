import DeviceTree
import FirmwareDecode
import TopologyModel

/// The firmware evidence of an explanation: which device-tree property and which VIOT and IORT
/// nodes say what the guest reads for an endpoint.
extension ExplainContext {
    // MARK: Device tree

    func cellsText(_ group: [DTCell]) -> String {
        "<" + group.map {
            switch $0 {
            case .u32(let v): hex(v)
            case .ref(let key): "&" + (labels[key] ?? key)
            }
        }.joined(separator: " ") + ">"
    }

    func property(_ node: DTNode, _ name: String) -> [[DTCell]]? {
        guard case .cells(let groups)? = node.properties.first(where: { $0.name == name })?.value else { return nil }
        return groups
    }

    func findNode(_ origin: SourceLocation) -> (DTNode, String)? {
        guard let root = dtRoot, let path = dtPaths[origin] else { return nil }
        return root.allNodes().first { $0.origin == origin }.map { ($0, path) }
    }

    func deviceTreePCI(_ rc: RootComplex, rids: IDRange, selfIOMMU: IOMMU?) -> [FirmwareEvidence] {
        guard dtRoot != nil else {
            return topology.arch == .x86_64 ? [] : [FirmwareEvidence(format: .deviceTree, node: "/", text: "no device tree emitted")]
        }
        guard let (node, path) = findNode(rc.source.location) else {
            return [FirmwareEvidence(format: .deviceTree, node: "root complex '\(rc.name)'", text: "not in the device tree (dt: false): only ACPI describes it")]
        }
        var out: [FirmwareEvidence] = []
        for (mapName, what) in [("iommu-map", "translation"), ("msi-map", "MSIs")] {
            let groups = property(node, mapName) ?? []
            if let (i, group) = groups.enumerated().first(where: { _, g in
                guard g.count == 4, case .u32(let base) = g[0], case .u32(let length) = g[3] else { return false }
                return UInt64(rids.first) >= UInt64(base) && UInt64(rids.first) < UInt64(base) + UInt64(length)
            }) {
                out.append(FirmwareEvidence(format: .deviceTree, node: path, entry: i, text: "\(mapName) entry \(i) \(cellsText(group))"))
            } else if mapName == "iommu-map", let selfIOMMU, rids.count == 1 {
                let child = findNode(selfIOMMU.source.location)?.1 ?? "(no node)"
                out.append(FirmwareEvidence(
                    format: .deviceTree, node: path,
                    text: groups.isEmpty ? "no iommu-map: not translated (the IOMMU itself is \(child))"
                        : "iommu-map leaves RID \(hex(rids.first, digits: 4)) out: it is the IOMMU itself, \(child)"))
            } else {
                out.append(FirmwareEvidence(
                    format: .deviceTree, node: path,
                    text: groups.isEmpty ? "no \(mapName): no \(what)" : "no \(mapName) entry covers RID \(hex(rids.first, digits: 4)): no \(what)"))
            }
        }
        return out
    }

    func deviceTreeDevice(_ device: PlatformDevice) -> [FirmwareEvidence] {
        guard dtRoot != nil, let (node, path) = findNode(device.source.location) else { return [] }
        var out: [FirmwareEvidence] = []
        if let groups = property(node, "iommus") {
            let shown = groups.prefix(4).map(cellsText).joined(separator: ", ")
            out.append(FirmwareEvidence(format: .deviceTree, node: path, text: "iommus = \(shown)\(groups.count > 4 ? ", ... (\(groups.count) specifiers)" : "")"))
        } else {
            out.append(FirmwareEvidence(format: .deviceTree, node: path, text: "no iommus property: not translated"))
        }
        if let groups = property(node, "msi-parent") {
            out.append(FirmwareEvidence(format: .deviceTree, node: path, text: "msi-parent = \(groups.map(cellsText).joined(separator: ", "))"))
        }
        return out
    }

    // MARK: VIOT

    func viotIOMMUText(_ offset: UInt16) -> String {
        guard let iommu = viot?.iommu(atOffset: Int(offset)) else { return "node at \(hex(offset))" }
        switch iommu.transport {
        case .pci(let segment, let bdf):
            let name = topology.iommus.first {
                if case .virtioPCI(let rc, let b) = $0.kind { return b.rid == bdf && topology.rootComplex(named: rc)?.segment == segment }
                return false
            }?.name
            return "virtio-pci IOMMU node at \(hex(offset)) (\(pciName(segment, IDRange(first: UInt32(bdf), count: 1)))\(name.map { ", '\($0)'" } ?? ""))"
        case .mmio(let base):
            let name = topology.iommus.first { $0.mmioRegion?.first == base }?.name
            return "virtio-mmio IOMMU node at \(hex(offset)) (\(hex(base))\(name.map { ", '\($0)'" } ?? ""))"
        }
    }

    func viotPCI(segment: UInt16, rids: IDRange, selfIOMMU: IOMMU?, iommu: String?) -> [FirmwareEvidence] {
        guard let viot else { return [] }
        guard let range = viot.pciRanges.first(where: { $0.covers(segment: segment, bdf: UInt16(rids.first)) }) else {
            let virtio = iommu.flatMap { topology.iommu(named: $0)?.isVirtio } ?? false
            guard virtio || selfIOMMU != nil else { return [] }
            return [FirmwareEvidence(format: .viot, node: "VIOT", text: "no PCI range node covers \(pciName(segment, IDRange(first: rids.first, count: 1)))")]
        }
        var text = "segment \(range.segmentStart), BDFs \(hex(range.bdfStart, digits: 4))-\(hex(range.bdfEnd, digits: 4)), "
            + "endpoint IDs from \(hex(range.endpointStart)) -> \(viotIOMMUText(range.outputNode))"
        if let selfIOMMU, rids.count == 1 {
            text += "; it covers '\(selfIOMMU.name)' itself, which Linux skips"
        } else {
            text += "; endpoint ID \(hex(range.endpointID(segment: segment, bdf: UInt16(rids.first))))"
        }
        return [FirmwareEvidence(format: .viot, node: "PCI range node at \(hex(range.offset))", offset: range.offset, text: text)]
    }

    func viotDevice(_ device: PlatformDevice) -> [FirmwareEvidence] {
        guard let viot else { return [] }
        guard let endpoint = viot.mmioEndpoints.first(where: { $0.baseAddress == device.base }) else {
            return device.iommu.flatMap { topology.iommu(named: $0)?.isVirtio } == true
                ? [FirmwareEvidence(format: .viot, node: "VIOT", text: "no MMIO endpoint node at \(hex(device.base))")] : []
        }
        return [FirmwareEvidence(
            format: .viot, node: "MMIO endpoint node at \(hex(endpoint.offset))", offset: endpoint.offset,
            text: "base \(hex(endpoint.baseAddress)), endpoint ID \(hex(endpoint.endpointID)) -> \(viotIOMMUText(endpoint.outputNode))")]
    }

    // MARK: IORT

    func iortNodeText(_ node: IORTNode) -> String {
        let at = "node at \(hex(node.offset))"
        switch node.kind {
        case .itsGroup(let ids):
            let names = topology.msiControllers.filter {
                if case .gicv3ITS(_, let id) = $0.kind { return ids.contains(id) }
                return false
            }.map { "'\($0.name)'" }
            return "ITS group \(at) (ITS \(ids.map { String($0) }.joined(separator: ", "))\(names.isEmpty ? "" : " = \(names.joined(separator: ", "))"))"
        case .namedComponent(let nc): return "named component \(nc.deviceName) \(at)"
        case .rootComplex(let rc): return "root complex \(at) (segment \(rc.pciSegment))"
        case .smmuV3(let s):
            let name = topology.iommus.first { if case .smmuv3(let t) = $0.kind { return t.base == s.baseAddress }; return false }?.name
            return "SMMUv3 \(at) (\(hex(s.baseAddress))\(name.map { ", '\($0)'" } ?? ""))"
        case .other(let type): return "type-\(type) \(at)"
        }
    }

    /// One line for mapping `index` of `node`: its own range, where it goes and which IDs it gives.
    /// `inputs` is the IDs that take it (nil: all it maps, for a named component's mappings).
    func iortMappingText(_ table: IORTTable, _ node: IORTNode, _ index: Int, inputs: IDRange?) -> FirmwareEvidence? {
        let m = node.mappings[index]
        guard let target = table.node(atOffset: Int(m.outputReference)) else { return nil }
        let produced: IDRange
        var text = "mapping \(index)"
        if m.isSingleMapping {
            produced = IDRange(first: m.outputBase, count: 1)
            text += " (single ID)"
        } else {
            let mapped = IDRange(first: m.inputBase, count: UInt64(m.idCount) + 1)
            let mine = inputs ?? mapped
            guard let out = IDRange.checked(first: UInt64(m.output(of: mine.first)), count: mine.count) else { return nil }
            produced = out
            let outputs = IDRange.checked(first: UInt64(m.outputBase), count: mapped.count).map(\.description) ?? hex(m.outputBase)
            text += " (\(mapped) -> \(outputs))"
        }
        let outName = target.nodeType == .smmuV3 ? "StreamID" : "DeviceID"
        text += " to \(iortNodeText(target)): \(outName)\(produced.count == 1 ? "" : "s") \(produced)"
        if let inputs, !m.isSingleMapping, inputs.count != UInt64(m.idCount) + 1 { text += " for input \(inputs)" }
        return FirmwareEvidence(format: .iort, node: iortNodeText(node), offset: node.offset, entry: index, text: text)
    }

    /// The mappings Linux takes for the input IDs `first ... last` of `node`, down to the ITS
    /// group: FirmwareDecode's walk in pieces, one line per mapping taken with the IDs that take it.
    func iortChain(_ table: IORTTable, from node: IORTNode, first: UInt32, last: UInt32) -> [FirmwareEvidence] {
        // The pieces of a run of endpoints share most mappings: each is one line, over its inputs.
        var order: [Int] = []
        var taken: [Int: (hop: IORTHop, inputs: IDRange)] = [:]
        let pieces = (try? table.pieces(fromNodeAt: node.offset, first: first, last: last, limit: .max)) ?? []
        for piece in pieces {
            for hop in table.hops(of: piece, fromNodeAt: node.offset) {
                guard let inputs = IDRange.checked(first: UInt64(hop.inputFirst), count: hop.inputCount) else { continue }
                let key = hop.mapping.offset
                if let known = taken[key] {
                    let lo = min(known.inputs.first, inputs.first), end = max(known.inputs.end, inputs.end)
                    taken[key]!.inputs = IDRange(first: lo, count: end - UInt64(lo))
                } else {
                    order.append(key)
                    taken[key] = (hop, inputs)
                }
            }
        }
        return order.compactMap { key in
            let t = taken[key]!
            return iortMappingText(table, t.hop.node, t.hop.mappingIndex, inputs: t.inputs)
        }
    }

    func iortPCI(segment: UInt16, rids: IDRange) -> [FirmwareEvidence] {
        guard let iort else { return [] }
        guard let node = iort.rootComplex(segment: UInt32(segment)) else {
            return [FirmwareEvidence(format: .iort, node: "IORT", text: "no root complex node for segment \(segment)")]
        }
        let hops = iortChain(iort, from: node, first: rids.first, last: rids.last)
        return hops.isEmpty ? [FirmwareEvidence(format: .iort, node: iortNodeText(node), offset: node.offset, text: "no ID mapping covers RID \(hex(rids.first, digits: 4)): no IOMMU, no MSI route")] : hops
    }

    /// A named component's mappings as Linux reads them, index by index (`iort_node_get_id`: a
    /// single mapping's ID each), each followed on from the node it reaches.
    func iortDevice(_ device: PlatformDevice) -> [FirmwareEvidence] {
        guard let iort else { return [] }
        guard let node = iort.namedComponent(device.acpiPath) else {
            let matters = device.iommu.flatMap { topology.iommu(named: $0) }.map { !$0.isVirtio } ?? false
            return matters || device.msi != nil
                ? [FirmwareEvidence(format: .iort, node: "IORT", text: "no named component \(device.acpiPath)")] : []
        }
        var out: [FirmwareEvidence] = []
        for index in node.mappings.indices {
            guard let step = iort.nodeGetID(nodeAt: node.offset, index: index) else {
                out.append(FirmwareEvidence(format: .iort, node: iortNodeText(node), offset: node.offset, entry: index,
                                            text: "mapping \(index) is not a single mapping: Linux reads no ID from it"))
                continue
            }
            if let line = iortMappingText(iort, node, index, inputs: nil) { out.append(line) }
            if let next = iort.node(atOffset: step.nodeOffset), next.nodeType == .smmuV3 {
                out += iortChain(iort, from: next, first: step.id, last: step.id)
            }
        }
        return out
    }
}
