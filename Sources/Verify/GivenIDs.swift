import TopologyModel

/// The endpoint IDs a virtio IOMMU's device is driven with: the runs the blobs gave it
/// (`ExerciseBook.resolved()`), cut to the IDs the topology has, each piece with the expected
/// range it lies in. Walked in order, in batches, without a list of IDs.
struct GivenIDs {
    /// A run of IDs with one expected range, from one run of the book. Plain numbers, so that
    /// walking the IDs copies no strings.
    struct Segment {
        var first: UInt32
        var last: UInt32
        /// Index of the book's run these IDs came from.
        var run: Int
        /// Index of the expected range holding these IDs.
        var expected: Int
        /// The doorbell the DT routes these IDs' inputs' MSIs to.
        var doorbell: MSIDoorbell?
    }

    private let runs: [ExerciseBook.Run]
    private(set) var segments: [Segment] = []
    /// Number of IDs before each segment.
    private var before: [Int] = []
    private(set) var count = 0

    /// Where `id` of segment `index` came from.
    func origin(of id: UInt32, segment index: Int) -> Origin { runs[segments[index].run].origin(of: id) }

    /// `runs` sorted and disjoint; `expected` sorted by first ID and disjoint. An ID belongs to
    /// the first expected range whose last ID is not below it, if that range holds it.
    init(_ runs: [ExerciseBook.Run], expected: [ExpectedRange]) {
        self.runs = runs
        func firstEndingAtOrAfter(_ id: UInt32) -> Int {
            var lo = 0, hi = expected.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if expected[mid].ids.last < id { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for (r, run) in runs.enumerated() {
            var id = run.first
            while true {
                let e = firstEndingAtOrAfter(id)
                guard e < expected.count else { break }
                let range = expected[e].ids
                if range.first > id {
                    guard range.first <= run.last else { break }
                    id = range.first
                    continue
                }
                let end = min(run.last, range.last)
                before.append(count)
                segments.append(Segment(first: id, last: end, run: r, expected: e, doorbell: run.origin.doorbell))
                count += Int(end - id) + 1
                guard end < run.last else { break }
                id = end + 1
            }
        }
    }

    /// The `index`-th ID and the index of its segment.
    func at(_ index: Int) -> (id: UInt32, segment: Int) {
        var lo = 0, hi = segments.count
        while lo < hi {  // last segment starting at or before `index`
            let mid = (lo + hi) / 2
            if before[mid] <= index { lo = mid + 1 } else { hi = mid }
        }
        return (segments[lo - 1].first &+ UInt32(index - before[lo - 1]), lo - 1)
    }

    /// A position in the walk.
    struct Cursor {
        fileprivate let given: GivenIDs
        fileprivate var segment = 0
        fileprivate var position: UInt64 = 0

        /// The ID here and the index of its segment; moves on to the next.
        mutating func next() -> (id: UInt32, segment: Int) {
            let here = segment
            if position < UInt64(given.segments[here].first) { position = UInt64(given.segments[here].first) }
            let id = UInt32(position)
            position += 1
            if position > UInt64(given.segments[here].last) {
                segment += 1
                position = 0
            }
            return (id, here)
        }

        /// Moves on by `n` IDs.
        mutating func advance(_ n: Int) {
            var left = UInt64(n)
            while left > 0, segment < given.segments.count {
                let s = given.segments[segment]
                if position < UInt64(s.first) { position = UInt64(s.first) }
                let here = UInt64(s.last) - position + 1
                if left < here {
                    position += left
                    return
                }
                left -= here
                segment += 1
                position = 0
            }
        }
    }

    func cursor() -> Cursor { Cursor(given: self) }
}
