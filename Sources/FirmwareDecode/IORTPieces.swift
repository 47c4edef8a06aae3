/// One run of input IDs of an IORT walk (root complex -> SMMU -> ITS group) with one answer.
public struct IORTChainPiece: Hashable, Sendable {
    public var first: UInt32
    public var last: UInt32
    /// The first SMMU on the path and the StreamID (target: the SMMU node's offset). As in
    /// `IORTWalk.iommu`, an SMMU counts even when the walk stops after it.
    public var iommu: IDPiece<Int>.Outcome
    /// The ITS group reached and the DeviceID (target: the ITS group node's offset); `.unmapped`
    /// when the walk ends elsewhere.
    public var its: IDPiece<Int>.Outcome
    /// Table offsets of the ID mappings the walk took, first node first.
    public var mappings: [Int]

    public init(first: UInt32, last: UInt32, iommu: IDPiece<Int>.Outcome, its: IDPiece<Int>.Outcome, mappings: [Int]) {
        self.first = first
        self.last = last
        self.iommu = iommu
        self.its = its
        self.mappings = mappings
    }
}

/// One ID mapping an `IORTChainPiece` takes: the node the IDs leave by it, which mapping, and the
/// IDs that go in and come out.
public struct IORTHop: Equatable, Sendable {
    /// The node the IDs leave.
    public let node: IORTNode
    /// The index of the mapping taken among the node's mappings.
    public let mappingIndex: Int
    /// The first ID that enters `node` on this hop, and how many do (one after a single mapping).
    public let inputFirst: UInt32
    public let inputCount: UInt64
    /// The ID `inputFirst` leaves with; with a single mapping, every input leaves with it.
    public let outputFirst: UInt32

    /// The mapping taken.
    public var mapping: IORTIDMapping { node.mappings[mappingIndex] }
}

extension IORTTable {
    /// A walk in pieces that would make more than its `limit` pieces: stopped there.
    public struct PieceLimitExceeded: Error, Equatable {
        public let limit: Int
    }

    /// What `mapRID(segment:rid:)` answers for every RID of `first ... last`, as pieces; `nil` when
    /// no root complex node has that segment. See `pieces(fromNodeAt:first:last:limit:)`.
    public func ridPieces(segment: UInt32, first: UInt32, last: UInt32) -> [IORTChainPiece]? {
        guard let rc = rootComplex(segment: segment) else { return nil }
        var walker = PieceWalker(table: self)
        var budget = Int.max
        return walker.walk(from: rc, first: first, last: last, budget: &budget)
    }

    /// What `mapID(fromNodeAt: offset, id:, to: [.itsGroup])` answers for every input ID of
    /// `first ... last` of the node at `offset`, as pieces (empty when no node starts there).
    /// Linux's rules hold piece by piece: the special mapping index is skipped, single mappings
    /// count only on named components and root complexes, the first matching mapping wins, and a
    /// match at a range's last ID yields to a later mapping that starts at that ID
    /// (`iort_id_map`'s off-by-one workaround; any other later match is ignored). Adjacent pieces
    /// that take the same mappings and continue each other's answers are one. Time O(P log M) for
    /// P pieces and M mappings on the path.
    ///
    /// This is the range algebra of the per-ID walk `mapID`, which stays written on its own as
    /// the ground truth the per-ID verifier (`Verify/Oracle`) checks these pieces against.
    /// - Throws: `PieceLimitExceeded` when the walk would make more than `limit` pieces (a node's
    ///   mappings each continuing through every mapping of the next node can make M x N).
    public func pieces(fromNodeAt offset: Int, first: UInt32, last: UInt32, limit: Int) throws(PieceLimitExceeded) -> [IORTChainPiece] {
        var walker = PieceWalker(table: self)
        return try walker.pieces(fromNodeAt: offset, first: first, last: last, limit: limit)
    }

    /// Walks in pieces from several nodes of this table (`pieces(fromNodeAt:first:last:limit:)`),
    /// reading each node's mappings once for all the walks (the root complexes of a table mostly
    /// lead to the same few SMMUs).
    public func pieceWalker() -> PieceWalker { PieceWalker(table: self) }

    public struct PieceWalker {
        let table: IORTTable
        /// Each node's mappings as read for walks (`NodeCover`), by node offset.
        fileprivate var covers: [Int: NodeCover] = [:]

        init(table: IORTTable) { self.table = table }

        /// `IORTTable.pieces(fromNodeAt:first:last:limit:)`.
        public mutating func pieces(fromNodeAt offset: Int, first: UInt32, last: UInt32, limit: Int) throws(PieceLimitExceeded) -> [IORTChainPiece] {
            guard let node = table.node(atOffset: offset) else { return [] }
            var budget = limit
            let result = walk(from: node, first: first, last: last, budget: &budget)
            guard budget >= 0 else { throw PieceLimitExceeded(limit: limit) }
            return result
        }

        /// The pieces of the walk from `node`, adjacent ones that continue each other made one;
        /// stops when it has made more pieces than `budget` (left negative).
        mutating func walk(from node: IORTNode, first: UInt32, last: UInt32, budget: inout Int) -> [IORTChainPiece] {
            var result: [IORTChainPiece] = []
            for p in table.chain(at: node, first: first, last: last, depth: 0, covers: &covers, budget: &budget) {
                if let prev = result.last, UInt64(prev.last) + 1 == UInt64(p.first), prev.mappings == p.mappings,
                   prev.iommu.continues(to: p.iommu, after: p.first &- prev.first), prev.its.continues(to: p.its, after: p.first &- prev.first) {
                    result[result.count - 1].last = p.last
                } else {
                    result.append(p)
                }
            }
            return result
        }
    }

    /// The mappings `piece` (a piece of `pieces(fromNodeAt: offset, ...)`) takes, in order, with the
    /// IDs going in and out of each.
    public func hops(of piece: IORTChainPiece, fromNodeAt offset: Int) -> [IORTHop] {
        guard var node = node(atOffset: offset) else { return [] }
        var id = piece.first
        var count = UInt64(piece.last &- piece.first) + 1
        var hops: [IORTHop] = []
        for mappingOffset in piece.mappings {
            guard let index = node.mappingIndex(atOffset: mappingOffset) else { break }
            let m = node.mappings[index]
            let out = m.output(of: id)
            hops.append(IORTHop(node: node, mappingIndex: index, inputFirst: id, inputCount: count, outputFirst: out))
            guard let next = self.node(atOffset: Int(m.outputReference)) else { break }
            if m.isSingleMapping { count = 1 }
            node = next
            id = out
        }
        return hops
    }

    /// Which mapping of a node each run of its whole 32-bit input space takes before the
    /// tentative-match rule, made once per node and walk: a root complex's mappings all lead to the
    /// same SMMU, whose mappings would otherwise be swept again for each of them.
    fileprivate struct NodeCover {
        /// `PieceSweep.cover` of the node's mappings over `0 ..< 2^32`.
        var runs: [(lo: UInt64, hi: UInt64, key: Int?)]
        /// Range mappings by input base, in table order (for the tentative-match rule).
        var byBase: [UInt32: [Int]]
        var firstSingle: Int?

        init(_ node: IORTNode) {
            let singleAllowed = node.type == IORTNodeType.namedComponent.rawValue || node.type == IORTNodeType.rootComplex.rawValue
            var intervals: [PieceSweep.Interval] = []
            var cuts: [UInt64] = []
            byBase = [:]
            firstSingle = nil
            for (i, m) in node.mappings.enumerated() where i != node.specialMappingIndex {
                if m.isSingleMapping {
                    if singleAllowed {
                        intervals.append(.init(lo: 0, hi: 1 << 32, key: i))
                        if firstSingle == nil { firstSingle = i }
                    }
                    continue
                }
                let end = UInt64(m.inputBase) + UInt64(m.idCount)
                guard end <= UInt64(UInt32.max) else { continue }  // wraps in u32: matches nothing
                intervals.append(.init(lo: UInt64(m.inputBase), hi: end + 1, key: i))
                if m.idCount > 0 { cuts.append(end) }
                byBase[m.inputBase, default: []].append(i)
            }
            runs = PieceSweep.cover(intervals, domainLo: 0, domainHi: 1 << 32, extraCuts: cuts)
        }

        /// The runs of `first ... last` (clipped): the same runs `PieceSweep.cover` gives on that
        /// domain, as the cut points inside it are the same.
        func runs(first: UInt32, last: UInt32) -> [(lo: UInt64, hi: UInt64, key: Int?)] {
            let lo = UInt64(first), hi = UInt64(last) + 1
            var a = 0, b = runs.count
            while a < b {  // first run ending after `first`
                let mid = (a + b) / 2
                if runs[mid].hi <= lo { a = mid + 1 } else { b = mid }
            }
            var result: [(lo: UInt64, hi: UInt64, key: Int?)] = []
            while a < runs.count, runs[a].lo < hi {
                result.append((max(runs[a].lo, lo), min(runs[a].hi, hi), runs[a].key))
                a += 1
            }
            return result
        }
    }

    /// `[first] + rest` in one allocation (one per piece of every walk).
    private static func prepend(_ first: Int, to rest: [Int]) -> [Int] {
        var all: [Int] = []
        all.reserveCapacity(1 + rest.count)
        all.append(first)
        all.append(contentsOf: rest)
        return all
    }

    /// What an ITS group answers for the ID `output` it gets (every ID of the piece, or `output`
    /// and the IDs after it).
    private static func reached(_ its: IORTNode, output: UInt32, constant: Bool) -> IDPiece<Int>.Outcome {
        .mapped(target: its.offset, output: output, constant: constant, entry: its.offset)
    }

    /// The walk from `node` for its input IDs `first ... last`, in pieces over those IDs. Each piece
    /// a walk ends in costs one of `budget`; past it (negative), the walk returns what it has.
    fileprivate func chain(at node: IORTNode, first: UInt32, last: UInt32, depth: Int, covers: inout [Int: NodeCover], budget: inout Int) -> [IORTChainPiece] {
        let isSMMU = node.type == IORTNodeType.smmuV3.rawValue || node.type == IORTNodeType.smmuV1V2.rawValue
        let selfIOMMU: IDPiece<Int>.Outcome = isSMMU ? .mapped(target: node.offset, output: first, constant: false, entry: node.offset) : .unmapped
        if node.type == IORTNodeType.itsGroup.rawValue {
            budget -= 1
            return [IORTChainPiece(first: first, last: last, iommu: .unmapped, its: Self.reached(node, output: first, constant: false), mappings: [])]
        }
        // The graph is acyclic (checked at decode); the bound only guards the recursion.
        guard depth <= nodes.count, !node.mappings.isEmpty, node.mappings[0].outputReference != 0 else {
            budget -= 1
            return [IORTChainPiece(first: first, last: last, iommu: selfIOMMU, its: .unmapped, mappings: [])]
        }
        let cover: NodeCover
        if let known = covers[node.offset] {
            cover = known
        } else {
            cover = NodeCover(node)
            covers[node.offset] = cover
        }
        var result: [IORTChainPiece] = []
        for run in cover.runs(first: first, last: last) {
            guard budget >= 0 else { break }
            let lo = UInt32(run.lo), hi = UInt32(run.hi - 1)
            guard var chosen = run.key else {
                budget -= 1
                result.append(IORTChainPiece(first: lo, last: hi, iommu: selfIOMMU.starting(at: lo), its: .unmapped, mappings: []))
                continue
            }
            let m1 = node.mappings[chosen]
            if !m1.isSingleMapping, m1.idCount > 0, lo == m1.lastInputID {
                // Tentative: a later mapping starting at this ID, or a later single mapping, wins.
                let later = [cover.byBase[lo]?.first { $0 > chosen }, cover.firstSingle.flatMap { $0 > chosen ? $0 : nil }].compactMap { $0 }
                if let winner = later.min() { chosen = winner }
            }
            let m = node.mappings[chosen]
            guard let child = self.node(atOffset: Int(m.outputReference)) else {
                budget -= 1
                result.append(IORTChainPiece(first: lo, last: hi, iommu: selfIOMMU.starting(at: lo), its: .unmapped, mappings: []))
                continue
            }
            // A mapping straight to an ITS group ends the walk there: its piece is made here, not
            // by a call that would make the same (most mappings of a table are such).
            let toITS = child.type == IORTNodeType.itsGroup.rawValue
            if m.isSingleMapping {
                if toITS {
                    budget -= 1
                    result.append(IORTChainPiece(first: lo, last: hi, iommu: isSMMU ? selfIOMMU.starting(at: lo) : .unmapped,
                                                 its: Self.reached(child, output: m.outputBase, constant: true), mappings: [m.offset]))
                    continue
                }
                for sub in chain(at: child, first: m.outputBase, last: m.outputBase, depth: depth + 1, covers: &covers, budget: &budget) {
                    result.append(IORTChainPiece(first: lo, last: hi,
                                                 iommu: isSMMU ? selfIOMMU.starting(at: lo) : sub.iommu.constant(),
                                                 its: sub.its.constant(), mappings: Self.prepend(m.offset, to: sub.mappings)))
                }
                continue
            }
            // Output IDs of lo...hi, in two parts when they wrap past 0xffffffff (no array: this
            // runs for every run of every node walked).
            let out = m.output(of: lo)
            let span = UInt64(hi - lo)
            let head = min(span + 1, UInt64(UInt32.max) - UInt64(out) + 1)
            for k in 0..<(head > span ? 1 : 2) {
                let inFirst = k == 0 ? lo : lo &+ UInt32(head), outFirst = k == 0 ? out : 0
                let count = k == 0 ? head : span + 1 - head
                if toITS {
                    budget -= 1
                    let b = inFirst &+ UInt32(count - 1)
                    result.append(IORTChainPiece(first: inFirst, last: b, iommu: isSMMU ? selfIOMMU.starting(at: inFirst) : .unmapped,
                                                 its: Self.reached(child, output: outFirst, constant: false), mappings: [m.offset]))
                    continue
                }
                let outLast = UInt32(UInt64(outFirst) + count - 1)
                for sub in chain(at: child, first: outFirst, last: outLast, depth: depth + 1, covers: &covers, budget: &budget) {
                    let a = inFirst &+ (sub.first &- outFirst), b = inFirst &+ (sub.last &- outFirst)
                    result.append(IORTChainPiece(first: a, last: b, iommu: isSMMU ? selfIOMMU.starting(at: a) : sub.iommu,
                                                 its: sub.its, mappings: Self.prepend(m.offset, to: sub.mappings)))
                }
            }
        }
        return result
    }
}

extension IDPiece.Outcome {
    /// The same answer for a piece that starts at `first` (the node's own input IDs, slope 1).
    func starting(at first: UInt32) -> Self {
        guard case .mapped(let t, _, let c, let e) = self else { return self }
        return .mapped(target: t, output: first, constant: c, entry: e)
    }

    /// The answer given to every ID of a run fed by one single mapping.
    func constant() -> Self {
        guard case .mapped(let t, let o, _, let e) = self else { return self }
        return .mapped(target: t, output: o, constant: true, entry: e)
    }
}
