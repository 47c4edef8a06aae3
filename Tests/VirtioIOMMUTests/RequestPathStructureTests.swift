import Testing

@testable import VirtioIOMMU

/// The structures under the request path (issue 9's throughput work): the ID map that replaced
/// the device's dictionaries, domains living in reused slots, the driver's allocation-free batch
/// calls, and guest RAM as an anonymous mapping. Each is held to what it replaced.
@Suite struct RequestPathStructureTests {
    /// A small deterministic generator (no global state, same sequence every run).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    @Test(arguments: [1, 2, 3])
    func idMapAgreesWithADictionary(seed: UInt64) {
        var random = Random(state: seed)
        var map = IDMap()
        var model: [UInt32: UInt32] = [:]
        // Keys from a small range (long probe runs, many removals inside them) and the extremes.
        for step in 0..<20_000 {
            let key: UInt32 = step % 97 == 0 ? .max - UInt32(random.next() % 3) : UInt32(random.next() % 512) &* 0x1000
            switch random.next() % 4 {
            case 0, 1:
                let value = UInt32(truncatingIfNeeded: random.next())
                map.insert(key, value)
                model[key] = value
            case 2:
                #expect(map.remove(key) == model.removeValue(forKey: key))
            default:
                #expect(map[key] == model[key])
            }
            #expect(map.count == model.count)
        }
        for (key, value) in model { #expect(map[key] == value) }
        #expect(map.keys.sorted() == model.keys.sorted())
        map.removeAll()
        #expect(map.count == 0 && map.keys.isEmpty && map[0] == nil)
    }

    @Test func aReusedDomainSlotStartsEmpty() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(driver.map(domain: 1, virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0x8000).status == .ok)
        #expect(driver.detach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(device.domainIDs.isEmpty, "the last endpoint left: the domain is gone with its mappings")
        // Domain 2 takes the freed slot: none of domain 1's state may show through.
        #expect(driver.attach(endpoint: 0x8000_0000, domain: 2, flags: .bypass).status == .ok)
        #expect(device.domainIDs == [2])
        #expect(device.isBypassDomain(2) == true)
        #expect(device.endpointCount(inDomain: 2) == 1)
        #expect(device.mappings(inDomain: 2) == [])
        #expect(driver.detach(endpoint: 0x8000_0000, domain: 2).status == .ok)
        #expect(driver.attach(endpoint: 0x11, domain: 3).status == .ok)
        #expect(device.isBypassDomain(3) == false)
        #expect(device.mappings(inDomain: 3) == [])
        // The reserved regions of 0x11's range are checked again: the ITS window cannot be mapped.
        #expect(driver.map(domain: 3, virtStart: 0x0809_0000, virtEnd: 0x0809_0fff, physStart: 0x8000).status == .invalid)
    }

    @Test func mapChecksTheRegionsOfEveryRangeInTheDomainUntilItsLastEndpointLeaves() throws {
        let (_, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0x8000_0001, domain: 7).status == .ok)
        #expect(driver.attach(endpoint: 0x10, domain: 7).status == .ok)
        #expect(driver.attach(endpoint: 0x11, domain: 7).status == .ok)
        let window = (start: UInt64(0xfd00_0000), end: UInt64(0xfd00_0fff))
        #expect(driver.map(domain: 7, virtStart: window.start, virtEnd: window.end, physStart: 0x8000).status == .invalid)
        #expect(driver.detach(endpoint: 0x10, domain: 7).status == .ok)
        #expect(driver.map(domain: 7, virtStart: window.start, virtEnd: window.end, physStart: 0x8000).status == .invalid,
                "0x11 of the same range is still attached")
        #expect(driver.detach(endpoint: 0x11, domain: 7).status == .ok)
        #expect(driver.map(domain: 7, virtStart: window.start, virtEnd: window.end, physStart: 0x8000).status == .ok,
                "no endpoint of the range with the RESERVED region is left")
    }

    /// The batch calls give, request for request, what one-by-one submissions give an identical device.
    @Test func batchesAnswerAsSingleRequestsDo() throws {
        var requests: [DriverRequest] = []
        for i in 0..<300 {
            let endpoint: UInt32 = [0x10, 0x11, 0x100, 0x8000_0000 + UInt32(i), 0x20][i % 5]
            let domain = UInt32(1 + i % 4)
            switch i % 6 {
            case 0, 3: requests.append(.attach(endpoint: endpoint, domain: domain, flags: []))
            case 1: requests.append(.map(domain: domain, virtStart: UInt64(i) << 12, virtEnd: UInt64(i) << 12 + 0xfff, physStart: 0x10_0000, flags: [.read]))
            case 2: requests.append(.probe(endpoint: endpoint))
            case 4: requests.append(.unmap(domain: domain, virtStart: 0, virtEnd: 1 << 30))
            default: requests.append(.detach(endpoint: endpoint, domain: domain))
            }
        }
        let (batchDevice, batchDriver) = try Fixture.make()
        var batched: [RequestOutcome] = []
        batchDriver.submit(count: requests.count, { requests[$0] }) { k, outcome in
            #expect(k == batched.count, "outcomes come in order")
            batched.append(outcome)
        }
        #expect(batched.count > batchDriver.batchCapacity, "more than one notify")
        let (singleDevice, singleDriver) = try Fixture.make()
        let single = requests.map { singleDriver.submit([$0])[0] }
        #expect(batched == single)
        #expect(batchDevice.domainIDs == singleDevice.domainIDs)
        for d in batchDevice.domainIDs { #expect(batchDevice.mappings(inDomain: d) == singleDevice.mappings(inDomain: d)) }
    }

    @Test func batchedProbesReportWhatSingleProbesReport() throws {
        let endpoints: [UInt32] = (0..<200).map { [0x10, 0x100, 0x8000_0000, 0x7, 0x1f][$0 % 5] }
        let (_, driver) = try Fixture.make()
        var batched: [ProbeResult] = []
        driver.probe(count: endpoints.count, { endpoints[$0] }) { _, result in batched.append(result) }
        #expect(batched == endpoints.map { driver.probe(endpoint: $0) })
        #expect(batched[0].regions == [Fixture.itsMSI, Fixture.reserved])
        #expect(batched[3].status == .noEntry && batched[3].regions.isEmpty)
    }

    @Test func aStoppedDeviceLosesTheRestOfABatch() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase
        driver.memory.writeBytes(Bytes.attach(domain: 1, endpoint: 0x10), at: base)
        _ = driver.submitRaw(descriptors: [
            0: VirtqDescriptor(address: base, length: 10, flags: VirtqDescriptor.next, next: 1),
            1: VirtqDescriptor(address: base + 10, length: 10, flags: VirtqDescriptor.next, next: 0),
        ], head: 0)
        #expect(device.status.contains(.needsReset))
        var outcomes: [RequestOutcome] = []
        driver.submit(count: 300, { _ in .attach(endpoint: 0x10, domain: 1, flags: []) }) { _, o in outcomes.append(o) }
        #expect(outcomes == Array(repeating: .lost, count: 300))
    }

    @Test func largeGuestMemoryIsZeroedAndBoundsChecked() {
        for size in [GuestMemory.mappingThreshold - 1, GuestMemory.mappingThreshold, 4 << 20] {
            let memory = GuestMemory(base: 0x4000_0000, size: size)
            #expect(memory.size == size)
            #expect(memory.readBytes(at: 0x4000_0000, count: 64) == [UInt8](repeating: 0, count: 64))
            let last = 0x4000_0000 + UInt64(size) - 8
            #expect(memory.read64(at: last) == 0)
            #expect(memory.write64(0x0102_0304_0506_0708, at: last))
            #expect(memory.read64(at: last) == 0x0102_0304_0506_0708)
            #expect(!memory.write64(1, at: last + 1), "past the end")
            #expect(memory.read8(at: 0x4000_0000 - 1) == nil)
            #expect(memory.fill(at: last, count: 8, with: 0xab))
            #expect(memory.readBytes(at: last, count: 8) == [UInt8](repeating: 0xab, count: 8))
        }
    }
}
