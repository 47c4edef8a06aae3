import TopologyModel

/// Rule 6 (format page, "Root complexes"): root complexes that share a segment become one IORT
/// root complex node, so their `coherent` and `ats` must agree. Each root complex is compared with
/// the first one declared on its segment.
struct SegmentAttributes: TopologyRule {
    static let id = "segment-attributes"
    static let summary = "root complexes sharing a segment whose coherent or ats disagree"
    static let example = #"root complex 'pxb1' has ats: true but shares segment 0 with root complex 'pcie0', which has ats: false; IORT describes one segment as one root complex node"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var first: [UInt16: RootComplex] = [:]
        for rc in topology.rootComplexes {
            guard let lead = first[rc.segment] else {
                first[rc.segment] = rc
                continue
            }
            for (key, mine, theirs) in [("coherent", rc.coherent, lead.coherent), ("ats", rc.ats, lead.ats)] where mine != theirs {
                report.append(
                    diagnostic(
                        "root complex '\(rc.name)' has \(key): \(mine) but shares segment \(rc.segment) with root complex '\(lead.name)', which has \(key): \(theirs); IORT describes one segment as one root complex node",
                        at: rc.source[key], notes: [DiagnosticNote("'\(lead.name)' declared here", at: lead.source[key])]))
            }
        }
    }
}
