import TopologyModel

/// An MCFG entry's base address is the ECAM address of bus 0 of its segment (PCI Firmware spec;
/// the OS reads bus B at `base + (B << 20)`), so a root complex whose buses start at B needs
/// `ecam >= B << 20`: below that, the base it needs would be a negative address. B is the first
/// bus of the ECAM window (`ecam-buses`, else the root complex's buses).
struct ECAMBelowBusZero: TopologyRule {
    static let id = "ecam-below-bus-zero"
    static let summary = "a root complex whose ecam is below its first bus's offset, so the MCFG base (bus 0) would be negative"
    static let example = #"ecam 0x4000000 of root complex 'pcie0' is the window of bus 0x80; the MCFG base (where bus 0 would be) is ecam - 0x8000000, below address 0"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        for rc in topology.rootComplexes {
            guard let ecam = rc.ecam else { continue }
            let first = rc.ecamBusRange.lowerBound
            let offset = UInt64(first) << 20
            guard ecam < offset else { continue }
            let busesKey = rc.ecamBuses != nil ? "ecam-buses" : "buses"
            report.append(
                diagnostic(
                    "ecam \(hex(ecam)) of root complex '\(rc.name)' is the window of bus \(hex(first, digits: 2)); the MCFG base (where bus 0 would be) is ecam - \(hex(offset)), below address 0",
                    at: rc.source["ecam"], notes: [DiagnosticNote("\(busesKey) of '\(rc.name)' declared here", at: rc.source[busesKey])]))
        }
    }
}
