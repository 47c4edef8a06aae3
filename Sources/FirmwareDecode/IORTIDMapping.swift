/// One 20-byte IORT ID mapping (spec-reference §3.4).
public struct IORTIDMapping: Equatable, Sendable {
    /// Byte offset of the mapping from the start of the table.
    public let offset: Int
    /// Lowest input ID of the range.
    public let inputBase: UInt32
    /// The raw "Number of IDs" field: the number of IDs in the range **minus one**.
    public let idCount: UInt32
    /// Output ID corresponding to `inputBase`.
    public let outputBase: UInt32
    /// Offset from the start of the table of the node the IDs go to.
    public let outputReference: UInt32
    /// The raw flags word.
    public let flags: UInt32

    /// Bit 0 of `flags`: the node itself emits the single ID `outputBase`.
    public var isSingleMapping: Bool { flags & 1 != 0 }

    /// The last input ID of the range (`inputBase + idCount`), computed in wrapping u32 arithmetic
    /// as Linux does.
    public var lastInputID: UInt32 { inputBase &+ idCount }

    /// The ID input `id` leaves with, in wrapping u32 arithmetic as Linux's `iort_id_map` computes
    /// it (`outputBase + (id - inputBase)`); a single mapping gives every input `outputBase`.
    public func output(of id: UInt32) -> UInt32 {
        isSingleMapping ? outputBase : outputBase &+ (id &- inputBase)
    }
}
