import ACPI
import FirmwareDecode
import TopologyModel

/// Reconciling what the blobs say: the maps, root complexes only ACPI describes, SMMU msi-maps, the ACPI header.
extension DecompileBuilder {
    // MARK: - Maps

    /// Reconciles the DT's maps of each root complex with VIOT's and IORT's.
    mutating func reconcileMaps() {
        let dtFile = dtName
        let viotFile = inputs.viot?.name ?? "VIOT"
        let iortFile = inputs.iort?.name ?? "IORT"
        for r in rcs.indices {
            let domain = rcs[r].rids
            let seg = rcs[r].segment
            let viot = (viotTranslation[seg] ?? []).compactMap { $0.clipped(to: domain) }
            let iortT = (iortTranslation[seg] ?? []).compactMap { $0.clipped(to: domain) }
            let iortM = coalesce((iortMSI[seg] ?? []).compactMap { $0.clipped(to: domain) })

            // Translation: the DT's entries; without a DT node, VIOT's ranges and IORT's mappings.
            var translation = rcs[r].iommuMap
            let haveDT = rcs[r].inDT
            if !haveDT { translation = [] }
            for (source, file) in [(viot, viotFile), (iortT, iortFile)] {
                for gap in fill(&translation, from: source) where haveDT {
                    note(.rcKey(r, "iommu-map"), .complement, "RIDs \(gap.rids) are translated by \(iommuLabel(gap.target)) in \(file) but not in the DT", [file, dtFile])
                }
            }
            translation.sort { $0.rids.first < $1.rids.first }
            // What each blob says about the final map.
            let virtio = translation.filter { isVirtio($0.target) }
            let smmu = translation.filter { !isVirtio($0.target) }
            if inputs.viot != nil {
                compare(r, "iommu-map", final: virtio, source: viot, file: viotFile, against: haveDT ? dtFile : nil, ignoring: iommus.ownRIDs(of: r))
            }
            if inputs.iort != nil {
                compare(r, "iommu-map", final: smmu, source: iortT, file: iortFile, against: haveDT ? dtFile : nil, ignoring: [])
            }
            rcs[r].iommuMap = translation

            var msi = haveDT ? rcs[r].msiMap : []
            for gap in fill(&msi, from: iortM) where haveDT {
                note(.rcKey(r, "msi-map"), .complement, "MSIs of RIDs \(gap.rids) reach \(itsLabel(gap.target)) in \(iortFile) but not in the DT", [iortFile, dtFile])
            }
            msi.sort { $0.rids.first < $1.rids.first }
            if !haveDT { msi = coalesce(msi) }
            if inputs.iort != nil && arch == .arm64 {
                // IORT routes MSIs to ITSs only: a GICv2m route is not in it, rightly.
                compare(r, "msi-map", final: msi.filter { !its[$0.target].gicv2m }, source: iortM, file: iortFile,
                        against: haveDT ? dtFile : nil, ignoring: [], msi: true)
            }
            rcs[r].msiMap = msi
        }
        // RIDs a table translates on a segment where no root complex has those buses.
        for (segment, pieces) in viotTranslation.merging(iortTranslation, uniquingKeysWith: +).sorted(by: { $0.key < $1.key }) {
            let covered = rcIndices(onSegment: segment).map { MapPiece(rids: rcs[$0].rids, target: 0, id: 0) }
            for piece in pieces {
                for gap in uncovered(piece, by: covered) {
                    note(.top, .complement, "RIDs \(gap.rids) of segment \(segment) are translated by \(iommuLabel(gap.target)), but no root complex has those buses; left out", [viotFile, iortFile])
                }
            }
        }
    }


    func isVirtio(_ i: Int) -> Bool {
        if case .smmu = iommus[i].kind { return false }
        return true
    }

    /// Placeholders resolved to names once names are given (`resolveLabels`).
    func iommuLabel(_ i: Int) -> String { "\u{1}iommu:\(iommus[i].uid)\u{1}" }
    func itsLabel(_ i: Int) -> String { "\u{1}its:\(i)\u{1}" }

    mutating func appendIOMMU(_ d: DraftIOMMU) {
        var d = d
        d.uid = iommus.count + iommus.map(\.uid).reduce(0, max) + 1
        iommus.append(d)
    }

    /// Replaces the placeholders of `iommuLabel`/`itsLabel` in every finding with quoted names.
    mutating func resolveLabels() {
        var names: [String: String] = [:]
        for d in iommus { names["iommu:\(d.uid)"] = d.name }
        for (i, d) in its.enumerated() { names["its:\(i)"] = d.name }
        for k in findings.indices {
            let parts = findings[k].message.split(separator: "\u{1}", omittingEmptySubsequences: false)
            findings[k].message = parts.enumerated().map { n, part in
                n % 2 == 1 ? "'\(names[String(part)] ?? String(part))'" : String(part)
            }.joined()
        }
    }

    /// Adds to `map` the RIDs of `pieces` it does not cover yet (what a blob before said is kept);
    /// returns the gaps added.
    func fill(_ map: inout [MapPiece], from pieces: [MapPiece]) -> [MapPiece] {
        var added: [MapPiece] = []
        for piece in pieces {
            for gap in uncovered(piece, by: map) {
                map.append(gap)
                added.append(gap)
            }
        }
        return added
    }

    /// The parts of `piece`'s RIDs no piece of `map` covers.
    func uncovered(_ piece: MapPiece, by map: [MapPiece]) -> [MapPiece] {
        var out: [MapPiece] = []
        var cursor = UInt64(piece.rids.first)
        for m in map.sorted(by: { $0.rids.first < $1.rids.first }) where m.rids.overlaps(piece.rids) {
            if UInt64(m.rids.first) > cursor {
                out += IDRange.checked(first: cursor, count: UInt64(m.rids.first) - cursor).flatMap { piece.clipped(to: $0) }.map { [$0] } ?? []
            }
            cursor = max(cursor, m.rids.end)
        }
        if cursor < piece.rids.end {
            out += IDRange.checked(first: cursor, count: piece.rids.end - cursor).flatMap { piece.clipped(to: $0) }.map { [$0] } ?? []
        }
        return out
    }

    /// Merges pieces that continue each other (same target, RIDs and IDs contiguous).
    func coalesce(_ pieces: [MapPiece]) -> [MapPiece] {
        var out: [MapPiece] = []
        for p in pieces.sorted(by: { $0.rids.first < $1.rids.first }) {
            if let last = out.last, last.target == p.target, last.rids.end == UInt64(p.rids.first),
                UInt64(last.id) + last.rids.count == UInt64(p.id)
            {
                out[out.count - 1].rids = IDRange(first: last.rids.first, count: last.rids.count + p.rids.count)
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Compares the final map of one kind with what one table says, RID run by RID run.
    mutating func compare(
        _ r: Int, _ key: String, final: [MapPiece], source: [MapPiece], file: String, against: String?, ignoring: Set<UInt32>,
        msi: Bool = false
    ) {
        var cuts = Set<UInt64>()
        for p in final + source {
            cuts.insert(UInt64(p.rids.first))
            cuts.insert(p.rids.end)
        }
        for rid in ignoring {
            cuts.insert(UInt64(rid))
            cuts.insert(UInt64(rid) + 1)
        }
        let edges = cuts.sorted()
        func find(_ map: [MapPiece], _ rid: UInt32) -> MapPiece? { map.first { $0.rids.contains(rid) } }
        let label = msi ? itsLabel : iommuLabel
        let what = msi ? "DeviceID" : "endpoint ID"
        var reported = 0
        for (lo, hi) in zip(edges, edges.dropFirst()) where reported < 8 {
            let rid = UInt32(lo)
            if ignoring.contains(rid) { continue }
            let range = IDRange(first: rid, count: hi - lo)
            let a = find(final, rid), b = find(source, rid)
            switch (a, b) {
            case (let a?, let b?):
                let (ta, ia) = a.value(at: rid), (tb, ib) = b.value(at: rid)
                if ta != tb || ia != ib {
                    note(.rcKey(r, key), .contradiction, "RIDs \(range): \(label(ta)) \(what) \(hex(ia)) in \(against ?? "the other tables"), \(label(tb)) \(what) \(hex(ib)) in \(file)", [against ?? file, file].uniqued)
                    reported += 1
                }
            case (let a?, nil):
                if let against {
                    note(.rcKey(r, key), .complement, "RIDs \(range) \(msi ? "send MSIs to" : "are translated by") \(label(a.target)) in \(against) but \(file) does not say so", [against, file])
                    reported += 1
                }
            default: break
            }
        }
    }

    // MARK: - Root complexes only ACPI describes

    mutating func placeACPIOnlyRootComplexes() {
        // Declaration order: the SSDT's when it lists them all, else DT's then by (segment, bus).
        let order = rcs.indices.sorted { a, b in
            let ka = (rcs[a].ssdtOrder ?? Int.max, rcs[a].inDT ? 0 : 1, rcs[a].segment, rcs[a].firstBus)
            let kb = (rcs[b].ssdtOrder ?? Int.max, rcs[b].inDT ? 0 : 1, rcs[b].segment, rcs[b].firstBus)
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return ka.1 < kb.1 }
            return (ka.2, ka.3) < (kb.2, kb.3)
        }
        reorderRootComplexes(order)
        if inputs.dt == nil {
            // No DT given: one root complex of each segment goes in the tree, the others cannot:
            // the one with the ECAM window (the DT names a host bridge by its configuration
            // space; QEMU's DSDT lists expander bridges, which have none, first), else the first.
            var chosen: [UInt16: Int] = [:]
            for r in rcs.indices where chosen[rcs[r].segment] == nil && rcs[r].ecam != nil { chosen[rcs[r].segment] = r }
            for r in rcs.indices where chosen[rcs[r].segment] == nil { chosen[rcs[r].segment] = r }
            for r in rcs.indices { rcs[r].inDT = chosen[rcs[r].segment] == r }
        }
        // virtio-pci IOMMU names carried by `_ADR` objects.
        for i in iommus.indices where iommus[i].name == nil {
            if case .pci(let r, let bdf) = iommus[i].kind {
                iommus[i].name = pciIOMMUNames[PCIAddress(segment: rcs[r].segment, rid: bdf.rid)]
            }
        }
        // Keep IOMMU declaration order: DT phandle order, then VIOT's, then IORT's.
        let sorted = iommus.indices.sorted { a, b in
            let x = iommus[a], y = iommus[b]
            return (x.dtPhandle ?? .max, a) < (y.dtPhandle ?? .max, b)
        }
        // Those the DT does not describe go before the next one VIOT lists after them.
        var iommuOrder = sorted.filter { iommus[$0].dtPhandle != nil }
        let viotOrder = iommus.indices.filter { iommus[$0].viotOffset != nil }.sorted { iommus[$0].viotOffset! < iommus[$1].viotOffset! }
        for (k, i) in viotOrder.enumerated() where iommus[i].dtPhandle == nil {
            let later = viotOrder[(k + 1)...].first { iommuOrder.contains($0) }
            if let later, let at = iommuOrder.firstIndex(of: later) { iommuOrder.insert(i, at: at) } else { iommuOrder.append(i) }
        }
        iommuOrder += iommus.indices.filter { !iommuOrder.contains($0) }.sorted { (iommus[$0].iortOffset ?? .max, $0) < (iommus[$1].iortOffset ?? .max, $1) }
        reorderIOMMUs(iommuOrder)
    }

    mutating func reorderRootComplexes(_ order: [Int]) {
        var newIndex = [Int](repeating: 0, count: rcs.count)
        for (n, old) in order.enumerated() { newIndex[old] = n }
        rcs = order.map { rcs[$0] }
        rcsBySegment = [:]
        for r in rcs.indices { rcsBySegment[rcs[r].segment, default: []].append(r) }
        for i in iommus.indices {
            if case .pci(let r, let bdf) = iommus[i].kind { iommus[i].kind = .pci(rc: newIndex[r], bdf: bdf) }
        }
        findings = findings.map { f in
            var f = f
            switch f.anchor {
            case .rc(let r): f.anchor = .rc(newIndex[r])
            case .rcKey(let r, let k): f.anchor = .rcKey(newIndex[r], k)
            default: break
            }
            return f
        }
    }

    mutating func reorderIOMMUs(_ order: [Int]) {
        var newIndex = [Int](repeating: 0, count: iommus.count)
        for (n, old) in order.enumerated() { newIndex[old] = n }
        iommus = order.map { iommus[$0] }
        for r in rcs.indices {
            rcs[r].iommuMap = rcs[r].iommuMap.map { var p = $0; p.target = newIndex[p.target]; return p }
        }
        for d in devices.indices { devices[d].iommu = devices[d].iommu.map { newIndex[$0] } }
        findings = findings.map { f in
            var f = f
            if case .iommu(let i) = f.anchor { f.anchor = .iommu(newIndex[i]) }
            return f
        }
    }

    // MARK: - SMMU msi-map

    /// An SMMU gets an explicit `msi-map` when the IORT's StreamID -> DeviceID mappings are not
    /// the ones topoc derives from the root complexes' and devices' MSI routes.
    mutating func decideSMMUMSIMaps() {
        for i in iommus.indices {
            guard case .smmu(var s) = iommus[i].kind, let written = s.iortMSIMappings else { continue }
            s.msiMap = nil
            iommus[i].kind = .smmu(s)
            let model = provisionalTopology()
            guard let iommu = model.iommus.first(where: { $0.name == provisionalName(iommu: i) }) else { continue }
            let derived = try? IORTMappingPlanner.smmuMappings(for: iommu, in: model)
            let wanted = written.map { "\($0.rids.first)-\($0.rids.count)-\($0.target)-\($0.id)" }
            let have = (derived ?? []).map { m -> String in
                let target = model.msiControllers.firstIndex { $0.name == m.target.name } ?? -1
                return "\(m.input.first)-\(m.input.count)-\(target)-\(m.outputBase)"
            }
            if derived == nil || wanted != have {
                s.msiMap = written
                iommus[i].kind = .smmu(s)
            }
        }
    }

    // MARK: - ACPI header

    mutating func readHeaders() {
        guard let first = inputs.headers.first else { return }
        let h = first.header
        for (other, file) in inputs.headers.dropFirst() {
            if other.oemID != h.oemID || other.oemTableID != h.oemTableID || other.oemRevision != h.oemRevision
                || other.creatorID != h.creatorID || other.creatorRevision != h.creatorRevision
            {
                note(.acpi, .complement, "\(file)'s header fields differ from \(first.name)'s; \(first.name)'s are kept", [file, first.name])
            }
        }
        var revision = IORTRevision.r3
        var rootComplexRevision: UInt8?
        if let (iort, file) = inputs.iort {
            if let r = IORTRevision(rawValue: Int(iort.revision)) {
                revision = r
                rootComplexRevision = Self.rootComplexRevision(of: iort, revision: r) { found in
                    let allowed = r.rootComplexNodeRevisions.map(String.init).joined(separator: " or ")
                    note(.acpi, .complement, "\(file) has root complex nodes of revision \(found.map(String.init).joined(separator: " and ")); a revision-\(r.rawValue) IORT of topoc has them all of revision \(allowed); revision \(r.rootComplexNodeRevisions[0]) assumed", [file])
                }
            } else {
                note(.acpi, .complement, "\(file) is IORT revision \(iort.revision), which topoc does not emit; revision 3 assumed", [file])
            }
        }
        acpi = ACPIHeaderFields(
            oemID: h.oemID, oemTableID: h.oemTableID, oemRevision: h.oemRevision, creatorID: h.creatorID,
            creatorRevision: h.creatorRevision, iortRevision: revision, iortRootComplexRevision: rootComplexRevision,
            source: Self.nowhere)
        if inputs.dt == nil {
            let candidate = h.oemTableID.trimming(" ").lowercased()
            if Names.isTopologyName(candidate) { name = candidate }
        }
    }

    /// `iort-root-complex-revision` for the blob: its root complex nodes' revision where it is not
    /// the table revision's default but one the table can carry (QEMU 11's revision-3 nodes in a
    /// revision-5 table); `nil` for the default or no root complex. Other revisions, or several,
    /// are reported through `unsupported` (sorted), and the default assumed.
    static func rootComplexRevision(of iort: FirmwareDecode.IORTTable, revision: IORTRevision, unsupported: ([UInt8]) -> Void) -> UInt8? {
        let allowed = revision.rootComplexNodeRevisions
        let found = Set(iort.nodes.compactMap { node -> UInt8? in
            if case .rootComplex = node.kind { return node.revision }
            return nil
        }).sorted()
        if found.isEmpty || found == [allowed[0]] { return nil }
        if found.count == 1 && allowed.contains(found[0]) { return found[0] }
        unsupported(found)
        return nil
    }
}
