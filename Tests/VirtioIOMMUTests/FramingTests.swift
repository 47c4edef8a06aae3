import Testing
import VirtioIOMMU

/// Request framing (§4.4) and split-virtqueue parsing (§4.11) with hand-crafted chains.
@Suite struct FramingTests {
    @Test(arguments: [UInt8(0), 6, 0xff])
    func unknownRequestTypeIsUnwrittenWithUsedLengthZero(type: UInt8) throws {
        let (device, driver) = try Fixture.make()
        var req = Bytes.attach(domain: 1, endpoint: 0x10)
        req[0] = type
        let (c, w) = driver.submitRaw(readable: req, writableLength: 4)
        #expect(c == RawCompletion(id: 0, usedLength: 0))
        #expect(w == [0xff, 0xff, 0xff, 0xff])
        #expect(device.domainIDs.isEmpty)
        #expect(!device.status.contains(.needsReset))
    }

    @Test func shortWritableBufferIsUnwrittenWithUsedLengthZero() throws {
        let (device, driver) = try Fixture.make()
        let (c, w) = driver.submitRaw(readable: Bytes.attach(domain: 1, endpoint: 0x10), writableLength: 3)
        #expect(c?.usedLength == 0)
        #expect(w == [0xff, 0xff, 0xff])
        #expect(device.domain(ofEndpoint: 0x10) == nil)  // not executed either
        // The queue keeps working.
        #expect(driver.attach(endpoint: 0x10, domain: 1) == RequestOutcome(status: .ok, usedLength: 4))
    }

    @Test func missingHeadIsUnwrittenWithUsedLengthZero() throws {
        let (device, driver) = try Fixture.make()
        let (c, w) = driver.submitRaw(readable: [1, 0, 0], writableLength: 4)
        #expect(c?.usedLength == 0)
        #expect(w == [0xff, 0xff, 0xff, 0xff])
        #expect(!device.status.contains(.needsReset))
    }

    @Test func truncatedBodyIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        let (c, w) = driver.submitRaw(readable: Array(Bytes.attach(domain: 1, endpoint: 0x10)[0..<12]), writableLength: 4)
        #expect(c?.usedLength == 4)
        #expect(w == [RequestStatus.invalid.rawValue, 0, 0, 0])
        #expect(device.domain(ofEndpoint: 0x10) == nil)
    }

    @Test func largerWritablePartIsFullyWrittenWithTailAtEnd() throws {
        let (device, driver) = try Fixture.make()
        let (c, w) = driver.submitRaw(readable: Bytes.attach(domain: 1, endpoint: 0x10), writableLength: 8)
        #expect(c?.usedLength == 8)
        #expect(w == [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(device.domain(ofEndpoint: 0x10) == 1)
    }

    @Test func requestSplitIntoOneByteDescriptors() throws {
        let (device, driver) = try Fixture.make()
        let req = Bytes.map(domain: 1, start: 0x1000, end: 0x1fff, phys: 0x5000, flags: 3)
        driver.attach(endpoint: 0x10, domain: 1)
        let base = driver.scratchBase
        driver.memory.writeBytes(req, at: base)
        var table: [UInt16: VirtqDescriptor] = [:]
        for i in 0..<req.count {
            table[UInt16(i)] = VirtqDescriptor(address: base + UInt64(i), length: 1, flags: VirtqDescriptor.next, next: UInt16(i + 1))
        }
        // Tail split 1 + 3 bytes, with an empty writable descriptor in between.
        let tail = base + 0x100
        driver.memory.fill(at: tail, count: 4, with: 0xff)
        table[36] = VirtqDescriptor(address: tail, length: 1, flags: VirtqDescriptor.write | VirtqDescriptor.next, next: 37)
        table[37] = VirtqDescriptor(address: 0, length: 0, flags: VirtqDescriptor.write | VirtqDescriptor.next, next: 38)
        table[38] = VirtqDescriptor(address: tail + 1, length: 3, flags: VirtqDescriptor.write)
        let c = driver.submitRaw(descriptors: table, head: 0)
        #expect(c == [RawCompletion(id: 0, usedLength: 4)])
        #expect(driver.memory.readBytes(at: tail, count: 4) == [0, 0, 0, 0])
        #expect(device.mappings(inDomain: 1) == [Mapping(virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0x5000, flags: [.read, .write])])
    }

    @Test func descriptorLoopSetsNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase
        driver.memory.writeBytes(Bytes.attach(domain: 1, endpoint: 0x10), at: base)
        let c = driver.submitRaw(descriptors: [
            0: VirtqDescriptor(address: base, length: 10, flags: VirtqDescriptor.next, next: 1),
            1: VirtqDescriptor(address: base + 10, length: 10, flags: VirtqDescriptor.next, next: 0),
        ], head: 0)
        #expect(c.isEmpty)
        #expect(device.status.contains(.needsReset))
        #expect(device.lastQueueError == .chainTooLong)
        #expect(device.queueIndices(0)?.used == 0)
        #expect(device.domain(ofEndpoint: 0x10) == nil)
        #expect(device.configChangeNotifications == 1)
        // Further requests are ignored until reset.
        #expect(driver.attach(endpoint: 0x10, domain: 1) == .lost)
        #expect(device.domainIDs.isEmpty)
    }

    static let outside: [(UInt64, UInt32)] = [
        (0x0, 4),                           // below guest memory
        (0x4000_0000 + (2 << 20) - 2, 4),   // straddles the end
        (UInt64.max - 1, 4),                // address + length wraps
    ]

    @Test(arguments: outside)
    func bufferOutsideGuestMemorySetsNeedsReset(address: UInt64, length: UInt32) throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase
        driver.memory.writeBytes(Bytes.attach(domain: 1, endpoint: 0x10), at: base)
        let c = driver.submitRaw(descriptors: [
            0: VirtqDescriptor(address: base, length: 20, flags: VirtqDescriptor.next, next: 1),
            1: VirtqDescriptor(address: address, length: length, flags: VirtqDescriptor.write),
        ], head: 0)
        #expect(c.isEmpty)
        #expect(device.status.contains(.needsReset))
        #expect(device.lastQueueError == .bufferOutsideMemory)
        #expect(device.domain(ofEndpoint: 0x10) == nil)
    }

    @Test func headOrNextOutOfRangeSetsNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.submitRaw(descriptors: [:], head: driver.requestQueueSize).isEmpty)
        #expect(device.lastQueueError == .descriptorIndexOutOfRange)
        let (device2, driver2) = try Fixture.make()
        let base = driver2.scratchBase
        #expect(driver2.submitRaw(descriptors: [
            0: VirtqDescriptor(address: base, length: 20, flags: VirtqDescriptor.next, next: 300),
        ], head: 0).isEmpty)
        #expect(device2.lastQueueError == .descriptorIndexOutOfRange)
    }

    @Test func readableAfterWritableSetsNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase
        driver.memory.writeBytes(Bytes.attach(domain: 1, endpoint: 0x10), at: base)
        #expect(driver.submitRaw(descriptors: [
            0: VirtqDescriptor(address: base + 0x100, length: 4, flags: VirtqDescriptor.write | VirtqDescriptor.next, next: 1),
            1: VirtqDescriptor(address: base, length: 20),
        ], head: 0).isEmpty)
        #expect(device.lastQueueError == .readableAfterWritable)
        #expect(device.status.contains(.needsReset))
    }

    @Test func resetRecoversFromNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        _ = driver.submitRaw(descriptors: [:], head: 999)
        #expect(device.status.contains(.needsReset))
        let driver2 = try VirtioIOMMUDriver(device: device)
        #expect(!device.status.contains(.needsReset))
        #expect(driver2.attach(endpoint: 0x10, domain: 1).status == .ok)
    }
}
