import Testing
import VirtioIOMMU

@Suite struct BenchmarkSmokeTests {
    /// Every benchmark request must really succeed (no timing assertion).
    @Test func benchmarkRequestsAllSucceed() {
        let r = VirtioIOMMUBenchmark.run(requests: 5_000)
        #expect(r.requests == 5_000)
        #expect(r.seconds > 0)
    }
}
