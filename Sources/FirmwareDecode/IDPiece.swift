/// A map of input IDs read from a blob is piecewise linear: on a run of input IDs it either gives
/// nothing, gives `output + (id - first)` (an ordinary range mapping) or gives one `output` to all of
/// them (an IORT single mapping, a masked-off low bit). `IDPiece` is one such run.
///
/// IDs are 32-bit and wrap as Linux computes them (`out-base + (id - base)` in `u32`).
public struct IDPiece<Target: Hashable & Sendable>: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// No entry covers these IDs (no IOMMU / no MSI route).
        case unmapped
        /// `target` gets `output` for `first`; the next IDs follow (or all get `output` when `constant`).
        /// `entry` is where the blob says it: a DT map entry index, a table offset.
        case mapped(target: Target, output: UInt32, constant: Bool, entry: Int)
        /// Reading the map for these IDs fails as Linux's reader would (a bad phandle, a mask that
        /// ignores bits of a base).
        case failed(String)
    }

    public var first: UInt32
    public var last: UInt32
    public var outcome: Outcome

    public init(first: UInt32, last: UInt32, outcome: Outcome) {
        self.first = first
        self.last = last
        self.outcome = outcome
    }

    /// Adjacent pieces whose answers continue each other (same target and entry, outputs that run
    /// on) made one: cuts a reader needed internally (an entry's last ID, an IOMMU's own BDF that
    /// another IOMMU translates) do not become pieces of their own.
    public static func merged(_ pieces: [IDPiece]) -> [IDPiece] {
        var result: [IDPiece] = []
        result.reserveCapacity(pieces.count)
        for p in pieces {
            if let prev = result.last, UInt64(prev.last) + 1 == UInt64(p.first), prev.outcome.continues(to: p.outcome, after: p.first &- prev.first) {
                result[result.count - 1].last = p.last
            } else {
                result.append(p)
            }
        }
        return result
    }

    /// The outcome of input `id` (inside the piece) as a target and an output ID.
    public func output(of id: UInt32) -> (target: Target, id: UInt32)? {
        guard case .mapped(let target, let output, let constant, _) = outcome else { return nil }
        return (target, constant ? output : output &+ (id &- first))
    }
}

extension IDPiece.Outcome {
    /// Whether `next`, starting `distance` IDs after the start of a piece with this outcome, is
    /// the same answer continued.
    public func continues(to next: Self, after distance: UInt32) -> Bool {
        switch (self, next) {
        case (.unmapped, .unmapped): return true
        case (.failed(let a), .failed(let b)): return a == b
        case (.mapped(let t, let o, let c, let e), .mapped(let t2, let o2, let c2, let e2)):
            return t == t2 && c == c2 && e == e2 && (c ? o == o2 : o &+ distance == o2)
        default: return false
        }
    }
}

/// The sweep every piecewise reader shares: cut a domain at the ends of a set of intervals and
/// tell, for each elementary run, which interval with the smallest key covers it. O(n log n).
public enum PieceSweep {
    /// One interval `[lo, hi)` (64-bit so that 2^32 can be an end) with a priority `key` (the
    /// smallest covering key wins; keys are distinct).
    public struct Interval: Sendable {
        public var lo: UInt64
        public var hi: UInt64
        public var key: Int

        public init(lo: UInt64, hi: UInt64, key: Int) {
            self.lo = lo
            self.hi = hi
            self.key = key
        }
    }

    /// Elementary runs `[lo, hi)` of `domainLo ..< domainHi`, cut at every interval end and at
    /// `extraCuts`, each with the smallest key covering it (nil: none). Adjacent runs are not merged.
    public static func cover(_ intervals: [Interval], domainLo: UInt64, domainHi: UInt64, extraCuts: [UInt64] = [])
        -> [(lo: UInt64, hi: UInt64, key: Int?)]
    {
        guard domainLo < domainHi else { return [] }
        var cuts: [UInt64] = [domainLo, domainHi]
        cuts.reserveCapacity(2 * intervals.count + extraCuts.count + 2)
        let live = intervals.filter { $0.lo < $0.hi && $0.hi > domainLo && $0.lo < domainHi }
        for i in live {
            if i.lo > domainLo { cuts.append(i.lo) }
            if i.hi < domainHi { cuts.append(i.hi) }
        }
        for c in extraCuts where c > domainLo && c < domainHi { cuts.append(c) }
        cuts.sort()
        var points: [UInt64] = []
        points.reserveCapacity(cuts.count)
        for c in cuts where points.last != c { points.append(c) }

        let starts = live.sorted { $0.lo < $1.lo }
        // The intervals begun so far, smallest key on top, each with its end: one that has ended
        // is dropped when it comes to the top (keys are distinct, so each is pushed once).
        var heap = MinHeap()
        var next = 0
        var result: [(lo: UInt64, hi: UInt64, key: Int?)] = []
        result.reserveCapacity(points.count)
        for k in 0..<(points.count - 1) {
            let lo = points[k], hi = points[k + 1]
            while next < starts.count && starts[next].lo <= lo {
                heap.push(key: starts[next].key, end: starts[next].hi)
                next += 1
            }
            while let top = heap.top, top.end <= lo { heap.pop() }
            result.append((lo, hi, heap.top?.key))
        }
        return result
    }

    /// A binary min-heap of keys with their intervals' ends (lazy deletion is done by the caller).
    struct MinHeap {
        var items: [(key: Int, end: UInt64)] = []
        var top: (key: Int, end: UInt64)? { items.first }

        mutating func push(key: Int, end: UInt64) {
            items.append((key, end))
            var i = items.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                if items[p].key <= items[i].key { break }
                items.swapAt(p, i)
                i = p
            }
        }

        mutating func pop() {
            guard !items.isEmpty else { return }
            items.swapAt(0, items.count - 1)
            items.removeLast()
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && items[l].key < items[m].key { m = l }
                if r < items.count && items[r].key < items[m].key { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
    }
}
