import Testing
import VirtioIOMMU

@Suite struct RingTests {
    @Test func indicesWrapPast65535() throws {
        var options = VirtioIOMMUDriver.Options()
        options.requestQueueSize = 64
        let (device, driver) = try Fixture.make(options: options)
        #expect(driver.attach(endpoint: 0x10, domain: 1).status == .ok)
        var batch: [DriverRequest] = []
        let total = 70_000  // more than 65536 chains after the ATTACH
        var ok = 0
        var wrong: [RequestOutcome] = []
        var i: UInt64 = 0
        while i < UInt64(total) {
            batch.removeAll(keepingCapacity: true)
            for _ in 0..<driver.batchCapacity where i < UInt64(total) {
                let iova = 0x10_0000 + ((i / 2) % 512) << 12
                batch.append(i % 2 == 0
                    ? .map(domain: 1, virtStart: iova, virtEnd: iova + 0xfff, physStart: iova, flags: [.read, .write])
                    : .unmap(domain: 1, virtStart: iova, virtEnd: iova + 0xfff))
                i += 1
            }
            for o in driver.submit(batch) {
                if o == RequestOutcome(status: .ok, usedLength: 4) { ok += 1 } else if wrong.count < 5 { wrong.append(o) }
            }
        }
        #expect(ok == total)
        #expect(wrong.isEmpty)
        let chains = total + 1
        #expect(device.queueIndices(0)?.used == UInt16(truncatingIfNeeded: chains))
        #expect(device.queueIndices(0)?.lastAvailable == UInt16(truncatingIfNeeded: chains))
        #expect(device.mappings(inDomain: 1) == [])
        #expect(!device.status.contains(.needsReset))
    }

    @Test func batchCompletesEveryRequestInOrder() throws {
        let (device, driver) = try Fixture.make()
        let out = driver.submit([
            .attach(endpoint: 0x10, domain: 1, flags: []),
            .map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0, flags: [.read]),
            .map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0, flags: [.read]),
            .map(domain: 9, virtStart: 0, virtEnd: 0xfff, physStart: 0, flags: [.read]),
            .probe(endpoint: 0x10),
            .detach(endpoint: 0x10, domain: 1),
        ])
        #expect(out.map(\.status) == [.ok, .ok, .invalid, .noEntry, .ok, .ok])
        #expect(out[4].usedLength == 516)
        #expect(device.domainIDs.isEmpty)
    }

    @Test func interruptSuppression() throws {
        let (device, driver) = try Fixture.make()
        let before = device.usedBufferNotifications[0]
        driver.attach(endpoint: 0x10, domain: 1)
        #expect(device.usedBufferNotifications[0] == before + 1)
        driver.suppressRequestInterrupts(true)
        driver.attach(endpoint: 0x11, domain: 1)
        #expect(device.usedBufferNotifications[0] == before + 1)
        #expect(device.domain(ofEndpoint: 0x11) == 1)  // still processed
    }

    @Test func eventQueueAsksForNoNotifications() throws {
        let (device, driver) = try Fixture.make()
        #expect(device.translate(endpoint: 0x10, iova: 0, access: .read).physicalAddress == nil)
        _ = driver.pollFaults()  // re-posting must not need a kick: used.flags has NO_NOTIFY
        let usedFlagsOfEventQueue = driver.memory.read16(at: try #require(eventUsedRing(driver)))
        #expect(usedFlagsOfEventQueue == 1)
    }

    private func eventUsedRing(_ driver: VirtioIOMMUDriver) -> UInt64? {
        // The event queue follows the request queue (QueueLayout.packed).
        let (_, next) = QueueLayout.packed(size: driver.requestQueueSize, at: driver.requestQueueLayout.descriptorTable)
        return QueueLayout.packed(size: 64, at: next).0.usedRing
    }
}
