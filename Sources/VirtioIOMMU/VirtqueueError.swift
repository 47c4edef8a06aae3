/// Why the device gave up on a virtqueue (it then sets `DEVICE_NEEDS_RESET`).
public enum VirtqueueError: Error, Sendable, Hashable {
    /// `avail.idx` moved more than `Q` entries past the last one seen.
    case availableIndexTooFar
    /// A head or `next` index ≥ `Q` (or ≥ the indirect table's length).
    case descriptorIndexOutOfRange
    /// More descriptors than the queue (or indirect table) holds: a loop.
    case chainTooLong
    /// A buffer, the descriptor table or an indirect table lies outside guest memory.
    case bufferOutsideMemory
    /// A readable descriptor after a writable one.
    case readableAfterWritable
    /// INDIRECT inside an indirect table.
    case nestedIndirect
    /// INDIRECT together with NEXT, INDIRECT without the feature, or a table whose length is zero
    /// or not a multiple of 16.
    case badIndirect
}
