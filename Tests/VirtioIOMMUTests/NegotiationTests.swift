import Testing
import VirtioIOMMU

@Suite struct NegotiationTests {
    @Test func driverBringsDeviceUp() throws {
        let (device, driver) = try Fixture.make()
        #expect(VirtioIOMMUDevice.deviceID == 23)
        #expect(device.status == [.acknowledge, .driver, .featuresOK, .driverOK])
        #expect(driver.features.contains([.version1, .mapUnmap, .probe, .mmio, .bypassConfig, .inputRange, .domainRange]))
        #expect(!device.offeredFeatures.contains(.bypass))  // never both BYPASS and BYPASS_CONFIG
        #expect(driver.config.pageSizeMask == 0xffff_ffff_ffff_f000)
        #expect(driver.config.inputRangeEnd == (1 << 48) - 1)
        #expect(driver.config.domainRangeStart == 1 && driver.config.domainRangeEnd == 1000)
        #expect(driver.config.probeSize == 512)
    }

    @Test func configSpaceLayoutIs40Bytes() throws {
        let (device, _) = try Fixture.make { $0.bypass = true }
        let b = device.configSpace
        #expect(b.count == 40)
        #expect(Array(b[0..<8]) == [0, 0xf0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
        #expect(Array(b[16..<24]) == [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0])
        #expect(Array(b[24..<28]) == [1, 0, 0, 0])
        #expect(Array(b[28..<32]) == [0xe8, 3, 0, 0])
        #expect(Array(b[32..<36]) == [0, 2, 0, 0])
        #expect(b[36] == 1)
        #expect(Array(b[37..<40]) == [0, 0, 0])
        #expect(device.readConfig(offset: 36, count: 5) == nil)
        #expect(device.writeConfig(offset: 0, byte: 0) == false)  // only bypass is writable
    }

    @Test func featuresOKRefusedForUnofferedFeature() throws {
        let device = try VirtioIOMMUDevice(configuration: Fixture.configuration())
        device.writeStatus([.acknowledge, .driver])
        device.writeDriverFeatures([.version1, .mapUnmap, .eventIndex])
        device.writeStatus([.acknowledge, .driver, .featuresOK])
        #expect(!device.status.contains(.featuresOK))
        device.writeDriverFeatures([.version1, .mapUnmap])
        device.writeStatus([.acknowledge, .driver, .featuresOK])
        #expect(device.status.contains(.featuresOK))
        // Features are frozen once FEATURES_OK stuck.
        device.writeDriverFeatures([.version1, .mapUnmap, .probe])
        #expect(device.driverFeatures == [.version1, .mapUnmap])
    }

    @Test func featuresOKRefusedWithoutVersion1() throws {
        let device = try VirtioIOMMUDevice(configuration: Fixture.configuration())
        device.writeStatus([.acknowledge, .driver])
        device.writeDriverFeatures([.mapUnmap])
        device.writeStatus([.acknowledge, .driver, .featuresOK])
        #expect(!device.status.contains(.featuresOK))
    }

    @Test func configurationValidation() {
        var c = Fixture.configuration()
        c.pageSizeMask = 0
        #expect(throws: ConfigurationError.zeroPageSizeMask) { try VirtioIOMMUDevice(configuration: c) }
        c = Fixture.configuration()
        c.endpoints.append(EndpointRange(first: 0x1f, count: 2))
        #expect(throws: ConfigurationError.overlappingEndpoints(0x1f)) { try VirtioIOMMUDevice(configuration: c) }
        c = Fixture.configuration()
        c.endpoints = [EndpointRange(first: 1, count: 1, reservedRegions: [Fixture.itsMSI, Fixture.x86MSI])]
        #expect(throws: ConfigurationError.multipleMSIRegions(1)) { try VirtioIOMMUDevice(configuration: c) }
        c.endpoints = [EndpointRange(first: 5, count: .max)]  // must not overflow while checking
        #expect(throws: ConfigurationError.badEndpointRange(first: 5, count: .max)) { try VirtioIOMMUDevice(configuration: c) }
        c.endpoints = [EndpointRange(first: 1, count: 1 << 32)]  // one past the ID space
        #expect(throws: ConfigurationError.badEndpointRange(first: 1, count: 1 << 32)) { try VirtioIOMMUDevice(configuration: c) }
    }

    @Test func endpointRangeOfFullIDSpaceIsNotExpanded() throws {
        let device = try VirtioIOMMUDevice(configuration: Configuration(endpoints: [EndpointRange(first: 0, count: 1 << 32)]))
        #expect(device.endpointExists(0))
        #expect(device.endpointExists(.max))
        let (d2, _) = try Fixture.make()
        #expect(d2.endpointExists(0x1f) && !d2.endpointExists(0x20) && !d2.endpointExists(0x0f))
        #expect(d2.endpointExists(0xffff_ffff) && !d2.endpointExists(0x7fff_ffff))
    }
}
