import FirmwareDecode
import TopologyModel
import VirtioIOMMU

/// Platform devices: one input each, compared through every blob (as the per-ID oracle does).
extension VerificationRun {

    func checkDevices() {
        let viotEndpoints = viot?.mmioEndpointsByBase() ?? [:]
        for device in topology.devices {
            rowOfSource[.device(name: device.name, base: device.base)] = rows.count
            rows.append(.init(
                source: joinedText("device ", device.name, " @", hex(device.base)),
                translation: device.iommu.map { joinedText($0, " ", device.ids?.description ?? "?") } ?? "bypass",
                msi: device.msi.map(\.rowText) ?? "-", checkedIDs: 1, exhaustive: true, mismatches: 0))
            let row = rows.count - 1
            endpoints += 1
            // Said only in a mismatch (and as where the device's IDs came from, for the device).
            let subject = joinedText("platform device '", device.name, "' at ", hex(device.base))
            // Every ID of the device, compared one by one against what each blob gives it (never
            // only the first: a blob that gives fewer or other IDs differs).
            let topoIDs = DeviceIDs(iommu: device.iommu, ids: device.ids)
            let topoMSI = device.msi.map { Ref(msiTo: $0.controller, id: $0.id) }
            let iommuLocation = device.source["iommu"], msiLocation = device.source["msi"]

            if let dt {
                let node = dtNodeByBase[device.base]
                var blobIDs: [Ref] = [], blobMSI: Ref? = nil, msiTarget: String? = nil
                if let node {
                    do {
                        blobIDs = try dt.iommus(of: node).map { Ref(name: dtName($0.target), id: $0.cells.first ?? 0) }
                        if let parent = try dt.msiParent(of: node).first {
                            blobMSI = dtMSIRef(parent.target, id: parent.cells.first ?? 0)
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
                                    blobSays: describeIDs(blobIDs), topologySays: topoIDs.description,
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
                // Linux gives a platform device one VIOT endpoint (the last MMIO endpoint node of its
                // base): a topology with several IDs for it can never match.
                var blob: Ref? = nil
                if let ep = viotEndpoints[device.base], let iommu = viot.iommu(atOffset: Int(ep.outputNode)),
                   iommu.transport != .mmio(baseAddress: device.base) {
                    blob = Ref(name: viotName(iommu.nodeOffset), id: ep.endpointID)
                }
                let expected = isVirtio(device.iommu) ? topoIDs : DeviceIDs(iommu: nil, ids: nil)
                if !expected.matches(blob.map { [$0] } ?? []) {
                    record(row: row, format: "VIOT") {
                        Mismatch(subject: subject, format: "VIOT", blobSays: describe(blob, iommu: true),
                                 topologySays: expected.isEmpty ? "no IOMMU (bypass)" : "IOMMU \(expected)",
                                 deviceAnswered: deviceAnswer([blob] + expected.prefix(2)), location: iommuLocation)
                    }
                }
                noteExercise(blob, Origin(subject: subject, format: "VIOT", doorbell: nil))
            }
            if let iort {
                let blobIDs = iort.streamIDs(ofNamedComponent: device.acpiPath).map { Ref(name: iortName($0.nodeOffset), id: $0.id) }
                let expected = isSMMU(device.iommu) ? topoIDs : DeviceIDs(iommu: nil, ids: nil)
                if !expected.matches(blobIDs) {
                    record(Mismatch(subject: subject, format: "IORT named component \(device.acpiPath)",
                                    blobSays: describeIDs(blobIDs),
                                    topologySays: expected.isEmpty ? "no SMMU" : expected.description,
                                    deviceAnswered: "nothing (an SMMUv3 is checked on the tables only)", location: iommuLocation), row: row)
                }
                // A platform device has no fallback: an ITS group the MADT does not list gives it none.
                let its = iort.deviceID(ofNamedComponent: device.acpiPath).flatMap {
                    acpiMSI.resolves(itsGroupAt: $0.nodeOffset) ? Ref(name: iortName($0.nodeOffset), id: $0.id) : nil
                }
                compare("IORT named component \(device.acpiPath)", iommu: false, blob: its,
                        topo: iortRoutesMSIs(to: device.msi?.controller) ? topoMSI : nil, subject: subject,
                        location: msiLocation, row: row)
            }
        }
    }

    /// A blob's IDs for one device, as a mismatch says them.
    func describeIDs(_ refs: [Ref]) -> String {
        guard !refs.isEmpty else { return "no IOMMU (bypass)" }
        guard refs.count > 8 else { return refs.map(\.description).joined(separator: ", ") }
        return "\(refs.count) IDs: " + refs.prefix(4).map(\.description).joined(separator: ", ") + ", ..., \(refs.last!)"
    }
}

/// A platform device's endpoint IDs on its IOMMU as the topology gives them: every ID of its
/// range, in order (none when it bypasses). Compared with a blob's list without building the list.
struct DeviceIDs: CustomStringConvertible {
    var iommu: String?
    var ids: IDRange?

    var isEmpty: Bool { iommu == nil || ids == nil }
    var count: UInt64 { isEmpty ? 0 : ids!.count }

    /// Whether a blob gives exactly these IDs, in this order, on this IOMMU.
    func matches(_ refs: [Ref]) -> Bool {
        guard UInt64(refs.count) == count else { return false }
        guard let iommu, let ids else { return true }
        for (i, ref) in refs.enumerated() where ref.name != iommu || ref.id != ids.first &+ UInt32(truncatingIfNeeded: i) {
            return false
        }
        return true
    }

    /// The first `n` IDs, for asking the device about them.
    func prefix(_ n: Int) -> [Ref?] {
        guard let iommu, let ids else { return [] }
        return (0..<Int(min(UInt64(n), ids.count))).map { Ref(name: iommu, id: ids.first &+ UInt32($0)) }
    }

    var description: String {
        guard let iommu, let ids else { return "no IOMMU (bypass)" }
        return ids.count == 1 ? "\(Ref(name: iommu, id: ids.first))" : "\(ids.count) IDs: '\(iommu)' IDs \(ids)"
    }
}

extension MSITarget {
    /// `its 0x10000`, `v2m` (no DeviceID): the MSI column of a device's row.
    var rowText: String { id.map { joinedText(controller, " ", hex($0)) } ?? controller }
}
