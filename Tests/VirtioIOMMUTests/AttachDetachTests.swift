import Testing
import VirtioIOMMU

@Suite struct AttachDetachTests {
    @Test func attachCreatesDomainAndReportsFullTail() throws {
        let (device, driver) = try Fixture.make()
        let r = driver.attach(endpoint: 0x10, domain: 5)
        #expect(r == RequestOutcome(status: .ok, usedLength: 4))
        #expect(device.domain(ofEndpoint: 0x10) == 5)
        #expect(device.domainIDs == [5])
        #expect(device.isBypassDomain(5) == false)
    }

    @Test func attachNonZeroReservedIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        let (c, w) = driver.submitRaw(readable: Bytes.attach(domain: 5, endpoint: 0x10, reserved: 1), writableLength: 4)
        #expect(c?.usedLength == 4)
        #expect(w == [RequestStatus.invalid.rawValue, 0, 0, 0])
        #expect(device.domain(ofEndpoint: 0x10) == nil)
        #expect(device.domainIDs.isEmpty)
    }

    @Test func attachUnknownFlagIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        let r = driver.submitRaw(readable: Bytes.attach(domain: 5, endpoint: 0x10, flags: 2), writableLength: 4)
        #expect(r.writable[0] == RequestStatus.invalid.rawValue)
        #expect(device.domain(ofEndpoint: 0x10) == nil)
    }

    @Test func attachBypassFlagWithoutBypassConfigIsInvalid() throws {
        var options = VirtioIOMMUDriver.Options()
        options.acceptedFeatures.remove(.bypassConfig)
        let (device, driver) = try Fixture.make(options: options)
        #expect(driver.attach(endpoint: 0x10, domain: 5, flags: .bypass).status == .invalid)
        #expect(device.domainIDs.isEmpty)
    }

    @Test func attachAndDetachUnknownEndpointIsNoEntry() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0x20, domain: 5) == RequestOutcome(status: .noEntry, usedLength: 4))
        #expect(driver.detach(endpoint: 0x20, domain: 5) == RequestOutcome(status: .noEntry, usedLength: 4))
        #expect(device.domainIDs.isEmpty)
    }

    @Test func domainOutsideDomainRangeIsRange() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0x10, domain: 0).status == .range)
        #expect(driver.attach(endpoint: 0x10, domain: 1001).status == .range)
        #expect(device.domainIDs.isEmpty)
        #expect(driver.attach(endpoint: 0x10, domain: 1000).status == .ok)
        #expect(driver.detach(endpoint: 0x10, domain: 1001).status == .range)
        #expect(driver.map(domain: 1001, virtStart: 0, virtEnd: 0xfff, physStart: 0).status == .range)
        #expect(driver.unmap(domain: 0, virtStart: 0, virtEnd: 0xfff).status == .range)
        #expect(device.domain(ofEndpoint: 0x10) == 1000)
    }

    @Test func attachMovesEndpointAndFreesEmptiedDomain() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(driver.map(domain: 1, virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0x9000).status == .ok)
        #expect(driver.attach(endpoint: 0x10, domain: 2).status == .ok)
        #expect(device.domain(ofEndpoint: 0x10) == 2)
        #expect(device.mappings(inDomain: 1) == nil)  // domain 1 ceased to exist with its mappings
        #expect(device.domainIDs == [2])
        // Re-creating domain 1 starts empty.
        #expect(driver.attach(endpoint: 0x11, domain: 1).status == .ok)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func sharedDomainSurvivesOneDetach() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.attach(endpoint: 0x11, domain: 1)
        driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0)
        #expect(device.endpointCount(inDomain: 1) == 2)
        #expect(driver.detach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(device.mappings(inDomain: 1)?.count == 1)
        #expect(driver.detach(endpoint: 0x11, domain: 1).status == .ok)
        #expect(device.mappings(inDomain: 1) == nil)
    }

    @Test func reattachToSameDomainIsNoOp() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0)
        #expect(driver.attach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(device.endpointCount(inDomain: 1) == 1)
        #expect(device.mappings(inDomain: 1)?.count == 1)
    }

    @Test func bypassKindMismatchIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0x10, domain: 1, flags: .bypass).status == .ok)
        #expect(device.isBypassDomain(1) == true)
        #expect(driver.attach(endpoint: 0x11, domain: 1).status == .invalid)
        #expect(device.domain(ofEndpoint: 0x11) == nil)
        #expect(driver.attach(endpoint: 0x12, domain: 2).status == .ok)
        #expect(driver.attach(endpoint: 0x13, domain: 2, flags: .bypass).status == .invalid)
        #expect(device.domain(ofEndpoint: 0x13) == nil)
    }

    @Test func domainThatCannotTakeAnotherEndpointIsUnsupported() throws {
        let (device, driver) = try Fixture.make { $0.maxEndpointsPerDomain = 1 }
        #expect(driver.attach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(driver.attach(endpoint: 0x11, domain: 1).status == .unsupported)
        #expect(device.domain(ofEndpoint: 0x11) == nil)
        #expect(device.endpointCount(inDomain: 1) == 1)
    }

    @Test func tooManyDomainsIsNoMemory() throws {
        let (device, driver) = try Fixture.make { $0.maxDomains = 2 }
        #expect(driver.attach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(driver.attach(endpoint: 0x11, domain: 2).status == .ok)
        #expect(driver.attach(endpoint: 0x12, domain: 3).status == .noMemory)
        #expect(device.domain(ofEndpoint: 0x12) == nil)
        // Moving the only endpoint of domain 2 frees it, so domain 3 fits.
        #expect(driver.attach(endpoint: 0x11, domain: 3).status == .ok)
        #expect(device.domainIDs == [1, 3])
    }

    @Test func detachFromWrongDomainIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.attach(endpoint: 0x11, domain: 2)
        #expect(driver.detach(endpoint: 0x10, domain: 2) == RequestOutcome(status: .invalid, usedLength: 4))
        #expect(driver.detach(endpoint: 0x10, domain: 3).status == .invalid)  // domain does not exist
        #expect(driver.detach(endpoint: 0x12, domain: 1).status == .invalid)  // never attached
        #expect(device.domain(ofEndpoint: 0x10) == 1)
        #expect(device.endpointCount(inDomain: 2) == 1)
    }

    @Test func detachIgnoresReserved() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        var r = Bytes(count: 20)
        r.u8(2, 0); r.u32(1, 4); r.u32(0x10, 8); r.u64(.max, 12)
        #expect(driver.submitRaw(readable: r.b, writableLength: 4).writable == [0, 0, 0, 0])
        #expect(device.domain(ofEndpoint: 0x10) == nil)
    }

    @Test func hugeEndpointRangeEndpointsWork() throws {
        let (device, driver) = try Fixture.make()
        #expect(driver.attach(endpoint: 0xffff_ffff, domain: 7).status == .ok)
        #expect(driver.attach(endpoint: 0x8000_0000, domain: 7).status == .ok)
        #expect(driver.attach(endpoint: 0x7fff_ffff, domain: 7).status == .noEntry)
        #expect(device.endpointCount(inDomain: 7) == 2)
    }
}
