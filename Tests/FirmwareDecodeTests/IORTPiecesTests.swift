import Testing
@testable import FirmwareDecode

/// `IORTTable.pieces(fromNodeAt:first:last:limit:)` and `hops(of:fromNodeAt:)`: the range reading
/// decompile, explain and verify share, checked against the per-ID walk `mapID` from any node.
@Suite struct IORTPiecesTests {
    typealias B = TableBuilder
    typealias M = TableBuilder.Mapping

    /// QEMU's pre-2024 plain count, an overlap, a skipped single mapping on the SMMU, its own
    /// DeviceID mapping, and a root complex whose single mapping (last) takes what no range does.
    func table() throws -> (IORTTable, its: Int, smmu: Int, rc: Int) {
        let its = B.itsGroup(ids: [0])
        let smmu0 = 48 + UInt32(its.count)
        let smmu = B.smmuV3(revision: 5, identifier: 1, base: 0, flags: 16, gsivs: [1, 2, 3, 4], deviceIDIndex: 2, mappings: [
            M(input: 0, count: 0, output: 0x99, ref: 48, flags: 1),  // single on an SMMU: skipped
            M(input: 0, count: 0x1ff, output: 0x4000, ref: 48),
            M(input: 0, count: 0, output: 0x77, ref: 48, flags: 1),  // its own DeviceID: skipped in walks
            M(input: 0x180, count: 0xff, output: 0x8000, ref: 48),   // overlaps the previous: first match wins
        ])
        let rc0 = smmu0 + UInt32(smmu.count)
        let rc = B.rootComplex(revision: 3, identifier: 2, segment: 0, mappings: [
            M(input: 0, count: 0x100, output: 0x100, ref: smmu0),    // should have been 0xff
            M(input: 0x100, count: 0xff, output: 0x2000, ref: 48),
            M(input: 0x280, count: 0x10, output: 0x7000, ref: 48),
            M(input: 0, count: 0, output: 0x55, ref: smmu0, flags: 1),
        ])
        return (try IORTTable(B.iort(revision: 5, nodes: [its, smmu, rc])), 48, Int(smmu0), Int(rc0))
    }

    /// Every ID's piece answers what the per-ID walk answers, from the root complex and from the SMMU.
    @Test func piecesAgreeWithThePerIDWalkFromAnyNode() throws {
        let (t, _, smmu, rc) = try table()
        for start in [rc, smmu] {
            let pieces = try t.pieces(fromNodeAt: start, first: 0, last: 0x3ff, limit: 1000)
            #expect(pieces.first?.first == 0 && pieces.last?.last == 0x3ff)
            for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.last &+ 1 == b.first) }
            for piece in pieces {
                for id in Set([piece.first, piece.last, piece.first + (piece.last - piece.first) / 2]) {
                    let walk = t.mapID(fromNodeAt: start, id: id, to: [.itsGroup])
                    let offset = id - piece.first
                    func answer(_ o: IDPiece<Int>.Outcome) -> UInt32? {
                        guard case .mapped(_, let out, let constant, _) = o else { return nil }
                        return constant ? out : out &+ offset
                    }
                    #expect(answer(piece.iommu) == walk.iommu?.id, "ID \(id) from \(start)")
                    #expect(answer(piece.its) == walk.deviceID, "ID \(id) from \(start)")
                }
            }
        }
        // The root complex's last single mapping takes the IDs no range does: StreamID 0x55 each.
        let rest = try t.pieces(fromNodeAt: rc, first: 0x300, last: 0x300, limit: 10)
        #expect(rest.map(\.iommu) == [.mapped(target: smmu, output: 0x55, constant: true, entry: smmu)])
    }

    /// The mappings a piece takes, with the IDs in and out of each, as the per-ID walk steps them.
    @Test func hopsNameTheMappingsTakenAndTheirIDs() throws {
        let (t, its, smmu, rc) = try table()
        let piece = try #require(try t.pieces(fromNodeAt: rc, first: 0x10, last: 0x1f, limit: 10).first)
        #expect(piece.first == 0x10 && piece.last == 0x1f)
        let hops = t.hops(of: piece, fromNodeAt: rc)
        #expect(hops.map(\.node.offset) == [rc, smmu])
        #expect(hops.map(\.mappingIndex) == [0, 1])
        #expect(hops.map(\.inputFirst) == [0x10, 0x110])
        #expect(hops.map(\.inputCount) == [0x10, 0x10])
        #expect(hops.map(\.outputFirst) == [0x110, 0x4110])
        let walk = t.mapID(fromNodeAt: rc, id: 0x10, to: [.itsGroup])
        #expect(walk.steps.map(\.nodeOffset) == [rc, smmu, its])
        #expect(walk.steps.map(\.id) == [0x10, 0x110, 0x4110])
        // After a single mapping, one ID goes on.
        let single = try #require(try t.pieces(fromNodeAt: rc, first: 0x400, last: 0x4ff, limit: 10).first)
        let hop = t.hops(of: single, fromNodeAt: rc)
        #expect(hop.map(\.mappingIndex) == [3, 1] && hop.map(\.inputCount) == [0x100, 1] && hop.map(\.outputFirst) == [0x55, 0x4055])
    }

    /// A node whose mappings each reach every mapping of the next makes M x N pieces: past its
    /// limit the walk stops and says so instead of making them.
    @Test func aWalkPastItsLimitThrows() throws {
        let its = B.itsGroup(ids: [0])
        let smmu0 = 48 + UInt32(its.count)
        let smmu = B.smmuV3(revision: 4, identifier: 1, base: 0, flags: 0, gsivs: [1, 2, 3, 4], deviceIDIndex: 0,
                            mappings: (0..<64).map { M(input: $0 * 4, count: 3, output: $0 * 100, ref: 48) })
        let rc0 = smmu0 + UInt32(smmu.count)
        let rc = B.rootComplex(revision: 3, identifier: 2, segment: 0,
                               mappings: (0..<64).map { M(input: $0 << 8, count: 0xff, output: 0, ref: smmu0) })
        let t = try IORTTable(B.iort(revision: 3, nodes: [its, smmu, rc]))
        #expect(throws: IORTTable.PieceLimitExceeded(limit: 1000)) {
            try t.pieces(fromNodeAt: Int(rc0), first: 0, last: .max, limit: 1000)
        }
        let all = try t.pieces(fromNodeAt: Int(rc0), first: 0, last: .max, limit: 10_000)
        #expect(all.filter { $0.its != .unmapped }.count == 64 * 64)
        #expect(try t.pieces(fromNodeAt: 1, first: 0, last: 0, limit: 1).isEmpty)  // no node there
    }
}
