import FirmwareDecode

/// The endpoint IDs the blobs give one virtio IOMMU, noted as runs, with where each ID came from.
/// When several inputs give the same ID, the one noted first keeps it: what a dictionary from ID
/// to origin, filled only where empty, kept, without an entry per ID (an `--exhaustive` verify
/// gives the device every RID of every piece).
struct ExerciseBook {
    /// IDs `first ... last` with the origin of `first`; ID `first + k` came from RID `rid + k` when
    /// the origin is a RID (a run is only ever noted with a slope of one).
    struct Run {
        var first: UInt32
        var last: UInt32
        var origin: Origin

        /// The origin of `id` (inside the run).
        func origin(of id: UInt32) -> Origin {
            var o = origin
            if let rid = o.rid { o.rid = rid &+ (id &- first) }
            return o
        }
    }

    private var noted: [Run] = []

    var isEmpty: Bool { noted.isEmpty }

    /// Notes `count` IDs from `first` (`count` >= 1; IDs past 0xffffffff wrap to 0, as the blobs'
    /// arithmetic does), with the origin of `first`.
    mutating func note(first: UInt32, count: UInt64, origin: Origin) {
        guard count > 0 else { return }
        let head = min(count, UInt64(UInt32.max) - UInt64(first) + 1)
        noted.append(Run(first: first, last: first &+ UInt32(head - 1), origin: origin))
        if head < count {
            var rest = origin
            if let rid = rest.rid { rest.rid = rid &+ UInt32(truncatingIfNeeded: head) }
            noted.append(Run(first: 0, last: UInt32(count - head - 1), origin: rest))
        }
    }

    /// Disjoint runs sorted by ID: each ID once, with the origin noted first for it. Adjacent
    /// pieces of one noted run stay one run. O(n log n) in the runs noted.
    func resolved() -> [Run] {
        guard !noted.isEmpty else { return [] }
        let intervals = noted.enumerated().map { PieceSweep.Interval(lo: UInt64($0.element.first), hi: UInt64($0.element.last) + 1, key: $0.offset) }
        let lo = intervals.map(\.lo).min()!, hi = intervals.map(\.hi).max()!
        var result: [Run] = []
        var lastKey = -1
        for piece in PieceSweep.cover(intervals, domainLo: lo, domainHi: hi) {
            guard let key = piece.key else { continue }
            let first = UInt32(piece.lo), last = UInt32(piece.hi - 1)
            if key == lastKey, let previous = result.last, UInt64(previous.last) + 1 == piece.lo {
                result[result.count - 1].last = last
            } else {
                let run = noted[key]
                result.append(Run(first: first, last: last, origin: run.origin(of: first)))
            }
            lastKey = key
        }
        return result
    }
}
