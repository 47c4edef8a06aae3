import FirmwareDecode
import TopologyModel
import VirtioIOMMU

/// Today's verifier before issue 9, kept as the test oracle of `Verifier`: it resolves every input
/// ID one at a time through the per-ID readers (`ofMapID`, `translation`, `mapRID`), so its answers
/// do not depend on the piecewise readers at all. Kept in the module (behind `@_spi(Oracle)`)
/// rather than under Tests because it needs the module's internal report types; nothing in the
/// CLI calls it. Its cost grows with the number of IDs: use it on small layouts.
///
/// Feeds firmware blobs to embedded virtio-iommu devices and checks that what a guest reads from
/// them is the layout of the topology.
///
/// * One `VirtioIOMMUDevice` per virtio IOMMU of the topology, configured as the hardware would be
///   (page-size mask, input and domain ranges, probe size, bypass, `F_MMIO` when the topology maps
///   MSI doorbells) with the endpoint ranges of `EndpointLayout` and their reserved regions.
/// * Every RID of every root complex and every platform device is resolved the way Linux does from
///   each blob present: DT (`of_map_id` of `iommu-map`/`msi-map` on the host bridge matched by
///   `linux,pci-domain` + `bus-range` (+ `reg` = ECAM), `iommus`/`msi-parent` of the node whose
///   `reg` starts at the device's base), VIOT (§2.8 formula, last range wins, the IOMMU's own BDF
///   skipped), IORT (RC → SMMU → ITS walk; named components by ACPI path). Each answer (IOMMU and
///   endpoint/StreamID, MSI controller and DeviceID) must equal the topology's, which makes DT and
///   ACPI agree with each other too. Bypassed RIDs must not be translated by any blob.
/// * Every endpoint ID a blob gives a virtio IOMMU goes through the driver: PROBE (regions equal
///   the topology's; the MSI region equals the doorbell of the ITS the DT routes the RID's MSIs
///   to, or the device offers `F_MMIO`), ATTACH, MAP of a page, a DMA translated by the device,
///   UNMAP, DETACH. IDs just outside every described range must be refused (`S_NOENT`).
/// * MCFG entries must equal the root complexes' ECAM windows.
@_spi(Oracle) public enum PerIDVerifier {
    public static func verify(topology: Topology, dtb: FirmwareBlob?, acpiTables: [FirmwareBlob],
                              options: VerifyOptions = VerifyOptions()) throws(MalformedBlobError) -> VerificationReport {
        let run = try PerIDRun(topology: topology, dtb: dtb, acpiTables: acpiTables, options: options)
        run.checkRootComplexes()
        run.checkDevices()
        run.checkMCFG()
        run.checkMADT()
        run.exerciseDevices()
        return run.report()
    }

    /// The same with unnamed blobs (`DTB`, `ACPI table N`).
    public static func verify(topology: Topology, dtb: [UInt8]?, acpiTables: [[UInt8]],
                              options: VerifyOptions = VerifyOptions()) throws(MalformedBlobError) -> VerificationReport {
        try verify(topology: topology, dtb: dtb.map { FirmwareBlob(name: "DTB", bytes: $0) },
                   acpiTables: acpiTables.enumerated().map { FirmwareBlob(name: "ACPI table \($0.offset + 1)", bytes: $0.element) },
                   options: options)
    }
}

final class PerIDRun: DeviceDriving {
    let topology: Topology
    let options: VerifyOptions
    let layout: EndpointLayout
    var dt: DeviceTreeBlob?
    var viot: VIOTTable?
    var iort: IORTTable?
    var mcfg: MCFGTable?
    var madt: MADTTable?

    var rows: [VerificationReport.Row] = []
    var mismatches: [Mismatch] = []
    var mismatchCount = 0
    var detailCount: [String: Int] = [:]
    var endpoints = 0
    var requests = 0
    var dmas = 0
    var deviceEndpoints = 0

    /// DT node path → topology name (IOMMUs and MSI controllers).
    var dtNames: [String: String] = [:]
    /// Root complex index → its host bridge node.
    var dtHosts: [Int: String] = [:]
    var viotNames: [Int: String] = [:]
    var iortNames: [Int: String] = [:]
    /// Endpoint IDs the blobs give each virtio IOMMU.
    var exercise: [String: ExerciseBook] = [:]
    var devices: [String: (device: VirtioIOMMUDevice, driver: VirtioIOMMUDriver)] = [:]
    var deviceProblems: [String: String] = [:]
    /// The IORT read with the MADT: which ITS groups give an MSI domain, the PCI fallback frame.
    var acpiMSI = ACPIMSIDomains(iort: nil, madt: nil)

    init(topology: Topology, dtb: FirmwareBlob?, acpiTables: [FirmwareBlob], options: VerifyOptions) throws(MalformedBlobError) {
        self.topology = topology
        self.options = options
        self.layout = EndpointLayout(topology)
        if let dtb {
            do { dt = try DeviceTreeBlob(dtb.bytes) } catch { throw MalformedBlobError(blob: dtb.name, reason: "\(error)") }
        }
        for blob in acpiTables {
            let table: ACPITable
            do { table = try ACPITable.decode(blob.bytes) } catch { throw MalformedBlobError(blob: blob.name, reason: "\(error)") }
            func once<T>(_ slot: T?, _ signature: String) throws(MalformedBlobError) {
                if slot != nil { throw MalformedBlobError(blob: blob.name, reason: "a second \(signature) table; give each table once") }
            }
            switch table {
            case .viot(let t): try once(viot, "VIOT"); viot = t
            case .iort(let t): try once(iort, "IORT"); iort = t
            case .mcfg(let t): try once(mcfg, "MCFG"); mcfg = t
            case .madt(let t): try once(madt, "APIC"); madt = t
            case .other: break  // SSDT, DSDT...: nothing verify reads
            }
        }
        acpiMSI = ACPIMSIDomains(iort: iort, madt: madt)
        resolveNames()
        buildDevices()
    }

    var formats: [String] {
        [dt.map { _ in "DT" }, viot.map { _ in "VIOT" }, iort.map { _ in "IORT" }, mcfg.map { _ in "MCFG" }, madt.map { _ in "MADT" }].compactMap { $0 }
    }

    // MARK: Names

    private func resolveNames() {
        if let dt {
            func base(_ path: String) -> UInt64? { (try? dt.reg(of: path))??.first?.address }
            // Host bridges: device_type "pci" nodes whose parent is not PCI.
            let hosts = dt.nodes.filter { node in
                guard (try? dt.string("device_type", of: node.path)) == "pci" else { return false }
                guard let parent = node.parentPath else { return true }
                return (try? dt.string("device_type", of: parent)) != "pci"
            }.map(\.path)
            for (i, rc) in topology.rootComplexes.enumerated() where rc.inDeviceTree {
                let candidates = hosts.filter { path in
                    if let domain = try? dt.pciDomain(of: path), domain != UInt32(rc.segment) { return false }
                    if (try? dt.pciDomain(of: path)) == nil, rc.segment != 0 { return false }
                    let range = (try? dt.busRange(of: path)) ?? 0...255
                    return range == UInt32(rc.firstBus)...UInt32(rc.lastBus)
                }
                dtHosts[i] = candidates.first { rc.ecam != nil && base($0) == rc.ownECAMRegion?.first } ?? candidates.first
            }
            for iommu in topology.iommus {
                switch iommu.kind {
                case .virtioPCI(let rcName, let bdf):
                    guard let i = topology.rootComplexes.firstIndex(where: { $0.name == rcName }), let host = dtHosts[i],
                          let node = dt.node(host) else { continue }
                    for child in node.childPaths where (try? dt.pciBDF(of: child)) == bdf.rid {
                        dtNames[child] = iommu.name
                    }
                case .virtioMMIO(let b, _, _):
                    for path in dt.nodes(compatibleWith: "virtio,mmio") where base(path) == b { dtNames[path] = iommu.name }
                case .smmuv3(let s):
                    for path in dt.nodes(compatibleWith: "arm,smmu-v3") where base(path) == s.base { dtNames[path] = iommu.name }
                }
            }
            for controller in topology.msiControllers {
                switch controller.kind {
                case .gicv3ITS(let b, _):
                    for path in dt.nodes(compatibleWith: "arm,gic-v3-its") where base(path) == b { dtNames[path] = controller.name }
                case .gicv2m(let b, _):
                    for path in dt.nodes(compatibleWith: "arm,gic-v2m-frame") where base(path) == b { dtNames[path] = controller.name }
                case .x86MSI: break
                }
            }
        }
        if let viot {
            for node in viot.iommus {
                let name = topology.iommus.first { iommu in
                    switch (iommu.kind, node.transport) {
                    case (.virtioPCI(let rcName, let bdf), .pci(let segment, let rid)):
                        return topology.rootComplex(named: rcName)?.segment == segment && bdf.rid == rid
                    case (.virtioMMIO(let base, _, _), .mmio(let b)): return base == b
                    default: return false
                    }
                }?.name
                if let name { viotNames[node.nodeOffset] = name }
            }
        }
        if let iort {
            for node in iort.nodes {
                switch node.kind {
                case .smmuV3(let s):
                    if let name = topology.iommus.first(where: { if case .smmuv3(let t) = $0.kind { t.base == s.baseAddress } else { false } })?.name {
                        iortNames[node.offset] = name
                    }
                case .itsGroup(let ids):
                    if let first = ids.first, let name = topology.msiControllers.first(where: {
                        if case .gicv3ITS(_, let id) = $0.kind { id == first } else { false }
                    })?.name {
                        iortNames[node.offset] = name
                    }
                default: break
                }
            }
        }
    }

    private func dtRef(_ result: MapResult) -> Ref? {
        result.target.map { Ref(name: dtNames[$0] ?? "\($0) (not in the topology)", id: result.id) }
    }

    private func dtDoorbell(_ path: String?) -> MSIDoorbell? {
        guard let dt, let path else { return nil }
        return MSIDoorbell(dt.msiController(at: path))
    }

    /// A DT MSI answer: no DeviceID when the target is a GICv2m frame (Linux ignores it there).
    private func dtMSIRef(_ result: MapResult) -> Ref? {
        guard let target = result.target else { return nil }
        let carries = dt?.msiController(at: target).carriesDeviceIDs ?? true
        return Ref(msiTo: dtNames[target] ?? "\(target) (not in the topology)", id: carries ? result.id : nil)
    }

    /// IORT routes MSIs to ITSs only; a GICv2m frame is found through the MADT, not the IORT.
    private func iortRoutes(_ controller: String?) -> Bool {
        controller.flatMap { topology.msiController(named: $0)?.takesDeviceIDs } ?? true
    }

    private func viotRef(_ t: (iommu: VIOTIOMMU, endpointID: UInt32)?) -> Ref? {
        t.map { Ref(name: viotNames[$0.iommu.nodeOffset] ?? "IOMMU node at offset \($0.iommu.nodeOffset) (not in the topology)", id: $0.endpointID) }
    }

    private func iortName(_ offset: Int) -> String { iortNames[offset] ?? "node at offset \(offset) (not in the topology)" }

    private func isVirtio(_ name: String?) -> Bool { name.flatMap { topology.iommu(named: $0)?.isVirtio } ?? false }
    private func isSMMU(_ name: String?) -> Bool {
        guard let name, let iommu = topology.iommu(named: name), case .smmuv3 = iommu.kind else { return false }
        return true
    }

    // MARK: Recording

    private func describe(_ ref: Ref?, iommu: Bool) -> String {
        guard let ref else { return iommu ? "no IOMMU (bypass)" : "no MSI route" }
        return iommu ? "IOMMU \(ref)" : "MSI controller \(ref)"
    }

    /// What the device answers for an endpoint (an ATTACH, undone), for explaining a mismatch.
    private func deviceAnswer(_ refs: [Ref?]) -> String {
        var parts: [String] = []
        for ref in refs {
            guard let ref else { continue }
            guard isVirtio(ref.name) else {
                if topology.iommu(named: ref.name) != nil { parts.append("'\(ref.name)' is not a modelled device (tables only)") }
                continue
            }
            guard let pair = devices[ref.name] else { parts.append("no device for '\(ref.name)'"); continue }
            let domain = pair.device.configuration.domainRange.last
            let outcome = pair.driver.attach(endpoint: ref.id, domain: domain)
            requests += 1
            if outcome.status == .ok { pair.driver.detach(endpoint: ref.id, domain: domain); requests += 1 }
            parts.append("ATTACH of endpoint \(hex(ref.id)) to '\(ref.name)': \(status(outcome.status))")
        }
        return parts.isEmpty ? "nothing (no virtio endpoint involved)" : parts.joined(separator: "; ")
    }

    private func compare(_ format: String, iommu: Bool, blob: Ref?, topo: Ref?, subject: @autoclosure () -> String,
                         location: @autoclosure () -> SourceLocation?, row: Int, key: PieceKey? = nil) {
        guard blob != topo else { return }
        record(row: row, format: format) {
            let answer = iommu ? deviceAnswer([blob, topo]) : "nothing (MSI routes do not go through the IOMMU)"
            var m = Mismatch(subject: subject(), format: format, blobSays: describe(blob, iommu: iommu),
                             topologySays: describe(topo, iommu: iommu), deviceAnswered: answer, location: location())
            m.piece = key
            return m
        }
    }

    private func noteExercise(_ ref: Ref?, _ origin: @autoclosure () -> Origin) {
        guard let ref, isVirtio(ref.name) else { return }
        exercise[ref.name, default: ExerciseBook()].note(first: ref.id, count: 1, origin: origin())
    }

    // MARK: Root complexes

    private func pieces(of rc: RootComplex) -> [PerIDPiece] {
        var result: [PerIDPiece] = []
        let records = layout.records.filter {
            if case .pci(let name, _, _) = $0.source { return name == rc.name }
            return false
        }.sorted { a, b in
            guard case .pci(_, _, let x) = a.source, case .pci(_, _, let y) = b.source else { return false }
            return x.first < y.first
        }
        var next = UInt64(rc.rids.first)
        func addRow(_ rids: IDRange, _ iommu: String?, _ ids: IDRange?, _ msi: MSIRoute?) -> Int {
            rows.append(.init(
                source: "\(rc.name) seg \(rc.segment) RIDs \(hex(rids.first, digits: 4))-\(hex(rids.last, digits: 4))",
                translation: iommu.map { "\($0) \(ids?.description ?? "?")" } ?? "bypass",
                msi: msi.map(\.rowText) ?? "-", checkedIDs: 0, exhaustive: true, mismatches: 0))
            return rows.count - 1
        }
        func gap(upTo end: UInt64) {
            guard end > next else { return }
            let rids = IDRange(first: UInt32(next), count: end - next)
            result.append(PerIDPiece(rids: rids, iommu: nil, idsFirst: 0, msi: nil, msiFirst: nil, row: addRow(rids, nil, nil, nil)))
        }
        for r in records {
            guard case .pci(_, _, let rids) = r.source else { continue }
            gap(upTo: UInt64(rids.first))
            result.append(PerIDPiece(rids: rids, iommu: r.iommu, idsFirst: r.ids?.first ?? 0, msi: r.msi?.controller,
                                msiFirst: r.msi?.deviceIDs?.first, row: addRow(rids, r.iommu, r.ids, r.msi)))
            next = rids.end
        }
        gap(upTo: rc.rids.end)
        return result
    }

    /// The RIDs to check: all of them when the budget allows, else boundaries and samples.
    private func rids(of rc: RootComplex, pieces: [PerIDPiece], share: Int) -> (ids: [UInt32], exhaustive: Bool) {
        if UInt64(share) >= rc.rids.count { return (Array(rc.rids.first...rc.rids.last), true) }
        var set = Set<UInt32>()
        for p in pieces {
            for v in [Int64(p.rids.first) - 1, Int64(p.rids.first), Int64(p.rids.last), Int64(p.rids.last) + 1]
            where v >= Int64(rc.rids.first) && v <= Int64(rc.rids.last) {
                set.insert(UInt32(v))
            }
        }
        var state = options.seed ^ (UInt64(rc.segment) << 32) ^ UInt64(rc.firstBus)
        while set.count < share {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            z ^= z >> 31
            set.insert(rc.rids.first &+ UInt32(z % rc.rids.count))
        }
        return (set.sorted(), false)
    }

    func checkRootComplexes() {
        let total = topology.rootComplexes.reduce(UInt64(0)) { $0 + $1.rids.count } + UInt64(topology.devices.count)
        let budget = max(0, options.maxIDs - topology.devices.count)
        for (index, rc) in topology.rootComplexes.enumerated() {
            let pieces = pieces(of: rc)
            let share = total <= UInt64(options.maxIDs)
                ? Int(rc.rids.count)
                : max(1, Int(UInt64(budget) * rc.rids.count / max(1, total - UInt64(topology.devices.count))))
            let (ids, exhaustive) = rids(of: rc, pieces: pieces, share: share)
            for p in pieces { rows[p.row].exhaustive = exhaustive }
            let host = dtHosts[index]
            let subjectPrefix = "RID"
            let rcDesc = "of root complex '\(rc.name)' (segment \(rc.segment))"
            if let dt, rc.inDeviceTree, host == nil, let first = pieces.first {
                record(Mismatch(subject: "root complex '\(rc.name)'", format: "DT",
                                blobSays: "no host bridge with linux,pci-domain \(rc.segment) and bus-range <\(hex(rc.firstBus)) \(hex(rc.lastBus))> among \(dt.nodes.count) nodes",
                                topologySays: "segment \(rc.segment), buses \(hex(rc.firstBus))-\(hex(rc.lastBus))",
                                deviceAnswered: "nothing (nothing to resolve)", location: rc.source.location), row: first.row)
            }
            var pieceIndex = 0
            for rid in ids {
                while pieces[pieceIndex].rids.last < rid { pieceIndex += 1 }
                let p = pieces[pieceIndex]
                rows[p.row].checkedIDs += 1
                endpoints += 1
                let offset = rid - p.rids.first
                let topoIOMMU = p.iommu.map { Ref(name: $0, id: p.idsFirst &+ offset) }
                let topoMSI = p.msi.map { Ref(msiTo: $0, id: p.msiFirst.map { $0 &+ offset }) }
                let subject = { "\(subjectPrefix) \(hex(rid, digits: 4)) (\(BDF(rid: UInt16(truncatingIfNeeded: rid)))) \(rcDesc)" }
                let iommuLocation = { rc.iommuMap.first { $0.rids.contains(rid) }?.source.location ?? rc.source["iommu-map"] }
                let msiLocation = { rc.msiMap.first { $0.inputs.contains(rid) }?.source.location ?? rc.source["msi-map"] }
                func key(_ check: String) -> PieceKey { PieceKey(scope: rc.name, check: check, ids: rid...rid, firstDiffering: rid) }

                if let dt, let host {
                    var dtIOMMU: Ref? = nil, dtMSI: Ref? = nil, msiTarget: String? = nil
                    do {
                        dtIOMMU = dtRef(try dt.ofMapID(node: host, id: rid, mapName: "iommu-map", maskName: "iommu-map-mask"))
                        let msi = try dt.ofMapID(node: host, id: rid, mapName: "msi-map", maskName: "msi-map-mask")
                        dtMSI = dtMSIRef(msi)
                        msiTarget = msi.target
                    } catch {
                        var m = Mismatch(subject: subject(), format: "DT", blobSays: "an error: \(error)",
                                         topologySays: describe(topoIOMMU, iommu: true), deviceAnswered: "nothing",
                                         location: iommuLocation())
                        m.piece = key("DT error")
                        record(m, row: p.row)
                    }
                    compare("DT iommu-map of \(host)", iommu: true, blob: dtIOMMU, topo: topoIOMMU, subject: subject(),
                            location: iommuLocation(), row: p.row, key: key("DT iommu-map"))
                    compare("DT msi-map of \(host)", iommu: false, blob: dtMSI, topo: topoMSI, subject: subject(),
                            location: msiLocation(), row: p.row, key: key("DT msi-map"))
                    noteExercise(dtIOMMU, Origin(subject: subject(), format: "DT", doorbell: dtDoorbell(msiTarget)))
                }
                if let viot {
                    let blob = viotRef(viot.translation(segment: rc.segment, bdf: UInt16(truncatingIfNeeded: rid)))
                    compare("VIOT", iommu: true, blob: blob, topo: isVirtio(p.iommu) ? topoIOMMU : nil, subject: subject(),
                            location: iommuLocation(), row: p.row, key: key("VIOT"))
                    noteExercise(blob, Origin(subject: subject(), format: "VIOT", doorbell: nil))
                }
                if let iort {
                    let walk = iort.mapRID(segment: UInt32(rc.segment), rid: rid)
                    let smmu = walk?.iommu.map { Ref(name: iortName($0.nodeOffset), id: $0.id) }
                    var its = walk?.itsGroup.flatMap { acpiMSI.resolves(itsGroupAt: $0.nodeOffset) ? Ref(name: iortName($0.nodeOffset), id: $0.id) : nil }
                    var topo = iortRoutes(p.msi) ? topoMSI : nil
                    // No ITS domain: Linux's fallback frame, compared when the topology routes the RID.
                    if its == nil, let frame = acpiMSI.pciFallbackFrame, p.msi != nil {
                        its = Ref(msiTo: topology.name(ofFrame: frame), id: nil)
                        topo = topoMSI
                    }
                    compare("IORT", iommu: true, blob: smmu, topo: isSMMU(p.iommu) ? topoIOMMU : nil, subject: subject(),
                            location: iommuLocation(), row: p.row, key: key("IORT iommu"))
                    compare("IORT", iommu: false, blob: its, topo: topo, subject: subject(),
                            location: msiLocation(), row: p.row,
                            key: key("IORT msi"))
                }
            }
        }
    }

    // MARK: Platform devices

    func checkDevices() {
        for device in topology.devices {
            rows.append(.init(
                source: "device \(device.name) @\(hex(device.base))",
                translation: device.iommu.map { "\($0) \(device.ids?.description ?? "?")" } ?? "bypass",
                msi: device.msi.map(\.rowText) ?? "-", checkedIDs: 1, exhaustive: true, mismatches: 0))
            let row = rows.count - 1
            endpoints += 1
            let subject = "platform device '\(device.name)' at \(hex(device.base))"
            let topoIDs = DeviceIDs(iommu: device.iommu, ids: device.ids)
            let topoMSI = device.msi.map { Ref(msiTo: $0.controller, id: $0.id) }
            let iommuLocation = device.source["iommu"], msiLocation = device.source["msi"]

            if let dt {
                let node = dt.nodes.first { n in
                    guard n.parentPath != nil, n.property("reg") != nil, let entries = try? dt.reg(of: n.path),
                          let first = entries.first, first.addressCells.count != 3 else { return false }
                    return first.address == device.base && dtNames[n.path] == nil
                }?.path
                var blobIDs: [Ref] = [], blobMSI: Ref? = nil, msiTarget: String? = nil
                if let node {
                    do {
                        blobIDs = try dt.iommus(of: node).map { Ref(name: dtNames[$0.target] ?? "\($0.target) (not in the topology)", id: $0.cells.first ?? 0) }
                        if let parent = try dt.msiParent(of: node).first {
                            blobMSI = dtMSIRef(MapResult(id: parent.cells.first ?? 0, target: parent.target, targetPhandle: parent.phandle, mapPresent: true))
                            msiTarget = parent.target
                        }
                    } catch {
                        record(Mismatch(subject: subject, format: "DT", blobSays: "an error: \(error)", topologySays: "a readable node",
                                        deviceAnswered: "nothing", location: device.source.location), row: row)
                    }
                } else if device.iommu != nil || device.msi != nil {
                    record(Mismatch(subject: subject, format: "DT", blobSays: "no node whose reg starts at \(hex(device.base))",
                                    topologySays: "a node with its IOMMU and MSI route", deviceAnswered: "nothing",
                                    location: device.source.location), row: row)
                }
                if node != nil, !topoIDs.matches(blobIDs) {
                    record(Mismatch(subject: subject, format: "DT iommus of \(node!)",
                                    blobSays: blobIDs.isEmpty ? "no IOMMU (bypass)" : blobIDs.map(\.description).joined(separator: ", "),
                                    topologySays: topoIDs.description,
                                    deviceAnswered: deviceAnswer(blobIDs.prefix(2).map { Optional($0) } + topoIDs.prefix(2)),
                                    location: iommuLocation), row: row)
                }
                if node != nil {
                    compare("DT msi-parent of \(node!)", iommu: false, blob: blobMSI, topo: topoMSI, subject: subject,
                            location: msiLocation, row: row)
                }
                for ref in blobIDs { noteExercise(ref, Origin(subject: subject, format: "DT", doorbell: dtDoorbell(msiTarget))) }
            }
            if let viot {
                // One endpoint per device (Linux reads one node per base): every ID of the topology's
                // range must be that one, so a range of several IDs never matches.
                let blob = viotRef(viot.translation(mmioBase: device.base))
                let expected = isVirtio(device.iommu) ? topoIDs : DeviceIDs(iommu: nil, ids: nil)
                if !expected.matches(blob.map { [$0] } ?? []) {
                    record(row: row, format: "VIOT") {
                        Mismatch(subject: subject, format: "VIOT", blobSays: blob.map { "IOMMU \($0)" } ?? "no IOMMU (bypass)",
                                 topologySays: expected.isEmpty ? "no IOMMU (bypass)" : "IOMMU \(expected)", deviceAnswered: deviceAnswer([blob] + expected.prefix(2)),
                                 location: iommuLocation)
                    }
                }
                noteExercise(blob, Origin(subject: subject, format: "VIOT", doorbell: nil))
            }
            if let iort {
                let blobIDs = iort.streamIDs(ofNamedComponent: device.acpiPath).map { Ref(name: iortName($0.nodeOffset), id: $0.id) }
                let expected = isSMMU(device.iommu) ? topoIDs : DeviceIDs(iommu: nil, ids: nil)
                if !expected.matches(blobIDs) {
                    record(Mismatch(subject: subject, format: "IORT named component \(device.acpiPath)",
                                    blobSays: blobIDs.isEmpty ? "no IOMMU (bypass)" : blobIDs.map(\.description).joined(separator: ", "),
                                    topologySays: expected.isEmpty ? "no SMMU" : expected.description,
                                    deviceAnswered: "nothing (an SMMUv3 is checked on the tables only)", location: iommuLocation), row: row)
                }
                let its = iort.deviceID(ofNamedComponent: device.acpiPath).flatMap {
                    acpiMSI.resolves(itsGroupAt: $0.nodeOffset) ? Ref(name: iortName($0.nodeOffset), id: $0.id) : nil
                }
                compare("IORT named component \(device.acpiPath)", iommu: false, blob: its,
                        topo: iortRoutes(device.msi?.controller) ? topoMSI : nil, subject: subject,
                        location: msiLocation, row: row)
            }
        }
    }

    // MARK: Devices

    private func buildDevices() {
        for iommu in topology.iommus {
            guard let virtio = iommu.virtio else { continue }
            var configuration = Configuration()
            configuration.pageSizeMask = virtio.pageSizeMask
            configuration.inputRange = (virtio.inputRange.first, virtio.inputRange.last)
            configuration.domainRange = (virtio.domainFirst, virtio.domainLast)
            configuration.probeSize = virtio.probeSize
            configuration.bypass = virtio.bypass
            configuration.offerMMIO = virtio.mapMSIDoorbells
            configuration.endpoints = layout.records.compactMap { r in
                guard r.iommu == iommu.name, let ids = r.ids else { return nil }
                return EndpointRange(first: ids.first, count: ids.count, reservedRegions: r.reserved.map {
                    VirtioIOMMU.ReservedRegion(first: $0.range.first, last: $0.range.last, kind: $0.kind == .msi ? .msi : .reserved)
                })
            }
            do {
                let device = try VirtioIOMMUDevice(configuration: configuration)
                let driver = try VirtioIOMMUDriver(device: device)
                devices[iommu.name] = (device, driver)
            } catch {
                deviceProblems[iommu.name] = "\(error)"
            }
        }
    }

    /// Topology records of one IOMMU, by first ID, with the row they belong to.
    private func ranges(of iommu: String) -> [(ids: IDRange, regions: [VirtioIOMMU.ReservedRegion], row: Int)] {
        var result: [(IDRange, [VirtioIOMMU.ReservedRegion], Int)] = []
        for r in layout.records where r.iommu == iommu {
            guard let ids = r.ids else { continue }
            let row = rows.firstIndex { row in
                switch r.source {
                case .pci(let rc, let segment, let rids):
                    return row.source == "\(rc) seg \(segment) RIDs \(hex(rids.first, digits: 4))-\(hex(rids.last, digits: 4))"
                case .device(let name, let base): return row.source == "device \(name) @\(hex(base))"
                }
            } ?? -1
            result.append((ids, r.probedRegions, row))
        }
        return result.sorted { $0.0.first < $1.0.first }
    }

    func exerciseDevices() {
        for iommu in topology.iommus where iommu.isVirtio {
            let expected = ranges(of: iommu.name)
            let firstRow = expected.first?.row ?? -1
            guard let (device, driver) = devices[iommu.name] else {
                if let problem = deviceProblems[iommu.name] {
                    record(Mismatch(subject: "virtio IOMMU '\(iommu.name)'", format: "configuration", blobSays: "-",
                                    topologySays: "a device with \(expected.count) endpoint ranges",
                                    deviceAnswered: "refused the configuration: \(problem)", location: iommu.source.location), row: firstRow)
                }
                continue
            }
            drive(iommu, device: device, driver: driver, expected: expected, firstRow: firstRow)
        }
    }

    func report() -> VerificationReport {
        VerificationReport(topologyName: topology.name, formats: formats, rows: rows, mismatches: mismatches,
                           mismatchCount: mismatchCount, endpoints: endpoints, deviceEndpoints: deviceEndpoints,
                           requests: requests, dmas: dmas)
    }
}

/// A run of RIDs of a root complex with one expected answer (a record of the layout, or a gap).
struct PerIDPiece {
    var rids: IDRange
    var iommu: String?
    var idsFirst: UInt32
    var msi: String?
    var msiFirst: UInt32?
    var row: Int
}
