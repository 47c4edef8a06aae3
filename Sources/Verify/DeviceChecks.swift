import FirmwareDecode
import TopologyCheck
import TopologyModel
import VirtioIOMMU

/// Platform devices: one input each, compared through every blob (as the per-ID oracle does).
extension VerificationRun {

    func checkDevices() {
        let viotEndpoints = viot?.mmioEndpointsByBase() ?? [:]
        for device in topology.devices {
            rowOfSource[.device(name: device.name, base: device.base)] = rows.count
            rows.append(.init(
                source: "device \(device.name) @\(hex(device.base))",
                translation: device.iommu.map { "\($0) \(device.ids?.description ?? "?")" } ?? "bypass",
                msi: device.msi.map { "\($0.controller) \(hex($0.id))" } ?? "-", checkedIDs: 1, exhaustive: true, mismatches: 0))
            let row = rows.count - 1
            endpoints += 1
            let subject = "platform device '\(device.name)' at \(hex(device.base))"
            let topoIDs: [Ref] = device.iommu.map { name in
                guard let ids = device.ids else { return [] }
                return (0..<min(ids.count, 4096)).map { Ref(name: name, id: ids.first &+ UInt32($0)) }
            } ?? []
            let topoMSI = device.msi.map { Ref(name: $0.controller, id: $0.id) }
            let iommuLocation = device.source["iommu"], msiLocation = device.source["msi"]

            if let dt {
                let node = dtNodeByBase[device.base]
                var blobIDs: [Ref] = [], blobMSI: Ref? = nil, msiTarget: String? = nil
                if let node {
                    do {
                        blobIDs = try dt.iommus(of: node).map { Ref(name: dtName($0.target), id: $0.cells.first ?? 0) }
                        if let parent = try dt.msiParent(of: node).first {
                            blobMSI = Ref(name: dtName(parent.target), id: parent.cells.first ?? 0)
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
                if node != nil, blobIDs != topoIDs {
                    record(Mismatch(subject: subject, format: "DT iommus of \(node!)",
                                    blobSays: blobIDs.isEmpty ? "no IOMMU (bypass)" : blobIDs.map(\.description).joined(separator: ", "),
                                    topologySays: topoIDs.isEmpty ? "no IOMMU (bypass)" : topoIDs.map(\.description).joined(separator: ", "),
                                    deviceAnswered: deviceAnswer(Array(blobIDs.prefix(2)) + Array(topoIDs.prefix(2))),
                                    location: iommuLocation), row: row)
                }
                if node != nil {
                    compare("DT msi-parent of \(node!)", iommu: false, blob: blobMSI, topo: topoMSI, subject: subject,
                            location: msiLocation, row: row)
                }
                for ref in blobIDs { noteExercise(ref, Origin(subject: subject, format: "DT", doorbell: dtDoorbell(msiTarget))) }
            }
            if let viot {
                var blob: Ref? = nil
                if let ep = viotEndpoints[device.base], let iommu = viot.iommu(atOffset: Int(ep.outputNode)),
                   iommu.transport != .mmio(baseAddress: device.base) {
                    blob = Ref(name: viotName(iommu.nodeOffset), id: ep.endpointID)
                }
                compare("VIOT", iommu: true, blob: blob, topo: isVirtio(device.iommu) ? topoIDs.first : nil, subject: subject,
                        location: iommuLocation, row: row)
                noteExercise(blob, Origin(subject: subject, format: "VIOT", doorbell: nil))
            }
            if let iort {
                let blobIDs = iort.streamIDs(ofNamedComponent: device.acpiPath).map { Ref(name: iortName($0.nodeOffset), id: $0.id) }
                let expected = isSMMU(device.iommu) ? topoIDs : []
                if blobIDs != expected {
                    record(Mismatch(subject: subject, format: "IORT named component \(device.acpiPath)",
                                    blobSays: blobIDs.isEmpty ? "no IOMMU (bypass)" : blobIDs.map(\.description).joined(separator: ", "),
                                    topologySays: expected.isEmpty ? "no SMMU" : expected.map(\.description).joined(separator: ", "),
                                    deviceAnswered: "nothing (an SMMUv3 is checked on the tables only)", location: iommuLocation), row: row)
                }
                let its = iort.deviceID(ofNamedComponent: device.acpiPath).map { Ref(name: iortName($0.nodeOffset), id: $0.id) }
                compare("IORT named component \(device.acpiPath)", iommu: false, blob: its, topo: topoMSI, subject: subject,
                        location: msiLocation, row: row)
            }
        }
    }

    func checkMCFG() {
        guard let mcfg else { return }
        let row = rows.isEmpty ? -1 : 0
        for m in MCFGComparison.mismatches(topology: topology, mcfg: mcfg) { record(m, row: row) }
    }
}
