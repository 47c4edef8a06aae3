/// One `(address, size)` pair of a `reg` property, split with the parent's `#address-cells` and
/// `#size-cells`.
public struct DeviceTreeRegEntry: Equatable, Sendable {
    /// The address cells as written (e.g. three for a PCI child).
    public let addressCells: [UInt32]
    /// The size cells as written.
    public let sizeCells: [UInt32]

    /// The address as a number: the last (at most two) address cells, high first. For a PCI child's
    /// three-cell address this is `phys.mid:phys.lo`; the space code is `addressCells[0]`.
    public var address: UInt64 { Self.combine(addressCells) }
    /// The size as a number (the last, at most two, size cells).
    public var size: UInt64 { Self.combine(sizeCells) }

    static func combine(_ cells: [UInt32]) -> UInt64 {
        cells.suffix(2).reduce(UInt64(0)) { ($0 << 32) | UInt64($1) }
    }
}
