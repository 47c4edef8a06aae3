import Testing
import VirtioIOMMU

@Suite struct TranslateTests {
    @Test func mappedAccessTranslates() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.map(domain: 1, virtStart: 0x10_0000, virtEnd: 0x10_1fff, physStart: 0x4010_0000)
        #expect(device.translate(endpoint: 0x10, iova: 0x10_1234, access: .write) == .mapped(physicalAddress: 0x4010_1234))
        #expect(driver.pollFaults().isEmpty)
    }

    @Test func unmappedAccessFaultsWithMappingReason() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        let t = device.translate(endpoint: 0x10, iova: 0x5000, access: .read)
        let expected = FaultEvent(reason: .mapping, flags: FaultEvent.flagRead | FaultEvent.flagAddress, endpoint: 0x10, address: 0x5000)
        #expect(t == .fault(expected, reported: true))
        #expect(driver.pollFaults() == [expected])
        #expect(driver.pollFaults().isEmpty)
    }

    @Test func permissionMismatchFaults() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0x9000, flags: [.read])
        driver.map(domain: 1, virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0xa000, flags: [.write])
        #expect(device.translate(endpoint: 0x10, iova: 0x10, access: .read) == .mapped(physicalAddress: 0x9010))
        #expect(device.translate(endpoint: 0x10, iova: 0x1010, access: .write) == .mapped(physicalAddress: 0xa010))
        #expect(device.translate(endpoint: 0x10, iova: 0x10, access: .write).physicalAddress == nil)
        #expect(device.translate(endpoint: 0x10, iova: 0x1010, access: .read).physicalAddress == nil)
        let faults = driver.pollFaults()
        #expect(faults.map(\.reason) == [.mapping, .mapping])
        #expect(faults.map(\.flags) == [FaultEvent.flagWrite | FaultEvent.flagAddress, FaultEvent.flagRead | FaultEvent.flagAddress])
    }

    @Test func unattachedEndpointFaultsWithDomainReason() throws {
        let (device, driver) = try Fixture.make()
        let t = device.translate(endpoint: 0x12, iova: 0x7000, access: .write)
        #expect(t == .fault(FaultEvent(reason: .domain, flags: FaultEvent.flagWrite | FaultEvent.flagAddress, endpoint: 0x12, address: 0x7000), reported: true))
        #expect(driver.pollFaults().map(\.reason) == [.domain])
    }

    @Test func detachedEndpointLosesOldMappings() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.attach(endpoint: 0x11, domain: 1)
        driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0x9000)
        driver.detach(endpoint: 0x10, domain: 1)
        #expect(device.translate(endpoint: 0x10, iova: 0x10, access: .read).physicalAddress == nil)
        #expect(device.translate(endpoint: 0x11, iova: 0x10, access: .read) == .mapped(physicalAddress: 0x9010))
    }

    @Test func unknownEndpointFaultsUnknownOrBypasses() throws {
        let (device, driver) = try Fixture.make()
        let t = device.translate(endpoint: 0x42, iova: 0x1000, access: .read)
        #expect(t == .fault(FaultEvent(reason: .unknown, flags: FaultEvent.flagRead | FaultEvent.flagAddress, endpoint: 0x42, address: 0x1000), reported: true))
        #expect(driver.pollFaults().map(\.reason) == [.unknown])
        #expect(driver.setBypass(true))
        #expect(device.translate(endpoint: 0x42, iova: 0x1000, access: .read) == .passthrough(address: 0x1000))
    }

    @Test func msiWindowPassesThroughBeforeDomainLookup() throws {
        let (device, driver) = try Fixture.make()
        // Unattached, bypass off: still let through.
        #expect(device.translate(endpoint: 0x100, iova: 0xfee0_0040, access: .write) == .passthrough(address: 0xfee0_0040))
        driver.attach(endpoint: 0x10, domain: 1)
        #expect(device.translate(endpoint: 0x10, iova: 0x0809_0040, access: .write) == .passthrough(address: 0x0809_0040))
        // Another endpoint's window is not this one's.
        #expect(device.translate(endpoint: 0x10, iova: 0xfee0_0040, access: .write).physicalAddress == nil)
    }

    @Test func reservedRegionFaultsWithMappingReason() throws {
        let (device, driver) = try Fixture.make { $0.bypass = true }
        // Even in bypass the RESERVED region is not reachable.
        let t = device.translate(endpoint: 0x10, iova: 0xfd00_1000, access: .read)
        #expect(t == .fault(FaultEvent(reason: .mapping, flags: FaultEvent.flagRead | FaultEvent.flagAddress, endpoint: 0x10, address: 0xfd00_1000), reported: true))
        #expect(driver.pollFaults().count == 1)
    }

    @Test func bypassDomainPassesThrough() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1, flags: .bypass)
        #expect(device.translate(endpoint: 0x10, iova: 0x1234_5000, access: .write) == .passthrough(address: 0x1234_5000))
    }

    @Test func faultsWithoutBuffersAreDroppedUntilReposted() throws {
        var options = VirtioIOMMUDriver.Options()
        options.eventQueueSize = 2
        let (device, driver) = try Fixture.make(options: options)
        for a in UInt64(0)..<3 { _ = device.translate(endpoint: 0x10, iova: a << 12, access: .read) }
        #expect(device.droppedFaults == 1)
        let faults = driver.pollFaults()
        #expect(faults.map(\.address) == [0, 0x1000])
        guard case .fault(_, reported: true) = device.translate(endpoint: 0x10, iova: 0x9000, access: .read) else {
            Issue.record("fault after re-posting should be reported")
            return
        }
        #expect(driver.pollFaults().map(\.address) == [0x9000])
    }

    @Test func faultWireFormat() {
        let e = FaultEvent(reason: .mapping, flags: 0x102, endpoint: 0x1234_5678, address: 0x1122_3344_5566_7788)
        #expect(e.bytes == [2, 0, 0, 0, 0x02, 0x01, 0, 0, 0x78, 0x56, 0x34, 0x12, 0, 0, 0, 0,
                            0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11])
    }
}
