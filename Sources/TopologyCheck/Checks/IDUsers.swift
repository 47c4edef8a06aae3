import TopologyModel

/// One party that receives a range of output IDs at a target (an IOMMU or an MSI controller),
/// shared by `duplicate-endpoint-id` and `duplicate-device-id`.
struct IDUser {
    /// The target's IDs this party gets.
    var ids: IDRange
    /// Where the party's IDs are written (the `id`/`ids` value).
    var location: SourceLocation
    /// For a map entry: the root complex, the first RID of the entry and its first output ID, so
    /// a message can say which RIDs collide. Nil for devices and SMMUs.
    var rc: (name: String, firstRID: UInt32)?
    /// Who it is, made into text only for a message (a large topology has an ID user per map
    /// entry and device, and collides nowhere).
    var who: Who

    enum Who {
        /// Entry `index` of a root complex's `iommu-map` or `msi-map`.
        case mapEntry(map: String, index: Int, rootComplex: String)
        /// A device's `id`/`ids` on its IOMMU.
        case device(String)
        /// A device's `msi`.
        case deviceMSI(String)
        /// An SMMU's own `msi`.
        case smmuMSI(iommu: String)
    }

    /// "device 'net1'", "IOMMU 'smmu0' (its own MSIs)".
    var name: String {
        switch who {
        case .mapEntry(_, _, let rc): "root complex '\(rc)'"
        case .device(let device), .deviceMSI(let device): "device '\(device)'"
        case .smmuMSI(let iommu): "IOMMU '\(iommu)' (its own MSIs)"
        }
    }

    /// "iommu-map entry 0 of root complex 'pcie0'", "device 'net1'".
    var declaration: String {
        switch who {
        case .mapEntry(let map, let i, let rc): "\(map) entry \(i) of root complex '\(rc)'"
        case .device(let device): "device '\(device)'"
        case .deviceMSI(let device): "'msi' of device '\(device)'"
        case .smmuMSI(let iommu): "'msi' of IOMMU '\(iommu)'"
        }
    }

    /// Who gets the IDs `first...last` (a part of `ids`): "RIDs 0x0010-0x001f of root complex 'pcie0'".
    func describe(_ first: UInt64, _ last: UInt64) -> String {
        guard let rc else { return name }
        let delta = UInt64(rc.firstRID) &- UInt64(ids.first)
        return "RIDs \(ridText(first &+ delta, last &+ delta)) of root complex '\(rc.name)'"
    }
}

extension TopologyRule {
    /// Reports every pair of `users` of one target whose IDs overlap, at the later-declared one.
    func reportCollisions(_ users: [IDUser], idNoun: String, target: String, _ report: inout [Diagnostic]) {
        for pair in overlappingPairs(users.map { Span($0.ids, $0) }) {
            let (reported, other) = laterFirst(pair.a.payload, pair.b.payload) { $0.location }
            let ids = idText(pair.first, pair.last)
            let noun = pair.first == pair.last ? idNoun : idNoun + "s"
            report.append(
                diagnostic(
                    "\(reported.describe(pair.first, pair.last)) and \(other.describe(pair.first, pair.last)) both get \(noun) \(ids) on \(target)",
                    at: reported.location, notes: [DiagnosticNote("\(other.declaration) declared here", at: other.location)]))
        }
    }
}
