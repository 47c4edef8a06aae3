import TopologyModel

/// Rule 6: two root complexes on one segment whose bus ranges overlap.
struct BusOverlap: TopologyRule {
    static let id = "bus-overlap"
    static let summary = "two root complexes on one segment with overlapping bus ranges"
    static let example = #"buses 0x70-0x7f of root complex 'pxb1' are also buses of root complex 'pcie0' on segment 0"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let bySegment = Dictionary(grouping: topology.rootComplexes, by: \.segment)
        for segment in bySegment.keys.sorted() {
            let spans = bySegment[segment]!.map { Span(first: UInt64($0.firstBus), last: UInt64($0.lastBus), $0) }
            for pair in overlappingPairs(spans) {
                let (rc, other) = laterFirst(pair.a.payload, pair.b.payload) { $0.source["buses"] }
                let buses = pair.first == pair.last ? "bus \(hex(pair.first, digits: 2))" : "buses \(hex(pair.first, digits: 2))-\(hex(pair.last, digits: 2))"
                report.append(
                    diagnostic(
                        "\(buses) of root complex '\(rc.name)' are also buses of root complex '\(other.name)' on segment \(segment)",
                        at: rc.source["buses"], notes: [DiagnosticNote("buses of '\(other.name)' declared here", at: other.source["buses"])]))
            }
        }
    }
}
