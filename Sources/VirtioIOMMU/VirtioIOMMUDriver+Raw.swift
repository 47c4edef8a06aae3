/// A completion as read from the used ring.
public struct RawCompletion: Sendable, Hashable {
    /// `id`: head index of the completed chain.
    public var id: UInt32
    /// `len`: bytes the device says it wrote.
    public var usedLength: UInt32

    public init(id: UInt32, usedLength: UInt32) {
        self.id = id
        self.usedLength = usedLength
    }
}

/// Raw access for hand-crafted (including malformed) chains.
extension VirtioIOMMUDriver {
    /// Request queue size `Q`.
    public var requestQueueSize: UInt16 { requestQueue.layout.size }
    /// Where the request queue lives.
    public var requestQueueLayout: QueueLayout { requestQueue.layout }

    /// Writes `descriptors` verbatim into the request queue's descriptor table (keys are indices
    /// `< Q`), makes `head` available, notifies, and returns the completions that appeared (empty if
    /// the device refused the chain and set `DEVICE_NEEDS_RESET`). The driver's own descriptors
    /// are restored afterwards.
    public func submitRaw(descriptors: [UInt16: VirtqDescriptor], head: UInt16) -> [RawCompletion] {
        for (index, d) in descriptors where index < requestQueue.layout.size {
            d.write(to: memory, at: requestQueue.descriptorAddress(index))
        }
        requestQueue.enqueue(head, memory: memory)
        requestQueue.publish(memory: memory)
        kick()
        var out: [RawCompletion] = []
        while let (id, length) = requestQueue.nextUsed(memory: memory) { out.append(RawCompletion(id: id, usedLength: length)) }
        restoreRequestDescriptors()
        return out
    }

    /// Sends `readable` bytes followed by a writable buffer of `writableLength` bytes (pre-filled
    /// with 0xff) using the scratch area, optionally through an indirect table. Returns the
    /// completion (if any) and the writable bytes as the device left them. Both parts are capped at
    /// 4096 bytes (the scratch layout: readable at +0, writable at +4096, table at +8192).
    public func submitRaw(readable bytes: [UInt8], writableLength requested: Int, indirect: Bool = false)
        -> (completion: RawCompletion?, writable: [UInt8]) {
        let readable = Array(bytes.prefix(4096))
        let writableLength = max(0, min(requested, 4096))
        let r = scratchBase, w = scratchBase + 4096, table = scratchBase + 8192
        memory.writeBytes(readable, at: r)
        memory.fill(at: w, count: writableLength, with: 0xff)
        let rd = VirtqDescriptor(address: r, length: UInt32(readable.count), flags: VirtqDescriptor.next, next: 1)
        let wd = VirtqDescriptor(address: w, length: UInt32(writableLength), flags: VirtqDescriptor.write)
        let completions: [RawCompletion]
        if indirect {
            rd.write(to: memory, at: table)
            wd.write(to: memory, at: table + 16)
            completions = submitRaw(descriptors: [0: VirtqDescriptor(address: table, length: 32, flags: VirtqDescriptor.indirect)], head: 0)
        } else {
            completions = submitRaw(descriptors: [0: rd, 1: wd], head: 0)
        }
        return (completions.first, memory.readBytes(at: w, count: writableLength) ?? [])
    }
}
