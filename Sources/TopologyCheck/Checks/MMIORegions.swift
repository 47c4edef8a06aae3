import TopologyModel

// The located MMIO regions of a topology, shared by the overlap rules (mmio-overlap and the
// window rules): one list, so that every rule sees the same regions with the same names.

/// One region of the physical memory map that a component claims.
struct MMIORegion {
    /// "the ECAM window of root complex 'pcie0'", as messages write it.
    var what: String
    var name: String
    var location: SourceLocation
}

extension Topology {
    /// ITS register frames, IOMMU registers, ECAM windows (unless left out) and devices, in
    /// declaration order.
    func componentMMIORegions(includingECAM: Bool = true) -> [Span<MMIORegion>] {
        var spans: [Span<MMIORegion>] = []
        for c in msiControllers {
            if let r = c.mmioRegion { spans.append(Span(r, MMIORegion(what: "the registers of ITS '\(c.name)'", name: c.name, location: c.source["base"]))) }
        }
        for i in iommus {
            if let r = i.mmioRegion { spans.append(Span(r, MMIORegion(what: "the registers of IOMMU '\(i.name)'", name: i.name, location: i.source["base"]))) }
        }
        if includingECAM { spans += ecamRegions }
        for d in devices {
            if let r = d.mmioRegion { spans.append(Span(r, MMIORegion(what: "device '\(d.name)'", name: d.name, location: d.source["base"]))) }
        }
        return spans
    }

    /// The ECAM window of every root complex that has one.
    var ecamRegions: [Span<MMIORegion>] {
        rootComplexes.compactMap { rc in
            rc.ecamRegion.map { Span($0, MMIORegion(what: "the ECAM window of root complex '\(rc.name)'", name: rc.name, location: rc.source["ecam"])) }
        }
    }

    /// The CPU side of every PCI window in `space`, numbered from 0 per root complex as the
    /// parser numbers list entries.
    func windowRegions(in space: CPUAddressSpace) -> [Span<MMIORegion>] {
        var spans: [Span<MMIORegion>] = []
        for rc in rootComplexes {
            for (i, w) in rc.windows.enumerated() where w.cpuSpace(on: arch) == space {
                guard let r = w.cpuRegion else { continue }
                spans.append(Span(r, MMIORegion(what: "\(w.kind.rawValue) window \(i) of root complex '\(rc.name)'", name: rc.name, location: w.source["cpu"])))
            }
        }
        return spans
    }
}

extension TopologyRule {
    /// One diagnostic per overlapping pair of `spans`, reported at the later declaration with a
    /// note at the earlier one.
    func reportOverlaps(_ spans: [Span<MMIORegion>], into report: inout [Diagnostic]) {
        emit(overlappingPairs(spans).map { ($0.a, $0.b) }, into: &report)
    }

    /// One diagnostic per overlap of a span of `left` with a span of `right`.
    func reportOverlaps(_ left: [Span<MMIORegion>], with right: [Span<MMIORegion>], into report: inout [Diagnostic]) {
        emit(crossOverlappingPairs(left, right), into: &report)
    }

    private func emit(_ pairs: [(Span<MMIORegion>, Span<MMIORegion>)], into report: inout [Diagnostic]) {
        for pair in pairs {
            let (mine, other) = laterFirst(pair.0, pair.1) { $0.payload.location }
            report.append(
                diagnostic(
                    "\(mine.payload.what) \(AddressRange(first: mine.first, last: mine.last)) and \(other.payload.what) \(AddressRange(first: other.first, last: other.last)) overlap",
                    at: mine.payload.location, notes: [DiagnosticNote("'\(other.payload.name)' declared here", at: other.payload.location)]))
        }
    }
}
