import FirmwareDecode
import TopologyModel

/// The test oracle of `Verifier`'s range algebra: the verifier as it was before issue 9 for the
/// root complexes, which resolves every RID one at a time through the per-ID readers (`ofMapID`,
/// `translation`, `mapRID`), so that its answers do not depend on the piecewise readers
/// (`mapPieces`, `pciPieces`, `ridPieces`) at all. Kept in the module (behind `@_spi(Oracle)`)
/// rather than under Tests because it needs the module's internal report types; nothing in the
/// CLI calls it. Its cost grows with the number of IDs: use it on small layouts.
///
/// **What is independent, and what is not.** Only the root complexes' RIDs are read on their
/// own, ID by ID: that is the range algebra (cuts, first-match, the IORT's last-ID rule, the
/// VIOT's own-BDF skip) the differential tests (`Tests/VerifyTests/DifferentialTests.swift`)
/// check piece by piece. Everything else is the verifier's own code, run as it is, not a copy:
/// reading the blobs and naming their nodes, the topology's expected pieces and rows, platform
/// devices (one input each, no range algebra), MCFG, the MADT, and driving the devices with the
/// IDs the blobs gave (`VerificationRun.verify`). The per-ID readers themselves are written on
/// their own in `FirmwareDecode` beside the piecewise ones, as their ground truth.
@_spi(Oracle) public enum PerIDVerifier {
    public static func verify(topology: Topology, dtb: FirmwareBlob?, acpiTables: [FirmwareBlob],
                              options: VerifyOptions = VerifyOptions()) throws(MalformedBlobError) -> VerificationReport {
        try VerificationRun.verify(topology: topology, dtb: dtb, acpiTables: acpiTables, options: options) { $0.checkRootComplexesIDByID() }
    }

    /// The same with unnamed blobs (`DTB`, `ACPI table N`).
    public static func verify(topology: Topology, dtb: [UInt8]?, acpiTables: [[UInt8]],
                              options: VerifyOptions = VerifyOptions()) throws(MalformedBlobError) -> VerificationReport {
        let (dtb, acpi) = FirmwareBlob.unnamed(dtb: dtb, acpiTables: acpiTables)
        return try verify(topology: topology, dtb: dtb, acpiTables: acpi, options: options)
    }
}

extension VerificationRun {
    /// Every RID of every root complex (or, past `maxIDs`, boundaries and samples) resolved on its
    /// own through each blob, as Linux resolves one device, and compared with the layout's answer.
    func checkRootComplexesIDByID() {
        let total = topology.rootComplexes.reduce(UInt64(0)) { $0 + $1.rids.count } + UInt64(topology.devices.count)
        let budget = max(0, options.maxIDs - topology.devices.count)
        for (index, rc) in topology.rootComplexes.enumerated() {
            let pieces = topologyPieces(of: rc)
            let share = total <= UInt64(options.maxIDs)
                ? Int(rc.rids.count)
                : max(1, Int(UInt64(budget) * rc.rids.count / max(1, total - UInt64(topology.devices.count))))
            let (ids, exhaustive) = sampledRIDs(of: rc, pieces: pieces, share: share)
            for p in pieces {
                rows[p.row].exhaustive = exhaustive
                rows[p.row].checkedIDs = 0
            }
            let host = dtHosts[index]
            let rcDesc = "of root complex '\(rc.name)' (segment \(rc.segment))"
            if let dt, rc.inDeviceTree, host == nil, let first = pieces.first {
                recordNoHostBridge(rc, in: dt, row: first.row)
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
                let subject = { "\(self.ridText(rid)) \(rcDesc)" }
                let iommuLocation = { rc.iommuMap.first { $0.rids.contains(rid) }?.source.location ?? rc.source["iommu-map"] }
                let msiLocation = { rc.msiMap.first { $0.inputs.contains(rid) }?.source.location ?? rc.source["msi-map"] }
                func key(_ check: String) -> PieceKey { PieceKey(scope: rc.name, check: check, ids: rid...rid, firstDiffering: rid) }

                if let dt, let host {
                    var dtIOMMU: Ref? = nil, dtMSI: Ref? = nil, msiTarget: String? = nil
                    do {
                        let translation = try dt.ofMapID(node: host, id: rid, mapName: "iommu-map", maskName: "iommu-map-mask")
                        dtIOMMU = translation.target.map { Ref(name: dtName($0), id: translation.id) }
                        let msi = try dt.ofMapID(node: host, id: rid, mapName: "msi-map", maskName: "msi-map-mask")
                        dtMSI = msi.target.map { dtMSIRef($0, id: msi.id) }
                        msiTarget = msi.target
                    } catch {
                        var m = Mismatch(subject: subject(), format: "DT", blobSays: "an error: \(error)",
                                         topologySays: describe(topoIOMMU, iommu: true), deviceAnswered: "nothing",
                                         location: iommuLocation())
                        m.piece = key("DT error")
                        record(m, row: p.row)
                    }
                    compare("DT iommu-map of \(host)", iommu: true, blob: dtIOMMU, topo: topoIOMMU, subject: subject(),
                            location: iommuLocation(), row: p.row, piece: key("DT iommu-map"))
                    compare("DT msi-map of \(host)", iommu: false, blob: dtMSI, topo: topoMSI, subject: subject(),
                            location: msiLocation(), row: p.row, piece: key("DT msi-map"))
                    noteExercise(dtIOMMU, Origin(subject: subject(), format: "DT", doorbell: dtDoorbell(msiTarget)))
                }
                if let viot {
                    let blob = viot.translation(segment: rc.segment, bdf: UInt16(truncatingIfNeeded: rid)).map {
                        Ref(name: viotName($0.iommu.nodeOffset), id: $0.endpointID)
                    }
                    compare("VIOT", iommu: true, blob: blob, topo: isVirtio(p.iommu) ? topoIOMMU : nil, subject: subject(),
                            location: iommuLocation(), row: p.row, piece: key("VIOT"))
                    noteExercise(blob, Origin(subject: subject(), format: "VIOT", doorbell: nil))
                }
                if let iort {
                    let walk = iort.mapRID(segment: UInt32(rc.segment), rid: rid)
                    let smmu = walk?.iommu.map { Ref(name: iortName($0.nodeOffset), id: $0.id) }
                    var its = walk?.itsGroup.flatMap { acpiMSI.resolves(itsGroupAt: $0.nodeOffset) ? Ref(name: iortName($0.nodeOffset), id: $0.id) : nil }
                    var topo = iortRoutesMSIs(to: p.msi) ? topoMSI : nil
                    // No ITS domain: Linux's fallback frame, compared when the topology routes the RID.
                    if its == nil, let frame = acpiMSI.pciFallbackFrame, p.msi != nil {
                        its = Ref(msiTo: topology.name(ofFrame: frame), id: nil)
                        topo = topoMSI
                    }
                    compare("IORT", iommu: true, blob: smmu, topo: isSMMU(p.iommu) ? topoIOMMU : nil, subject: subject(),
                            location: iommuLocation(), row: p.row, piece: key("IORT iommu"))
                    compare("IORT", iommu: false, blob: its, topo: topo, subject: subject(),
                            location: msiLocation(), row: p.row, piece: key("IORT msi"))
                }
            }
        }
    }

    /// The RIDs to check: all of them when the budget allows, else boundaries and samples.
    private func sampledRIDs(of rc: RootComplex, pieces: [TopologyPiece], share: Int) -> (ids: [UInt32], exhaustive: Bool) {
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
}
