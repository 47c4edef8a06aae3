/// The driver's side of one split virtqueue: it owns the descriptor table and available ring and
/// consumes the used ring. Indices are free-running `UInt16`s (wrap past 65535 with `&+`).
struct DriverVirtqueue {
    let layout: QueueLayout
    /// The driver's copy of `avail.idx` (next ring position to fill).
    var availableIndex: UInt16 = 0
    /// Next used-ring position to read.
    var lastUsed: UInt16 = 0

    init(layout: QueueLayout) { self.layout = layout }

    @inline(__always)
    func descriptorAddress(_ index: UInt16) -> UInt64 { layout.descriptorTable + 16 * UInt64(index) }

    /// Places `head` in the next available-ring slot without publishing it.
    @inline(__always)
    mutating func enqueue(_ head: UInt16, memory: GuestMemory) {
        memory.write16(head, at: layout.availableRing + 4 + 2 * UInt64(availableIndex & (layout.size &- 1)))
        availableIndex &+= 1
    }

    /// Publishes every enqueued head (`avail.idx`), after the ring entries were written.
    @inline(__always)
    func publish(memory: GuestMemory) { memory.write16(availableIndex, at: layout.availableRing + 2) }

    /// Whether the device wants available-buffer notifications (`used.flags` NO_NOTIFY clear).
    func deviceWantsNotification(memory: GuestMemory) -> Bool {
        (memory.read16(at: layout.usedRing) ?? 0) & DeviceVirtqueue.usedNoNotify == 0
    }

    /// Sets `avail.flags` NO_INTERRUPT.
    func suppressInterrupts(_ on: Bool, memory: GuestMemory) {
        memory.write16(on ? DeviceVirtqueue.availNoInterrupt : 0, at: layout.availableRing)
    }

    /// Next completion `{id, len}` if the device published one.
    @inline(__always)
    mutating func nextUsed(memory: GuestMemory) -> (id: UInt32, length: UInt32)? {
        guard let idx = memory.read16(at: layout.usedRing + 2), idx != lastUsed else { return nil }
        let slot = layout.usedRing + 4 + 8 * UInt64(lastUsed & (layout.size &- 1))
        lastUsed &+= 1
        return (memory.read32(at: slot) ?? .max, memory.read32(at: slot + 4) ?? 0)
    }
}
