import Testing
import TopologyModel

/// Model helpers rewritten for speed (issue 9), held to what they replaced: `hex` to
/// `String(_:radix:)`, `joinedText` to concatenation, and a root complex's segments to a per-RID
/// search for the first map entry covering each RID.
@Suite struct ModelHelpersTests {
    @Test func hexIsStringRadixSixteen() {
        let values: [UInt64] = [0, 1, 9, 10, 15, 16, 0xff, 0x100, 0x0809_0000, 0xffff_ffff, 0x1_0000_0000, .max]
        for v in values {
            #expect(hex(v) == "0x" + String(v, radix: 16))
            for digits in [0, 1, 2, 4, 8, 17] {
                let raw = String(v, radix: 16)
                #expect(hex(v, digits: digits) == "0x" + String(repeating: "0", count: max(0, digits - raw.count)) + raw)
            }
        }
        #expect(hex(UInt8(0xab)) == "0xab")
        #expect(hex(-5) == "0x-5", "a negative value is written as String(_:radix:) writes it")
        #expect(hex(Int64.min, digits: 4) == "0x" + String(Int64.min, radix: 16))
    }

    @Test func joinedTextIsConcatenation() {
        #expect(joinedText() == "")
        #expect(joinedText("", "") == "")
        #expect(joinedText("pcie0", " seg ", "0", " RIDs ", "0x0000-0x00ff") == "pcie0 seg 0 RIDs 0x0000-0x00ff")
        let long = String(repeating: "x", count: 100)
        #expect(joinedText(long, "é", long, "👋🏽") == long + "é" + long + "👋🏽")
        #expect(IDRange(first: 0x10, count: 16).description == "0x10-0x1f")
        #expect(IDRange(first: 7, count: 1).description == "0x7")
    }

    /// Overlapping entries (an invalid file, still cut): every RID gets the first entry covering it.
    @Test(arguments: [1, 2, 3, 4, 5])
    func segmentsTakeTheFirstCoveringEntry(seed: UInt64) {
        var state = seed
        func next(_ below: UInt32) -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32((state >> 33) % UInt64(below))
        }
        let source = SourceMap(location: .start(of: "t.yaml"))
        func range() -> IDRange {
            let first = next(0x280)
            return IDRange(first: first, count: UInt64(1 + next(0x80)))
        }
        let iommuMap = (0..<12).map { i in IOMMUMapEntry(rids: range(), iommu: "iommu\(i % 3)", id: next(0x1000), source: source) }
        let msiMap = (0..<9).map { i in MSIMapEntry(inputs: range(), controller: "its\(i % 2)", id: next(0x1000), source: source) }
        let rc = RootComplex(name: "rc", segment: 0, firstBus: 0, lastBus: 2, iommuMap: iommuMap, msiMap: msiMap, source: source)
        let segments = rc.ridSegments()
        #expect(segments.first?.rids.first == 0 && segments.last?.rids.last == 0x2ff)
        for s in segments {
            for rid in s.rids.first...s.rids.last {
                let i = iommuMap.firstIndex { $0.rids.contains(rid) }
                let m = msiMap.firstIndex { $0.inputs.contains(rid) }
                #expect(s.iommuMapIndex == i && s.msiMapIndex == m, "RID \(rid)")
                #expect(s.translation?.name == i.map { iommuMap[$0].iommu })
                #expect(s.msi?.name == m.map { msiMap[$0].controller })
            }
        }
    }
}
