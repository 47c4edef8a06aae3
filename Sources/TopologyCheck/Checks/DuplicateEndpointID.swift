import TopologyModel

/// Rule 4: two endpoints that get the same endpoint/stream ID on one IOMMU, from any mix of root
/// complexes' `iommu-map` entries and devices' `id`/`ids`. Ranges are compared, never single IDs.
struct DuplicateEndpointID: TopologyRule {
    static let id = "duplicate-endpoint-id"
    static let summary = "two endpoints (RIDs of root complexes, devices) with the same ID on one IOMMU"
    static let example = #"device 'net1' and RIDs 0x0010-0x0011 of root complex 'pcie0' both get endpoint IDs 0x10-0x11 on IOMMU 'viommu'"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var users: [String: [IDUser]] = [:]
        for rc in topology.rootComplexes {
            for (i, entry) in rc.iommuMap.enumerated() {
                // Entries whose IDs run past 32 bits are id-overflow's.
                guard let ids = entry.outputIDs else { continue }
                users[entry.iommu, default: []].append(
                    IDUser(ids: ids, location: entry.source["id"], rc: (rc.name, entry.rids.first),
                        who: .mapEntry(map: "iommu-map", index: i, rootComplex: rc.name)))
            }
        }
        for device in topology.devices {
            guard let iommu = device.iommu, let ids = device.ids else { continue }
            let at = device.source.wrote("ids") ? device.source["ids"] : device.source["id"]
            users[iommu, default: []].append(
                IDUser(ids: ids, location: at, rc: nil, who: .device(device.name)))
        }
        for iommu in topology.iommus {
            guard let list = users[iommu.name] else { continue }
            reportCollisions(list, idNoun: "endpoint ID", target: "IOMMU '\(iommu.name)'", &report)
        }
    }
}
