/// The device's view of one split virtqueue (§4.11): it pops chains from the available ring and
/// publishes completions on the used ring. Indices are free-running `UInt16`s compared with `!=`
/// and advanced with `&+`, so they wrap past 65535 naturally.
struct DeviceVirtqueue {
    static let availNoInterrupt: UInt16 = 1
    static let usedNoNotify: UInt16 = 1

    var layout: QueueLayout
    /// `last_seen`: the next available-ring position the device will read.
    var lastAvailable: UInt16 = 0
    /// The device's copy of `used.idx`.
    var usedIndex: UInt16 = 0

    init(layout: QueueLayout) { self.layout = layout }

    /// Number of chains the driver has made available and the device has not consumed.
    func pending(in memory: GuestMemory) -> Result<UInt16, VirtqueueError> {
        guard let idx = memory.read16(at: layout.availableRing + 2) else { return .failure(.bufferOutsideMemory) }
        let n = idx &- lastAvailable
        return n > layout.size ? .failure(.availableIndexTooFar) : .success(n)
    }

    /// Whether the driver asked not to be interrupted (`avail.flags` NO_INTERRUPT).
    func interruptSuppressed(in memory: GuestMemory) -> Bool {
        (memory.read16(at: layout.availableRing) ?? 0) & Self.availNoInterrupt != 0
    }

    /// Sets or clears `used.flags` NO_NOTIFY (the device does not need kicks on this queue).
    func setNoNotify(_ on: Bool, in memory: GuestMemory) {
        memory.write16(on ? Self.usedNoNotify : 0, at: layout.usedRing)
    }

    /// Pops the next available chain into `chain`. Call only when `pending > 0`.
    mutating func pop(into chain: inout DescriptorChain, memory: GuestMemory, indirectAllowed: Bool) -> VirtqueueError? {
        let q = layout.size
        guard let head = memory.read16(at: layout.availableRing + 4 + 2 * UInt64(lastAvailable & (q &- 1))) else {
            return .bufferOutsideMemory
        }
        lastAvailable &+= 1
        chain.clear(head: head)
        guard head < q else { return .descriptorIndexOutOfRange }

        var index = head
        var seen: UInt32 = 0
        while true {
            seen += 1
            if seen > UInt32(q) { return .chainTooLong }
            guard let d = VirtqDescriptor.read(from: memory, at: layout.descriptorTable + 16 * UInt64(index)) else {
                return .bufferOutsideMemory
            }
            if d.flags & VirtqDescriptor.indirect != 0 {
                // The WRITE flag of the pointing descriptor is ignored (§4.11).
                guard indirectAllowed, d.flags & VirtqDescriptor.next == 0 else { return .badIndirect }
                return walkIndirect(d, into: &chain, memory: memory)
            }
            if let e = append(d, to: &chain, memory: memory) { return e }
            guard d.flags & VirtqDescriptor.next != 0 else { return nil }
            index = d.next
            guard index < q else { return .descriptorIndexOutOfRange }
        }
    }

    private func walkIndirect(_ d: VirtqDescriptor, into chain: inout DescriptorChain, memory: GuestMemory) -> VirtqueueError? {
        guard d.length != 0, d.length % 16 == 0 else { return .badIndirect }
        guard memory.contains(address: d.address, length: UInt64(d.length)) else { return .bufferOutsideMemory }
        let entries = d.length / 16
        var index: UInt32 = 0
        var seen: UInt32 = 0
        while true {
            seen += 1
            if seen > entries { return .chainTooLong }
            // In bounds: the whole table was checked above.
            let e = VirtqDescriptor.read(from: memory, at: d.address + 16 * UInt64(index))!
            if e.flags & VirtqDescriptor.indirect != 0 { return .nestedIndirect }
            if let err = append(e, to: &chain, memory: memory) { return err }
            guard e.flags & VirtqDescriptor.next != 0 else { return nil }
            index = UInt32(e.next)
            guard index < entries else { return .descriptorIndexOutOfRange }
        }
    }

    @inline(__always)
    private func append(_ d: VirtqDescriptor, to chain: inout DescriptorChain, memory: GuestMemory) -> VirtqueueError? {
        // An empty buffer touches no memory, so its address is not checked.
        guard d.length == 0 || memory.contains(address: d.address, length: UInt64(d.length)) else {
            return .bufferOutsideMemory
        }
        let seg = DescriptorChain.Segment(address: d.address, length: d.length)
        if d.flags & VirtqDescriptor.write != 0 {
            chain.sawWritable = true
            if d.length > 0 { chain.appendWritable(seg) }
            chain.writableLength += UInt64(d.length)
        } else {
            guard !chain.sawWritable else { return .readableAfterWritable }
            if d.length > 0 { chain.appendReadable(seg) }
            chain.readableLength += UInt64(d.length)
        }
        return nil
    }

    /// Publishes `{id: head, len: length}` then advances `used.idx` (element before index, as the
    /// driver may read the index at any time).
    mutating func push(head: UInt16, length: UInt32, memory: GuestMemory) {
        let slot = layout.usedRing + 4 + 8 * UInt64(usedIndex & (layout.size &- 1))
        memory.write32(UInt32(head), at: slot)
        memory.write32(length, at: slot + 4)
        usedIndex &+= 1
        memory.write16(usedIndex, at: layout.usedRing + 2)
    }
}
