/// Where one split virtqueue lives in guest memory (what a transport's queue registers hold).
public struct QueueLayout: Sendable, Hashable {
    /// Queue size `Q`, a power of two ≤ 32768.
    public var size: UInt16
    /// Descriptor table (`16·Q` bytes, 16-aligned).
    public var descriptorTable: UInt64
    /// Available ring / driver area (`6 + 2·Q` bytes, 2-aligned): `@0 flags, @2 idx, @4 ring[Q]`.
    public var availableRing: UInt64
    /// Used ring / device area (`6 + 8·Q` bytes, 4-aligned): `@0 flags, @2 idx, @4 ring[Q]{id,len}`.
    public var usedRing: UInt64

    public init(size: UInt16, descriptorTable: UInt64, availableRing: UInt64, usedRing: UInt64) {
        self.size = size
        self.descriptorTable = descriptorTable
        self.availableRing = availableRing
        self.usedRing = usedRing
    }

    public static func descriptorTableBytes(size: UInt16) -> UInt64 { 16 * UInt64(size) }
    public static func availableRingBytes(size: UInt16) -> UInt64 { 6 + 2 * UInt64(size) }
    public static func usedRingBytes(size: UInt16) -> UInt64 { 6 + 8 * UInt64(size) }

    /// Contiguous layout starting at `base` (which should be 16-aligned); returns the layout and
    /// the first free address after it.
    public static func packed(size: UInt16, at base: UInt64) -> (QueueLayout, next: UInt64) {
        let desc = base
        let avail = desc + descriptorTableBytes(size: size)
        let used = (avail + availableRingBytes(size: size) + 3) & ~3
        let end = (used + usedRingBytes(size: size) + 15) & ~15
        return (QueueLayout(size: size, descriptorTable: desc, availableRing: avail, usedRing: used), end)
    }

    /// Whether the three areas are aligned and lie in `memory`.
    func isValid(in memory: GuestMemory) -> Bool {
        size != 0 && size & (size &- 1) == 0 && size <= 32768
            && descriptorTable & 15 == 0 && availableRing & 1 == 0 && usedRing & 3 == 0
            && memory.contains(address: descriptorTable, length: Self.descriptorTableBytes(size: size))
            && memory.contains(address: availableRing, length: Self.availableRingBytes(size: size))
            && memory.contains(address: usedRing, length: Self.usedRingBytes(size: size))
    }
}
