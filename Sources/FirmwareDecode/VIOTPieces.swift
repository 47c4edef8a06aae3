/// VIOT over whole runs of BDFs: the pieces `translation(segment:bdf:)` answers.
extension VIOTTable {
    /// What `translation(segment:bdf:)` answers for every BDF of `first ... last` of `segment`, as
    /// pieces (targets are IOMMU node offsets; `entry` is the PCI range node's offset). The same
    /// rules: the last range covering a BDF wins, and a virtio-pci IOMMU's own BDF is not translated
    /// by a range that points at that IOMMU. O(R log R) for R ranges.
    public func pciPieces(segment: UInt16, first: UInt16, last: UInt16) -> [IDPiece<Int>] {
        let candidates = pciRanges.enumerated().filter { $0.element.segmentStart <= segment && segment <= $0.element.segmentEnd }
        // Later ranges win: the smallest key is the last range.
        let intervals = candidates.map { i, r in
            PieceSweep.Interval(lo: UInt64(r.bdfStart), hi: UInt64(r.bdfEnd) + 1, key: pciRanges.count - 1 - i)
        }
        var own: [Int: UInt16] = [:]  // IOMMU node offset -> its own BDF on this segment
        var cuts: [UInt64] = []
        for iommu in iommus {
            if case .pci(let s, let bdf) = iommu.transport, s == segment {
                own[iommu.nodeOffset] = bdf
                cuts += [UInt64(bdf), UInt64(bdf) + 1]
            }
        }
        return IDPiece.merged(PieceSweep.cover(intervals, domainLo: UInt64(first), domainHi: UInt64(last) + 1, extraCuts: cuts).map { c in
            let lo = UInt16(c.lo), hi = UInt16(c.hi - 1)
            guard let key = c.key else { return IDPiece(first: UInt32(lo), last: UInt32(hi), outcome: .unmapped) }
            let range = pciRanges[pciRanges.count - 1 - key]
            let target = Int(range.outputNode)
            if iommu(atOffset: target) == nil || (own[target] == lo && lo == hi) {
                return IDPiece(first: UInt32(lo), last: UInt32(hi), outcome: .unmapped)
            }
            return IDPiece(first: UInt32(lo), last: UInt32(hi),
                           outcome: .mapped(target: target, output: range.endpointID(segment: segment, bdf: lo), constant: false, entry: range.offset))
        })
    }

    /// The last MMIO endpoint node of each base address, as `translation(mmioBase:)` reads them.
    public func mmioEndpointsByBase() -> [UInt64: VIOTMMIOEndpoint] {
        var result: [UInt64: VIOTMMIOEndpoint] = [:]
        for ep in mmioEndpoints { result[ep.baseAddress] = ep }
        return result
    }
}
