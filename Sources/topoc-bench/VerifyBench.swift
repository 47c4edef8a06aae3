// `make bench`, verify part (docs/verify.md "Benchmarks"):
//
// 1. `topoc verify` of `topoc generate --scale N` (N = the bench's scales) as a child process, run
//    alternately with `topoc compile` of the same file: medians of wall time and of peak RSS
//    (ru_maxrss), the ratio verify/compile and the growth from one scale to the next.
// 2. In process: `Compiler.verify` of the bench topology (default Topologies/qemu-virt-viommu.yaml),
//    median of 15, every ID proven; and with `exhaustive` (every ID through the device), the device
//    requests per second.
import TopologyCompiler

#if canImport(Glibc)
    import Glibc
#endif

enum VerifyBench {
    struct Sample {
        var scale: Int
        var compile: Double
        var compileRSS: Int
        var verify: Double
        var verifyRSS: Int
    }

    static func mib(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576) + " MiB" }

    /// Part 1, child processes only (run while the bench process is small: see `ownPeakRSS`);
    /// returns the lines to print. Exits the bench when a verify fails.
    static func children(topoc: String, scales: [Int], repeats: Int) -> [String] {
        var template = Array("/tmp/topoc-verify-bench-XXXXXX".utf8CString)
        guard let pointer = mkdtemp(&template) else { print("verify bench: cannot create a scratch directory"); exit(1) }
        let scratch = String(cString: pointer)
        defer { _ = spawn(["/bin/rm", "-rf", scratch]) }
        let runs = max(3, repeats)
        var lines: [String] = []
        // Printed by the caller once the in-process parts have run (they must come after).
        func report(_ line: String) { lines.append(line) }
        report("")
        report("verify of generated layouts (child processes, compile and verify alternating; medians of \(runs)):")
        report("  scale  compile      peak RSS    verify       peak RSS    verify/compile")
        var samples: [Sample] = []
        for scale in scales {
            let yaml = "\(scratch)/scale-\(scale).yaml", out = "\(scratch)/out-\(scale)"
            guard spawn([topoc, "generate", "--scale", "\(scale)", "-o", yaml]).status == 0 else {
                print("verify bench: topoc generate --scale \(scale) failed")
                exit(1)
            }
            var compile: [Double] = [], verify: [Double] = [], compileRSS: [Double] = [], verifyRSS: [Double] = []
            for _ in 0..<runs {
                let c = spawn([topoc, "compile", yaml, "-o", out])
                let v = spawn([topoc, "verify", yaml])
                guard c.status == 0, v.status == 0 else {
                    print("verify bench: scale \(scale): compile exited \(c.status), verify exited \(v.status)")
                    exit(1)
                }
                compile.append(c.seconds); verify.append(v.seconds)
                compileRSS.append(Double(c.maxRSS)); verifyRSS.append(Double(v.maxRSS))
            }
            let s = Sample(scale: scale, compile: median(compile), compileRSS: Int(median(compileRSS)),
                           verify: median(verify), verifyRSS: Int(median(verifyRSS)))
            samples.append(s)
            report("  \(padS("\(scale)", 5))  \(padS(ms(s.compile), 11))  \(padS(mib(s.compileRSS), 10))  \(padS(ms(s.verify), 11))  \(padS(mib(s.verifyRSS), 10))  \(fixed(s.verify / s.compile, 2))x")
        }
        if samples.count > 1 {
            report("  growth (targets: verify time at most 12x from scale 10 to 100; scale 100 under 0.5 s and 64 MiB, within 2x of compile):")
            for (a, b) in zip(samples, samples.dropFirst()) {
                report("    scale \(a.scale) -> \(b.scale) (x\(b.scale / max(1, a.scale))): compile x\(fixed(b.compile / a.compile)), verify x\(fixed(b.verify / a.verify)), verify peak RSS x\(fixed(Double(b.verifyRSS) / Double(a.verifyRSS)))")
            }
        }
        // Issue 9's targets for verify, on the medians above.
        if let s100 = samples.first(where: { $0.scale == 100 }) {
            func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
            report("  targets (issue 9), scale 100:")
            report("    verify under 0.5 s: \(ms(s100.verify)) (\(verdict(s100.verify < 0.5)))")
            report("    verify under 64 MiB peak RSS: \(mib(s100.verifyRSS)) (\(verdict(s100.verifyRSS < 64 << 20)))")
            report("    verify within 2x of compile: \(fixed(s100.verify / s100.compile, 2))x (\(verdict(s100.verify <= 2 * s100.compile)))")
            if let s10 = samples.first(where: { $0.scale == 10 }) {
                let growth = s100.verify / s10.verify
                report("    verify time from scale 10 to 100 at most 12x: x\(fixed(growth)) (\(verdict(growth <= 12)))")
            }
        }

        return lines
    }

    /// Part 2, in process; returns false when a verify failed.
    static func inProcess(topologyPath: String) -> Bool {
        guard let source = try? SourceFile.read(topologyPath) else { print("verify bench: cannot read \(topologyPath)"); return false }
        let checked = Compiler.check(bytes: source, file: topologyPath)
        guard let topology = checked.topology, !checked.hasErrors else { print("verify bench: \(topologyPath) is invalid"); return false }
        let clock = ContinuousClock()
        func timed(_ options: VerifyOptions) -> (Double, VerificationReport?) {
            let start = clock.now
            let report = try? Compiler.verify(topology, options: options)
            return (seconds(clock.now - start), report)
        }
        _ = timed(VerifyOptions())
        var times: [Double] = [], exhaustive: [Double] = []
        var proof: VerificationReport? = nil, all: VerificationReport? = nil
        for _ in 0..<15 {
            let (t, r) = timed(VerifyOptions())
            times.append(t)
            proof = r
        }
        for _ in 0..<5 {
            let (t, r) = timed(VerifyOptions(exhaustive: true))
            exhaustive.append(t)
            all = r
        }
        guard let proof, let all, proof.passed, all.passed else { print("verify bench: \(topologyPath) does not verify"); return false }
        let rids = topology.rootComplexes.reduce(0) { $0 + Int($1.rids.count) }
        print("")
        print("verify \(topologyPath) in process (compile in memory + verify; \(proof.formats.joined(separator: ", "))):")
        print("  by pieces: median of 15 \(ms(median(times))) (target < 20 ms); \(proof.endpoints) input IDs proven (\(rids) RIDs), \(proof.pieces) pieces, \(proof.requests) device requests")
        let m = median(exhaustive)
        let rate = Double(all.requests) / m
        print("  --exhaustive: median of 5 \(ms(m)); \(all.deviceEndpoints) endpoints through the device, \(all.requests) requests, \(Int(rate)) requests/s over the whole verify (target >= 5 M/s: \(rate >= 5e6 ? "met" : "NOT met"))")
        print("    counted: every virtqueue request (PROBE, ATTACH, MAP, UNMAP, DETACH) written by the driver model as descriptors in guest")
        print("    memory and decoded by the device (besides them, \(all.dmas) DMAs translated); timed: the whole Compiler.verify call (the DTB,")
        print("    VIOT, IORT and MCFG built in memory and decoded, every ID proven by pieces, then the devices driven)")
        return true
    }
}
