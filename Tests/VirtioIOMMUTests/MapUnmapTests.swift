import Testing
import VirtioIOMMU

@Suite struct MapUnmapTests {
    static let rw: MapFlags = [.read, .write]

    func withDomain(_ adjust: (inout Configuration) -> Void = { _ in }) throws -> (VirtioIOMMUDevice, VirtioIOMMUDriver) {
        let (device, driver) = try Fixture.make(adjust)
        #expect(driver.attach(endpoint: 0x8000_0001, domain: 1).status == .ok)
        return (device, driver)
    }

    @Test func mapStoresRange() throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: 0x10000, virtEnd: 0x1ffff, physStart: 0x4000_0000)
            == RequestOutcome(status: .ok, usedLength: 4))
        #expect(device.mappings(inDomain: 1) == [Mapping(virtStart: 0x10000, virtEnd: 0x1ffff, physStart: 0x4000_0000, flags: Self.rw)])
    }

    @Test func mapWholeInputRangeAsOneRange() throws {
        let (device, driver) = try withDomain { $0.inputRange = (0, .max) }
        #expect(driver.map(domain: 1, virtStart: 0, virtEnd: .max, physStart: 0).status == .ok)
        #expect(device.mappings(inDomain: 1)?.count == 1)
        #expect(device.translate(endpoint: 0x8000_0001, iova: .max, access: .write) == .mapped(physicalAddress: .max))
        #expect(driver.map(domain: 1, virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0).status == .invalid)
        #expect(driver.unmap(domain: 1, virtStart: 0, virtEnd: .max).status == .ok)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test(arguments: [
        (UInt64(0x1001), UInt64(0x1fff), UInt64(0x0)),  // virt_start
        (0x1000, 0x1ffe, 0x0),                          // virt_end + 1
        (0x1000, 0x1fff, 0x800),                        // phys_start
    ])
    func misalignedMapIsRange(start: UInt64, end: UInt64, phys: UInt64) throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: start, virtEnd: end, physStart: phys) == RequestOutcome(status: .range, usedLength: 4))
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func byteGranuleAllowsOneByteMap() throws {
        let (device, driver) = try withDomain { $0.pageSizeMask = 1 }
        #expect(driver.map(domain: 1, virtStart: 5, virtEnd: 5, physStart: 7).status == .ok)
        #expect(device.translate(endpoint: 0x8000_0001, iova: 5, access: .read) == .mapped(physicalAddress: 7))
    }

    @Test func mapOutsideInputRangeIsRange() throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: 1 << 48, virtEnd: (1 << 48) + 0xfff, physStart: 0).status == .range)
        #expect(driver.map(domain: 1, virtStart: (1 << 48) - 0x1000, virtEnd: (1 << 48) + 0xfff, physStart: 0).status == .range)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func mapPhysicalOverflowIsRange() throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: 0, virtEnd: 0x1fff, physStart: 0xffff_ffff_ffff_f000).status == .range)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func overlappingMapIsInvalid() throws {
        let (device, driver) = try withDomain()
        driver.map(domain: 1, virtStart: 0x2000, virtEnd: 0x3fff, physStart: 0)
        for (s, e) in [(UInt64(0x1000), UInt64(0x2fff)), (0x3000, 0x4fff), (0x0, 0xffff), (0x2000, 0x2fff)] {
            #expect(driver.map(domain: 1, virtStart: s, virtEnd: e, physStart: 0) == RequestOutcome(status: .invalid, usedLength: 4))
        }
        #expect(driver.map(domain: 1, virtStart: 0x4000, virtEnd: 0x4fff, physStart: 0).status == .ok)
        #expect(driver.map(domain: 1, virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0).status == .ok)
        #expect(device.mappings(inDomain: 1)?.map(\.virtStart) == [0x1000, 0x2000, 0x4000])
    }

    @Test func mapOverlappingReservedRegionIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 1)
        #expect(driver.map(domain: 1, virtStart: 0x0809_f000, virtEnd: 0x080a_0fff, physStart: 0).status == .invalid)  // MSI
        #expect(driver.map(domain: 1, virtStart: 0xfd00_0000, virtEnd: 0xfd00_0fff, physStart: 0).status == .invalid)  // RESERVED
        #expect(device.mappings(inDomain: 1) == [])
        #expect(driver.map(domain: 1, virtStart: 0x080a_0000, virtEnd: 0x080a_0fff, physStart: 0).status == .ok)
        // A domain of endpoints without regions has no such restriction.
        driver.attach(endpoint: 0x8000_0000, domain: 2)
        #expect(driver.map(domain: 2, virtStart: 0xfd00_0000, virtEnd: 0xfd00_0fff, physStart: 0).status == .ok)
    }

    @Test func mapUnknownFlagIsInvalid() throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0, flags: MapFlags(rawValue: 8)).status == .invalid)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func mmioFlagNeedsMMIOFeature() throws {
        let (_, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0x0809_0000, flags: [.write, .mmio]).status == .ok)
        var options = VirtioIOMMUDriver.Options()
        options.acceptedFeatures.remove(.mmio)
        let (device2, driver2) = try Fixture.make(options: options)
        driver2.attach(endpoint: 0x8000_0000, domain: 1)
        #expect(driver2.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0, flags: [.write, .mmio]).status == .invalid)
        #expect(device2.mappings(inDomain: 1) == [])
    }

    @Test func mapAndUnmapMissingDomainIsNoEntry() throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 2, virtStart: 0, virtEnd: 0xfff, physStart: 0) == RequestOutcome(status: .noEntry, usedLength: 4))
        #expect(driver.unmap(domain: 2, virtStart: 0, virtEnd: 0xfff) == RequestOutcome(status: .noEntry, usedLength: 4))
        #expect(device.domainIDs == [1])
    }

    @Test func mapAndUnmapOnBypassDomainIsInvalid() throws {
        let (device, driver) = try Fixture.make()
        driver.attach(endpoint: 0x10, domain: 3, flags: .bypass)
        #expect(driver.map(domain: 3, virtStart: 0, virtEnd: 0xfff, physStart: 0).status == .invalid)
        #expect(driver.unmap(domain: 3, virtStart: 0, virtEnd: 0xfff).status == .invalid)
        #expect(device.mappings(inDomain: 3) == [])
    }

    @Test func reversedRangeIsInvalid() throws {
        let (device, driver) = try withDomain()
        #expect(driver.map(domain: 1, virtStart: 0x2000, virtEnd: 0xfff, physStart: 0).status == .invalid)
        #expect(driver.unmap(domain: 1, virtStart: 0x2000, virtEnd: 0xfff).status == .invalid)
        #expect(device.mappings(inDomain: 1) == [])
    }

    @Test func tooManyMappingsIsNoMemory() throws {
        let (device, driver) = try withDomain { $0.maxMappingsPerDomain = 2 }
        #expect(driver.map(domain: 1, virtStart: 0x0000, virtEnd: 0x0fff, physStart: 0).status == .ok)
        #expect(driver.map(domain: 1, virtStart: 0x1000, virtEnd: 0x1fff, physStart: 0).status == .ok)
        #expect(driver.map(domain: 1, virtStart: 0x2000, virtEnd: 0x2fff, physStart: 0) == RequestOutcome(status: .noMemory, usedLength: 4))
        #expect(device.mappings(inDomain: 1)?.count == 2)
    }

    @Test func unmapNonZeroReservedIsInvalidAndKeepsMapping() throws {
        let (device, driver) = try withDomain()
        driver.map(domain: 1, virtStart: 0, virtEnd: 0xfff, physStart: 0)
        let r = driver.submitRaw(readable: Bytes.unmap(domain: 1, start: 0, end: 0xfff, reserved: 1), writableLength: 4)
        #expect(r.writable == [RequestStatus.invalid.rawValue, 0, 0, 0])
        #expect(device.mappings(inDomain: 1)?.count == 1)
    }

    /// The rows of spec-reference §4.6.4 (4 KiB pages: `[a, b]` in the table is pages a...b).
    struct UnmapRow: Sendable, CustomTestStringConvertible {
        var existing: [(UInt64, UInt64)]
        var range: (UInt64, UInt64)
        var status: RequestStatus
        var remaining: [(UInt64, UInt64)]
        var testDescription: String { "\(existing) unmap \(range) -> \(status)" }
    }

    static let unmapRows: [UnmapRow] = [
        UnmapRow(existing: [], range: (0, 4), status: .ok, remaining: []),
        UnmapRow(existing: [(0, 9)], range: (0, 9), status: .ok, remaining: []),
        UnmapRow(existing: [(0, 4), (5, 9)], range: (0, 9), status: .ok, remaining: []),
        UnmapRow(existing: [(0, 9)], range: (0, 4), status: .range, remaining: [(0, 9)]),
        UnmapRow(existing: [(0, 4), (5, 9)], range: (0, 4), status: .ok, remaining: [(5, 9)]),
        UnmapRow(existing: [(0, 4)], range: (0, 9), status: .ok, remaining: []),
        UnmapRow(existing: [(0, 4), (10, 14)], range: (0, 14), status: .ok, remaining: []),
        // Beyond the table: a split at the far end must not remove the fully covered one first.
        UnmapRow(existing: [(0, 4), (5, 9)], range: (0, 7), status: .range, remaining: [(0, 4), (5, 9)]),
        UnmapRow(existing: [(0, 4), (5, 9)], range: (3, 9), status: .range, remaining: [(0, 4), (5, 9)]),
    ]

    @Test(arguments: unmapRows)
    func unmapRow(_ row: UnmapRow) throws {
        let (device, driver) = try withDomain()
        func bytes(_ p: (UInt64, UInt64)) -> (UInt64, UInt64) { (p.0 << 12, (p.1 << 12) | 0xfff) }
        for m in row.existing.map(bytes) {
            #expect(driver.map(domain: 1, virtStart: m.0, virtEnd: m.1, physStart: m.0).status == .ok)
        }
        let r = bytes(row.range)
        #expect(driver.unmap(domain: 1, virtStart: r.0, virtEnd: r.1) == RequestOutcome(status: row.status, usedLength: 4))
        let left = device.mappings(inDomain: 1)?.map { [$0.virtStart, $0.virtEnd] }
        #expect(left == row.remaining.map(bytes).map { [$0.0, $0.1] })
    }
}
