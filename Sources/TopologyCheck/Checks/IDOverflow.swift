import TopologyModel

/// Rule 5: a map entry whose output IDs run past 0xffffffff (`id + count - 1 > 0xffffffff`).
/// (A device's `id`/`ids` and an SMMU's own `msi` id are 32-bit values the parser already bounds.)
struct IDOverflow: TopologyRule {
    static let id = "id-overflow"
    static let summary = "a map entry whose output IDs run past 0xffffffff"
    static let example = #"iommu-map entry 0 of root complex 'pcie0' maps 0x10000 RIDs to IDs 0xffffff00-0x10000feff, past 0xffffffff"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for rc in topology.rootComplexes {
            for (i, e) in rc.iommuMap.enumerated() where e.outputIDs == nil {
                check(inputs: e.rids, id: e.id, unit: "RIDs", what: "iommu-map entry \(i) of root complex '\(rc.name)'", at: e.source["id"], &report)
            }
            for (i, e) in rc.msiMap.enumerated() where e.outputIDs == nil {
                guard let id = e.id else { continue }  // a GICv2m route: no DeviceIDs
                check(inputs: e.inputs, id: id, unit: "RIDs", what: "msi-map entry \(i) of root complex '\(rc.name)'", at: e.source["id"], &report)
            }
        }
        for iommu in topology.iommus {
            guard case .smmuv3(let smmu) = iommu.kind else { continue }
            for (i, e) in (smmu.msiMap ?? []).enumerated() where e.outputIDs == nil {
                guard let id = e.id else { continue }
                check(inputs: e.inputs, id: id, unit: "StreamIDs", what: "msi-map entry \(i) of IOMMU '\(iommu.name)'", at: e.source["id"], &report)
            }
        }
    }

    private func check(inputs: IDRange, id: UInt32, unit: String, what: String, at: SourceLocation, _ report: inout [Diagnostic]) {
        let last = UInt64(id) + inputs.count - 1
        report.append(
            diagnostic(
                "\(what) maps \(hex(inputs.count)) \(unit) to IDs \(hex(id))-\(hex(last)), past 0xffffffff",
                at: at))
    }
}
