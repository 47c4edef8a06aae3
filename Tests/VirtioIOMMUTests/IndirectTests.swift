import Testing
import VirtioIOMMU

@Suite struct IndirectTests {
    static var indirect: VirtioIOMMUDriver.Options {
        var o = VirtioIOMMUDriver.Options()
        o.useIndirectDescriptors = true
        return o
    }

    @Test func typedRequestsThroughIndirectTables() throws {
        let (device, driver) = try Fixture.make(options: Self.indirect)
        #expect(driver.usesIndirectDescriptors)
        #expect(device.driverFeatures.contains(.indirectDescriptors))
        #expect(driver.attach(endpoint: 0x10, domain: 1) == RequestOutcome(status: .ok, usedLength: 4))
        #expect(driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0x7000).status == .ok)
        #expect(driver.probe(endpoint: 0x10).regions.count == 2)
        #expect(device.mappings(inDomain: 1)?.count == 1)
    }

    @Test func rawIndirectChainWithWriteFlagOnPointerIgnored() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase, table = base + 0x800
        driver.memory.writeBytes(Bytes.attach(domain: 2, endpoint: 0x11), at: base)
        VirtqDescriptor(address: base, length: 20, flags: VirtqDescriptor.next, next: 1).write(to: driver.memory, at: table)
        VirtqDescriptor(address: base + 0x100, length: 4, flags: VirtqDescriptor.write).write(to: driver.memory, at: table + 16)
        let c = driver.submitRaw(descriptors: [
            5: VirtqDescriptor(address: table, length: 32, flags: VirtqDescriptor.indirect | VirtqDescriptor.write),
        ], head: 5)
        #expect(c == [RawCompletion(id: 5, usedLength: 4)])
        #expect(device.domain(ofEndpoint: 0x11) == 2)
    }

    @Test func directDescriptorsThenIndirect() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase, table = base + 0x800
        driver.memory.writeBytes(Bytes.attach(domain: 2, endpoint: 0x11), at: base)
        VirtqDescriptor(address: base + 8, length: 12, flags: VirtqDescriptor.next, next: 1).write(to: driver.memory, at: table)
        VirtqDescriptor(address: base + 0x100, length: 4, flags: VirtqDescriptor.write).write(to: driver.memory, at: table + 16)
        let c = driver.submitRaw(descriptors: [
            0: VirtqDescriptor(address: base, length: 8, flags: VirtqDescriptor.next, next: 1),
            1: VirtqDescriptor(address: table, length: 32, flags: VirtqDescriptor.indirect),
        ], head: 0)
        #expect(c == [RawCompletion(id: 0, usedLength: 4)])
        #expect(device.domain(ofEndpoint: 0x11) == 2)
    }

    @Test func nestedIndirectSetsNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase, table = base + 0x800
        VirtqDescriptor(address: table + 0x100, length: 32, flags: VirtqDescriptor.indirect).write(to: driver.memory, at: table)
        #expect(driver.submitRaw(descriptors: [0: VirtqDescriptor(address: table, length: 16, flags: VirtqDescriptor.indirect)], head: 0).isEmpty)
        #expect(device.lastQueueError == .nestedIndirect)
        #expect(device.status.contains(.needsReset))
    }

    @Test func loopInsideIndirectTableSetsNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        let base = driver.scratchBase, table = base + 0x800
        VirtqDescriptor(address: base, length: 4, flags: VirtqDescriptor.next, next: 1).write(to: driver.memory, at: table)
        VirtqDescriptor(address: base, length: 4, flags: VirtqDescriptor.next, next: 0).write(to: driver.memory, at: table + 16)
        #expect(driver.submitRaw(descriptors: [0: VirtqDescriptor(address: table, length: 32, flags: VirtqDescriptor.indirect)], head: 0).isEmpty)
        #expect(device.lastQueueError == .chainTooLong)
    }

    @Test(arguments: [UInt32(0), 24])
    func badIndirectTableLengthSetsNeedsReset(length: UInt32) throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.submitRaw(descriptors: [0: VirtqDescriptor(address: driver.scratchBase, length: length, flags: VirtqDescriptor.indirect)], head: 0).isEmpty)
        #expect(device.lastQueueError == .badIndirect)
    }

    @Test func indirectWithNextOrWithoutFeatureSetsNeedsReset() throws {
        let (device, driver) = try Fixture.make()
        let flags = VirtqDescriptor.indirect | VirtqDescriptor.next
        #expect(driver.submitRaw(descriptors: [0: VirtqDescriptor(address: driver.scratchBase, length: 32, flags: flags, next: 1)], head: 0).isEmpty)
        #expect(device.lastQueueError == .badIndirect)

        var options = VirtioIOMMUDriver.Options()
        options.acceptedFeatures.remove(.indirectDescriptors)
        let (device2, driver2) = try Fixture.make(options: options)
        let r = driver2.submitRaw(readable: Bytes.attach(domain: 1, endpoint: 0x10), writableLength: 4, indirect: true)
        #expect(r.completion == nil)
        #expect(device2.lastQueueError == .badIndirect)
        #expect(device2.domain(ofEndpoint: 0x10) == nil)
    }
}
