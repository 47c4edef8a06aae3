import TopologyModel

/// `ecam-buses` (topoc's extension) must hold the root complex's own buses: its `ecam` is the
/// window of the first of them, and the device tree's `reg` names its own buses' part of it.
struct ECAMBusesNotOwn: TopologyRule {
    static let id = "ecam-buses-not-own"
    static let summary = "a root complex whose ecam-buses do not hold its own buses"
    static let example = #"ecam-buses 0x10-0xff of root complex 'pcie0' do not hold its buses 0x00-0x0f"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for rc in topology.rootComplexes {
            guard let window = rc.ecamBuses, !(window.contains(rc.firstBus) && window.contains(rc.lastBus)) else { continue }
            report.append(
                diagnostic(
                    "ecam-buses \(busText(window)) of root complex '\(rc.name)' do not hold its buses \(busText(rc.firstBus...rc.lastBus))",
                    at: rc.source["ecam-buses"], notes: [DiagnosticNote("buses of '\(rc.name)' declared here", at: rc.source["buses"])]))
        }
    }
}

/// Two ECAM windows of one segment that span a common bus: the MCFG would give that bus two
/// configuration spaces (Linux takes the first entry that holds it).
struct ECAMBusOverlap: TopologyRule {
    static let id = "ecam-bus-overlap"
    static let summary = "two ECAM windows on one segment that span a common bus"
    static let example = #"the ECAM window of root complex 'pxb1' (buses 0x10-0x1f) and that of root complex 'pcie0' (buses 0x00-0xff) both span buses 0x10-0x1f of segment 0"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let bySegment = Dictionary(grouping: topology.rootComplexes.filter { $0.ecam != nil }, by: \.segment)
        for segment in bySegment.keys.sorted() {
            let spans = bySegment[segment]!.map { Span(first: UInt64($0.ecamBusRange.lowerBound), last: UInt64($0.ecamBusRange.upperBound), $0) }
            for pair in overlappingPairs(spans) {
                let (rc, other) = laterFirst(pair.a.payload, pair.b.payload) { ecamBusesLocation($0) }
                report.append(
                    diagnostic(
                        "the ECAM window of root complex '\(rc.name)' (buses \(busText(rc.ecamBusRange))) and that of root complex '\(other.name)' (buses \(busText(other.ecamBusRange))) both span buses \(busText(UInt8(pair.first)...UInt8(pair.last))) of segment \(segment)",
                        at: ecamBusesLocation(rc), notes: [DiagnosticNote("the ECAM window of '\(other.name)' declared here", at: ecamBusesLocation(other))]))
            }
        }
    }
}

/// A root complex without `ecam` whose buses an ECAM window of its segment spans in part: the
/// window would give some of its buses a configuration space and not the others. (One that the
/// window spans whole uses it, as QEMU's expander bridges use the machine's ECAM; one outside
/// every window has none described.)
struct ECAMBusesPartial: TopologyRule {
    static let id = "ecam-buses-partial"
    static let summary = "a root complex without ecam whose buses an ECAM window of its segment spans only in part"
    static let example = #"the ECAM window of root complex 'pcie0' (buses 0x00-0x7f) spans buses 0x70-0x7f of root complex 'pxb1' (buses 0x70-0x8f) but not the rest"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let owners = Dictionary(grouping: topology.rootComplexes.filter { $0.ecam != nil }, by: \.segment)
        for rc in topology.rootComplexes where rc.ecam == nil {
            for owner in owners[rc.segment] ?? [] {
                let window = owner.ecamBusRange, own = rc.firstBus...rc.lastBus
                guard window.overlaps(own), !(window.contains(rc.firstBus) && window.contains(rc.lastBus)) else { continue }
                let common = max(window.lowerBound, own.lowerBound)...min(window.upperBound, own.upperBound)
                report.append(
                    diagnostic(
                        "the ECAM window of root complex '\(owner.name)' (buses \(busText(window))) spans buses \(busText(common)) of root complex '\(rc.name)' (buses \(busText(own))) but not the rest",
                        at: rc.source["buses"], notes: [DiagnosticNote("the ECAM window of '\(owner.name)' declared here", at: ecamBusesLocation(owner))]))
            }
        }
    }
}

/// Where a root complex's ECAM bus range is written: `ecam-buses`, else `buses`.
private func ecamBusesLocation(_ rc: RootComplex) -> SourceLocation {
    rc.ecamBuses != nil ? rc.source["ecam-buses"] : rc.source["buses"]
}

private func busText(_ buses: ClosedRange<UInt8>) -> String {
    "\(hex(buses.lowerBound, digits: 2))-\(hex(buses.upperBound, digits: 2))"
}
