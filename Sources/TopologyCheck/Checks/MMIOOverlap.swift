import TopologyModel

/// Rule 7: overlapping MMIO regions: virtio-mmio and SMMUv3 registers, ITS register frames
/// (128 KiB), platform devices and ECAM windows.
struct MMIOOverlap: TopologyRule {
    static let id = "mmio-overlap"
    static let summary = "overlapping MMIO regions (IOMMU registers, ITS frames, devices, ECAM windows)"

    private struct Region {
        var what: String
        var name: String
        var location: SourceLocation
    }

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var spans: [Span<Region>] = []
        for c in topology.msiControllers {
            if let r = c.mmioRegion { spans.append(Span(r, Region(what: "the registers of ITS '\(c.name)'", name: c.name, location: c.source["base"]))) }
        }
        for i in topology.iommus {
            if let r = i.mmioRegion { spans.append(Span(r, Region(what: "the registers of IOMMU '\(i.name)'", name: i.name, location: i.source["base"]))) }
        }
        for rc in topology.rootComplexes {
            if let r = rc.ecamRegion { spans.append(Span(r, Region(what: "the ECAM window of root complex '\(rc.name)'", name: rc.name, location: rc.source["ecam"]))) }
        }
        for d in topology.devices {
            if let r = d.mmioRegion { spans.append(Span(r, Region(what: "device '\(d.name)'", name: d.name, location: d.source["base"]))) }
        }
        for pair in overlappingPairs(spans) {
            let (mine, other) = laterFirst(pair.a, pair.b) { $0.payload.location }
            report.append(
                diagnostic(
                    "\(mine.payload.what) \(AddressRange(first: mine.first, last: mine.last)) and \(other.payload.what) \(AddressRange(first: other.first, last: other.last)) overlap",
                    at: mine.payload.location, notes: [DiagnosticNote("'\(other.payload.name)' declared here", at: other.payload.location)]))
        }
    }
}
