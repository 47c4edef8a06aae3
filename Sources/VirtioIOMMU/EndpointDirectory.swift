/// Sorted endpoint ranges with binary-search lookup: "does endpoint N exist, and which range
/// (hence which reserved regions) is it in?" in O(log ranges), never a per-ID table.
struct EndpointDirectory: Sendable {
    private(set) var ranges: [EndpointRange]
    private let starts: [UInt32]

    init(_ ranges: [EndpointRange]) {
        var sorted = ranges.sorted { $0.first < $1.first }
        for i in sorted.indices { sorted[i].reservedRegions.sort { $0.first < $1.first } }
        self.ranges = sorted
        self.starts = sorted.map(\.first)
    }

    /// Index of the range containing `endpoint`, or `nil` if no such endpoint exists.
    @inline(__always)
    func rangeIndex(of endpoint: UInt32) -> Int? {
        var lo = 0, hi = starts.count
        while lo < hi {  // first index whose start > endpoint
            let mid = (lo + hi) >> 1
            if starts[mid] <= endpoint { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let r = ranges[lo - 1]
        return UInt64(endpoint - r.first) < r.count ? lo - 1 : nil
    }

    @inline(__always)
    func regions(ofRange index: Int) -> [ReservedRegion] { ranges[index].reservedRegions }
}
