import Testing
import TopologyModel

/// `DefaultACPIPaths.assign` remembers where each stem's counter search ended; it must give the
/// paths the rule as written gives (a search from counter 0 for every device).
@Suite struct DefaultACPIPathsTests {
    /// The rule as topology-format.md states it, searching from 0 each time.
    static func reference(names: [String], explicitPaths: [String?]) -> [String?] {
        var taken = Set(explicitPaths.compactMap { $0 })
        return names.indices.map { i -> String? in
            if let explicit = explicitPaths[i] { return explicit }
            let stem = DefaultACPIPaths.nameSeg(for: names[i])
            var candidate = "\\_SB_." + stem
            var counter = 0
            while taken.contains(candidate) {
                let suffix = String(counter, radix: 36, uppercase: true)
                guard suffix.count <= 3 else { return nil }
                candidate = "\\_SB_." + stem.prefix(4 - suffix.count) + suffix
                counter += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }

    @Test func sameAsTheRuleAsWritten() {
        // Stems that collide with each other's counters (VIRT/VIR1/VI10...), with explicit paths
        // taking some of the candidates in between; a fixed pseudo-random sequence.
        let names = ["virt", "vir1", "vi10", "v", "virtio-net", "a", "a1", "io", "uart"]
        let paths = ["\\_SB_.VIR0", "\\_SB_.VIR5", "\\_SB_.VI12", "\\_SB_.A___", "\\_SB_.UAR3"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % 1_000_000)
        }
        for _ in 0..<20 {
            let count = 1 + next() % 800
            let n = (0..<count).map { _ in names[next() % names.count] }
            let e = (0..<count).map { _ in next() % 7 == 0 ? paths[next() % paths.count] : nil }
            #expect(DefaultACPIPaths.assign(names: n, explicitPaths: e) == Self.reference(names: n, explicitPaths: e))
        }
    }

    @Test func aStemRunsOutAfterEveryCounter() {
        let n = Array(repeating: "aaaa", count: 1 + 36 + 36 * 36 + 36 * 36 * 36)
        let paths = DefaultACPIPaths.assign(names: n, explicitPaths: n.map { _ in nil })
        #expect(paths.first == "\\_SB_.AAAA")
        #expect(paths[paths.count - 1] == nil)
        let assigned = paths.compactMap { $0 }
        #expect(Set(assigned).count == assigned.count)
    }
}
