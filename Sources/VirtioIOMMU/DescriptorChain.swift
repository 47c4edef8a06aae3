/// A parsed descriptor chain: its head index and its readable then writable buffers.
///
/// Reused across requests (arrays keep their capacity) so the request path does not allocate.
struct DescriptorChain {
    struct Segment {
        var address: UInt64
        var length: UInt32
    }

    var head: UInt16 = 0
    var readable: [Segment] = []
    var writable: [Segment] = []
    var readableLength: UInt64 = 0
    var writableLength: UInt64 = 0
    /// A WRITE descriptor (even an empty one) was met: no readable one may follow.
    var sawWritable = false

    init() {
        readable.reserveCapacity(8)
        writable.reserveCapacity(8)
    }

    mutating func clear(head: UInt16) {
        self.head = head
        readable.removeAll(keepingCapacity: true)
        writable.removeAll(keepingCapacity: true)
        readableLength = 0
        writableLength = 0
        sawWritable = false
    }

    /// Copies the first `destination.count` readable bytes into `destination` (the caller makes sure
    /// `readableLength` is large enough). Buffers were bounds-checked when the chain was parsed.
    func gather(from memory: GuestMemory, into destination: UnsafeMutableRawBufferPointer) {
        var done = 0
        for seg in readable where done < destination.count {
            let n = min(Int(seg.length), destination.count - done)
            _ = memory.copy(from: seg.address, into: UnsafeMutableRawBufferPointer(rebasing: destination[done..<done + n]))
            done += n
        }
    }

    /// Writes `source` at byte `offset` of the writable part (scattered over its buffers).
    func scatter(_ source: UnsafeRawBufferPointer, at offset: UInt64, to memory: GuestMemory) {
        var skip = offset
        var done = 0
        for seg in writable where done < source.count {
            let len = UInt64(seg.length)
            if skip >= len { skip -= len; continue }
            let n = min(Int(len - skip), source.count - done)
            _ = memory.copy(UnsafeRawBufferPointer(rebasing: source[done..<done + n]), to: seg.address + skip)
            done += n
            skip = 0
        }
    }

    /// Zeroes the whole writable part.
    func zeroWritable(in memory: GuestMemory) {
        for seg in writable { memory.fill(at: seg.address, count: Int(seg.length)) }
    }
}
