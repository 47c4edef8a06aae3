/// A parsed descriptor chain: its head index and its readable then writable buffers.
///
/// Reused across requests so the request path does not allocate. Almost every chain is one
/// readable and one writable buffer, so the first of each kind is held inline and only further
/// ones go to arrays (which keep their capacity): clearing and walking a chain costs no array
/// bookkeeping in the common case.
struct DescriptorChain {
    struct Segment {
        var address: UInt64
        var length: UInt32
    }

    var head: UInt16 = 0
    private var firstReadable = Segment(address: 0, length: 0)
    private var firstWritable = Segment(address: 0, length: 0)
    private var moreReadable: [Segment] = []
    private var moreWritable: [Segment] = []
    /// Number of non-empty readable and writable buffers.
    private(set) var readableCount = 0
    private(set) var writableCount = 0
    var readableLength: UInt64 = 0
    var writableLength: UInt64 = 0
    /// A WRITE descriptor (even an empty one) was met: no readable one may follow.
    var sawWritable = false

    init() {}

    @inline(__always)
    mutating func clear(head: UInt16) {
        self.head = head
        if readableCount > 1 { moreReadable.removeAll(keepingCapacity: true) }
        if writableCount > 1 { moreWritable.removeAll(keepingCapacity: true) }
        readableCount = 0
        writableCount = 0
        readableLength = 0
        writableLength = 0
        sawWritable = false
    }

    /// Adds a non-empty readable buffer.
    @inline(__always)
    mutating func appendReadable(_ seg: Segment) {
        if readableCount == 0 { firstReadable = seg } else { moreReadable.append(seg) }
        readableCount += 1
    }

    /// Adds a non-empty writable buffer.
    @inline(__always)
    mutating func appendWritable(_ seg: Segment) {
        if writableCount == 0 { firstWritable = seg } else { moreWritable.append(seg) }
        writableCount += 1
    }

    @inline(__always)
    private func readable(_ i: Int) -> Segment { i == 0 ? firstReadable : moreReadable[i - 1] }
    @inline(__always)
    private func writable(_ i: Int) -> Segment { i == 0 ? firstWritable : moreWritable[i - 1] }

    /// Copies the first `destination.count` readable bytes into `destination` (the caller makes sure
    /// `readableLength` is large enough). Buffers were bounds-checked when the chain was parsed.
    func gather(from memory: GuestMemory, into destination: UnsafeMutableRawBufferPointer) {
        var done = 0
        var i = 0
        while i < readableCount, done < destination.count {
            let seg = readable(i)
            let n = min(Int(seg.length), destination.count - done)
            _ = memory.copy(from: seg.address, into: UnsafeMutableRawBufferPointer(rebasing: destination[done..<done + n]))
            done += n
            i += 1
        }
    }

    /// Writes `source` at byte `offset` of the writable part (scattered over its buffers).
    func scatter(_ source: UnsafeRawBufferPointer, at offset: UInt64, to memory: GuestMemory) {
        var skip = offset
        var done = 0
        var i = 0
        while i < writableCount, done < source.count {
            let seg = writable(i)
            i += 1
            let len = UInt64(seg.length)
            if skip >= len { skip -= len; continue }
            let n = min(Int(len - skip), source.count - done)
            _ = memory.copy(UnsafeRawBufferPointer(rebasing: source[done..<done + n]), to: seg.address + skip)
            done += n
            skip = 0
        }
    }

    /// When the writable part is one buffer (the usual 4-byte tail): zeroes it and puts `status`
    /// in its last 4 bytes, as `zeroWritable` then a scattered tail would; `false` (nothing
    /// written) for a writable part spread over several buffers.
    @inline(__always)
    func completeInOneBuffer(status: RequestStatus, in memory: GuestMemory) -> Bool {
        guard writableCount == 1, firstWritable.length >= 4 else { return false }
        let seg = firstWritable
        if seg.length > 4 { memory.fill(at: seg.address, count: Int(seg.length) - 4) }
        memory.write32(UInt32(status.rawValue), at: seg.address + UInt64(seg.length) - 4)  // status, reserved[3] = 0
        return true
    }

    /// Zeroes the whole writable part.
    func zeroWritable(in memory: GuestMemory) {
        for i in 0..<writableCount {
            let seg = writable(i)
            memory.fill(at: seg.address, count: Int(seg.length))
        }
    }
}
