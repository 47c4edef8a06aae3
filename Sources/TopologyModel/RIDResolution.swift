/// A maximal run of RIDs of one root complex over which both maps are affine: every RID in
/// `rids` goes to the same IOMMU (or none) and the same MSI controller (or none), with IDs that
/// grow one by one with the RID.
public struct RIDSegment: Hashable, Sendable {
    public struct Target: Hashable, Sendable {
        /// The IOMMU or MSI controller name.
        public var name: String
        /// The ID that `rids.first` gets; the rest follow contiguously.
        public var first: UInt32

        public init(name: String, first: UInt32) {
            self.name = name
            self.first = first
        }

        /// The target's IDs for `rids` (nil if they would pass 0xffffffff, which a check forbids).
        public func ids(for rids: IDRange) -> IDRange? { rids.moved(to: UInt64(first)) }
    }

    /// Where a segment's MSIs go: the controller and the DeviceID of `rids.first` (nil for a
    /// GICv2m frame, whose MSIs carry none).
    public struct MSI: Hashable, Sendable {
        public var name: String
        public var first: UInt32?

        public init(name: String, first: UInt32?) {
            self.name = name
            self.first = first
        }

        /// The route of `rids`: its DeviceIDs, or none for a GICv2m frame; nil when the IDs would
        /// pass 0xffffffff (which a check forbids).
        public func route(for rids: IDRange) -> MSIRoute? {
            guard let first else { return MSIRoute(controller: name, deviceIDs: nil) }
            return rids.moved(to: UInt64(first)).map { MSIRoute(controller: name, deviceIDs: $0) }
        }

        /// The same route from `offset` RIDs further on.
        public func advanced(by offset: UInt32) -> MSI { MSI(name: name, first: first.map { $0 &+ offset }) }
    }

    public var rids: IDRange
    /// Which IOMMU translates these RIDs, and their endpoint/stream IDs; nil when they bypass.
    public var translation: Target?
    /// Where their MSIs go, and their DeviceIDs; nil when no `msi-map` entry covers them.
    public var msi: MSI?
    /// Index in the root complex's `iommu-map` / `msi-map` of the entry that produced each side.
    public var iommuMapIndex: Int?
    public var msiMapIndex: Int?

    public init(
        rids: IDRange, translation: Target?, msi: MSI?, iommuMapIndex: Int? = nil, msiMapIndex: Int? = nil
    ) {
        self.rids = rids
        self.translation = translation
        self.msi = msi
        self.iommuMapIndex = iommuMapIndex
        self.msiMapIndex = msiMapIndex
    }
}

extension RootComplex {
    /// Cuts the bus range into segments at every edge of every map entry, in RID order.
    ///
    /// Where entries overlap (an invalid file), the first entry wins, as in Linux's `of_map_id`.
    /// Cost is O((entries + segments) log(segments)), independent of RID count.
    public func ridSegments() -> [RIDSegment] {
        let domain = rids
        var cuts: [UInt64] = [UInt64(domain.first), domain.end]
        cuts.reserveCapacity(2 * (iommuMap.count + msiMap.count) + 2)
        for range in iommuMap.map(\.rids) + msiMap.map(\.inputs) {
            if domain.contains(range.first) { cuts.append(UInt64(range.first)) }
            if range.end > UInt64(domain.first) && range.end < domain.end { cuts.append(range.end) }
        }
        cuts.sort()
        var edges: [UInt64] = []
        edges.reserveCapacity(cuts.count)
        for cut in cuts where edges.last != cut { edges.append(cut) }
        var segments: [RIDSegment] = []
        segments.reserveCapacity(edges.count)
        let runStarts = Array(edges.dropLast())
        let iommuOwners = firstCovering(iommuMap.map(\.rids), runs: runStarts)
        let msiOwners = firstCovering(msiMap.map(\.inputs), runs: runStarts)
        for (k, (lo, hi)) in zip(edges, edges.dropFirst()).enumerated() {
            let piece = IDRange(first: UInt32(lo), count: hi - lo)
            let iommuIndex = iommuOwners[k]
            let msiIndex = msiOwners[k]
            let translation = iommuIndex.map { i -> RIDSegment.Target in
                let e = iommuMap[i]
                return .init(name: e.iommu, first: e.id &+ (piece.first - e.rids.first))
            }
            let msi = msiIndex.map { i -> RIDSegment.MSI in
                let e = msiMap[i]
                return .init(name: e.controller, first: e.id.map { $0 &+ (piece.first - e.inputs.first) })
            }
            segments.append(
                RIDSegment(
                    rids: piece, translation: translation, msi: msi, iommuMapIndex: iommuIndex,
                    msiMapIndex: msiIndex))
        }
        return segments
    }
}

/// For each run of a sorted cut (`starts`: each run's first ID; runs end where the next starts,
/// and no range begins or ends inside a run), the first (lowest-index) of `ranges` covering it,
/// if any: each range in turn claims the runs it covers that no earlier range claimed, skipping
/// claimed runs by pointers that are shortened as they are followed. A linear search per run
/// made cutting a root complex with many map entries quadratic.
func firstCovering(_ ranges: [IDRange], runs starts: [UInt64]) -> [Int?] {
    var owner = [Int?](repeating: nil, count: starts.count)
    // next[k]: the first run at or after k that no range has claimed yet (starts.count: none).
    var next = Array(0...starts.count)
    func unclaimed(from k: Int) -> Int {
        var root = k
        while next[root] != root { root = next[root] }
        var x = k
        while next[x] != root {
            let n = next[x]
            next[x] = root
            x = n
        }
        return root
    }
    func firstRun(atOrAfter id: UInt64) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    for (i, range) in ranges.enumerated() {
        let end = firstRun(atOrAfter: range.end)
        var k = unclaimed(from: firstRun(atOrAfter: UInt64(range.first)))
        while k < end {
            owner[k] = i
            next[k] = k + 1
            k = unclaimed(from: k + 1)
        }
    }
    return owner
}
