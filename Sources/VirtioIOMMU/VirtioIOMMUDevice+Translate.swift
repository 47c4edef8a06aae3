/// The DMA path (§4.5, §4.8, the DMA rows of §4.9, §6.3).
extension VirtioIOMMUDevice {
    /// Models one DMA by `endpoint` at `iova`. On a fault, a 24-byte report is written to the next
    /// event-queue buffer if the driver posted one (else it is dropped and counted).
    ///
    /// Order of checks, as QEMU does it: unknown endpoint (bypass or `R_UNKNOWN`); the endpoint's
    /// reserved regions (MSI → untranslated, RESERVED → `R_MAPPING`) before any domain lookup;
    /// unattached (bypass or `R_DOMAIN`); bypass domain; then the mapping and its permissions.
    public func translate(endpoint: UInt32, iova: UInt64, access: Access) -> Translation {
        guard let rangeIndex = endpoints.rangeIndex(of: endpoint) else {
            if bypassesUnattachedEndpoints { return .passthrough(address: iova) }
            return fault(.make(.unknown, endpoint: endpoint, address: iova, access: access))
        }
        for r in endpoints.regions(ofRange: rangeIndex) where r.contains(iova) {
            if r.kind == .msi { return .passthrough(address: iova) }
            return fault(.make(.mapping, endpoint: endpoint, address: iova, access: access))
        }
        guard let domainID = attachments[endpoint], let slot = domains.slot(of: domainID) else {
            if bypassesUnattachedEndpoints { return .passthrough(address: iova) }
            return fault(.make(.domain, endpoint: endpoint, address: iova, access: access))
        }
        if domains[slot].isBypass { return .passthrough(address: iova) }
        guard let m = domains[slot].mappings.lookup(iova),
              m.flags.contains(access == .read ? .read : .write) else {
            return fault(.make(.mapping, endpoint: endpoint, address: iova, access: access))
        }
        return .mapped(physicalAddress: iova - m.virtStart + m.physStart)
    }

    func fault(_ event: FaultEvent) -> Translation {
        .fault(event, reported: report(event))
    }

    /// Writes `event` into the next event-queue buffer. Never spreads a report over buffers of
    /// different chains; a chain whose writable part is < 24 bytes is returned unwritten.
    func report(_ event: FaultEvent) -> Bool {
        guard status.contains(.driverOK), !status.contains(.needsReset),
              var q = queues[Self.eventQueue] else { droppedFaults += 1; return false }
        defer { queues[Self.eventQueue] = q }
        switch q.pending(in: memory) {
        case .failure(let e): needsReset(e); droppedFaults += 1; return false
        case .success(0): droppedFaults += 1; return false
        case .success: break
        }
        if let e = q.pop(into: &chain, memory: memory, indirectAllowed: driverFeatures.contains(.indirectDescriptors)) {
            needsReset(e)
            droppedFaults += 1
            return false
        }
        guard chain.writableLength >= UInt64(FaultEvent.size) else {
            q.push(head: chain.head, length: 0, memory: memory)
            droppedFaults += 1
            _ = raiseInterrupt(queue: Self.eventQueue, completed: 1, q)
            return false
        }
        event.bytes.withUnsafeBytes { chain.scatter($0, at: 0, to: memory) }
        q.push(head: chain.head, length: UInt32(FaultEvent.size), memory: memory)
        _ = raiseInterrupt(queue: Self.eventQueue, completed: 1, q)
        return true
    }
}
