import FirmwareDecode
import TopologyModel
import VirtioIOMMU

/// What the verifier and its per-ID oracle share: the mismatch book-keeping and the driving of
/// one embedded device with the endpoint IDs the blobs gave it. The oracle (`PerIDVerifier`)
/// re-derives the blobs' range algebra one ID at a time; the device it then drives is the same,
/// so it drives it with this one copy of the code that talks to the device.
protocol DeviceDriving: AnyObject {
    var topology: Topology { get }
    var dt: DeviceTreeBlob? { get }
    var mcfg: MCFGTable? { get }
    var madt: MADTTable? { get }
    var options: VerifyOptions { get }
    var rows: [VerificationReport.Row] { get set }
    var mismatches: [Mismatch] { get set }
    var mismatchCount: Int { get set }
    var detailCount: [String: Int] { get set }
    var requests: Int { get set }
    var dmas: Int { get set }
    var deviceEndpoints: Int { get set }
    /// Endpoint IDs the blobs give each virtio IOMMU, with where each came from.
    var exercise: [String: [UInt32: Origin]] { get }
}

/// An endpoint range the topology gives a virtio IOMMU, with its reserved regions and its row.
typealias ExpectedRange = (ids: IDRange, regions: [VirtioIOMMU.ReservedRegion], row: Int)

extension EndpointRecord {
    /// The reserved regions as PROBE reports them, in the order they are compared.
    var probedRegions: [VirtioIOMMU.ReservedRegion] {
        reserved.map { VirtioIOMMU.ReservedRegion(first: $0.range.first, last: $0.range.last, kind: $0.kind == .msi ? .msi : .reserved) }
            .sorted { ($0.first, $0.last) < ($1.first, $1.last) }
    }
}

extension DeviceDriving {
    /// MCFG entries against the ECAM windows (no pieces: one comparison per root complex).
    func checkMCFG() {
        guard let mcfg else { return }
        let row = rows.isEmpty ? -1 : 0
        for m in MCFGComparison.mismatches(topology: topology, mcfg: mcfg) { record(m, row: row) }
    }

    /// The GIC's MSI controllers in the DT and the MADT.
    func checkMADT() {
        let row = rows.isEmpty ? -1 : 0
        if let dt { for m in DeviceTreeGICComparison.mismatches(topology: topology, dt: dt) { record(m, row: row) } }
        guard let madt else { return }
        for m in MADTComparison.mismatches(topology: topology, madt: madt) { record(m, row: row) }
    }

    func record(_ m: Mismatch, row: Int) {
        record(row: row, format: m.format) { m }
    }

    /// Counts a mismatch; builds its explanation (which may ask the device) only when it is kept.
    func record(row: Int, format: String, _ make: () -> Mismatch) {
        mismatchCount += 1
        if row >= 0 && row < rows.count { rows[row].mismatches += 1 }
        let key = "\(row)|\(format)"
        let n = detailCount[key, default: 0]
        detailCount[key] = n + 1
        if n < options.detailsPerRow { mismatches.append(make()) }
    }

    func status(_ s: RequestStatus?) -> String { s.map(\.description) ?? "no valid completion" }

    func show(_ regions: [VirtioIOMMU.ReservedRegion]) -> String {
        regions.isEmpty ? "no regions"
            : regions.map { "\($0.kind == .msi ? "msi" : "reserved") [\(hex($0.first)), \(hex($0.last))]" }.joined(separator: ", ")
    }

    /// PROBE each ID the blobs give `iommu`, then ATTACH, MAP, DMA, UNMAP and DETACH them in
    /// batches, then check that the IDs just outside every expected range do not exist.
    func drive(
        _ iommu: IOMMU, device: VirtioIOMMUDevice, driver: VirtioIOMMUDriver, expected: [ExpectedRange], firstRow: Int
    ) {
        let config = device.configuration
        let granule = config.pageSizeMask & (~config.pageSizeMask &+ 1)
        let allRegions = expected.flatMap(\.regions)
        let candidates: [UInt64] = [0x1_0000_0000, 0x4000_0000, 0x1000_0000, 0x100_0000_0000, config.inputRange.first, 0]
        let iova = candidates.map { c -> UInt64 in c % granule == 0 ? c : (c / granule &+ 1) &* granule }.first { c in
            let (last, overflow) = c.addingReportingOverflow(granule - 1)
            return !overflow && c >= config.inputRange.first && last <= config.inputRange.last
                && !allRegions.contains { $0.first <= last && c <= $0.last }
        }
        let domainCount = UInt64(config.domainRange.last) - UInt64(config.domainRange.first) + 1
        func lookup(_ id: UInt32) -> (ids: IDRange, regions: [VirtioIOMMU.ReservedRegion], row: Int)? {
            var lo = 0, hi = expected.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if expected[mid].ids.last < id { lo = mid + 1 } else { hi = mid }
            }
            return lo < expected.count && expected[lo].ids.contains(id) ? expected[lo] : nil
        }
        let subjectOf = { (id: UInt32, origin: Origin) in "endpoint \(hex(id)) of virtio IOMMU '\(iommu.name)' (\(origin.format): \(origin.subject))" }

        // Only IDs the topology has: the others were reported when the blob was compared.
        let given = (exercise[iommu.name] ?? [:]).filter { lookup($0.key) != nil }.sorted { $0.key < $1.key }
        deviceEndpoints += given.count

        // PROBE, one by one (the driver reads properties from its first request slot).
        for (id, origin) in given {
            guard let e = lookup(id) else { continue }
            let probe = driver.probe(endpoint: id)
            requests += 1
            if config.probeSize == 0 {
                if probe.status != nil || probe.outcome.usedLength != 0 {
                    record(Mismatch(subject: subjectOf(id, origin), format: "device", blobSays: "-", topologySays: "PROBE not offered",
                                    deviceAnswered: "PROBE \(status(probe.status))", location: iommu.source.location), row: e.row)
                }
                continue
            }
            let got = probe.regions.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
            if probe.status != .ok || got != e.regions {
                record(Mismatch(subject: subjectOf(id, origin), format: "device PROBE", blobSays: "endpoint \(hex(id))",
                                topologySays: show(e.regions),
                                deviceAnswered: "PROBE \(status(probe.status)) with \(show(got))", location: iommu.source.location), row: e.row)
                continue
            }
            if let doorbell = origin.doorbell {
                let msi = got.filter { $0.kind == .msi }
                let ok = doorbell.problem == nil
                    && (msi.isEmpty ? device.offeredFeatures.contains(.mmio)
                        : msi.map { $0.first...$0.last } == doorbell.frames)
                if !ok {
                    record(Mismatch(subject: subjectOf(id, origin), format: "DT msi-map/msi-parent",
                                    blobSays: "MSIs go to \(doorbell.text)\(doorbell.problem.map { ", but \($0)" } ?? "")",
                                    topologySays: show(e.regions.filter { $0.kind == .msi }),
                                    deviceAnswered: "PROBE \(show(msi))\(msi.isEmpty ? " and no F_MMIO" : "")",
                                    location: iommu.source.location), row: e.row)
                }
            }
        }

        // ATTACH, MAP, DMA, UNMAP, DETACH in batches of endpoints sharing a domain.
        if let iova, !given.isEmpty {
            let chunkSize = max(1, driver.batchCapacity / 2 - 1)
            var chunkIndex: UInt64 = 0
            var start = 0
            while start < given.count {
                let chunk = given[start..<min(start + chunkSize, given.count)]
                start += chunk.count
                let domain = UInt32(UInt64(config.domainRange.first) + chunkIndex % domainCount)
                let pa = (chunkIndex % 4096 + 1) &* granule &+ 0x80_0000_0000 / granule &* granule
                chunkIndex += 1
                var batch = chunk.map { DriverRequest.attach(endpoint: $0.key, domain: domain, flags: []) }
                batch.append(.map(domain: domain, virtStart: iova, virtEnd: iova + granule - 1, physStart: pa, flags: [.read, .write]))
                let outcomes = driver.submit(batch)
                requests += batch.count
                for (k, (id, origin)) in chunk.enumerated() {
                    let e = lookup(id)!
                    let offset = granule > 1 ? UInt64(id) % min(granule, 4096) & ~7 : 0
                    if outcomes[k].status != .ok {
                        record(Mismatch(subject: subjectOf(id, origin), format: "device ATTACH", blobSays: "endpoint \(hex(id))",
                                        topologySays: "an endpoint of '\(iommu.name)'", deviceAnswered: "ATTACH \(status(outcomes[k].status))",
                                        location: iommu.source.location), row: e.row)
                        continue
                    }
                    guard outcomes.last?.status == .ok else { continue }
                    let t = device.translate(endpoint: id, iova: iova + offset, access: .write)
                    dmas += 1
                    if t != .mapped(physicalAddress: pa + offset) {
                        record(Mismatch(subject: subjectOf(id, origin), format: "device DMA", blobSays: "endpoint \(hex(id))",
                                        topologySays: "IOVA \(hex(iova + offset)) of domain \(domain) at \(hex(pa + offset))",
                                        deviceAnswered: "\(t)", location: iommu.source.location), row: e.row)
                    }
                }
                if outcomes.last?.status != .ok, let (id, origin) = chunk.first {
                    record(Mismatch(subject: subjectOf(id, origin), format: "device MAP", blobSays: "-",
                                    topologySays: "IOVA \(hex(iova)) (+\(hex(granule))) is mappable",
                                    deviceAnswered: "MAP \(status(outcomes.last?.status))", location: iommu.source.location), row: lookup(id)!.row)
                }
                var undo = [DriverRequest.unmap(domain: domain, virtStart: iova, virtEnd: iova + granule - 1)]
                for (k, (id, _)) in chunk.enumerated() where outcomes[k].status == .ok {
                    undo.append(.detach(endpoint: id, domain: domain))
                }
                let undone = driver.submit(undo)
                requests += undo.count
                for (k, outcome) in undone.enumerated() where outcome.status != .ok && !(k == 0 && outcomes.last?.status != .ok) {
                    let (id, origin) = chunk.first!
                    record(Mismatch(subject: subjectOf(id, origin), format: "device \(k == 0 ? "UNMAP" : "DETACH")", blobSays: "-",
                                    topologySays: "the request succeeds", deviceAnswered: status(outcome.status),
                                    location: iommu.source.location), row: lookup(id)!.row)
                }
            }
        } else if !given.isEmpty {
            record(Mismatch(subject: "virtio IOMMU '\(iommu.name)'", format: "configuration", blobSays: "-",
                            topologySays: "input range \(hex(config.inputRange.first))-\(hex(config.inputRange.last))",
                            deviceAnswered: "no page-aligned IOVA outside the reserved regions to MAP", location: iommu.source.location),
                   row: firstRow)
        }

        // IDs just outside every described range must not exist.
        var outside = Set<UInt32>()
        for e in expected {
            if e.ids.first > 0, lookup(e.ids.first - 1) == nil { outside.insert(e.ids.first - 1) }
            if e.ids.last < .max, lookup(e.ids.last + 1) == nil { outside.insert(e.ids.last + 1) }
        }
        for id in outside.sorted() {
            let attach = driver.attach(endpoint: id, domain: config.domainRange.first)
            requests += 1
            let probe = config.probeSize > 0 ? driver.probe(endpoint: id).status : .noEntry
            if config.probeSize > 0 { requests += 1 }
            if attach.status == .ok { driver.detach(endpoint: id, domain: config.domainRange.first); requests += 1 }
            if attach.status != .noEntry || probe != .noEntry {
                let neighbour = expected.first { UInt64($0.ids.first) == UInt64(id) + 1 || UInt64($0.ids.last) + 1 == UInt64(id) }
                record(Mismatch(subject: "endpoint \(hex(id)) of virtio IOMMU '\(iommu.name)'", format: "device",
                                blobSays: "nothing (no blob describes it)", topologySays: "no such endpoint",
                                deviceAnswered: "ATTACH \(status(attach.status)), PROBE \(status(probe))",
                                location: iommu.source.location), row: neighbour?.row ?? firstRow)
            }
        }
    }
}
