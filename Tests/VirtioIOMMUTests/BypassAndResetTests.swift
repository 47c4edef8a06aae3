import Testing
import VirtioIOMMU

@Suite struct BypassAndResetTests {
    @Test func bypassConfigByteIsWritableWithFeature() throws {
        let (device, driver) = try Fixture.make { $0.bypass = true }
        #expect(driver.config.bypass == 1)
        #expect(device.translate(endpoint: 0x12, iova: 0x3000, access: .read) == .passthrough(address: 0x3000))
        #expect(driver.setBypass(false))
        #expect(driver.config.bypass == 0)
        #expect(device.configSpace[36] == 0)
        #expect(device.translate(endpoint: 0x12, iova: 0x3000, access: .read).physicalAddress == nil)
        #expect(device.writeConfig(offset: 36, byte: 2) == false)  // only 0 or 1
        #expect(device.configSpace[36] == 0)
    }

    @Test func bypassByteHonouredEvenIfDriverDidNotAcceptFeature() throws {
        var options = VirtioIOMMUDriver.Options()
        options.acceptedFeatures.remove(.bypassConfig)
        let (device, driver) = try Fixture.make({ $0.bypass = true }, options: options)
        #expect(driver.setBypass(false) == false)  // not writable without the feature
        #expect(device.configSpace[36] == 1)
        #expect(device.translate(endpoint: 0x12, iova: 0x3000, access: .read) == .passthrough(address: 0x3000))
    }

    @Test func bypassIsStickyAcrossDeviceResetButNotSystemReset() throws {
        let (device, driver) = try Fixture.make { $0.bypass = true }
        driver.setBypass(false)
        device.reset()
        #expect(device.configSpace[36] == 0)
        device.systemReset()
        #expect(device.configSpace[36] == 1)
    }

    @Test func legacyBypassOnlyOnceNegotiated() throws {
        let legacy: (inout Configuration) -> Void = { $0.bypassMode = .legacy; $0.bypass = true }
        let (device, _) = try Fixture.make(legacy)
        #expect(device.offeredFeatures.contains(.bypass) && !device.offeredFeatures.contains(.bypassConfig))
        #expect(device.configSpace[36] == 0)  // bypass byte not valid without BYPASS_CONFIG
        // Default driver (like Linux) never accepts bit 3: unattached endpoints are blocked.
        #expect(device.translate(endpoint: 0x12, iova: 0x3000, access: .read).physicalAddress == nil)
        var options = VirtioIOMMUDriver.Options()
        options.acceptedFeatures.insert(.bypass)
        let (device2, _) = try Fixture.make(legacy, options: options)
        #expect(device2.translate(endpoint: 0x12, iova: 0x3000, access: .read) == .passthrough(address: 0x3000))
    }

    @Test func resetClearsDomainsQueuesAndFeatures() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0)
        device.writeStatus([])
        #expect(device.status == [])
        #expect(device.driverFeatures == [])
        #expect(device.domainIDs.isEmpty)
        #expect(device.domain(ofEndpoint: 0x10) == nil)
        #expect(device.queueIndices(0) == nil && device.queueIndices(1) == nil)
        // The stale driver's kicks are ignored.
        #expect(driver.attach(endpoint: 0x11, domain: 2) == .lost)
        #expect(device.domainIDs.isEmpty)
        // A fresh bring-up sees an empty device.
        let driver2 = try VirtioIOMMUDriver(device: device)
        #expect(driver2.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0).status == .noEntry)
        #expect(driver2.attach(endpoint: 0x10, domain: 1).status == .ok)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func requestsBeforeDriverOKAreIgnored() throws {
        let device = try VirtioIOMMUDevice(configuration: Fixture.configuration())
        #expect(device.notify(queue: 0) == false)
        #expect(device.setQueue(0, layout: QueueLayout.packed(size: 16, at: 0x4000_0000).0) == false)  // before FEATURES_OK
    }
}
