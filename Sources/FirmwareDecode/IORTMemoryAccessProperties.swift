/// The 8-byte memory access properties of named components and root complexes (spec-reference §3.5).
public struct IORTMemoryAccessProperties: Equatable, Sendable {
    /// Cache coherent attribute: 1 = fully coherent.
    public let cacheCoherency: UInt32
    /// Allocation hints (bit0 transient, bit1 write-allocate, bit2 read-allocate, bit3 override).
    public let allocationHints: UInt8
    /// Memory access flags (bit0 CPM, bit1 DACS, bit2 CANWBS).
    public let memoryAccessFlags: UInt8

    /// Whether the device is fully coherent (CCA = 1).
    public var isCoherent: Bool { cacheCoherency == 1 }
    /// MAF bit 0: coherent path to memory.
    public var coherentPathToMemory: Bool { memoryAccessFlags & 1 != 0 }
    /// MAF bit 1: device attributes are cacheable and inner shareable.
    public var deviceAttributesCacheableInnerShareable: Bool { memoryAccessFlags & 2 != 0 }
    /// MAF bit 2 (E.f): coherency ensured for non-write-back accesses.
    public var canWBS: Bool { memoryAccessFlags & 4 != 0 }

    static func read(_ r: ByteReader, at off: Int) throws -> IORTMemoryAccessProperties {
        IORTMemoryAccessProperties(
            cacheCoherency: try r.u32(off, "cache coherent attribute"),
            allocationHints: try r.u8(off + 4, "allocation hints"),
            memoryAccessFlags: try r.u8(off + 7, "memory access flags"))
    }
}
