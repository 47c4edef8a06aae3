import TopologyModel

/// Rule 7, for PCI windows: two windows (of one root complex or of two) whose CPU addresses
/// overlap. A CPU address must reach one window only, or the host cannot decode it. On x86_64 the
/// I/O windows are port ranges and are compared only with each other.
struct WindowOverlap: TopologyRule {
    static let id = "window-overlap"
    static let summary = "two PCI windows whose CPU address ranges overlap"
    static let example = #"mem64 window 1 of root complex 'pcie0' [0x2f000000, 0x30ffffff] and mem32 window 0 of root complex 'pcie0' [0x10000000, 0x2fffffff] overlap"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        reportOverlaps(topology.windowRegions(in: .memory), into: &report)
        reportOverlaps(topology.windowRegions(in: .port), into: &report)
    }
}
