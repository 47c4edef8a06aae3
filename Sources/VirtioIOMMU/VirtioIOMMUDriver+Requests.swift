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
        var result = ProbeResult(outcome: .lost, regions: [], skippedPropertyTypes: [])
        probe(count: 1, { _ in endpoint }) { _, r in result = r }
        return result
    }

    /// PROBEs `count` endpoints, the k-th being `endpoint(k)`, up to `batchCapacity` per notify,
    /// and calls `completed(k, result)` for each, in order, once its batch is done. The result
    /// passed is reused for the next call (its arrays keep their capacity, so a long run of
    /// PROBEs allocates nothing): copy what you keep.
    public func probe(count: Int, _ endpoint: (Int) -> UInt32, completed: (Int, ProbeResult) -> Void) {
        var result = ProbeResult(outcome: .lost, regions: [], skippedPropertyTypes: [])
        send(count: count, { .probe(endpoint: endpoint($0)) }) { k, slot, outcome in
            result.outcome = outcome
            if !result.regions.isEmpty { result.regions.removeAll(keepingCapacity: true) }
            if !result.skippedPropertyTypes.isEmpty { result.skippedPropertyTypes.removeAll(keepingCapacity: true) }
            if outcome.status == .ok { readProperties(slot: slot, into: &result) }
            completed(k, result)
        }
    }

    /// Decodes the PROBE properties the device wrote into `slot`'s writable part.
    private func readProperties(slot: Int, into result: inout ProbeResult) {
        let size = UInt64(config.probeSize)
        // The slot's writable part holds probe_size bytes of properties (the driver laid it out
        // in its own memory), so it is reached with one bounds check.
        guard let props = memory.bytes(at: slotAddress(slot) + Self.writableOffset, length: size) else { return }
        func u16(_ at: UInt64) -> UInt16 { UInt16(littleEndian: props.loadUnaligned(fromByteOffset: Int(at), as: UInt16.self)) }
        func u64(_ at: UInt64) -> UInt64 { UInt64(littleEndian: props.loadUnaligned(fromByteOffset: Int(at), as: UInt64.self)) }
        var off: UInt64 = 0
        while off + 4 <= size {
            let type = u16(off) & 0xfff  // Linux masks the reserved bits
            let length = UInt64(u16(off + 2))
            if type == 0 { break }
            if off + 4 + length > size { break }
            if type == 1, length >= 20 {
                let subtype = props.load(fromByteOffset: Int(off + 4), as: UInt8.self)
                result.regions.append(ReservedRegion(first: u64(off + 8), last: u64(off + 16), kind: subtype == 1 ? .msi : .reserved))
            } else {
                result.skippedPropertyTypes.append(type)
            }
            off += 4 + length
        }
    }

    /// Sends `requests` as descriptor chains, up to `batchCapacity` per notify, and returns one
    /// outcome per request, in order.
    public func submit(_ requests: [DriverRequest]) -> [RequestOutcome] {
        var result = [RequestOutcome](repeating: .lost, count: requests.count)
        submit(count: requests.count, { requests[$0] }) { k, outcome in result[k] = outcome }
        return result
    }

    /// Sends `count` requests, the k-th being `request(k)`, up to `batchCapacity` per notify, and
    /// calls `completed(k, outcome)` for each, in order, once its batch is done (`.lost` for those
    /// never answered because the device stopped). Allocates nothing per request.
    public func submit(count: Int, _ request: (Int) -> DriverRequest, completed: (Int, RequestOutcome) -> Void) {
        send(count: count, request) { k, _, outcome in completed(k, outcome) }
    }

    /// The batching under `submit` and `probe`: request k of a batch goes in slot k.
    private func send(count: Int, _ request: (Int) -> DriverRequest, _ completed: (_ k: Int, _ slot: Int, RequestOutcome) -> Void) {
        var start = 0
        while start < count {
            guard !device.status.contains(.needsReset) else {
                for k in start..<count { completed(k, -1, .lost) }
                return
            }
            let n = min(slotCount, count - start)
            for k in 0..<n {
                batchExpected[k] = encode(request(start + k), slot: k)
                batchOutcomes[k] = .lost
                requestQueue.enqueue(UInt16(2 * k), memory: memory)
            }
            requestQueue.publish(memory: memory)
            kick()
            while let (id, length) = requestQueue.nextUsed(memory: memory) {
                let k = Int(id / 2)
                guard k < n else { continue }
                let expected = batchExpected[k]
                var status: RequestStatus? = nil
                if UInt64(length) == expected, let byte = memory.read8(at: slotAddress(k) + Self.writableOffset + expected - 4) {
                    status = RequestStatus(rawValue: byte)
                }
                batchOutcomes[k] = RequestOutcome(status: status, usedLength: length)
            }
            for k in 0..<n { completed(start + k, k, batchOutcomes[k]) }
            start += n
        }
    }

    func kick() {
        if requestQueue.deviceWantsNotification(memory: memory) { device.notify(queue: VirtioIOMMUDevice.requestQueue) }
    }

    /// Writes request bytes into slot `k` and sets its descriptor lengths; returns the size of the
    /// writable part. The tail is pre-set to 0xff so an unwritten tail is recognisable. Every byte
    /// of the readable part is written (reserved fields as zero words; the head's type byte is
    /// followed by its three reserved bytes), so nothing of an earlier request shows through.
    func encode(_ request: DriverRequest, slot k: Int) -> UInt64 {
        let s = slotAddress(k)
        let readable: Int
        var writable: UInt64 = 4
        switch request {
        case let .attach(endpoint, domain, flags):
            readable = RequestType.attach.readableSize
            memory.write32(UInt32(RequestType.attach.rawValue), at: s)
            memory.write32(domain, at: s + 4)
            memory.write32(endpoint, at: s + 8)
            memory.write32(flags.rawValue, at: s + 12)
            memory.write32(0, at: s + 16)
        case let .detach(endpoint, domain):
            readable = RequestType.detach.readableSize
            memory.write32(UInt32(RequestType.detach.rawValue), at: s)
            memory.write32(domain, at: s + 4)
            memory.write32(endpoint, at: s + 8)
            memory.write64(0, at: s + 12)
        case let .map(domain, virtStart, virtEnd, physStart, flags):
            readable = RequestType.map.readableSize
            memory.write32(UInt32(RequestType.map.rawValue), at: s)
            memory.write32(domain, at: s + 4)
            memory.write64(virtStart, at: s + 8)
            memory.write64(virtEnd, at: s + 16)
            memory.write64(physStart, at: s + 24)
            memory.write32(flags.rawValue, at: s + 32)
        case let .unmap(domain, virtStart, virtEnd):
            readable = RequestType.unmap.readableSize
            memory.write32(UInt32(RequestType.unmap.rawValue), at: s)
            memory.write32(domain, at: s + 4)
            memory.write64(virtStart, at: s + 8)
            memory.write64(virtEnd, at: s + 16)
            memory.write32(0, at: s + 24)
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
