/// One virtio-iommu device instance (virtio device ID 23) behind an abstract transport.
///
/// The transport is reduced to what a driver does through virtio-pci/virtio-mmio registers:
/// feature words, the status byte, the 40-byte config space, queue addresses and the notify
/// ("kick") doorbell. Everything else — requests, completions, fault reports — travels through
/// split virtqueues in `memory`, as on real hardware. Processing is synchronous: `notify` returns
/// after every available request has been completed.
///
/// Not `Sendable`: an instance belongs to one simulated machine on one thread.
///
/// The state every request touches is `@exclusivity(unchecked)`: Swift would otherwise check each
/// access to a class's stored property at run time (a thread-local access set), which was a fifth
/// of a request's instructions. The checks find overlapping accesses; here none can happen, as
/// nothing the device calls can reach back into it (the driver only reads guest memory and the
/// transport registers between requests) and an instance is used from one thread.
public final class VirtioIOMMUDevice {
    /// virtio device ID of the IOMMU device.
    public static let deviceID: UInt32 = 23
    /// Virtqueue index of the request queue (`requestq`).
    public static let requestQueue = 0
    /// Virtqueue index of the event queue (`eventq`).
    public static let eventQueue = 1

    public let configuration: Configuration
    /// Guest RAM this device reads requests from and DMAs completions into.
    public let memory: GuestMemory
    /// Features the device offers (fixed by the configuration).
    public let offeredFeatures: FeatureSet
    /// Features the driver wrote (meaningful once `FEATURES_OK` stuck).
    @exclusivity(unchecked) public internal(set) var driverFeatures: FeatureSet = []
    /// The status register.
    @exclusivity(unchecked) public internal(set) var status: DeviceStatus = []
    /// The last virtqueue error that set `DEVICE_NEEDS_RESET`, for diagnostics.
    public internal(set) var lastQueueError: VirtqueueError?
    /// Used-buffer notifications ("interrupts") raised, per queue index.
    @exclusivity(unchecked) public internal(set) var usedBufferNotifications: [Int] = [0, 0]
    /// Configuration-change notifications raised (only on entering `DEVICE_NEEDS_RESET`).
    public internal(set) var configChangeNotifications = 0
    /// Faults that could not be reported (no event buffer, or one shorter than 24 bytes).
    public internal(set) var droppedFaults = 0

    /// The `bypass` config byte: sticky across device reset, restored by `systemReset()`.
    var bypassByte: UInt8
    let endpoints: EndpointDirectory
    @exclusivity(unchecked) var domains = DomainTable()
    /// endpoint ID → domain ID, for attached endpoints only.
    @exclusivity(unchecked) var attachments = IDMap()
    @exclusivity(unchecked) var queues: [DeviceVirtqueue?] = [nil, nil]
    @exclusivity(unchecked) var chain = DescriptorChain()
    /// Holds the readable part of the current request (at most 72 bytes: PROBE).
    let scratch: UnsafeMutableRawBufferPointer

    /// Builds the device; `memory` defaults to fresh RAM at `configuration.memoryBase`.
    public init(configuration: Configuration, memory: GuestMemory? = nil) throws(ConfigurationError) {
        let problems = configuration.validate()
        if problems.count == 1 { throw problems[0] }
        if problems.count > 1 { throw .invalid(problems) }
        self.configuration = configuration
        self.memory = memory ?? GuestMemory(base: configuration.memoryBase, size: configuration.memorySize)
        self.offeredFeatures = configuration.offeredFeatures
        self.bypassByte = configuration.bypass ? 1 : 0
        self.endpoints = EndpointDirectory(configuration.endpoints)
        self.scratch = .allocate(byteCount: 128, alignment: 16)
        scratch.initializeMemory(as: UInt8.self, repeating: 0)
    }

    deinit { scratch.deallocate() }

    // MARK: Transport: features and status

    /// Driver writes its accepted features. Ignored once `FEATURES_OK` is set (as the spec
    /// forbids changing them) or before `DRIVER`.
    public func writeDriverFeatures(_ features: FeatureSet) {
        guard status.contains(.driver), !status.contains(.featuresOK) else { return }
        driverFeatures = features
    }

    /// Driver writes the status byte. 0 resets the device. Setting `FEATURES_OK` only sticks if
    /// the accepted features are a subset of the offered ones and include `VERSION_1`; the driver
    /// must read the status back to find out. `DEVICE_NEEDS_RESET` is owned by the device.
    public func writeStatus(_ value: DeviceStatus) {
        if value.isEmpty { reset(); return }
        var new = value.subtracting(.needsReset).union(status.intersection(.needsReset))
        if new.contains(.featuresOK) && !status.contains(.featuresOK) {
            let ok = offeredFeatures.isSuperset(of: driverFeatures) && driverFeatures.contains(.version1)
            if !ok { new.remove(.featuresOK) }
        }
        status = new
    }

    /// Device reset (status 0): forgets domains, attachments, queues and negotiated features.
    /// The `bypass` byte keeps its value (§4.3).
    public func reset() {
        status = []
        driverFeatures = []
        domains.removeAll()
        attachments.removeAll()
        queues = [nil, nil]
        lastQueueError = nil
    }

    /// System reset: a device reset that also restores the initial `bypass` value.
    public func systemReset() {
        reset()
        bypassByte = configuration.bypass ? 1 : 0
    }

    // MARK: Transport: config space

    /// The 40 config bytes as the driver would read them right now.
    public var configSpace: [UInt8] {
        var b = [UInt8](repeating: 0, count: ConfigSpace.size)
        func put(_ v: UInt64, _ off: Int, _ n: Int) {
            for i in 0..<n { b[off + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
        }
        let c = configuration
        put(c.pageSizeMask, ConfigSpace.pageSizeMask, 8)
        put(c.inputRange.first, ConfigSpace.inputRangeStart, 8)
        put(c.inputRange.last, ConfigSpace.inputRangeEnd, 8)
        put(UInt64(c.domainRange.first), ConfigSpace.domainRangeStart, 4)
        put(UInt64(c.domainRange.last), ConfigSpace.domainRangeEnd, 4)
        put(UInt64(c.probeSize), ConfigSpace.probeSize, 4)
        b[ConfigSpace.bypass] = offeredFeatures.contains(.bypassConfig) ? bypassByte : 0
        return b
    }

    /// Reads `count` config bytes at `offset`; `nil` outside the 40 bytes.
    public func readConfig(offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= ConfigSpace.size, count <= ConfigSpace.size - offset else { return nil }
        return Array(configSpace[offset..<offset + count])
    }

    /// Driver writes one config byte. Only `bypass` (offset 36) is writable, only with
    /// `BYPASS_CONFIG` negotiated, and only with 0 or 1; anything else is refused (`false`) and
    /// changes nothing.
    @discardableResult
    public func writeConfig(offset: Int, byte: UInt8) -> Bool {
        guard offset == ConfigSpace.bypass, driverFeatures.contains(.bypassConfig),
              status.contains(.featuresOK), byte <= 1 else { return false }
        bypassByte = byte
        return true
    }

    /// Whether unattached (or unknown) endpoints currently bypass translation (§4.5).
    public var bypassesUnattachedEndpoints: Bool {
        (offeredFeatures.contains(.bypassConfig) && bypassByte == 1)
            || (status.contains(.featuresOK) && driverFeatures.contains(.bypass))
    }

    // MARK: Transport: queues

    /// Driver programs a queue's size and addresses (after `FEATURES_OK`, before `DRIVER_OK`).
    /// Returns `false` for a bad index, size or layout. Indices start at 0.
    @discardableResult
    public func setQueue(_ index: Int, layout: QueueLayout) -> Bool {
        guard index == Self.requestQueue || index == Self.eventQueue,
              status.contains(.featuresOK), !status.contains(.driverOK),
              layout.size <= configuration.maxQueueSize, layout.isValid(in: memory) else { return false }
        let q = DeviceVirtqueue(layout: layout)
        memory.write16(0, at: layout.usedRing + 2)
        // The device pulls event buffers when a fault happens; it never needs eventq kicks.
        q.setNoNotify(index == Self.eventQueue, in: memory)
        queues[index] = q
        return true
    }

    /// The available-buffer notification. For the request queue, completes every available
    /// request; returns whether a used-buffer notification (interrupt) was raised.
    @discardableResult
    public func notify(queue index: Int) -> Bool {
        guard index == Self.requestQueue, status.contains(.driverOK), !status.contains(.needsReset),
              var q = queues[index] else { return false }
        let indirect = driverFeatures.contains(.indirectDescriptors)
        var completed = 0
        var failure: VirtqueueError?
        loop: while true {
            switch q.pending(in: memory) {
            case .failure(let e): failure = e; break loop
            case .success(0): break loop
            case .success(var n):
                while n > 0 {
                    if let e = q.pop(into: &chain, memory: memory, indirectAllowed: indirect) { failure = e; break loop }
                    let used = handleRequest()
                    q.push(head: chain.head, length: used, memory: memory)
                    completed += 1
                    n -= 1
                }
            }
        }
        queues[index] = q
        if let failure { needsReset(failure) }
        return raiseInterrupt(queue: index, completed: completed, q)
    }

    func raiseInterrupt(queue index: Int, completed: Int, _ q: DeviceVirtqueue) -> Bool {
        guard completed > 0, !q.interruptSuppressed(in: memory) else { return false }
        usedBufferNotifications[index] += 1
        return true
    }

    func needsReset(_ error: VirtqueueError) {
        lastQueueError = error
        status.insert(.needsReset)
        if status.contains(.driverOK) { configChangeNotifications += 1 }
    }

    // MARK: State inspection (what a debugger or a test sees)

    /// Whether `endpoint` exists behind this IOMMU.
    public func endpointExists(_ endpoint: UInt32) -> Bool { endpoints.rangeIndex(of: endpoint) != nil }
    /// The domain `endpoint` is attached to, if any.
    public func domain(ofEndpoint endpoint: UInt32) -> UInt32? { attachments[endpoint] }
    /// Mappings of `domain` sorted by IOVA, or `nil` if the domain does not exist.
    public func mappings(inDomain domain: UInt32) -> [Mapping]? { domains[id: domain]?.mappings.mappings }
    /// Whether `domain` is a bypass domain, or `nil` if it does not exist.
    public func isBypassDomain(_ domain: UInt32) -> Bool? { domains[id: domain]?.isBypass }
    /// Number of endpoints attached to `domain` (0 if it does not exist).
    public func endpointCount(inDomain domain: UInt32) -> Int { domains[id: domain]?.endpointCount ?? 0 }
    /// IDs of existing domains, sorted.
    public var domainIDs: [UInt32] { domains.sortedIDs }
    /// Device-side `used.idx` / `last_avail` of a queue, or `nil` if it is not set up.
    public func queueIndices(_ index: Int) -> (lastAvailable: UInt16, used: UInt16)? {
        guard index >= 0, index < queues.count, let q = queues[index] else { return nil }
        return (q.lastAvailable, q.usedIndex)
    }
}
