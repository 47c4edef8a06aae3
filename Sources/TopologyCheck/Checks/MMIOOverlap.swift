import TopologyModel

/// Rule 7: overlapping MMIO regions: virtio-mmio and SMMUv3 registers, ITS register frames
/// (128 KiB), platform devices and ECAM windows. PCI windows have rules of their own
/// (window-overlap, window-ecam-overlap, window-mmio-overlap).
struct MMIOOverlap: TopologyRule {
    static let id = "mmio-overlap"
    static let summary = "overlapping MMIO regions (IOMMU registers, ITS frames, devices, ECAM windows)"
    static let example = #"device 'net1' [0x8090000, 0x80901ff] and the registers of ITS 'its' [0x8080000, 0x809ffff] overlap"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        reportOverlaps(topology.componentMMIORegions(), into: &report)
    }
}
