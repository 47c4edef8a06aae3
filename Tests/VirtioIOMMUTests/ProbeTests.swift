import Testing
import VirtioIOMMU

@Suite struct ProbeTests {
    @Test func probeReportsSortedRegionsThenEnd() throws {
        let (device, driver) = try Fixture.make()
        let p = driver.probe(endpoint: 0x15)
        #expect(p.outcome == RequestOutcome(status: .ok, usedLength: 512 + 4))
        #expect(p.regions == [Fixture.itsMSI, Fixture.reserved])
        #expect(p.skippedPropertyTypes.isEmpty)
        #expect(device.domainIDs.isEmpty)  // PROBE has no side effect
    }

    @Test func probeWireFormat() throws {
        let (_, driver) = try Fixture.make()
        let (c, w) = driver.submitRaw(readable: Bytes.probe(endpoint: 0x100), writableLength: 516)
        #expect(c?.usedLength == 516)
        // header: type 1, length 20; subtype MSI; reserved zero; start; end
        #expect(Array(w[0..<8]) == [1, 0, 20, 0, 1, 0, 0, 0])
        #expect(Array(w[8..<16]) == [0, 0, 0xe0, 0xfe, 0, 0, 0, 0])
        #expect(Array(w[16..<24]) == [0xff, 0xff, 0xef, 0xfe, 0, 0, 0, 0])
        // END (type 0) and the zero-filled remainder, then the tail.
        #expect(w[24..<512].allSatisfy { $0 == 0 })
        #expect(Array(w[512..<516]) == [0, 0, 0, 0])
    }

    @Test func probeUnknownEndpointIsNoEntry() throws {
        let (_, driver) = try Fixture.make()
        let p = driver.probe(endpoint: 0x20)
        #expect(p.outcome == RequestOutcome(status: .noEntry, usedLength: 516))
        #expect(p.regions.isEmpty)
    }

    @Test func probeEndpointWithoutRegionsReportsOnlyEnd() throws {
        let (_, driver) = try Fixture.make()
        let p = driver.probe(endpoint: 0x9000_0000)
        #expect(p.status == .ok)
        #expect(p.regions.isEmpty)
    }

    @Test func propertiesBufferShorterThanProbeSizeIsInvalid() throws {
        let (_, driver) = try Fixture.make()
        // 511 bytes of properties + 4 tail: one short of probe_size.
        let (c, w) = driver.submitRaw(readable: Bytes.probe(endpoint: 0x10), writableLength: 515)
        #expect(c?.usedLength == 515)
        #expect(w[0..<511].allSatisfy { $0 == 0 })  // no property written
        #expect(Array(w[511..<515]) == [RequestStatus.invalid.rawValue, 0, 0, 0])
    }

    @Test func regionsThatOverflowProbeSizeAreRejectedAtConfiguration() {
        var c = Fixture.configuration()
        c.probeSize = 48  // two 24-byte properties need 48 + 4 for END
        #expect(throws: ConfigurationError.probeSizeTooSmall(endpoint: 0x10, needed: 52)) {
            try VirtioIOMMUDevice(configuration: c)
        }
        c.probeSize = 52
        #expect(throws: Never.self) { try VirtioIOMMUDevice(configuration: c) }
    }

    @Test func exactProbeSizeStillFitsAllProperties() throws {
        let (_, driver) = try Fixture.make { $0.probeSize = 52 }
        let p = driver.probe(endpoint: 0x10)
        #expect(p.outcome == RequestOutcome(status: .ok, usedLength: 56))
        #expect(p.regions.count == 2)
    }

    @Test func probeNotOfferedIsUnwritten() throws {
        let (device, driver) = try Fixture.make {
            $0.probeSize = 0
        }
        #expect(!device.offeredFeatures.contains(.probe))
        let (c, w) = driver.submitRaw(readable: Bytes.probe(endpoint: 0x10), writableLength: 68)
        #expect(c?.usedLength == 0)
        #expect(w.allSatisfy { $0 == 0xff })
    }
}
