/// A guest driver for the virtio-iommu device, modelled on what Linux's driver does (§4.10):
/// negotiation, config read, two queues, a pre-filled event queue, one descriptor chain per request
/// (readable request, then a writable tail / PROBE buffer), optional indirect tables, batching.
///
/// Memory layout (from `regionBase`, 16-aligned): requestq rings, eventq rings, event buffers
/// (24 bytes each), request slots (`requestQueueSize / 2`, each: 72 readable bytes, the writable
/// part, a 2-entry indirect table), then a scratch area for hand-crafted chains.
public final class VirtioIOMMUDriver {
    /// Bring-up choices.
    public struct Options: Sendable, Hashable {
        /// Start of the driver's region; `nil` = the start of guest memory.
        public var regionBase: UInt64? = nil
        public var requestQueueSize: UInt16 = 256
        public var eventQueueSize: UInt16 = 64
        /// Send each request through a 2-entry indirect table (if `INDIRECT_DESC` is offered).
        public var useIndirectDescriptors = false
        /// Features the driver is willing to accept (Linux: 0, 1, 2, 4, 5, 6, plus transport bits).
        public var acceptedFeatures: FeatureSet = [
            .inputRange, .domainRange, .mapUnmap, .probe, .mmio, .bypassConfig, .indirectDescriptors, .version1,
        ]
        /// Set `avail.flags` NO_INTERRUPT on the request queue (the driver polls synchronously).
        public var suppressRequestInterrupts = false
        public var scratchSize = 64 << 10
        public init() {}
    }

    /// Offset of the writable part inside a request slot (after the largest readable part).
    static let writableOffset: UInt64 = 72

    public let device: VirtioIOMMUDevice
    /// The device's guest memory (held here too: the request path reaches it without going
    /// through `device`).
    public let memory: GuestMemory
    /// Features negotiated.
    public let features: FeatureSet
    /// Config space as read at bring-up.
    public internal(set) var config: DeviceConfig
    /// Whether requests travel through indirect tables.
    public let usesIndirectDescriptors: Bool
    /// Guest-physical start and size of the scratch area for hand-crafted buffers.
    public let scratchBase: UInt64
    public let scratchSize: Int

    // Unchecked for the reason given at `VirtioIOMMUDevice`: the device never calls back into the driver.
    @exclusivity(unchecked) var requestQueue: DriverVirtqueue
    @exclusivity(unchecked) var eventQueue: DriverVirtqueue
    let eventBuffers: UInt64
    let slotBase: UInt64
    let slotSize: UInt64
    let slotCount: Int
    /// Size of the writable part of PROBE requests (`probe_size + 4`).
    let probeWritable: UInt64
    /// Per slot of the batch in flight: the size of its writable part, and its outcome.
    let batchExpected: UnsafeMutableBufferPointer<UInt64>
    let batchOutcomes: UnsafeMutableBufferPointer<RequestOutcome>

    /// Resets the device and brings it up to `DRIVER_OK`.
    public init(device: VirtioIOMMUDevice, options: Options = Options()) throws(DriverError) {
        self.device = device
        self.memory = device.memory
        for size in [options.requestQueueSize, options.eventQueueSize] where size < 2 || size & (size - 1) != 0 {
            throw .badQueueSize(size)
        }

        // 1. Reset, ACKNOWLEDGE, DRIVER.
        device.writeStatus([])
        device.writeStatus([.acknowledge])
        device.writeStatus([.acknowledge, .driver])
        // 2. Features.
        let offered = device.offeredFeatures
        let required: FeatureSet = [.version1, .mapUnmap]
        guard offered.isSuperset(of: required) else { throw .missingRequiredFeatures(required.subtracting(offered)) }
        let accepted = offered.intersection(options.acceptedFeatures).union(required)
        device.writeDriverFeatures(accepted)
        device.writeStatus([.acknowledge, .driver, .featuresOK])
        guard device.status.contains(.featuresOK) else {
            device.writeStatus([.acknowledge, .driver, .failed])
            throw .featuresRejected
        }
        features = accepted
        // 3. Config.
        guard let cfg = DeviceConfig(bytes: device.readConfig(offset: 0, count: ConfigSpace.size) ?? []),
              cfg.pageSizeMask != 0 else {
            device.writeStatus([.acknowledge, .driver, .failed])
            throw .zeroPageSizeMask
        }
        config = cfg
        usesIndirectDescriptors = options.useIndirectDescriptors && accepted.contains(.indirectDescriptors)

        // 4. Layout.
        let base = ((options.regionBase ?? memory.base) + 15) & ~15
        let (rq, afterRQ) = QueueLayout.packed(size: options.requestQueueSize, at: base)
        let (eq, afterEQ) = QueueLayout.packed(size: options.eventQueueSize, at: afterRQ)
        eventBuffers = afterEQ
        slotBase = (eventBuffers + UInt64(FaultEvent.size) * UInt64(options.eventQueueSize) + 15) & ~15
        probeWritable = accepted.contains(.probe) ? UInt64(cfg.probeSize) + 4 : 4
        slotSize = ((Self.writableOffset + probeWritable + 15) & ~15) + 32
        slotCount = Int(options.requestQueueSize / 2)
        scratchBase = (slotBase + slotSize * UInt64(slotCount) + 4095) & ~4095
        scratchSize = options.scratchSize
        let end = scratchBase + UInt64(scratchSize)
        guard memory.contains(address: base, length: end - base) else {
            device.writeStatus([.acknowledge, .driver, .failed])
            throw .memoryTooSmall(needed: end - base)
        }
        memory.fill(at: base, count: Int(end - base))
        // Allocated once nothing above can throw (deinit frees them; it runs once every stored
        // property is set).
        batchExpected = .allocate(capacity: slotCount)
        batchExpected.initialize(repeating: 0)
        batchOutcomes = .allocate(capacity: slotCount)
        batchOutcomes.initialize(repeating: .lost)
        requestQueue = DriverVirtqueue(layout: rq)
        eventQueue = DriverVirtqueue(layout: eq)

        // 5. Queues.
        guard device.setQueue(VirtioIOMMUDevice.requestQueue, layout: rq) else { throw .queueSetupFailed(0) }
        guard device.setQueue(VirtioIOMMUDevice.eventQueue, layout: eq) else { throw .queueSetupFailed(1) }
        restoreRequestDescriptors()
        requestQueue.suppressInterrupts(options.suppressRequestInterrupts, memory: memory)
        // Fill the event queue with 24-byte writable buffers, as Linux does.
        for i in 0..<options.eventQueueSize {
            VirtqDescriptor(address: eventBuffers + 24 * UInt64(i), length: 24, flags: VirtqDescriptor.write)
                .write(to: memory, at: eventQueue.descriptorAddress(i))
            eventQueue.enqueue(i, memory: memory)
        }
        eventQueue.publish(memory: memory)
        // 6. DRIVER_OK.
        device.writeStatus([.acknowledge, .driver, .featuresOK, .driverOK])
    }

    deinit {
        batchExpected.deallocate()
        batchOutcomes.deallocate()
    }

    /// Number of requests that can be in flight per notify.
    public var batchCapacity: Int { slotCount }

    @inline(__always)
    func slotAddress(_ slot: Int) -> UInt64 { slotBase + slotSize * UInt64(slot) }

    /// (Re)writes the fixed descriptors of every slot: slot `k` uses heads `2k` (and `2k+1` when
    /// direct). Only the lengths change per request.
    func restoreRequestDescriptors() {
        for k in 0..<slotCount {
            let s = slotAddress(k)
            let readable = VirtqDescriptor(address: s, length: 0, flags: VirtqDescriptor.next, next: 1)
            let writable = VirtqDescriptor(address: s + Self.writableOffset, length: 4, flags: VirtqDescriptor.write)
            if usesIndirectDescriptors {
                let table = s + slotSize - 32
                readable.write(to: memory, at: table)
                writable.write(to: memory, at: table + 16)
                VirtqDescriptor(address: table, length: 32, flags: VirtqDescriptor.indirect)
                    .write(to: memory, at: requestQueue.descriptorAddress(UInt16(2 * k)))
            } else {
                var r = readable
                r.next = UInt16(2 * k + 1)
                r.write(to: memory, at: requestQueue.descriptorAddress(UInt16(2 * k)))
                writable.write(to: memory, at: requestQueue.descriptorAddress(UInt16(2 * k + 1)))
            }
        }
    }

    /// Addresses of the `len` fields of slot `k`'s readable and writable descriptors.
    @inline(__always)
    func lengthFields(_ k: Int) -> (readable: UInt64, writable: UInt64) {
        if usesIndirectDescriptors {
            let table = slotAddress(k) + slotSize - 32
            return (table + 8, table + 24)
        }
        return (requestQueue.descriptorAddress(UInt16(2 * k)) + 8, requestQueue.descriptorAddress(UInt16(2 * k + 1)) + 8)
    }
}
