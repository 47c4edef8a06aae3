import FirmwareDecode
import Testing
import TopologyCompiler
import TopologyModel

@testable import Verify

/// The IDs verify drives a device with are kept as runs (`ExerciseBook`) and walked in order
/// (`GivenIDs`): held here to the per-ID dictionary and look-ups they replaced, and the
/// exhaustive run to every ID really going through the device.
@Suite struct ExerciseRunsTests {
    struct Random {
        var state: UInt64
        mutating func next(_ below: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % below
        }
    }

    func origin(_ rid: UInt32, _ tag: String) -> Origin { Origin(rid: rid, of: tag, format: tag, doorbell: nil) }

    /// Per ID: the origin of the first note that gave it (what `exercise[iommu][id] == nil ?` kept).
    func perID(_ notes: [(first: UInt32, count: UInt64, origin: Origin)]) -> [UInt32: (rid: UInt32?, tag: String)] {
        var model: [UInt32: (rid: UInt32?, tag: String)] = [:]
        for n in notes {
            for k in 0..<n.count {
                let id = n.first &+ UInt32(truncatingIfNeeded: k)
                if model[id] == nil { model[id] = (n.origin.rid.map { $0 &+ UInt32(truncatingIfNeeded: k) }, n.origin.format) }
            }
        }
        return model
    }

    func expand(_ runs: [ExerciseBook.Run]) -> [UInt32: (rid: UInt32?, tag: String)] {
        var result: [UInt32: (rid: UInt32?, tag: String)] = [:]
        for run in runs {
            var id = run.first
            while true {
                let o = run.origin(of: id)
                #expect(result[id] == nil, "runs are disjoint")
                result[id] = (o.rid, o.format)
                if id == run.last { break }
                id += 1
            }
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 4])
    func theFirstNoteOfAnIDKeepsIt(seed: UInt64) {
        var random = Random(state: seed)
        var book = ExerciseBook()
        var notes: [(first: UInt32, count: UInt64, origin: Origin)] = []
        for i in 0..<60 {
            let first = UInt32(random.next(400))
            let count = 1 + random.next(i % 3 == 0 ? 1 : 60)
            let o = origin(UInt32(random.next(0x1_0000)), "n\(i)")
            book.note(first: first, count: count, origin: o)
            notes.append((first, count, o))
        }
        let runs = book.resolved()
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.last < $1.first }, "sorted")
        let got = expand(runs), want = perID(notes)
        #expect(got.count == want.count)
        for (id, w) in want { #expect(got[id]?.rid == w.rid && got[id]?.tag == w.tag, "ID \(id)") }
    }

    @Test func idsThatWrapPast32BitsContinueAtZero() {
        var book = ExerciseBook()
        book.note(first: 0xffff_fffe, count: 4, origin: origin(0x10, "a"))
        let got = expand(book.resolved())
        #expect(Set(got.keys) == [0xffff_fffe, 0xffff_ffff, 0, 1])
        #expect(got[0]?.rid == 0x12 && got[1]?.rid == 0x13, "RIDs run on across the wrap")
    }

    @Test(arguments: [5, 6, 7])
    func givenIDsAreTheRunsCutToTheTopologysRanges(seed: UInt64) {
        var random = Random(state: seed)
        var expected: [ExpectedRange] = []
        var next: UInt32 = 3
        for row in 0..<12 {
            let count = 1 + random.next(40)
            expected.append((IDRange(first: next, count: count), [], row))
            next += UInt32(count) + UInt32(random.next(20))
        }
        var book = ExerciseBook()
        for i in 0..<30 { book.note(first: UInt32(random.next(UInt64(next))), count: 1 + random.next(50), origin: origin(UInt32(i), "x")) }
        let runs = book.resolved()
        let given = GivenIDs(runs, expected: expected)
        // Per ID, as `lookup` found it: the first expected range not ending below the ID, if it holds it.
        var want: [(UInt32, Int)] = []
        for run in runs {
            for id in run.first...run.last {
                if let e = expected.firstIndex(where: { $0.ids.last >= id }), expected[e].ids.contains(id) { want.append((id, e)) }
            }
        }
        #expect(given.count == want.count)
        var cursor = given.cursor()
        for (k, (id, e)) in want.enumerated() {
            let (got, segment) = cursor.next()
            #expect(got == id && given.segments[segment].expected == e)
            #expect(given.at(k).id == id && given.at(k).segment == segment)
        }
        var skipping = given.cursor()
        skipping.advance(want.count / 2)
        if want.count > 1 { #expect(skipping.next().id == want[want.count / 2].0) }
    }

    /// `--exhaustive` on QEMU's virt machine: every endpoint is PROBEd, ATTACHed, DMAed and
    /// DETACHed through the virtqueues (and every chunk of them MAPs and UNMAPs a page).
    @Test func everyEndpointGoesThroughTheDevice() throws {
        let topology = try example("qemu-virt-viommu.yaml")
        let report = try Compiler.verify(topology, options: VerifyOptions(exhaustive: true))
        #expect(report.passed)
        let endpoints = 65535
        #expect(report.deviceEndpoints == endpoints)
        #expect(report.dmas == endpoints, "one translated DMA per endpoint")
        #expect(report.requests >= 3 * endpoints + 2, "PROBE, ATTACH and DETACH per endpoint, MAP and UNMAP per batch")
    }
}
