import TopologyModel

/// Rule 7, for PCI windows: a window whose CPU addresses overlap an ECAM window (its own root
/// complex's or another's): configuration space and forwarded memory cannot share addresses.
struct WindowECAMOverlap: TopologyRule {
    static let id = "window-ecam-overlap"
    static let summary = "a PCI window over an ECAM window"

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        reportOverlaps(topology.windowRegions(in: .memory), with: topology.ecamRegions, into: &report)
    }
}
