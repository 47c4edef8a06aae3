/// A range of 32-bit IDs (RIDs, endpoint IDs, StreamIDs, DeviceIDs) stored as first + count.
///
/// This is the only form used inside topoc. Formats that use other conventions convert at the
/// edge: DT `length` is `count`, IORT "Number of IDs" is `count - 1`, VIOT and YAML `last` are
/// inclusive. `count` is 64-bit so that the whole 32-bit space (2^32 IDs) is representable.
public struct IDRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let first: UInt32
    public let count: UInt64

    /// - Precondition: `count >= 1` and the range stays within 32 bits.
    public init(first: UInt32, count: UInt64) {
        precondition(count >= 1 && UInt64(first) + count - 1 <= UInt64(UInt32.max), "IDRange out of 32 bits")
        self.first = first
        self.count = count
    }

    /// An inclusive `[first, last]` range, as written in YAML.
    public init(first: UInt32, last: UInt32) {
        precondition(first <= last)
        self.init(first: first, count: UInt64(last) - UInt64(first) + 1)
    }

    /// A range starting at `first`, or nil when it would run past 0xffffffff.
    public static func checked(first: UInt64, count: UInt64) -> IDRange? {
        guard count >= 1, first <= UInt64(UInt32.max),
            first + count - 1 <= UInt64(UInt32.max)
        else { return nil }
        return IDRange(first: UInt32(first), count: count)
    }

    public var last: UInt32 { UInt32(UInt64(first) + count - 1) }
    /// One past the last ID; 2^32 for a range ending at 0xffffffff.
    public var end: UInt64 { UInt64(first) + count }

    public func contains(_ id: UInt32) -> Bool { id >= first && id <= last }
    public func contains(_ other: IDRange) -> Bool { other.first >= first && other.last <= last }
    public func overlaps(_ other: IDRange) -> Bool { first <= other.last && other.first <= last }

    public func intersection(_ other: IDRange) -> IDRange? {
        let lo = max(first, other.first), hi = min(last, other.last)
        return lo <= hi ? IDRange(first: lo, last: hi) : nil
    }

    /// The same count of IDs starting at `first`, or nil when that runs past 32 bits.
    public func moved(to newFirst: UInt64) -> IDRange? { IDRange.checked(first: newFirst, count: count) }

    public var description: String {
        count == 1 ? hex(first) : joinedText(hex(first), "-", hex(last))
    }

    public static func < (a: IDRange, b: IDRange) -> Bool { (a.first, a.count) < (b.first, b.count) }
}

/// An address range stored as first and inclusive last: the whole 64-bit space (a virtio IOMMU's
/// default input range) has 2^64 bytes, which no 64-bit size can hold.
public struct AddressRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let first: UInt64
    public let last: UInt64

    public init(first: UInt64, last: UInt64) {
        precondition(first <= last)
        self.first = first
        self.last = last
    }

    /// `[base, base + size - 1]`, or nil for an empty range or one past 2^64.
    public static func checked(base: UInt64, size: UInt64) -> AddressRange? {
        guard size >= 1 else { return nil }
        let (last, overflow) = base.addingReportingOverflow(size - 1)
        return overflow ? nil : AddressRange(first: base, last: last)
    }

    /// Number of bytes; nil for the whole 64-bit space.
    public var size: UInt64? { last &- first == UInt64.max ? nil : last - first + 1 }

    public func contains(_ address: UInt64) -> Bool { address >= first && address <= last }
    public func contains(_ other: AddressRange) -> Bool { other.first >= first && other.last <= last }
    public func overlaps(_ other: AddressRange) -> Bool { first <= other.last && other.first <= last }

    public var description: String { "[\(hex(first)), \(hex(last))]" }

    public static func < (a: AddressRange, b: AddressRange) -> Bool { (a.first, a.last) < (b.first, b.last) }
}

/// `0x`-prefixed lower-case hex, the house style for every number shown to a user.
public func hex<T: BinaryInteger>(_ value: T) -> String {
    if let v = UInt64(exactly: value) { return hexText(v, digits: 1) }
    return "0x" + String(value, radix: 16)
}

/// Hex zero-padded to `digits`, for RIDs (`0x00ff`) and table dumps.
public func hex<T: BinaryInteger>(_ value: T, digits: Int) -> String {
    if let v = UInt64(exactly: value) { return hexText(v, digits: digits) }
    let raw = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, digits - raw.count)) + raw
}

/// `0x` and the digits of `v`, at least `digits` of them, written in place: verify and the
/// emitters write 100,000s of numbers, and the generic `String(_:radix:)` with two
/// concatenations cost several times this.
private func hexText(_ v: UInt64, digits: Int) -> String {
    let needed = max(1, (64 - v.leadingZeroBitCount + 3) / 4)
    let n = max(digits, needed)
    return String(unsafeUninitializedCapacity: n + 2) { buffer in
        buffer[0] = UInt8(ascii: "0")
        buffer[1] = UInt8(ascii: "x")
        var x = v
        var i = n + 1
        while i >= 2 {
            let d = UInt8(truncatingIfNeeded: x & 15)
            buffer[i] = d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") + d - 10
            x >>= 4
            i -= 1
        }
        return n + 2
    }
}
