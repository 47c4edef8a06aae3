/// One 16-byte split-virtqueue descriptor (§4.11): `@0 addr le64, @8 len le32, @12 flags le16,
/// @14 next le16`. Public so tests can hand-craft chains (loops, bad addresses, ...).
public struct VirtqDescriptor: Sendable, Hashable {
    /// `VIRTQ_DESC_F_NEXT`: the chain continues at `next`.
    public static let next: UInt16 = 1
    /// `VIRTQ_DESC_F_WRITE`: device-writable buffer (else device-readable).
    public static let write: UInt16 = 2
    /// `VIRTQ_DESC_F_INDIRECT`: the buffer is a table of descriptors.
    public static let indirect: UInt16 = 4
    public static let size: UInt64 = 16

    public var address: UInt64
    public var length: UInt32
    public var flags: UInt16
    public var next: UInt16

    public init(address: UInt64, length: UInt32, flags: UInt16 = 0, next: UInt16 = 0) {
        self.address = address
        self.length = length
        self.flags = flags
        self.next = next
    }

    /// Reads a descriptor at guest-physical `at`; `nil` if it is not wholly in memory.
    public static func read(from memory: GuestMemory, at: UInt64) -> VirtqDescriptor? {
        guard let p = memory.bytes(at: at, length: size) else { return nil }
        return VirtqDescriptor(
            address: UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)),
            length: UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)),
            flags: UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)),
            next: UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)))
    }

    /// Writes the descriptor at guest-physical `at`; `false` if out of memory.
    @discardableResult
    public func write(to memory: GuestMemory, at: UInt64) -> Bool {
        guard memory.contains(address: at, length: Self.size) else { return false }
        memory.write64(address, at: at)
        memory.write32(length, at: at + 8)
        memory.write16(flags, at: at + 12)
        memory.write16(next, at: at + 14)
        return true
    }
}
