import TopologyModel

/// Rule 4: two MSI sources that get the same DeviceID on one MSI controller, from any mix of root
/// complexes' `msi-map` entries, devices' `msi` and SMMUs' own `msi`. (GICv2m routes carry no
/// DeviceID, so they never collide.) (An SMMU's `msi-map`
/// re-routes its endpoints' MSIs, which the root complexes' `msi-map` already count.)
struct DuplicateDeviceID: TopologyRule {
    static let id = "duplicate-device-id"
    static let summary = "two MSI sources (RIDs of root complexes, devices, SMMUs) with the same DeviceID on one MSI controller"
    static let example = #"RIDs 0x0000-0x7fff of root complex 'pcie1' and RIDs 0x8000-0xffff of root complex 'pcie0' both get DeviceIDs 0x8000-0xffff on MSI controller 'its'"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var users: [String: [IDUser]] = [:]
        for rc in topology.rootComplexes {
            for (i, entry) in rc.msiMap.enumerated() {
                guard let ids = entry.outputIDs else { continue }
                users[entry.controller, default: []].append(
                    IDUser(ids: ids, location: entry.source["id"], rc: (rc.name, entry.inputs.first),
                        who: .mapEntry(map: "msi-map", index: i, rootComplex: rc.name)))
            }
        }
        for iommu in topology.iommus {
            guard case .smmuv3(let smmu) = iommu.kind, let msi = smmu.msi, let id = msi.id else { continue }
            users[msi.controller, default: []].append(
                IDUser(ids: IDRange(first: id, count: 1), location: msi.source["id"], rc: nil,
                    who: .smmuMSI(iommu: iommu.name)))
        }
        for device in topology.devices {
            guard let msi = device.msi, let id = msi.id else { continue }
            users[msi.controller, default: []].append(
                IDUser(ids: IDRange(first: id, count: 1), location: msi.source["id"], rc: nil,
                    who: .deviceMSI(device.name)))
        }
        for controller in topology.msiControllers {
            guard let list = users[controller.name] else { continue }
            reportCollisions(list, idNoun: "DeviceID", target: "MSI controller '\(controller.name)'", &report)
        }
    }
}
