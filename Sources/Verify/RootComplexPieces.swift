import FirmwareDecode
import TopologyModel

/// A run of RIDs of a root complex with one expected answer (a record of the layout, or a gap
/// that bypasses and has no MSI route).
struct TopologyPiece {
    var rids: IDRange
    var iommu: String?
    var idsFirst: UInt32
    var msi: String?
    /// The DeviceID of `rids.first` (nil: a GICv2m frame, no DeviceID).
    var msiFirst: UInt32?
    var row: Int
}

/// What one blob says on a run: a name and ID at the run's first RID (linear from there, or the
/// same ID for every RID when `constant`), where the blob says it, or why it cannot be read.
struct BlobAnswer {
    var ref: Ref?
    var constant = false
    var failure: String? = nil
    /// Where the blob says it, made into text only for a mismatch.
    var entry: BlobEntry? = nil
    /// For DT msi-map: the node the MSIs go to (its doorbell is checked by PROBE).
    var msiTarget: String? = nil
    /// Linux's fallback under ACPI (the first MADT GICv2m frame for a PCI device without an IORT
    /// ITS domain), which a topology that gives the RIDs no MSI route accepts: ACPI cannot say
    /// "no MSIs" for them.
    var fallback = false

    static let none = BlobAnswer(ref: nil)
}

/// Where a blob gives an answer: `entry 2`, `PCI range at offset 0x58`, `mappings at 0x30, 0x94`.
enum BlobEntry: CustomStringConvertible {
    case dtMapEntry(Int)
    case viotRange(offset: Int)
    case iortMappings(offsets: [Int])
    /// No ITS domain from the IORT read with the MADT: the mappings taken to an ITS group whose
    /// first ITS ID the MADT does not list (`deadGroup`), or none; and the MADT's first GIC MSI
    /// frame (its structure's offset) when PCI MSIs fall back to it.
    case acpiMSI(mappings: [Int], deadGroup: Int?, frame: Int?)

    var description: String {
        switch self {
        case .dtMapEntry(let i): "entry \(i)"
        case .viotRange(let offset): "PCI range at offset \(hex(offset))"
        case .iortMappings(let offsets): Self.mappings(offsets)
        case .acpiMSI(let offsets, let dead, let frame):
            [dead.map { "\(Self.mappings(offsets)) to the ITS group at \(hex($0)), whose first ITS ID the MADT does not list" } ?? "no ITS mapping",
             frame.map { "MSIs fall back to the first GIC MSI frame of the MADT, at offset \(hex($0))" }].compactMap { $0 }.joined(separator: "; ")
        }
    }

    private static func mappings(_ offsets: [Int]) -> String {
        "mapping\(offsets.count == 1 ? "" : "s") at \(offsets.map { hex($0) }.joined(separator: ", "))"
    }
}

/// One check of a root complex's RIDs against one map of one blob, as pieces over the RIDs.
struct PieceCheck {
    /// `DT iommu-map`, `DT msi-map`, `VIOT`, `IORT iommu`, `IORT msi` (`Mismatch.piece.check`).
    var check: String
    /// Format text of a mismatch, e.g. `DT iommu-map of /pcie@10000000`.
    var format: String
    var iommu: Bool
    /// Breakpoints (first RIDs of the pieces, ascending) and each piece's answer at its first RID.
    var starts: [UInt32]
    var answers: [BlobAnswer]
    /// Whether the topology's answer is compared as is, or only when it is an IOMMU of this kind
    /// (VIOT describes virtio IOMMUs only, IORT SMMUs only) or an MSI controller this blob routes
    /// to (IORT: ITSs, not GICv2m frames).
    var expects: (String?) -> Bool
    /// Where the device gets the IDs this blob gives (nil: not exercised).
    var exerciseFormat: String?
}

extension VerificationRun {
    func topologyPieces(of rc: RootComplex) -> [TopologyPiece] {
        var result: [TopologyPiece] = []
        var next = UInt64(rc.rids.first)
        let rcSegment = "\(rc.name) seg \(rc.segment) RIDs "
        func addRow(_ rids: IDRange, _ iommu: String?, _ ids: IDRange?, _ msi: MSIRoute?) -> Int {
            rows.append(.init(
                source: joinedText(rcSegment, hex(rids.first, digits: 4), "-", hex(rids.last, digits: 4)),
                translation: iommu.map { joinedText($0, " ", ids?.description ?? "?") } ?? "bypass",
                msi: msi.map(\.rowText) ?? "-", checkedIDs: Int(rids.count), exhaustive: true, mismatches: 0))
            return rows.count - 1
        }
        func gap(upTo end: UInt64) {
            guard end > next else { return }
            let rids = IDRange(first: UInt32(next), count: end - next)
            result.append(TopologyPiece(rids: rids, iommu: nil, idsFirst: 0, msi: nil, msiFirst: nil, row: addRow(rids, nil, nil, nil)))
        }
        for r in recordsByRootComplex[rc.name] ?? [] {
            guard case .pci(_, _, let rids) = r.source else { continue }
            gap(upTo: UInt64(rids.first))
            let row = addRow(rids, r.iommu, r.ids, r.msi)
            rowOfSource[r.source] = row
            result.append(TopologyPiece(rids: rids, iommu: r.iommu, idsFirst: r.ids?.first ?? 0, msi: r.msi?.controller,
                                        msiFirst: r.msi?.deviceIDs?.first, row: row))
            next = rids.end
        }
        gap(upTo: rc.rids.end)
        return result
    }

    /// The blob checks of one root complex, each decoded into pieces over its RIDs.
    func pieceChecks(of rc: RootComplex, index: Int, firstRow: Int) -> [PieceCheck] {
        let first = rc.rids.first, last = rc.rids.last
        var checks: [PieceCheck] = []
        if let dt, let host = dtHosts[index] {
            for (map, mask, iommu) in [("iommu-map", "iommu-map-mask", true), ("msi-map", "msi-map-mask", false)] {
                let pieces: [IDPiece<String>]
                do {
                    pieces = try dt.mapPieces(node: host, first: first, last: last, mapName: map, maskName: mask)
                } catch {
                    pieces = [IDPiece(first: first, last: last, outcome: .failed("\(error)"))]
                }
                checks.append(PieceCheck(
                    check: "DT \(map)", format: "DT \(map) of \(host)", iommu: iommu, starts: pieces.map(\.first),
                    answers: pieces.map { p in
                        switch p.outcome {
                        case .unmapped: return .none
                        case .failed(let why): return BlobAnswer(ref: nil, failure: why)
                        case .mapped(let target, let output, let constant, let entry):
                            return BlobAnswer(ref: iommu ? Ref(name: dtName(target), id: output) : dtMSIRef(target, id: output),
                                              constant: constant, entry: .dtMapEntry(entry), msiTarget: iommu ? nil : target)
                        }
                    }, expects: { _ in true }, exerciseFormat: iommu ? "DT" : nil))
            }
        } else if let dt, rc.inDeviceTree {
            recordNoHostBridge(rc, in: dt, row: firstRow)
        }
        if let viot {
            let pieces = viot.pciPieces(segment: rc.segment, first: UInt16(first), last: UInt16(last))
            checks.append(PieceCheck(
                check: "VIOT", format: "VIOT", iommu: true, starts: pieces.map(\.first),
                answers: pieces.map { p in
                    guard case .mapped(let target, let output, _, let entry) = p.outcome else { return .none }
                    return BlobAnswer(ref: Ref(name: viotName(target), id: output), entry: .viotRange(offset: entry))
                }, expects: { [unowned self] in isVirtio($0) }, exerciseFormat: "VIOT"))
        }
        if let iort {
            let pieces = iort.ridPieces(segment: UInt32(rc.segment), first: first, last: last)
                ?? [IORTChainPiece(first: first, last: last, iommu: .unmapped, its: .unmapped, mappings: [])]
            func answer(_ o: IDPiece<Int>.Outcome, _ mappings: [Int]) -> BlobAnswer {
                guard case .mapped(let target, let output, let constant, _) = o else { return .none }
                return BlobAnswer(ref: Ref(name: iortName(target), id: output), constant: constant,
                                  entry: mappings.isEmpty ? nil : .iortMappings(offsets: mappings))
            }
            checks.append(PieceCheck(
                check: "IORT iommu", format: "IORT", iommu: true, starts: pieces.map(\.first),
                answers: pieces.map { answer($0.iommu, $0.mappings) }, expects: { [unowned self] in isSMMU($0) }, exerciseFormat: nil))
            checks.append(PieceCheck(
                check: "IORT msi", format: "IORT", iommu: false, starts: pieces.map(\.first),
                answers: pieces.map { iortMSIAnswer(answer($0.its, $0.mappings), $0.its, $0.mappings) },
                expects: { [unowned self] in iortRoutesMSIs(to: $0) }, exerciseFormat: nil))
        }
        return checks
    }

    func checkRootComplexes() {
        for (index, rc) in topology.rootComplexes.enumerated() {
            let expected = topologyPieces(of: rc)
            endpoints += Int(rc.rids.count)
            let checks = pieceChecks(of: rc, index: index, firstRow: expected.first?.row ?? -1)
            // The union of every breakpoint: the topology's pieces and each check's.
            var cuts = expected.map(\.rids.first)
            for c in checks { cuts += c.starts }
            cuts.sort()
            var starts: [UInt32] = []
            starts.reserveCapacity(cuts.count)
            for c in cuts where starts.last != c { starts.append(c) }
            var cursor = Array(repeating: 0, count: checks.count)
            var t = 0
            let rcDesc = "of root complex '\(rc.name)' (segment \(rc.segment))"
            for (k, a) in starts.enumerated() {
                let b = k + 1 < starts.count ? starts[k + 1] - 1 : rc.rids.last
                pieceCount += 1
                while expected[t].rids.last < a { t += 1 }
                let p = expected[t]
                let topoIOMMU = p.iommu.map { Ref(name: $0, id: p.idsFirst &+ (a - p.rids.first)) }
                let topoMSI = p.msi.map { Ref(msiTo: $0, id: p.msiFirst.map { $0 &+ (a - p.rids.first) }) }
                var msiTarget: String? = nil
                var given: [(ref: Ref, constant: Bool, format: String)] = []
                for (i, check) in checks.enumerated() {
                    while cursor[i] + 1 < check.starts.count && check.starts[cursor[i] + 1] <= a { cursor[i] += 1 }
                    let piece = check.answers[cursor[i]]
                    // The blob's answer at `a` (its piece may start before `a`).
                    var blob = piece.ref
                    if let r = blob, !piece.constant { blob = r.advanced(by: a - check.starts[cursor[i]]) }
                    if !check.iommu { msiTarget = piece.msiTarget ?? msiTarget }
                    var topo = check.iommu ? (check.expects(p.iommu) ? topoIOMMU : nil) : (check.expects(p.msi) ? topoMSI : nil)
                    // Linux's fallback frame: what the topology's route must be, if it gives one.
                    if piece.fallback { if p.msi == nil { blob = nil } else { topo = topoMSI } }
                    compareRun(check, blob: blob, constant: piece.constant, failure: piece.failure, entry: piece.entry,
                               topo: topo, first: a, last: b, rcDesc: rcDesc, rc: rc, row: p.row)
                    if let blob, check.exerciseFormat != nil, isVirtio(blob.name) {
                        given.append((blob, piece.constant, check.exerciseFormat!))
                    }
                }
                let doorbell = dtDoorbell(msiTarget)
                guard !given.isEmpty else { continue }
                let rids = exerciseIDs(first: a, last: b)
                for g in given {
                    if g.constant {
                        // One ID for the whole run: it goes to the device once, from the first RID.
                        exercise[g.ref.name, default: ExerciseBook()].note(
                            first: g.ref.id, count: 1, origin: Origin(rid: a, of: rcDesc, format: g.format, doorbell: doorbell))
                    } else if rids.isEmpty {
                        exercise[g.ref.name, default: ExerciseBook()].note(
                            first: g.ref.id, count: UInt64(b - a) + 1, origin: Origin(rid: a, of: rcDesc, format: g.format, doorbell: doorbell))
                    } else {
                        for rid in rids {
                            exercise[g.ref.name, default: ExerciseBook()].note(
                                first: g.ref.id &+ (rid - a), count: 1, origin: Origin(rid: rid, of: rcDesc, format: g.format, doorbell: doorbell))
                        }
                    }
                }
            }
        }
    }

    /// A root complex the DT should have and whose host bridge no node is.
    func recordNoHostBridge(_ rc: RootComplex, in dt: DeviceTreeBlob, row: Int) {
        record(Mismatch(subject: "root complex '\(rc.name)'", format: "DT",
                        blobSays: "no host bridge with linux,pci-domain \(rc.segment) and bus-range <\(hex(rc.firstBus)) \(hex(rc.lastBus))> among \(dt.nodes.count) nodes",
                        topologySays: "segment \(rc.segment), buses \(hex(rc.firstBus))-\(hex(rc.lastBus))",
                        deviceAnswered: "nothing (nothing to resolve)", location: rc.source.location), row: row)
    }

    func ridText(_ rid: UInt32) -> String { "RID \(hex(rid, digits: 4)) (\(BDF(rid: UInt16(truncatingIfNeeded: rid))))" }

    /// Compares one check on the run `first ... last`, on which both sides are linear (or the blob's
    /// constant): equal at `first` with equal slopes means equal on the whole run.
    private func compareRun(_ check: PieceCheck, blob: Ref?, constant: Bool, failure: String?, entry: BlobEntry?, topo: Ref?,
                            first: UInt32, last: UInt32, rcDesc: String, rc: RootComplex, row: Int) {
        let differing: UInt32
        if failure != nil || blob != topo {
            differing = first
        } else if let blob, !blob.noID, constant, last > first {
            differing = first + 1  // one ID for all: right at `first` only
        } else {
            return
        }
        let iommu = check.iommu
        record(row: row, format: check.format) {
            let offset = differing - first
            let blobAt = blob.map { constant ? $0 : $0.advanced(by: offset) }
            let topoAt = topo.map { $0.advanced(by: offset) }
            let count = last - first + 1
            let span = count == 1 ? "" : ", first of RIDs \(hex(first, digits: 4))-\(hex(last, digits: 4))"
            let location = iommu
                ? (rc.iommuMap.first { $0.rids.contains(differing) }?.source.location ?? rc.source["iommu-map"])
                : (rc.msiMap.first { $0.inputs.contains(differing) }?.source.location ?? rc.source["msi-map"])
            let format = check.format + (entry.map { " (\($0))" } ?? "")
            let blobSays = failure.map { "an error: \($0)" } ?? describe(blobAt, iommu: iommu)
            let answer = iommu ? deviceAnswer([blobAt, topoAt]) : "nothing (MSI routes do not go through the IOMMU)"
            var m = Mismatch(subject: "\(ridText(differing)) \(rcDesc)\(span)", format: format, blobSays: blobSays,
                             topologySays: describe(topoAt, iommu: iommu), deviceAnswered: answer, location: location)
            m.piece = PieceKey(scope: rc.name, check: check.check, ids: first...last, firstDiffering: differing)
            return m
        }
    }

    /// The input IDs of a piece that go through the device: its first and last and three inside
    /// (a quarter, the middle, three quarters); every ID with `exhaustive`, while `maxIDs` lasts,
    /// which is said by an empty list (the run is noted whole, not ID by ID).
    func exerciseIDs(first: UInt32, last: UInt32) -> [UInt32] {
        let count = UInt64(last) - UInt64(first) + 1
        if options.exhaustive && count <= UInt64(max(0, exhaustiveBudget)) {
            exhaustiveBudget -= Int(count)
            return []
        }
        var ids = [first, last]
        for k in UInt64(1)...3 where count > 2 { ids.append(first + UInt32(count * k / 4)) }
        var seen = Set<UInt32>()
        return ids.filter { $0 >= first && $0 <= last && seen.insert($0).inserted }
    }
}

extension MSIRoute {
    /// `its 0x0-0xffff`, `v2m` (a GICv2m route has no DeviceIDs): the MSI column of a row.
    var rowText: String { deviceIDs.map { joinedText(controller, " ", $0.description) } ?? controller }
}
