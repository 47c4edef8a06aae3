import VirtioIOMMU

/// Endpoint layout shared by the tests:
/// * 0x10 ..< 0x20: Arm-like endpoints with an ITS MSI window and a RESERVED region;
/// * 0x100: an x86-like endpoint with the 0xfee00000 MSI window;
/// * 0x8000_0000 ..< 0x1_0000_0000: 2^31 endpoints without regions (never expanded).
enum Fixture {
    static let itsMSI = ReservedRegion(first: 0x0809_0000, last: 0x0809_ffff, kind: .msi)
    static let reserved = ReservedRegion(first: 0xfd00_0000, last: 0xfd0f_ffff, kind: .reserved)
    static let x86MSI = ReservedRegion(first: 0xfee0_0000, last: 0xfeef_ffff, kind: .msi)

    static func configuration() -> Configuration {
        var c = Configuration(endpoints: [
            // Deliberately unsorted regions: PROBE must report them sorted.
            EndpointRange(first: 0x10, count: 16, reservedRegions: [reserved, itsMSI]),
            EndpointRange(first: 0x100, count: 1, reservedRegions: [x86MSI]),
            EndpointRange(first: 0x8000_0000, count: 0x8000_0000),
        ])
        c.pageSizeMask = 0xffff_ffff_ffff_f000
        c.inputRange = (0, (1 << 48) - 1)
        c.domainRange = (1, 1000)
        c.probeSize = 512
        c.bypass = false
        c.memorySize = 2 << 20
        return c
    }

    static func make(
        _ adjust: (inout Configuration) -> Void = { _ in },
        options: VirtioIOMMUDriver.Options = .init()
    ) throws -> (VirtioIOMMUDevice, VirtioIOMMUDriver) {
        var c = configuration()
        adjust(&c)
        let device = try VirtioIOMMUDevice(configuration: c)
        let driver = try VirtioIOMMUDriver(device: device, options: options)
        return (device, driver)
    }
}

/// Little-endian request bytes for raw submissions.
struct Bytes {
    var b: [UInt8]
    init(count: Int) { b = [UInt8](repeating: 0, count: count) }
    mutating func u8(_ v: UInt8, _ off: Int) { b[off] = v }
    mutating func u32(_ v: UInt32, _ off: Int) { for i in 0..<4 { b[off + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) } }
    mutating func u64(_ v: UInt64, _ off: Int) { for i in 0..<8 { b[off + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) } }

    static func attach(domain: UInt32, endpoint: UInt32, flags: UInt32 = 0, reserved: UInt32 = 0) -> [UInt8] {
        var r = Bytes(count: 20)
        r.u8(1, 0); r.u32(domain, 4); r.u32(endpoint, 8); r.u32(flags, 12); r.u32(reserved, 16)
        return r.b
    }

    static func map(domain: UInt32, start: UInt64, end: UInt64, phys: UInt64, flags: UInt32) -> [UInt8] {
        var r = Bytes(count: 36)
        r.u8(3, 0); r.u32(domain, 4); r.u64(start, 8); r.u64(end, 16); r.u64(phys, 24); r.u32(flags, 32)
        return r.b
    }

    static func unmap(domain: UInt32, start: UInt64, end: UInt64, reserved: UInt32 = 0) -> [UInt8] {
        var r = Bytes(count: 28)
        r.u8(4, 0); r.u32(domain, 4); r.u64(start, 8); r.u64(end, 16); r.u32(reserved, 24)
        return r.b
    }

    static func probe(endpoint: UInt32) -> [UInt8] {
        var r = Bytes(count: 72)
        r.u8(5, 0); r.u32(endpoint, 4)
        return r.b
    }
}
