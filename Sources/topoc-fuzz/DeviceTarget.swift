import VirtioIOMMU

/// Reads the fuzzer's bytes as little-endian integers; past the end everything reads as 0.
struct FuzzInput {
    let bytes: [UInt8]
    var position = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var isAtEnd: Bool { position >= bytes.count }
    mutating func u8() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }
    mutating func u16() -> UInt16 { UInt16(u8()) | UInt16(u8()) << 8 }
    mutating func u32() -> UInt32 { UInt32(u16()) | UInt32(u16()) << 16 }
    mutating func u64() -> UInt64 { UInt64(u32()) | UInt64(u32()) << 32 }
    mutating func take(_ n: Int) -> [UInt8] {
        let end = min(bytes.count, position + n)
        defer { position = end }
        return position < end ? Array(bytes[position..<end]) : []
    }
}

extension FuzzTargets {
    static let memoryBase: UInt64 = 0x4000_0000
    static let memorySize = 64 << 10
    static let queueSize: UInt16 = 8
    static let itsMSI = ReservedRegion(first: 0x0809_0000, last: 0x0809_ffff, kind: .msi)
    static let reserved = ReservedRegion(first: 0xfd00_0000, last: 0xfd0f_ffff, kind: .reserved)
    /// Endpoints whose state is checked after every step (every ID of the small ranges, both ends
    /// of the huge one, and IDs that exist nowhere).
    static let watched: [UInt32] = Array(0x10..<0x20) + [0x100, 0x8000_0000, 0x8000_0001, 0xffff_ffff, 0, 0x20, 0x101]

    static func deviceConfiguration(_ input: inout FuzzInput) -> Configuration {
        var c = Configuration(endpoints: [
            EndpointRange(first: 0x10, count: 16, reservedRegions: [reserved, itsMSI]),
            EndpointRange(first: 0x100, count: 1, reservedRegions: [ReservedRegion(first: 0xfee0_0000, last: 0xfeef_ffff, kind: .msi)]),
            EndpointRange(first: 0x8000_0000, count: 0x8000_0000),
        ])
        let knobs = input.u8()
        c.inputRange = knobs & 1 == 0 ? (0, (1 << 48) - 1) : (0, .max)
        c.domainRange = knobs & 2 == 0 ? (1, 1000) : (0, .max)
        c.bypass = knobs & 4 != 0
        c.bypassMode = knobs & 8 == 0 ? .config : .legacy
        c.pageSizeMask = knobs & 16 == 0 ? 0xffff_ffff_ffff_f000 : 0xffff_ffff_ffff_ffff
        c.maxDomains = knobs & 32 == 0 ? 1 << 16 : 4
        c.maxMappingsPerDomain = knobs & 64 == 0 ? 1 << 20 : 4
        c.maxEndpointsPerDomain = knobs & 128 == 0 ? .max : 2
        c.memoryBase = memoryBase
        c.memorySize = memorySize
        c.maxQueueSize = 64
        return c
    }

    /// Brings the device up as a driver would: features, both queues (fixed places), DRIVER_OK.
    static func setUp(_ device: VirtioIOMMUDevice, features: FeatureSet) {
        device.writeStatus([])
        device.writeStatus([.acknowledge, .driver])
        device.writeDriverFeatures(features)
        device.writeStatus([.acknowledge, .driver, .featuresOK])
        let (request, next) = QueueLayout.packed(size: queueSize, at: memoryBase)
        let (event, _) = QueueLayout.packed(size: queueSize, at: next)
        device.setQueue(VirtioIOMMUDevice.requestQueue, layout: request)
        device.setQueue(VirtioIOMMUDevice.eventQueue, layout: event)
        device.writeStatus([.acknowledge, .driver, .featuresOK, .driverOK])
    }

    /// The device on guest memory the fuzzer writes: rings, descriptors, request and event
    /// buffers are all its bytes. Invariants are checked after every step.
    static func device(_ bytes: [UInt8]) {
        var input = FuzzInput(bytes)
        let configuration = deviceConfiguration(&input)
        guard let device = try? VirtioIOMMUDevice(configuration: configuration) else { fatalError("fixture configuration") }
        let memory = device.memory
        setUp(device, features: device.offeredFeatures)
        let (requestLayout, _) = QueueLayout.packed(size: queueSize, at: memoryBase)
        var steps = 0
        while !input.isAtEnd && steps < 512 {
            steps += 1
            switch input.u8() % 9 {
            case 0:  // raw bytes anywhere in guest memory
                let offset = UInt64(input.u16())
                memory.writeBytes(input.take(Int(input.u8() % 64)), at: memoryBase + offset)
            case 1:  // kick
                device.notify(queue: Int(input.u8() % 2))
            case 2:  // a DMA
                let endpoint = pickEndpoint(&input)
                let iova = pickAddress(&input)
                let access: Access = input.u8() & 1 == 0 ? .read : .write
                let result = device.translate(endpoint: endpoint, iova: iova, access: access)
                checkTranslation(device, endpoint: endpoint, iova: iova, access: access, result: result)
            case 3:
                device.writeConfig(offset: Int(input.u8() % 40), byte: input.u8())
            case 4:
                device.writeStatus(DeviceStatus(rawValue: input.u8()))
            case 5:  // a fresh negotiation with some of the offered features
                setUp(device, features: FeatureSet(rawValue: input.u64()).intersection(device.offeredFeatures).union(.version1))
            case 6:  // one descriptor of the request queue, pointing into guest memory
                let index = UInt64(input.u8() % UInt8(queueSize))
                let address = memoryBase &+ UInt64(input.u16())
                let length = UInt32(input.u16() % 512)
                let flags = UInt16(input.u8() % 8)
                let next = UInt16(input.u8() % UInt8(queueSize + 1))
                let at = requestLayout.descriptorTable + 16 * index
                memory.write64(address, at: at)
                memory.write32(length, at: at + 8)
                memory.write16(flags, at: at + 12)
                memory.write16(next, at: at + 14)
            case 7:  // make a head available
                let head = UInt16(input.u8() % UInt8(queueSize + 1))
                let idx = memory.read16(at: requestLayout.availableRing + 2) ?? 0
                memory.write16(head, at: requestLayout.availableRing + 4 + 2 * UInt64(idx % queueSize))
                memory.write16(idx &+ 1, at: requestLayout.availableRing + 2)
            default:  // a well-formed request body somewhere
                let offset = UInt64(input.u16())
                var r = [UInt8](repeating: 0, count: 40)
                r[0] = 1 + input.u8() % 5
                let domain = UInt32(input.u8() % 6)
                let endpoint = pickEndpoint(&input)
                for i in 0..<4 { r[4 + i] = UInt8(truncatingIfNeeded: domain >> (8 * UInt32(i))) }
                if r[0] == 3 || r[0] == 4 {  // MAP / UNMAP: start, end, phys
                    let start = pickAddress(&input) & ~0xfff, end = start &+ UInt64(input.u8()) << 12 &+ 0xfff
                    for i in 0..<8 {
                        r[8 + i] = UInt8(truncatingIfNeeded: start >> (8 * UInt64(i)))
                        r[16 + i] = UInt8(truncatingIfNeeded: end >> (8 * UInt64(i)))
                    }
                    if r[0] == 3 { r[32] = input.u8() % 8 }
                } else {
                    let at = r[0] == 5 ? 4 : 8
                    for i in 0..<4 { r[at + i] = UInt8(truncatingIfNeeded: endpoint >> (8 * UInt32(i))) }
                    if r[0] == 1 { r[12] = input.u8() % 2 }
                }
                memory.writeBytes(r, at: memoryBase + offset)
            }
            checkInvariants(device)
        }
    }

    static func pickEndpoint(_ input: inout FuzzInput) -> UInt32 {
        let b = input.u8()
        return b < 200 ? watched[Int(b) % watched.count] : input.u32()
    }

    static func pickAddress(_ input: inout FuzzInput) -> UInt64 {
        switch input.u8() % 4 {
        case 0: return UInt64(input.u16()) << 12
        case 1: return reserved.first &+ UInt64(input.u16()) << 4
        case 2: return itsMSI.first &+ UInt64(input.u16())
        default: return input.u64()
        }
    }

    static func checkInvariants(_ device: VirtioIOMMUDevice) {
        let domains = Set(device.domainIDs)
        for id in domains {
            precondition(device.endpointCount(inDomain: id) > 0, "domain \(id) exists with no endpoint")
            let mappings = device.mappings(inDomain: id) ?? []
            for (a, b) in zip(mappings, mappings.dropFirst()) {
                precondition(a.virtEnd < b.virtStart, "domain \(id): mappings \(a) and \(b) overlap or are unsorted")
            }
            for m in mappings { precondition(m.virtStart <= m.virtEnd, "empty mapping \(m)") }
            if device.isBypassDomain(id) == true { precondition(mappings.isEmpty, "bypass domain \(id) has mappings") }
        }
        for endpoint in watched {
            if let d = device.domain(ofEndpoint: endpoint) {
                precondition(domains.contains(d), "endpoint \(endpoint) attached to missing domain \(d)")
                precondition(device.endpointExists(endpoint), "unknown endpoint \(endpoint) attached")
            }
        }
    }

    static func checkTranslation(_ device: VirtioIOMMUDevice, endpoint: UInt32, iova: UInt64, access: Access, result: Translation) {
        guard result.physicalAddress != nil else { return }
        if device.endpointExists(endpoint), (0x10..<0x20).contains(endpoint), reserved.first <= iova, iova <= reserved.last {
            preconditionFailure("translation succeeded inside a reserved region: endpoint \(endpoint) iova \(iova)")
        }
        guard let domain = device.domain(ofEndpoint: endpoint) else {
            precondition(device.bypassesUnattachedEndpoints || (itsMSI.first...itsMSI.last).contains(iova)
                || (0xfee0_0000...0xfeef_ffff).contains(iova) && endpoint == 0x100,
                "unattached endpoint \(endpoint) translated \(iova) without bypass")
            return
        }
        if case .mapped(let pa) = result {
            let m = device.mappings(inDomain: domain)?.first { $0.virtStart <= iova && iova <= $0.virtEnd }
            precondition(m != nil && pa == iova - m!.virtStart + m!.physStart, "translation without a mapping")
            precondition(m!.flags.contains(access == .read ? .read : .write), "translation without permission")
        }
    }
}
