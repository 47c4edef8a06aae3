/// A throughput probe for `make bench`: MAP/UNMAP pairs (and an occasional ATTACH that moves an
/// endpoint between domains) sent in full batches through the driver, the virtqueues and the
/// device — the whole request path, nothing short-circuited.
public enum VirtioIOMMUBenchmark {
    /// Sends `requests` requests; returns how many completed with `S_OK` and the elapsed seconds.
    public static func run(requests: Int) -> (requests: Int, seconds: Double) {
        var configuration = Configuration(endpoints: [
            EndpointRange(first: 0, count: 1 << 16, reservedRegions: [
                ReservedRegion(first: 0x0809_0000, last: 0x0809_ffff, kind: .msi),
            ]),
        ])
        configuration.memorySize = 8 << 20
        guard let device = try? VirtioIOMMUDevice(configuration: configuration),
              let driver = try? VirtioIOMMUDriver(device: device) else { return (0, 0) }
        // Domain 1 keeps endpoint 1 attached for the whole run, so it never disappears.
        driver.attach(endpoint: 1, domain: 1)
        let capacity = driver.batchCapacity
        var batch: [DriverRequest] = []
        batch.reserveCapacity(capacity)
        var ok = 0
        var sent = 0
        var n: UInt64 = 0  // requests built
        var m: UInt64 = 0  // MAP/UNMAP requests built (each MAP is followed by its UNMAP)
        let clock = ContinuousClock()
        let start = clock.now
        while sent < requests {
            batch.removeAll(keepingCapacity: true)
            let count = min(capacity, requests - sent)
            for _ in 0..<count {
                let page = (m / 2) % 4096
                let iova = 0x1_0000_0000 + page << 12
                if n % 64 == 63 {
                    batch.append(.attach(endpoint: 2 + UInt32(n % 7), domain: 2 + UInt32((n / 64) % 3), flags: []))
                } else if m % 2 == 0 {
                    batch.append(.map(domain: 1, virtStart: iova, virtEnd: iova + 0xfff, physStart: 0x8000_0000 + page << 12,
                                      flags: [.read, .write]))
                } else {
                    batch.append(.unmap(domain: 1, virtStart: iova, virtEnd: iova + 0xfff))
                }
                if n % 64 != 63 { m += 1 }
                n += 1
            }
            for outcome in driver.submit(batch) where outcome.status == .ok { ok += 1 }
            sent += count
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (ok, seconds)
    }
}
