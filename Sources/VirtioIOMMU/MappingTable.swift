/// Non-overlapping mappings of one domain, sorted by `virtStart`, searched by bisection.
struct MappingTable: Sendable {
    private(set) var mappings: [Mapping] = []

    var count: Int { mappings.count }

    /// Index of the first mapping whose `virtEnd >= address` (mappings are disjoint and sorted,
    /// so `virtEnd` is sorted too).
    @inline(__always)
    func firstEnding(atOrAfter address: UInt64) -> Int {
        partitionPoint(mappings.count) { mappings[$0].virtEnd < address }
    }

    /// The mapping containing `address`, if any.
    @inline(__always)
    func lookup(_ address: UInt64) -> Mapping? {
        let i = firstEnding(atOrAfter: address)
        guard i < mappings.count, mappings[i].virtStart <= address else { return nil }
        return mappings[i]
    }

    /// Inserts `m` unless it overlaps an existing mapping (returns `false` then).
    mutating func insert(_ m: Mapping) -> Bool {
        let i = firstEnding(atOrAfter: m.virtStart)
        if i < mappings.count, mappings[i].virtStart <= m.virtEnd { return false }
        mappings.insert(m, at: i)
        return true
    }

    /// Forgets every mapping, keeping the array's capacity (the domain's slot is reused).
    mutating func removeAll() { mappings.removeAll(keepingCapacity: true) }

    enum UnmapResult { case removed(Int), wouldSplit }

    /// Removes every mapping lying entirely inside `[first, last]`. If any mapping straddles a
    /// boundary of the range, removes nothing (§4.6.4: check everything first, then remove).
    mutating func unmap(first: UInt64, last: UInt64) -> UnmapResult {
        let lo = firstEnding(atOrAfter: first)
        var hi = lo
        while hi < mappings.count, mappings[hi].virtStart <= last { hi += 1 }
        guard lo < hi else { return .removed(0) }
        // Only the first and last intersecting mappings can stick out of the range.
        if mappings[lo].virtStart < first || mappings[hi - 1].virtEnd > last { return .wouldSplit }
        mappings.removeSubrange(lo..<hi)
        return .removed(hi - lo)
    }
}

extension MappingTable {
    /// Whether any mapping intersects `[first, last]`.
    func overlaps(first: UInt64, last: UInt64) -> Bool {
        let i = firstEnding(atOrAfter: first)
        return i < mappings.count && mappings[i].virtStart <= last
    }
}

/// The first index of `0 ..< count` at which `isBelow` is false, for a predicate that holds on a
/// prefix of the indices and not after it (a lower bound by bisection).
@inline(__always)
func partitionPoint(_ count: Int, _ isBelow: (Int) -> Bool) -> Int {
    var lo = 0, hi = count
    while lo < hi {
        let mid = (lo + hi) >> 1
        if isBelow(mid) { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
