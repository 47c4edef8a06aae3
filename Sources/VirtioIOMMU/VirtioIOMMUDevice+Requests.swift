/// Request decoding and the device-model decision table (spec-reference §4.4–4.9).
extension VirtioIOMMUDevice {
    /// Size of the `{status, reserved[3]}` tail.
    static let tailSize: UInt64 = 4

    @inline(__always)
    func le32(_ off: Int) -> UInt32 { UInt32(littleEndian: scratch.loadUnaligned(fromByteOffset: off, as: UInt32.self)) }
    @inline(__always)
    func le64(_ off: Int) -> UInt64 { UInt64(littleEndian: scratch.loadUnaligned(fromByteOffset: off, as: UInt64.self)) }

    /// Handles the chain in `chain`; returns the used length.
    ///
    /// Framing choices (see §4.4, §4.9, and §8.5 for QEMU's differing behaviour):
    /// * no 4-byte head or no 4-byte tail → nothing written, used length 0;
    /// * unknown `type` → nothing written, used length 0 (the spec's answer; QEMU writes
    ///   `S_UNSUPP` instead — we follow the spec as §4.9 recommends);
    /// * PROBE without `F_PROBE` negotiated → nothing written, used length 0;
    /// * readable part shorter than the request's defined size → `S_INVAL` (the tail can be found,
    ///   so the driver can be told);
    /// * otherwise the *whole* writable part is written (zero fill, PROBE properties, tail in its
    ///   last 4 bytes) and its full size is the used length, which is what Linux needs to copy the
    ///   status back.
    func handleRequest() -> UInt32 {
        guard chain.readableLength >= 4, chain.writableLength >= Self.tailSize,
              chain.writableLength <= UInt64(UInt32.max) else { return 0 }
        let n = Int(min(chain.readableLength, 72))
        chain.gather(from: memory, into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<n]))
        guard let type = RequestType(rawValue: scratch[0]) else { return 0 }
        if type == .probe && !driverFeatures.contains(.probe) { return 0 }
        guard chain.readableLength >= UInt64(type.readableSize) else { return complete(.invalid) }
        switch type {
        case .attach: return complete(attach())
        case .detach: return complete(detach())
        case .map: return complete(map())
        case .unmap: return complete(unmap())
        case .probe: return probe()
        }
    }

    /// Zero-fills the writable part, writes `status` into its last 4 bytes; used length = its size.
    func complete(_ status: RequestStatus) -> UInt32 {
        if !chain.completeInOneBuffer(status: status, in: memory) {
            chain.zeroWritable(in: memory)
            writeTail(status)
        }
        return UInt32(chain.writableLength)
    }

    func writeTail(_ status: RequestStatus) {
        var tail: UInt32 = UInt32(status.rawValue)  // status, reserved[3] = 0 (little-endian)
        withUnsafeBytes(of: &tail) { chain.scatter($0, at: chain.writableLength - Self.tailSize, to: memory) }
    }

    @inline(__always)
    func domainInRange(_ d: UInt32) -> Bool { d >= configuration.domainRange.first && d <= configuration.domainRange.last }

    // MARK: ATTACH — §4.6.1

    func attach() -> RequestStatus {
        let domainID = le32(4), endpoint = le32(8), flags = le32(12), reserved = le32(16)
        guard reserved == 0 else { return .invalid }
        let known: UInt32 = driverFeatures.contains(.bypassConfig) ? AttachFlags.bypass.rawValue : 0
        guard flags & ~known == 0 else { return .invalid }
        guard let rangeIndex = endpoints.rangeIndex(of: endpoint) else { return .noEntry }
        guard domainInRange(domainID) else { return .range }
        let wantBypass = flags & AttachFlags.bypass.rawValue != 0
        let old = attachments[endpoint]
        if let existing = domains.slot(of: domainID) {
            guard domains[existing].isBypass == wantBypass else { return .invalid }
            if old == domainID { return .ok }
            guard domains[existing].endpointCount < configuration.maxEndpointsPerDomain else { return .unsupported }
        } else {
            // Moving the endpoint may free its old domain, making room for the new one.
            let freesOne = old.map { domains[id: $0]?.endpointCount == 1 } ?? false
            guard domains.count - (freesOne ? 1 : 0) < configuration.maxDomains else { return .noMemory }
        }
        if let old { removeEndpoint(endpoint, rangeIndex: rangeIndex, from: old) }
        let slot = domains.slot(of: domainID) ?? domains.create(domainID, isBypass: wantBypass)
        domains[slot].endpointCount += 1
        domains[slot].rangeUse.add(rangeIndex)
        attachments.insert(endpoint, domainID)
        return .ok
    }

    /// Detaches; the domain ceases to exist (mappings discarded) when its last endpoint leaves.
    func removeEndpoint(_ endpoint: UInt32, rangeIndex: Int, from domainID: UInt32) {
        attachments.remove(endpoint)
        guard let slot = domains.slot(of: domainID) else { return }
        domains[slot].endpointCount -= 1
        guard domains[slot].endpointCount > 0 else {
            domains.remove(domainID)
            return
        }
        domains[slot].rangeUse.remove(rangeIndex)
    }

    // MARK: DETACH — §4.6.2

    func detach() -> RequestStatus {
        let domainID = le32(4), endpoint = le32(8)  // reserved ignored [MUST]
        guard let rangeIndex = endpoints.rangeIndex(of: endpoint) else { return .noEntry }
        guard domainInRange(domainID) else { return .range }
        guard attachments[endpoint] == domainID else { return .invalid }
        removeEndpoint(endpoint, rangeIndex: rangeIndex, from: domainID)
        return .ok
    }

    // MARK: MAP — §4.6.3

    func map() -> RequestStatus {
        guard driverFeatures.contains(.mapUnmap) else { return .unsupported }
        let domainID = le32(4), virtStart = le64(8), virtEnd = le64(16), physStart = le64(24), flags = le32(32)
        var known: MapFlags = [.read, .write]
        if driverFeatures.contains(.mmio) { known.insert(.mmio) }
        guard flags & ~known.rawValue == 0 else { return .invalid }
        guard domainInRange(domainID) else { return .range }
        guard let slot = domains.slot(of: domainID) else { return .noEntry }
        guard !domains[slot].isBypass else { return .invalid }
        guard virtEnd >= virtStart else { return .invalid }
        let mask = configuration.pageSizeMask
        let granuleMask = (mask & (~mask &+ 1)) &- 1
        guard virtStart & granuleMask == 0, physStart & granuleMask == 0, (virtEnd &+ 1) & granuleMask == 0 else {
            return .range
        }
        guard virtStart >= configuration.inputRange.first, virtEnd <= configuration.inputRange.last else { return .range }
        guard virtEnd - virtStart <= UInt64.max - physStart else { return .range }
        if domains[slot].mappings.overlaps(first: virtStart, last: virtEnd) { return .invalid }
        for use in domains[slot].rangeUse.entries {
            for r in endpoints.regions(ofRange: use.range) where r.overlaps(first: virtStart, last: virtEnd) {
                return .invalid
            }
        }
        guard domains[slot].mappings.count < configuration.maxMappingsPerDomain else { return .noMemory }
        let inserted = domains[slot].mappings.insert(
            Mapping(virtStart: virtStart, virtEnd: virtEnd, physStart: physStart, flags: MapFlags(rawValue: flags)))
        return inserted ? .ok : .invalid
    }

    // MARK: UNMAP — §4.6.4

    func unmap() -> RequestStatus {
        guard driverFeatures.contains(.mapUnmap) else { return .unsupported }
        let domainID = le32(4), virtStart = le64(8), virtEnd = le64(16), reserved = le32(24)
        guard reserved == 0 else { return .invalid }  // [MAY]; we then unmap nothing
        guard domainInRange(domainID) else { return .range }
        guard let slot = domains.slot(of: domainID) else { return .noEntry }
        guard !domains[slot].isBypass else { return .invalid }
        guard virtEnd >= virtStart else { return .invalid }
        switch domains[slot].mappings.unmap(first: virtStart, last: virtEnd) {
        case .removed: return .ok
        case .wouldSplit: return .range
        }
    }

    // MARK: PROBE — §4.6.5, §4.7

    /// One RESV_MEM property per reserved region of the endpoint (sorted), then END (zeroes).
    func probe() -> UInt32 {
        let endpoint = le32(4)  // reserved[64] ignored [MUST]
        guard let rangeIndex = endpoints.rangeIndex(of: endpoint) else { return complete(.noEntry) }
        let probeSize = UInt64(configuration.probeSize)
        // Properties area = writable part minus the tail; shorter than probe_size → no property.
        guard chain.writableLength - Self.tailSize >= probeSize else { return complete(.invalid) }
        let regions = endpoints.regions(ofRange: rangeIndex)
        guard UInt64(regions.count) * 24 <= probeSize else { return complete(.deviceError) }
        chain.zeroWritable(in: memory)
        // Each property is built in the scratch buffer past the request (at most 72 bytes) and
        // scattered into the writable part.
        let property = UnsafeMutableRawBufferPointer(rebasing: scratch[96..<120])
        for (i, r) in regions.enumerated() {
            property.initializeMemory(as: UInt8.self, repeating: 0)
            property[0] = 1                    // type = RESV_MEM (bits 11:0), reserved bits 15:12 = 0
            property[2] = 20                   // length = 20 (excludes the 4-byte header)
            property[4] = r.kind.rawValue      // subtype
            property.storeBytes(of: r.first.littleEndian, toByteOffset: 8, as: UInt64.self)   // start
            property.storeBytes(of: r.last.littleEndian, toByteOffset: 16, as: UInt64.self)   // end
            chain.scatter(UnsafeRawBufferPointer(property), at: UInt64(i * 24), to: memory)
        }
        writeTail(.ok)
        return UInt32(chain.writableLength)
    }
}
