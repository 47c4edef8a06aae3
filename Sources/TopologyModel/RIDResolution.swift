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

    public var rids: IDRange
    /// Which IOMMU translates these RIDs, and their endpoint/stream IDs; nil when they bypass.
    public var translation: Target?
    /// Where their MSIs go, and their DeviceIDs; nil when no `msi-map` entry covers them.
    public var msi: Target?
    /// Index in the root complex's `iommu-map` / `msi-map` of the entry that produced each side.
    public var iommuMapIndex: Int?
    public var msiMapIndex: Int?

    public init(
        rids: IDRange, translation: Target?, msi: Target?, iommuMapIndex: Int? = nil, msiMapIndex: Int? = nil
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
    /// Cost is O((entries + segments) log(entries)), independent of RID count.
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
        var iommuEntries = FirstCovering(iommuMap.map(\.rids)), msiEntries = FirstCovering(msiMap.map(\.inputs))
        for (lo, hi) in zip(edges, edges.dropFirst()) {
            let piece = IDRange(first: UInt32(lo), count: hi - lo)
            let iommuIndex = iommuEntries.first(covering: piece.first)
            let msiIndex = msiEntries.first(covering: piece.first)
            let translation = iommuIndex.map { i -> RIDSegment.Target in
                let e = iommuMap[i]
                return .init(name: e.iommu, first: e.id &+ (piece.first - e.rids.first))
            }
            let msi = msiIndex.map { i -> RIDSegment.Target in
                let e = msiMap[i]
                return .init(name: e.controller, first: e.id &+ (piece.first - e.inputs.first))
            }
            segments.append(
                RIDSegment(
                    rids: piece, translation: translation, msi: msi, iommuMapIndex: iommuIndex,
                    msiMapIndex: msiIndex))
        }
        return segments
    }
}

/// The first (lowest-index) of a list of ranges that covers each of a rising sequence of IDs: a
/// sweep over the ranges sorted by first ID, keeping those begun in a min-heap of (index, end).
/// A linear search per segment made cutting a root complex with many map entries quadratic.
struct FirstCovering {
    private let ranges: [IDRange]
    private let byStart: [Int]
    private var next = 0
    private var heap: [(index: Int, end: UInt64)] = []

    init(_ ranges: [IDRange]) {
        self.ranges = ranges
        byStart = ranges.indices.sorted { (ranges[$0].first, $0) < (ranges[$1].first, $1) }
    }

    /// The first range covering `id`; `id` must not be below the one asked before.
    mutating func first(covering id: UInt32) -> Int? {
        while next < byStart.count, ranges[byStart[next]].first <= id {
            push((byStart[next], ranges[byStart[next]].end))
            next += 1
        }
        while let top = heap.first, top.end <= UInt64(id) { pop() }
        return heap.first?.index
    }

    private mutating func push(_ item: (index: Int, end: UInt64)) {
        heap.append(item)
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if heap[p].index <= heap[i].index { break }
            heap.swapAt(p, i)
            i = p
        }
    }

    private mutating func pop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, heap[l].index < heap[m].index { m = l }
            if r < heap.count, heap[r].index < heap[m].index { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
    }
}
