import Testing
import VirtioIOMMU

/// Issue 6, robustness item 2: the device's invariants, checked after every one of thousands of
/// random requests (many seeds) sent through the driver and the virtqueues.
@Suite struct InvariantTests {
    /// SplitMix64: the same seed gives the same requests, so a failure names its reproducer.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// Endpoints the random requests use, and whose attachment is checked: every ID of the two
    /// small ranges, some of the huge one, and IDs that exist nowhere.
    static let endpoints: [UInt32] = Array(0x10..<0x20) + [0x100, 0x8000_0000, 0x8000_0001, 0xffff_fffe, 0, 0x20, 0x101]

    /// Everything the inspection API shows, for "a failed request changes nothing".
    struct State: Equatable {
        var domains: [UInt32: (bypass: Bool?, endpoints: Int, mappings: [Mapping])]
        var attachments: [UInt32: UInt32]

        init(_ device: VirtioIOMMUDevice) {
            domains = [:]
            for id in device.domainIDs {
                domains[id] = (device.isBypassDomain(id), device.endpointCount(inDomain: id), device.mappings(inDomain: id) ?? [])
            }
            attachments = [:]
            for e in InvariantTests.endpoints { attachments[e] = device.domain(ofEndpoint: e) }
        }

        static func == (a: State, b: State) -> Bool {
            a.attachments == b.attachments && a.domains.count == b.domains.count
                && a.domains.allSatisfy { id, d in
                    guard let o = b.domains[id] else { return false }
                    return o.bypass == d.bypass && o.endpoints == d.endpoints && o.mappings == d.mappings
                }
        }
    }

    func configuration(_ random: inout Random) -> Configuration {
        var c = Fixture.configuration()
        c.domainRange = (1, 8)  // few domains, so that requests collide
        c.bypass = random.chance(30)
        if random.chance(25) { c.maxDomains = 3 }
        if random.chance(25) { c.maxMappingsPerDomain = 6 }
        if random.chance(25) { c.maxEndpointsPerDomain = 2 }
        return c
    }

    func checkInvariants(_ device: VirtioIOMMUDevice, _ context: @autoclosure () -> String) {
        let domains = Set(device.domainIDs)
        var attachedPerDomain: [UInt32: Int] = [:]
        for e in Self.endpoints {
            guard let d = device.domain(ofEndpoint: e) else { continue }
            #expect(domains.contains(d), "endpoint \(e) is attached to domain \(d), which does not exist; \(context())")
            #expect(device.endpointExists(e), "endpoint \(e) does not exist but is attached; \(context())")
            attachedPerDomain[d, default: 0] += 1
        }
        for id in domains {
            let mappings = device.mappings(inDomain: id) ?? []
            // An emptied domain is freed (its mappings with it): no domain without endpoints.
            #expect(device.endpointCount(inDomain: id) > 0, "domain \(id) has no endpoint but exists; \(context())")
            // Every endpoint is watched, so the count must be exactly what the attachments say.
            #expect(device.endpointCount(inDomain: id) == attachedPerDomain[id, default: 0], "domain \(id) count; \(context())")
            for m in mappings { #expect(m.virtStart <= m.virtEnd, "empty mapping \(m); \(context())") }
            for (a, b) in zip(mappings, mappings.dropFirst()) {
                #expect(a.virtEnd < b.virtStart, "domain \(id): \(a) and \(b) overlap; \(context())")
            }
            if device.isBypassDomain(id) == true { #expect(mappings.isEmpty, "bypass domain \(id) has mappings; \(context())") }
        }
    }

    func checkTranslation(_ device: VirtioIOMMUDevice, _ random: inout Random, _ context: @autoclosure () -> String) {
        let e = Self.endpoints[random.below(Self.endpoints.count)]
        let iova: UInt64 =
            switch random.below(3) {
            case 0: Fixture.reserved.first + UInt64(random.below(0x100)) << 12
            case 1: UInt64(random.below(64)) << 12 + UInt64(random.below(0x1000))
            default: Fixture.itsMSI.first + UInt64(random.below(0x10000))
            }
        let access: Access = random.chance(50) ? .read : .write
        let result = device.translate(endpoint: e, iova: iova, access: access)
        guard let pa = result.physicalAddress else { return }
        let regions: [ReservedRegion] = (0x10..<0x20).contains(e) ? [Fixture.reserved, Fixture.itsMSI] : e == 0x100 ? [Fixture.x86MSI] : []
        let region = regions.first { $0.first <= iova && iova <= $0.last }
        #expect(region?.kind != .reserved, "endpoint \(e) translated \(iova) inside a reserved region; \(context())")
        if region?.kind == .msi { return }
        guard let d = device.domain(ofEndpoint: e) else {
            #expect(device.bypassesUnattachedEndpoints, "unattached endpoint \(e) translated \(iova) without bypass; \(context())")
            return
        }
        if device.isBypassDomain(d) == true { return }
        let m = device.mappings(inDomain: d)?.first { $0.virtStart <= iova && iova <= $0.virtEnd }
        #expect(m != nil && pa == iova - m!.virtStart + m!.physStart, "endpoint \(e) translated \(iova) to \(pa) without a mapping; \(context())")
        if let m { #expect(m.flags.contains(access == .read ? .read : .write), "translation without permission; \(context())") }
    }

    /// One random request through the driver.
    func randomRequest(_ driver: VirtioIOMMUDriver, _ random: inout Random) -> (String, RequestOutcome) {
        let domain = UInt32(random.below(10))  // 0 and 9 are outside domain_range
        let e = Self.endpoints[random.below(Self.endpoints.count)]
        switch random.below(10) {
        case 0, 1:
            let flags: AttachFlags = random.chance(15) ? .bypass : []
            return ("attach(\(e), \(domain), \(flags))", driver.attach(endpoint: e, domain: domain, flags: flags))
        case 2:
            return ("detach(\(e), \(domain))", driver.detach(endpoint: e, domain: domain))
        case 3, 4, 5:
            let start: UInt64 =
                random.chance(10) ? Fixture.reserved.first + UInt64(random.below(0x100)) << 12 : UInt64(random.below(64)) << 12
            var end = start + UInt64(random.below(4) + 1) << 12 - 1
            if random.chance(5) { end = start &- 1 }  // empty: invalid
            let phys = UInt64(random.below(1 << 20)) << 12 + (random.chance(5) ? 0x800 : 0)
            let flags: MapFlags = [[.read], [.write], [.read, .write]][random.below(3)]
            return ("map(\(domain), \(start)-\(end))", driver.map(domain: domain, virtStart: start, virtEnd: end, physStart: phys, flags: flags))
        case 6, 7:
            let start = UInt64(random.below(64)) << 12
            let end = start + UInt64(random.below(8) + 1) << 12 - 1 + (random.chance(10) ? 0x800 : 0)
            return ("unmap(\(domain), \(start)-\(end))", driver.unmap(domain: domain, virtStart: start, virtEnd: end))
        case 8:
            _ = driver.setBypass(random.chance(50))
            return ("setBypass", RequestOutcome(status: .ok, usedLength: 0))
        default:
            let result = driver.probe(endpoint: e)
            _ = result
            return ("probe(\(e))", RequestOutcome(status: .ok, usedLength: 0))
        }
    }

    @Test(arguments: 0..<24)
    func invariantsHoldAfterEveryRequest(seed: UInt64) throws {
        var random = Random(state: seed &* 0x1234_5678_9abc_def1 &+ 1)
        let c = configuration(&random)
        let device = try VirtioIOMMUDevice(configuration: c)
        let driver = try VirtioIOMMUDriver(device: device)
        var failedRequests = 0
        for step in 0..<3000 {
            let before = State(device)
            let (what, outcome) = randomRequest(driver, &random)
            #expect(outcome.status != nil, "seed \(seed) step \(step): \(what) was lost")
            if outcome.status != .ok {
                failedRequests += 1
                #expect(State(device) == before, "seed \(seed) step \(step): failed \(what) (\(String(describing: outcome.status))) changed the device")
            }
            checkInvariants(device, "seed \(seed) step \(step) after \(what)")
            for _ in 0..<2 { checkTranslation(device, &random, "seed \(seed) step \(step) after \(what)") }
            if device.status.contains(.needsReset) {
                Issue.record("seed \(seed) step \(step): the driver's requests broke the queue")
                return
            }
        }
        // The requests are meant to exercise both outcomes.
        #expect(failedRequests > 100 && failedRequests < 2900, "seed \(seed): \(failedRequests) failed requests")
    }
}
