import FirmwareDecode
import TopologyModel

/// Reading the IORT and the VIOT into per-root-complex map pieces.
extension DecompileBuilder {
    // MARK: - IORT

    /// Linux's reading of the whole 32-bit input space of `node` (FirmwareDecode's walk, through
    /// SMMUs down to the ITS groups), in pieces ordered by the node's mapping they leave by (table
    /// order), then by ID; the pieces that leave by none are dropped. `nil`, with the budget spent,
    /// when the walk would make more pieces than what is left of the budget beyond the runs the
    /// node's own mappings make.
    mutating func iortPieces(_ walker: inout IORTTable.PieceWalker, from node: IORTNode, what: @autoclosure () -> String, in file: String) -> [IORTChainPiece]? {
        let limit = max(options.maxEntries - entriesMade, 0) + 2 * node.mappings.count + 1
        guard overBudget == nil, let pieces = try? walker.pieces(fromNodeAt: node.offset, first: 0, last: .max, limit: limit) else {
            _ = charge(limit, for: what(), in: file, at: node.offset)
            return nil
        }
        // Mappings are mostly in ID order already: then the pieces are too.
        let taken = pieces.filter { !$0.mappings.isEmpty }
        if zip(taken, taken.dropFirst()).allSatisfy({ $0.mappings[0] <= $1.mappings[0] }) { return taken }
        var byMapping = [[IORTChainPiece]](repeating: [], count: node.mappings.count)
        for piece in taken {
            guard let index = node.mappingIndex(atOffset: piece.mappings[0]) else { continue }
            byMapping[index].append(piece)
        }
        return Array(byMapping.joined())
    }

    /// The node `outcome` sends every ID of its piece to with one ID (through a single mapping).
    static func constantTarget(_ outcome: IDPiece<Int>.Outcome) -> Int? {
        guard case .mapped(let node, _, true, _) = outcome else { return nil }
        return node
    }

    /// The answers `outcome` picks out of `pieces` (see `iortPieces`) as map pieces, to the drafts
    /// `target` finds for a node offset: one per run of IDs that leaves by one mapping and
    /// continues one answer. A single mapping's answer (one ID for many inputs, which a map cannot
    /// say) and answers at nodes `target` does not know are left out.
    static func mapPieces(_ pieces: [IORTChainPiece], _ outcome: (IORTChainPiece) -> IDPiece<Int>.Outcome, to target: (Int) -> Int?) -> [MapPiece] {
        var result: [MapPiece] = []
        var lastMapping: Int?
        for piece in pieces {
            guard case .mapped(let node, let id, false, _) = outcome(piece), let t = target(node) else { continue }
            let rids = IDRange(first: piece.first, last: piece.last)
            if let last = result.last, lastMapping == piece.mappings.first, last.target == t, last.rids.end == UInt64(rids.first),
               UInt64(last.id) + last.rids.count == UInt64(id) {
                result[result.count - 1].rids = IDRange(first: last.rids.first, count: last.rids.count + rids.count)
            } else {
                result.append(MapPiece(rids: rids, target: t, id: id))
            }
            lastMapping = piece.mappings.first
        }
        return result
    }

    mutating func readIORT() {
        guard let (iort, file) = inputs.iort else { return }
        // ITS groups Linux resolves no MSI domain through, on a GIC that has no ITS: left out,
        // and so are the mappings to them, which no lookup below finds (`DecompileACPIMSI.swift`).
        let dead = ignoreDeadITSGroups(iort, file: file)
        // ITS groups, in order: the k-th group is the k-th ITS (GICv2m frames have no IORT node).
        var itsByOffset: [Int: Int] = [:]
        var groupIndex = 0
        let known = itsIndices
        for node in iort.nodes {
            guard case .itsGroup(let ids) = node.kind, !dead.contains(node.offset) else { continue }
            for (k, id) in ids.enumerated() {
                let index: Int
                if groupIndex < known.count && its[known[groupIndex]].iortOffset == nil {
                    index = known[groupIndex]
                } else {
                    its.append(DraftITS(base: nil))
                    index = its.count - 1
                    if inputs.dt != nil {
                        note(.its(index), .complement, "\(file) has an ITS the DT does not describe", [file, dtName])
                    }
                }
                its[index].itsID = id
                if k == 0 { itsByOffset[node.offset] = index; its[index].iortOffset = node.offset }
                groupIndex += 1
            }
        }
        if inputs.dt != nil && groupIndex < known.count {
            for i in known[groupIndex...] {
                note(.its(i), .complement, "the DT describes this ITS; \(file) has no ITS group for it", [dtName, file])
            }
        }
        var smmuByOffset: [Int: Int] = [:]
        var walker = iort.pieceWalker()
        for node in iort.nodes {
            guard case .smmuV3(let body) = node.kind else { continue }
            var index: Int
            if let i = iommus.firstIndex(where: { if case .smmu(let s) = $0.kind { s.base == body.baseAddress } else { false } }) {
                index = i
            } else {
                appendIOMMU(DraftIOMMU(kind: .smmu(IOMMU.SMMUv3Draft(base: body.baseAddress))))
                index = iommus.count - 1
                if inputs.dt != nil { note(.iommu(index), .complement, "\(file) describes this SMMUv3; the DT does not", [file, dtName]) }
            }
            smmuByOffset[node.offset] = index
            iommus[index].iortOffset = node.offset
            guard case .smmu(var s) = iommus[index].kind else { continue }
            let gsivs = SMMUInterrupts(eventq: body.eventGSIV, priq: body.priGSIV, cmdqSync: body.syncGSIV, gerror: body.gerrGSIV)
            let iortIRQ: SMMUInterrupts? = gsivs.all.allSatisfy { $0 == 0 } ? nil : gsivs
            if iommus[index].dtPath != nil {
                if s.interrupts != iortIRQ {
                    note(.iommu(index), .contradiction, "the DT and \(file) give the SMMU different interrupts", [dtName, file])
                }
                if s.coherent != body.cohacc {
                    note(.iommu(index), .contradiction, "the DT says the SMMU is\(s.coherent ? "" : " not") coherent, \(file) says it is\(body.cohacc ? "" : " not")", [dtName, file])
                }
            } else {
                s.interrupts = iortIRQ
                s.coherent = body.cohacc
            }
            // StreamIDs -> DeviceIDs, as Linux walks them (the own-MSI mapping is skipped).
            guard let pieces = iortPieces(&walker, from: node, what: "the SMMUv3 node at offset \(hex(node.offset))", in: file) else { return }
            s.iortMSIMappings = Self.mapPieces(pieces, { $0.its }) { itsByOffset[$0] }
            if let own = iort.smmuOwnDeviceID(smmuAt: node.offset), let target = itsByOffset[own.nodeOffset] {
                if let dtMSI = s.msi, dtMSI.its != target || dtMSI.id != own.id {
                    note(.iommu(index), .contradiction, "the SMMU's own MSIs: DeviceID \(hex(dtMSI.id)) in the DT, \(hex(own.id)) in \(file)", [dtName, file])
                } else if s.msi == nil {
                    if iommus[index].dtPath != nil {
                        note(.iommu(index), .complement, "\(file) gives the SMMU its own MSIs; the DT does not", [file, dtName])
                    }
                    s.msi = (target, own.id)
                }
            }
            iommus[index].kind = .smmu(s)
        }
        // Named components: platform devices by ACPI path.
        for node in iort.nodes {
            guard case .namedComponent(let nc) = node.kind else { continue }
            guard let d = devices.firstIndex(where: { $0.acpiPath == nc.deviceName }) else {
                note(.top, .complement, "\(file) has a named component \(nc.deviceName) that no DT node or SSDT object locates; left out", [file])
                continue
            }
            // StreamIDs: Linux reads them index by index from single mappings (topoc writes one
            // per ID); other producers may write one range mapping. Either way, one ID range.
            var streams: [(smmu: Int, ids: IDRange)] = []
            for m in node.mappings {
                guard let smmu = smmuByOffset[Int(m.outputReference)] else { continue }
                let ids = m.isSingleMapping ? IDRange(first: m.outputBase, count: 1) : IDRange.checked(first: UInt64(m.outputBase), count: UInt64(m.idCount) + 1)
                guard let ids else { continue }
                if let last = streams.last, last.smmu == smmu, last.ids.end == UInt64(ids.first) {
                    streams[streams.count - 1].ids = IDRange(first: last.ids.first, count: last.ids.count + ids.count)
                } else {
                    streams.append((smmu, ids))
                }
            }
            if streams.count > 1 {
                note(.device(d), .contradiction, "\(file) gives the device StreamIDs that are not one contiguous range on one SMMU", [file])
            } else if let (smmu, ids) = streams.first {
                if let dIOMMU = devices[d].iommu, dIOMMU != smmu || devices[d].ids != ids {
                    note(.device(d), .contradiction, "the device's StreamIDs differ between the DT and \(file)", [dtName, file])
                } else if devices[d].iommu == nil {
                    devices[d].iommu = smmu
                    devices[d].ids = ids
                    if devices[d].dtPath != nil { note(.device(d), .complement, "\(file) puts this device behind an SMMU; the DT does not", [file, dtName]) }
                }
            }
            for m in node.mappings {
                if smmuByOffset[Int(m.outputReference)] != nil {
                    continue
                } else if let target = itsByOffset[Int(m.outputReference)], m.isSingleMapping {
                    if let msi = devices[d].msi, msi.its != target || msi.id != m.outputBase {
                        note(.device(d), .contradiction, "the device's MSI DeviceID is \(hex(msi.id)) in the DT, \(hex(m.outputBase)) in \(file)", [dtName, file])
                    } else if devices[d].msi == nil {
                        devices[d].msi = (target, m.outputBase)
                        if devices[d].dtPath != nil { note(.device(d), .complement, "\(file) gives this device MSIs; the DT does not", [file, dtName]) }
                    }
                }
            }
        }
        // Root complexes: coherency, ATS and the RID maps, per segment.
        for node in iort.nodes {
            guard case .rootComplex(let body) = node.kind else { continue }
            let segment = UInt16(truncatingIfNeeded: body.pciSegment)
            if rcIndices(onSegment: segment).isEmpty { _ = rootComplex(segment: segment, bus: 0) }
            for r in rcIndices(onSegment: segment) {
                let coherent = body.memoryAccess.isCoherent
                if rcs[r].inDT && rcs[r].coherent != coherent {
                    note(.rc(r), .contradiction, "the DT says this host bridge is\(rcs[r].coherent ? "" : " not") coherent, \(file) says it is\(coherent ? "" : " not")", [dtName, file])
                } else {
                    rcs[r].coherent = coherent
                }
                rcs[r].ats = body.atsSupported
            }
            // RIDs -> StreamIDs and RIDs -> DeviceIDs (directly or on through an SMMU), as Linux
            // walks them; a mapping to an SMMU can continue through each of the SMMU's mappings,
            // so the walk is charged by the pieces it makes.
            let what = "the root complex node at offset \(hex(node.offset))"
            guard let pieces = iortPieces(&walker, from: node, what: what, in: file) else { return }
            let translation = Self.mapPieces(pieces, { $0.iommu }) { smmuByOffset[$0] }
            let msi = Self.mapPieces(pieces, { $0.its }) { itsByOffset[$0] }
            guard charge(translation.count + msi.count, for: what, in: file, at: node.offset) else { return }
            // A single mapping gives every RID it takes one ID: no map entry says that.
            let pciRIDs = IDRange(first: 0, count: 0x10000)
            var oneID: [IDRange] = [], streamID = false
            for p in pieces {
                let smmu = Self.constantTarget(p.iommu).flatMap { smmuByOffset[$0] }, its = Self.constantTarget(p.its).flatMap { itsByOffset[$0] }
                guard smmu != nil || its != nil, let rids = IDRange(first: p.first, last: p.last).intersection(pciRIDs) else { continue }
                oneID.append(rids)
                streamID = streamID || smmu != nil
            }
            if let first = oneID.first {
                let more = oneID.count > 1 ? " (and \(oneID.count - 1) more run\(oneID.count > 2 ? "s" : ""))" : ""
                note(.top, .complement, "\(what) in \(file) gives RIDs \(first)\(more) of segment \(segment) one \(streamID ? "StreamID" : "DeviceID") through a single mapping, as Linux reads it, which no map entry can say; left out", [file])
            }
            iortTranslation[segment, default: []] += translation
            iortMSI[segment, default: []] += msi
        }
    }

    // MARK: - VIOT


    mutating func readVIOT() {
        guard let (viot, file) = inputs.viot else { return }
        var byOffset: [Int: Int] = [:]
        for iommu in viot.iommus {
            switch iommu.transport {
            case .pci(let segment, let rid):
                let bdf = BDF(rid: rid)
                if let i = iommus.firstIndex(where: {
                    if case .pci(let r, let b) = $0.kind { rcs[r].segment == segment && b == bdf } else { false }
                }) {
                    byOffset[iommu.nodeOffset] = i
                } else {
                    let r = rootComplex(segment: segment, bus: bdf.bus)
                    appendIOMMU(DraftIOMMU(kind: .pci(rc: r, bdf: bdf)))
                    byOffset[iommu.nodeOffset] = iommus.count - 1
                    if inputs.dt != nil && rcs[r].inDT {
                        note(.iommu(iommus.count - 1), .complement, "\(file) describes this IOMMU; the DT does not", [file, dtName])
                    }
                }
            case .mmio(let base):
                if let i = iommus.firstIndex(where: { if case .mmio(let b, _, _) = $0.kind { b == base } else { false } }) {
                    byOffset[iommu.nodeOffset] = i
                } else if let d = devices.firstIndex(where: { $0.base == base && $0.dtPath == nil }) {
                    // The SSDT object at this base is the IOMMU, not a device.
                    let dev = devices[d]
                    appendIOMMU(
                        DraftIOMMU(name: dev.name, kind: .mmio(base: base, size: dev.size ?? 0x200, interrupt: dev.interrupt), ssdtPath: dev.acpiPath))
                    byOffset[iommu.nodeOffset] = iommus.count - 1
                    devices[d].dropped = true
                } else {
                    appendIOMMU(DraftIOMMU(kind: .mmio(base: base, size: 0x200, interrupt: nil)))
                    byOffset[iommu.nodeOffset] = iommus.count - 1
                    if inputs.dt != nil { note(.iommu(iommus.count - 1), .complement, "\(file) describes this IOMMU; the DT does not", [file, dtName]) }
                }
            }
            let i = byOffset[iommu.nodeOffset]!
            iommus[i].viotOffset = iommu.nodeOffset
        }
        for range in viot.pciRanges {
            guard let iommu = byOffset[Int(range.outputNode)] else { continue }
            let segments = Int(range.segmentEnd) - Int(range.segmentStart) + 1
            guard
                charge(
                    2 * max(segments, 0),
                    for: "the PCI range node at offset \(hex(range.offset)) (segments \(hex(range.segmentStart))-\(hex(range.segmentEnd)))",
                    in: file, at: range.offset)
            else { return }
            for segment in range.segmentStart...range.segmentEnd {
                // Linux's formula, read at the range's first BDF; the BDFs after it follow on.
                viotTranslation[segment, default: []].append(
                    MapPiece(rids: IDRange(first: UInt32(range.bdfStart), last: UInt32(range.bdfEnd)), target: iommu,
                             id: range.endpointID(segment: segment, bdf: range.bdfStart)))
                if rcIndices(onSegment: segment).isEmpty { _ = rootComplex(segment: segment, bus: UInt8(range.bdfStart >> 8)) }
            }
        }
        for ep in viot.mmioEndpoints {
            guard let iommu = byOffset[Int(ep.outputNode)] else { continue }
            if let d = devices.firstIndex(where: { $0.base == ep.baseAddress }) {
                if let dIOMMU = devices[d].iommu, dIOMMU != iommu || devices[d].ids?.first != ep.endpointID {
                    note(.device(d), .contradiction, "the device's endpoint ID is \(devices[d].ids.map { hex($0.first) } ?? "-") in the DT, \(hex(ep.endpointID)) in \(file)", [dtName, file])
                } else if devices[d].iommu == nil {
                    devices[d].iommu = iommu
                    devices[d].ids = IDRange(first: ep.endpointID, count: 1)
                    if devices[d].dtPath != nil { note(.device(d), .complement, "\(file) puts this device behind an IOMMU; the DT does not", [file, dtName]) }
                }
            } else {
                var d = DraftDevice(base: ep.baseAddress, size: nil)
                d.iommu = iommu
                d.ids = IDRange(first: ep.endpointID, count: 1)
                devices.append(d)
                note(.device(devices.count - 1), .guess, "\(file) names only this device's base address; size 0x200 assumed", [file])
            }
        }
    }
}

/// Reading the MADT: the GIC's version, ITS base addresses (by GIC ITS ID, the ID an IORT ITS
/// group names) and GICv2m frames (base, SPIs when the frame's flag overrides `MSI_TYPER`).
extension DecompileBuilder {
    mutating func readMADT() {
        guard let (madt, file) = inputs.madt else { return }
        let others = [inputs.dt?.name, inputs.iort?.name].compactMap { $0 }
        var matched = Set<Int>()
        for entry in madt.itss {
            // The ITS the IORT names by this ID, or the DT's ITS at this base.
            let index = its.indices.first { i in
                !its[i].gicv2m && !matched.contains(i) && (its[i].itsID == entry.itsID || its[i].itsID == nil && its[i].base == entry.baseAddress)
            }
            guard let i = index else {
                its.append(DraftITS(base: entry.baseAddress, itsID: entry.itsID, madtOffset: entry.offset))
                matched.insert(its.count - 1)
                if !others.isEmpty {
                    note(.its(its.count - 1), .complement, "\(file) lists this ITS (ITS ID \(entry.itsID)); \(others.joined(separator: " and ")) do\(others.count == 1 ? "es" : "") not", [file] + others)
                }
                continue
            }
            matched.insert(i)
            if let base = its[i].base, base != entry.baseAddress {
                note(.its(i), .contradiction, "the DT puts this ITS at \(hex(base)), \(file) at \(hex(entry.baseAddress))", [dtName, file])
            }
            its[i].base = its[i].base ?? entry.baseAddress
            its[i].itsID = its[i].itsID ?? entry.itsID
            its[i].madtOffset = entry.offset
        }
        for i in itsIndices where !matched.contains(i) {
            let source = its[i].iortOffset != nil ? "\(inputs.iort?.name ?? "IORT")'s ITS group names ITS ID \(its[i].itsID ?? 0)" : "the DT describes this ITS"
            note(.its(i), .contradiction, "\(source), which \(file) does not list: the machine has no such ITS", [file] + others)
        }
        var framesMatched = Set<Int>()
        for frame in madt.msiFrames {
            let spis = frame.overridesSPIs ? MSIController.GICv2mSPIs(base: UInt32(frame.spiBase), count: UInt32(frame.spiCount)) : nil
            guard let i = its.indices.first(where: { its[$0].gicv2m && !framesMatched.contains($0) && its[$0].base == frame.baseAddress }) else {
                its.append(DraftITS(base: frame.baseAddress, gicv2m: true, spis: spis, madtOffset: frame.offset))
                framesMatched.insert(its.count - 1)
                if inputs.dt != nil { note(.its(its.count - 1), .complement, "\(file) lists this GICv2m frame; the DT does not", [file, dtName]) }
                continue
            }
            framesMatched.insert(i)
            its[i].madtOffset = frame.offset
            func text(_ s: MSIController.GICv2mSPIs?) -> String { s?.text ?? "its MSI_TYPER's SPIs" }
            switch (its[i].spis, spis) {
            case (let a?, let b?) where a != b:
                note(.its(i), .contradiction, "the DT gives this GICv2m frame \(text(a)), \(file) \(text(b))", [dtName, file])
            case (nil, let b?), (let b?, nil):
                // One blob names the SPIs, the other leaves them to the frame's MSI_TYPER: the
                // DT's reading is kept (a topology without SPIs leaves them to MSI_TYPER too).
                let (says, leaves) = its[i].spis == nil ? (file, dtName) : (dtName, file)
                note(.its(i), .complement, "\(says) gives this GICv2m frame \(text(b)), \(leaves) leaves them to its MSI_TYPER; the DT's is kept", [dtName, file])
            default:
                break
            }
        }
        for i in its.indices where its[i].gicv2m && !framesMatched.contains(i) {
            note(.its(i), .complement, "the DT describes this GICv2m frame; \(file) does not list it", [dtName, file])
        }
        // An ITS needs a GICv3 or GICv4 (GICv2m frames go with a GICv2, or a GICv3 without LPIs,
        // which the MADT cannot tell apart from one with them).
        if let version = madt.gicVersion, version <= 2 {
            for i in itsIndices {
                note(.its(i), .contradiction, "this is an ITS, which only a GICv3 or GICv4 has, but \(file)'s GIC distributor is version \(version)", [file])
            }
        }
    }
}
