import TopologyModel

/// Rule 7, for PCI windows: two windows (of one root complex or of two) whose CPU addresses
/// overlap. A CPU address must reach one window only, or the host cannot decode it. On x86_64 the
/// I/O windows are port ranges and are compared only with each other.
struct WindowOverlap: TopologyRule {
    static let id = "window-overlap"
    static let summary = "two PCI windows whose CPU address ranges overlap"

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        reportOverlaps(topology.windowRegions(in: .memory), into: &report)
        reportOverlaps(topology.windowRegions(in: .port), into: &report)
    }
}
