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
    /// "device 'net1'", "IOMMU 'smmu0' (its own MSIs)".
    var name: String
    /// "iommu-map entry 0 of root complex 'pcie0'", "device 'net1'".
    var declaration: String

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
