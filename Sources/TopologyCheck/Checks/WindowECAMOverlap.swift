import TopologyModel

/// Rule 7, for PCI windows: a window whose CPU addresses overlap an ECAM window (its own root
/// complex's or another's): configuration space and forwarded memory cannot share addresses.
struct WindowECAMOverlap: TopologyRule {
    static let id = "window-ecam-overlap"
    static let summary = "a PCI window over an ECAM window"
    static let example = #"mem64 window 0 of root complex 'pcie0' [0x4000000000, 0x401fffffff] and the ECAM window of root complex 'pcie0' [0x4010000000, 0x401fffffff] overlap"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        reportOverlaps(topology.windowRegions(in: .memory), with: topology.ecamRegions, into: &report)
    }
}
