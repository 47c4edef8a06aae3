/// One mapping, exactly as one MAP request created it: IOVA `[virtStart, virtEnd]` (inclusive, so
/// the whole 2^64 space is representable) → `physStart ...`.
public struct Mapping: Sendable, Hashable {
    public var virtStart: UInt64
    public var virtEnd: UInt64
    public var physStart: UInt64
    public var flags: MapFlags

    public init(virtStart: UInt64, virtEnd: UInt64, physStart: UInt64, flags: MapFlags) {
        self.virtStart = virtStart
        self.virtEnd = virtEnd
        self.physStart = physStart
        self.flags = flags
    }
}
