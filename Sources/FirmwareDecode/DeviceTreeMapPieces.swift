/// `of_map_id` over a whole run of IDs: the pieces of `iommu-map`/`msi-map` of one node.
extension DeviceTreeBlob {
    /// What `ofMapID(node:id:mapName:maskName:)` answers for every ID of `first ... last`, as pieces
    /// (targets are node paths; `entry` is the map entry index). The same rules: the mask is applied
    /// first, the first matching entry wins, an entry whose rid-base has bits outside the mask fails
    /// every ID that reaches it, an entry whose phandle does not resolve fails the IDs it matches.
    /// Without the map property every ID is `.unmapped` (it passes untranslated).
    ///
    /// Time O((B + E) log E) for E entries and B runs on which `id & mask` is linear or constant (one
    /// run for the usual all-ones mask).
    /// - Throws: `DecodeError` when the property is not a whole number of 4-cell entries.
    public func mapPieces(node path: String, first: UInt32, last: UInt32, mapName: String, maskName: String) throws
        -> [IDPiece<String>]
    {
        let n = try requireNode(path)
        guard let raw = n.property(mapName) else { return [IDPiece(first: first, last: last, outcome: .unmapped)] }
        guard !raw.isEmpty, raw.count % 16 == 0 else {
            throw DecodeError("DTB", at: offset(of: path, mapName), "\(path):\(mapName) is \(raw.count) bytes, not a non-zero multiple of 16 (4-cell entries)")
        }
        var mask: UInt32 = 0xffff_ffff
        if let m = n.property(maskName), m.count >= 4 { mask = Self.cells(Array(m[0..<4]))[0] }
        let cells = Self.cells(raw)
        let count = cells.count / 4
        // The first entry whose base the mask cannot match fails every ID that gets that far.
        let badEntry = (0..<count).first { cells[4 * $0] & ~mask != 0 }
        var intervals: [PieceSweep.Interval] = []
        for e in 0..<count {
            let base = UInt64(cells[4 * e]), length = UInt64(cells[4 * e + 3])
            // `masked >= base + length` in u32: a range that reaches 2^32 matches nothing.
            guard length > 0, base + length < 1 << 32 else { continue }
            intervals.append(.init(lo: base, hi: base + length, key: e))
        }
        func outcome(entry: Int?, masked: UInt32) -> IDPiece<String>.Outcome {
            if let bad = badEntry, bad < (entry ?? Int.max) {
                return .failed("\(path):\(mapName) entry \(bad): \(maskName) 0x\(String(mask, radix: 16)) ignores bits of rid-base 0x\(String(cells[4 * bad], radix: 16))")
            }
            guard let e = entry else { return .unmapped }
            let ph = cells[4 * e + 1]
            guard let target = self.path(ofPhandle: ph) else {
                return .failed("\(path):\(mapName) entry \(e): phandle 0x\(String(ph, radix: 16)) does not resolve to a node")
            }
            return .mapped(target: target, output: masked &- cells[4 * e] &+ cells[4 * e + 2], constant: false, entry: e)
        }

        var pieces: [IDPiece<String>] = []
        for run in Self.maskRuns(first: first, last: last, mask: mask) {
            if run.constant {
                let masked = run.first & mask
                let entry = PieceSweep.cover(intervals, domainLo: UInt64(masked), domainHi: UInt64(masked) + 1).first?.key
                var o = outcome(entry: entry, masked: masked)
                if case .mapped(let t, let out, _, let e) = o { o = .mapped(target: t, output: out, constant: true, entry: e) }
                pieces.append(IDPiece(first: run.first, last: run.last, outcome: o))
                continue
            }
            let m0 = UInt64(run.first & mask)
            let delta = UInt64(run.first) &- m0  // input = masked + delta on this run
            for c in PieceSweep.cover(intervals, domainLo: m0, domainHi: m0 + UInt64(run.last - run.first) + 1) {
                pieces.append(IDPiece(first: UInt32(c.lo &+ delta), last: UInt32(c.hi - 1 &+ delta),
                                      outcome: outcome(entry: c.key, masked: UInt32(c.lo))))
            }
        }
        return IDPiece.merged(pieces)
    }

    /// Runs of `first ... last` on which `id & mask` is linear (slope 1) or constant. With `t` trailing
    /// one bits, `id & mask` is linear on each aligned block of 2^t IDs; with none, it is constant on
    /// each aligned block of 2^z (z trailing zeros). Blocks that continue each other are merged.
    static func maskRuns(first: UInt32, last: UInt32, mask: UInt32) -> [(first: UInt32, last: UInt32, constant: Bool)] {
        let ones = (~mask).trailingZeroBitCount  // trailing one bits of mask
        let constant = ones == 0
        let shift = constant ? mask.trailingZeroBitCount : ones
        if shift >= 32 { return [(first, last, constant)] }
        let block = UInt64(1) << UInt64(shift)
        var runs: [(first: UInt32, last: UInt32, constant: Bool)] = []
        var lo = UInt64(first)
        while lo <= UInt64(last) {
            let hi = min(UInt64(last), (lo / block + 1) * block - 1)
            if !constant, let prev = runs.last, UInt64(prev.last) + 1 == lo,
               (UInt32(lo) & mask) == (prev.last & mask) &+ 1 {
                runs[runs.count - 1].last = UInt32(hi)
            } else {
                runs.append((UInt32(lo), UInt32(hi), constant))
            }
            lo = hi + 1
        }
        return runs
    }
}
