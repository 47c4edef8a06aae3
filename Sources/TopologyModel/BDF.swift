/// A PCI function address on one segment, written like lspci: `BB:DD.F` (hex).
/// Its requester ID is `bus << 8 | device << 3 | function`.
public struct BDF: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let bus: UInt8
    public let device: UInt8
    public let function: UInt8

    /// - Precondition: `device < 32`, `function < 8`.
    public init(bus: UInt8, device: UInt8, function: UInt8) {
        precondition(device < 32 && function < 8)
        self.bus = bus
        self.device = device
        self.function = function
    }

    public init(rid: UInt16) {
        self.init(bus: UInt8(rid >> 8), device: UInt8((rid >> 3) & 0x1f), function: UInt8(rid & 7))
    }

    public var rid: UInt16 { UInt16(bus) << 8 | UInt16(device) << 3 | UInt16(function) }

    /// Parses `BB:DD.F`; nil when the text is not of that form or a field is out of range.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let devfn = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard devfn.count == 2,
            let bus = BDF.hexField(parts[0], max: 0xff, digits: 2),
            let device = BDF.hexField(devfn[0], max: 0x1f, digits: 2),
            let function = BDF.hexField(devfn[1], max: 7, digits: 1)
        else { return nil }
        self.init(bus: UInt8(bus), device: UInt8(device), function: UInt8(function))
    }

    private static func hexField(_ text: Substring, max: UInt32, digits: Int) -> UInt32? {
        guard !text.isEmpty, text.count <= digits, text.allSatisfy(\.isHexDigit),
            let value = UInt32(text, radix: 16), value <= max
        else { return nil }
        return value
    }

    public var description: String {
        func two(_ v: UInt8) -> String { v < 16 ? "0" + String(v, radix: 16) : String(v, radix: 16) }
        return "\(two(bus)):\(two(device)).\(function)"
    }

    public static func < (a: BDF, b: BDF) -> Bool { a.rid < b.rid }
}
