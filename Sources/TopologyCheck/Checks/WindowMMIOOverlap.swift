import TopologyModel

/// Rule 7, for PCI windows: a window whose CPU addresses overlap the registers of an IOMMU or an
/// ITS, or a platform device (ECAM windows have window-ecam-overlap).
struct WindowMMIOOverlap: TopologyRule {
    static let id = "window-mmio-overlap"
    static let summary = "a PCI window over IOMMU or ITS registers or a platform device"
    static let example = #"mem32 window 0 of root complex 'pcie0' [0x8000000, 0x8ffffff] and the registers of ITS 'its' [0x8080000, 0x809ffff] overlap"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        reportOverlaps(topology.windowRegions(in: .memory), with: topology.componentMMIORegions(includingECAM: false), into: &report)
    }
}
