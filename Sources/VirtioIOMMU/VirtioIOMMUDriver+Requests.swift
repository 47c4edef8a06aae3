/// Typed requests, batching and fault polling.
extension VirtioIOMMUDriver {
    /// ATTACH `endpoint` to `domain` (creating it).
    @discardableResult
    public func attach(endpoint: UInt32, domain: UInt32, flags: AttachFlags = []) -> RequestOutcome {
        submit([.attach(endpoint: endpoint, domain: domain, flags: flags)])[0]
    }

    /// DETACH `endpoint` from `domain`.
    @discardableResult
    public func detach(endpoint: UInt32, domain: UInt32) -> RequestOutcome {
        submit([.detach(endpoint: endpoint, domain: domain)])[0]
    }

    /// MAP IOVA `[virtStart, virtEnd]` (inclusive) of `domain` to `physStart`.
    @discardableResult
    public func map(domain: UInt32, virtStart: UInt64, virtEnd: UInt64, physStart: UInt64,
                    flags: MapFlags = [.read, .write]) -> RequestOutcome {
        submit([.map(domain: domain, virtStart: virtStart, virtEnd: virtEnd, physStart: physStart, flags: flags)])[0]
    }

    /// UNMAP every mapping lying inside `[virtStart, virtEnd]` of `domain`.
    @discardableResult
    public func unmap(domain: UInt32, virtStart: UInt64, virtEnd: UInt64) -> RequestOutcome {
        submit([.unmap(domain: domain, virtStart: virtStart, virtEnd: virtEnd)])[0]
    }

    /// PROBE `endpoint` and decode its properties (RESV_MEM; others skipped by their `length`).
    public func probe(endpoint: UInt32) -> ProbeResult {
        let outcome = submit([.probe(endpoint: endpoint)])[0]
        var regions: [ReservedRegion] = []
        var skipped: [UInt16] = []
        guard outcome.status == .ok else { return ProbeResult(outcome: outcome, regions: [], skippedPropertyTypes: []) }
        let props = slotAddress(0) + Self.writableOffset
        let size = UInt64(config.probeSize)
        var off: UInt64 = 0
        while off + 4 <= size {
            let type = (memory.read16(at: props + off) ?? 0) & 0xfff  // Linux masks the reserved bits
            let length = UInt64(memory.read16(at: props + off + 2) ?? 0)
            if type == 0 { break }
            if off + 4 + length > size { break }
            if type == 1, length >= 20 {
                let subtype = memory.read8(at: props + off + 4) ?? 0
                let start = memory.read64(at: props + off + 8) ?? 0
                let end = memory.read64(at: props + off + 16) ?? 0
                regions.append(ReservedRegion(first: start, last: end, kind: subtype == 1 ? .msi : .reserved))
            } else {
                skipped.append(type)
            }
            off += 4 + length
        }
        return ProbeResult(outcome: outcome, regions: regions, skippedPropertyTypes: skipped)
    }

    /// Sends `requests` as descriptor chains, up to `batchCapacity` per notify, and returns one
    /// outcome per request, in order.
    public func submit(_ requests: [DriverRequest]) -> [RequestOutcome] {
        var result = [RequestOutcome](repeating: .lost, count: requests.count)
        var start = 0
        while start < requests.count {
            if device.status.contains(.needsReset) { break }
            let n = min(slotCount, requests.count - start)
            var expected = [UInt64](repeating: 0, count: n)
            for k in 0..<n {
                expected[k] = encode(requests[start + k], slot: k)
                requestQueue.enqueue(UInt16(2 * k), memory: memory)
            }
            requestQueue.publish(memory: memory)
            kick()
            while let (id, length) = requestQueue.nextUsed(memory: memory) {
                let k = Int(id / 2)
                guard k < n else { continue }
                var status: RequestStatus? = nil
                if UInt64(length) == expected[k], let byte = memory.read8(at: slotAddress(k) + Self.writableOffset + expected[k] - 4) {
                    status = RequestStatus(rawValue: byte)
                }
                result[start + k] = RequestOutcome(status: status, usedLength: length)
            }
            start += n
        }
        return result
    }

    func kick() {
        if requestQueue.deviceWantsNotification(memory: memory) { device.notify(queue: VirtioIOMMUDevice.requestQueue) }
    }

    /// Writes request bytes into slot `k` and sets its descriptor lengths; returns the size of the
    /// writable part. The tail is pre-set to 0xff so an unwritten tail is recognisable.
    func encode(_ request: DriverRequest, slot k: Int) -> UInt64 {
        let s = slotAddress(k)
        let readable: Int
        var writable: UInt64 = 4
        memory.fill(at: s, count: 40)
        switch request {
        case let .attach(endpoint, domain, flags):
            readable = RequestType.attach.readableSize
            memory.write8(RequestType.attach.rawValue, at: s)
            memory.write32(domain, at: s + 4)
            memory.write32(endpoint, at: s + 8)
            memory.write32(flags.rawValue, at: s + 12)
        case let .detach(endpoint, domain):
            readable = RequestType.detach.readableSize
            memory.write8(RequestType.detach.rawValue, at: s)
            memory.write32(domain, at: s + 4)
            memory.write32(endpoint, at: s + 8)
        case let .map(domain, virtStart, virtEnd, physStart, flags):
            readable = RequestType.map.readableSize
            memory.write8(RequestType.map.rawValue, at: s)
            memory.write32(domain, at: s + 4)
            memory.write64(virtStart, at: s + 8)
            memory.write64(virtEnd, at: s + 16)
            memory.write64(physStart, at: s + 24)
            memory.write32(flags.rawValue, at: s + 32)
        case let .unmap(domain, virtStart, virtEnd):
            readable = RequestType.unmap.readableSize
            memory.write8(RequestType.unmap.rawValue, at: s)
            memory.write32(domain, at: s + 4)
            memory.write64(virtStart, at: s + 8)
            memory.write64(virtEnd, at: s + 16)
        case let .probe(endpoint):
            readable = RequestType.probe.readableSize
            memory.fill(at: s, count: readable)
            memory.write8(RequestType.probe.rawValue, at: s)
            memory.write32(endpoint, at: s + 4)
            writable = probeWritable
            memory.fill(at: s + Self.writableOffset, count: Int(writable), with: 0xff)
        }
        memory.write32(0xffff_ffff, at: s + Self.writableOffset + writable - 4)
        let fields = lengthFields(k)
        memory.write32(UInt32(readable), at: fields.readable)
        memory.write32(UInt32(writable), at: fields.writable)
        return writable
    }

    /// Collects fault reports from the event queue and re-posts their buffers. Reports with a used
    /// length other than 24 or non-zero reserved bytes are dropped, as Linux does.
    public func pollFaults() -> [FaultEvent] {
        var events: [FaultEvent] = []
        var reposted = false
        while let (id, length) = eventQueue.nextUsed(memory: memory) {
            guard id < UInt32(eventQueue.layout.size) else { continue }
            let buf = eventBuffers + 24 * UInt64(id)
            if length == 24, let bytes = memory.readBytes(at: buf, count: 24), bytes[1] == 0, bytes[2] == 0, bytes[3] == 0 {
                events.append(FaultEvent(
                    reasonValue: bytes[0], flags: memory.read32(at: buf + 4) ?? 0,
                    endpoint: memory.read32(at: buf + 8) ?? 0, address: memory.read64(at: buf + 16) ?? 0))
            }
            memory.fill(at: buf, count: 24)
            eventQueue.enqueue(UInt16(id), memory: memory)
            reposted = true
        }
        if reposted {
            eventQueue.publish(memory: memory)
            if eventQueue.deviceWantsNotification(memory: memory) { device.notify(queue: VirtioIOMMUDevice.eventQueue) }
        }
        return events
    }

    /// Writes the `bypass` config byte (needs `BYPASS_CONFIG`); returns whether the device took it.
    @discardableResult
    public func setBypass(_ on: Bool) -> Bool {
        let ok = device.writeConfig(offset: ConfigSpace.bypass, byte: on ? 1 : 0)
        if let cfg = DeviceConfig(bytes: device.readConfig(offset: 0, count: ConfigSpace.size) ?? []) { config = cfg }
        return ok
    }

    /// Sets or clears `avail.flags` NO_INTERRUPT on the request queue.
    public func suppressRequestInterrupts(_ on: Bool) {
        requestQueue.suppressInterrupts(on, memory: memory)
    }
}
