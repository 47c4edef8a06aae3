import FirmwareDecode
import TopologyModel
import VirtioIOMMU

// The mismatch book-keeping, MCFG and MADT, and the driving of one embedded device with the
// endpoint IDs the blobs gave it: the verifier's, which its per-ID oracle (`PerIDVerifier`) runs
// as they are (it re-derives only the root complexes' range algebra, one ID at a time).

/// An endpoint range the topology gives a virtio IOMMU, with its reserved regions and its row.
typealias ExpectedRange = (ids: IDRange, regions: [VirtioIOMMU.ReservedRegion], row: Int)

extension EndpointRecord {
    /// The reserved regions as PROBE reports them, in the order they are compared.
    var probedRegions: [VirtioIOMMU.ReservedRegion] {
        reserved.map { VirtioIOMMU.ReservedRegion(first: $0.range.first, last: $0.range.last, kind: $0.kind == .msi ? .msi : .reserved) }
            .sorted { ($0.first, $0.last) < ($1.first, $1.last) }
    }
}

extension VerificationRun {
    /// MCFG entries against the ECAM windows (no pieces: one row per ECAM window, and one per
    /// MCFG entry that matches none).
    func checkMCFG() {
        guard let mcfg else { return }
        for check in MCFGComparison.checks(topology: topology, mcfg: mcfg) {
            rows.append(check.row)
            if let m = check.mismatch { record(m, row: rows.count - 1) }
        }
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

    /// Whether PROBE reported exactly `expected` (sorted by first and last address), in any order.
    static func sameRegions(_ got: [VirtioIOMMU.ReservedRegion], _ expected: [VirtioIOMMU.ReservedRegion]) -> Bool {
        guard got.count == expected.count else { return false }
        let inOrder = zip(got, got.dropFirst()).allSatisfy { ($0.first, $0.last) <= ($1.first, $1.last) }
        if inOrder { return got == expected }
        return got.sorted { ($0.first, $0.last) < ($1.first, $1.last) } == expected
    }

    func show(_ regions: [VirtioIOMMU.ReservedRegion]) -> String {
        regions.isEmpty ? "no regions"
            : regions.map { "\($0.kind == .msi ? "msi" : "reserved") [\(hex($0.first)), \(hex($0.last))]" }.joined(separator: ", ")
    }

    /// PROBE each ID the blobs give `iommu`, then ATTACH, MAP, DMA, UNMAP and DETACH them in
    /// batches, then check that the IDs just outside every expected range do not exist.
    ///
    /// The IDs are walked as runs (an `--exhaustive` verify sends every RID of a root complex),
    /// and the requests go through the driver's batch calls, which allocate nothing per request:
    /// each ID still goes through descriptors in guest memory and is decoded by the device.
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
        let given = GivenIDs(exercise[iommu.name]?.resolved() ?? [], expected: expected)
        deviceEndpoints += given.count

        // PROBE, in batches (the driver reads each slot's properties).
        let regionsMustMatch = config.probeSize > 0
        var start = 0
        var cursor = given.cursor()
        while start < given.count {
            let n = min(driver.batchCapacity, given.count - start)
            var asked = cursor, answered = cursor
            cursor.advance(n)
            driver.probe(count: n, { _ in asked.next().id }) { _, probe in
                let (id, index) = answered.next()
                let e = given.segments[index].expected
                requests += 1
                if !regionsMustMatch {
                    if probe.status != nil || probe.outcome.usedLength != 0 {
                        record(Mismatch(subject: subjectOf(id, given.origin(of: id, segment: index)), format: "device", blobSays: "-", topologySays: "PROBE not offered",
                                        deviceAnswered: "PROBE \(status(probe.status))", location: iommu.source.location), row: expected[e].row)
                    }
                    return
                }
                if probe.status != .ok || !Self.sameRegions(probe.regions, expected[e].regions) {
                    let got = probe.regions.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
                    record(Mismatch(subject: subjectOf(id, given.origin(of: id, segment: index)), format: "device PROBE", blobSays: "endpoint \(hex(id))",
                                    topologySays: show(expected[e].regions),
                                    deviceAnswered: "PROBE \(status(probe.status)) with \(show(got))", location: iommu.source.location), row: expected[e].row)
                    return
                }
                if let doorbell = given.segments[index].doorbell {
                    let noMSI = !probe.regions.contains { $0.kind == .msi }
                    let ok = doorbell.problem == nil
                        && (noMSI ? device.offeredFeatures.contains(.mmio) : doorbell.isReported(by: probe.regions))
                    if !ok {
                        let msi = probe.regions.filter { $0.kind == .msi }.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
                        record(Mismatch(subject: subjectOf(id, given.origin(of: id, segment: index)), format: "DT msi-map/msi-parent",
                                        blobSays: "MSIs go to \(doorbell.text)\(doorbell.problem.map { ", but \($0)" } ?? "")",
                                        topologySays: show(expected[e].regions.filter { $0.kind == .msi }),
                                        deviceAnswered: "PROBE \(show(msi))\(msi.isEmpty ? " and no F_MMIO" : "")",
                                        location: iommu.source.location), row: expected[e].row)
                    }
                }
            }
            start += n
        }

        // ATTACH, MAP, DMA, UNMAP, DETACH in batches of endpoints sharing a domain.
        if let iova, given.count > 0 {
            let chunkSize = max(1, driver.batchCapacity / 2 - 1)
            var chunkIndex: UInt64 = 0
            var start = 0
            var cursor = given.cursor()
            var attached: [UInt32] = []
            attached.reserveCapacity(chunkSize)
            var attachStatus: [RequestStatus?] = Array(repeating: nil, count: chunkSize)
            while start < given.count {
                let n = min(chunkSize, given.count - start)
                let chunkStart = start
                start += n
                let domain = UInt32(UInt64(config.domainRange.first) + chunkIndex % domainCount)
                let pa = (chunkIndex % 4096 + 1) &* granule &+ 0x80_0000_0000 / granule &* granule
                chunkIndex += 1
                var asked = cursor, walked = cursor
                cursor.advance(n)
                var mapStatus: RequestStatus? = nil
                driver.submit(count: n + 1, { k in
                    k < n ? .attach(endpoint: asked.next().id, domain: domain, flags: [])
                        : .map(domain: domain, virtStart: iova, virtEnd: iova + granule - 1, physStart: pa, flags: [.read, .write])
                }) { k, outcome in
                    if k < n { attachStatus[k] = outcome.status } else { mapStatus = outcome.status }
                }
                requests += n + 1
                attached.removeAll(keepingCapacity: true)
                for k in 0..<n {
                    let (id, index) = walked.next()
                    let row = expected[given.segments[index].expected].row
                    guard attachStatus[k] == .ok else {
                        record(Mismatch(subject: subjectOf(id, given.origin(of: id, segment: index)), format: "device ATTACH", blobSays: "endpoint \(hex(id))",
                                        topologySays: "an endpoint of '\(iommu.name)'", deviceAnswered: "ATTACH \(status(attachStatus[k]))",
                                        location: iommu.source.location), row: row)
                        continue
                    }
                    attached.append(id)
                    guard mapStatus == .ok else { continue }
                    let offset = granule > 1 ? UInt64(id) % min(granule, 4096) & ~7 : 0
                    let t = device.translate(endpoint: id, iova: iova + offset, access: .write)
                    dmas += 1
                    if t != .mapped(physicalAddress: pa + offset) {
                        record(Mismatch(subject: subjectOf(id, given.origin(of: id, segment: index)), format: "device DMA", blobSays: "endpoint \(hex(id))",
                                        topologySays: "IOVA \(hex(iova + offset)) of domain \(domain) at \(hex(pa + offset))",
                                        deviceAnswered: "\(t)", location: iommu.source.location), row: row)
                    }
                }
                let (firstID, firstSegment) = given.at(chunkStart)
                let firstRowOfChunk = expected[given.segments[firstSegment].expected].row
                if mapStatus != .ok {
                    record(Mismatch(subject: subjectOf(firstID, given.origin(of: firstID, segment: firstSegment)), format: "device MAP", blobSays: "-",
                                    topologySays: "IOVA \(hex(iova)) (+\(hex(granule))) is mappable",
                                    deviceAnswered: "MAP \(status(mapStatus))", location: iommu.source.location), row: firstRowOfChunk)
                }
                var failures: [(k: Int, status: RequestStatus?)] = []
                driver.submit(count: attached.count + 1, { k in
                    k == 0 ? .unmap(domain: domain, virtStart: iova, virtEnd: iova + granule - 1) : .detach(endpoint: attached[k - 1], domain: domain)
                }) { k, outcome in
                    if outcome.status != .ok && !(k == 0 && mapStatus != .ok) { failures.append((k, outcome.status)) }
                }
                requests += attached.count + 1
                for (k, failed) in failures {
                    record(Mismatch(subject: subjectOf(firstID, given.origin(of: firstID, segment: firstSegment)), format: "device \(k == 0 ? "UNMAP" : "DETACH")", blobSays: "-",
                                    topologySays: "the request succeeds", deviceAnswered: status(failed),
                                    location: iommu.source.location), row: firstRowOfChunk)
                }
            }
        } else if given.count > 0 {
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

extension MSIDoorbell {
    /// Whether the `msi` regions among `regions` are exactly the doorbell's frames, in any order
    /// (PROBE reports them sorted as a rule, so they are compared in place unless they are not).
    func isReported(by regions: [VirtioIOMMU.ReservedRegion]) -> Bool {
        var k = 0
        for r in regions where r.kind == .msi {
            guard k < frames.count, frames[k].lowerBound == r.first, frames[k].upperBound == r.last else {
                let msi = regions.filter { $0.kind == .msi }.map { $0.first...$0.last }.sorted { $0.lowerBound < $1.lowerBound }
                return msi == frames
            }
            k += 1
        }
        return k == frames.count
    }
}
