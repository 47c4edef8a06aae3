/// The driver's decoded copy of the 40-byte config space.
public struct DeviceConfig: Sendable, Hashable {
    public var pageSizeMask: UInt64
    public var inputRangeStart: UInt64
    public var inputRangeEnd: UInt64
    public var domainRangeStart: UInt32
    public var domainRangeEnd: UInt32
    public var probeSize: UInt32
    public var bypass: UInt8

    /// Decodes little-endian fields from the 40 config bytes.
    public init?(bytes b: [UInt8]) {
        guard b.count >= ConfigSpace.size else { return nil }
        func le(_ off: Int, _ n: Int) -> UInt64 {
            var v: UInt64 = 0
            for i in 0..<n { v |= UInt64(b[off + i]) << (8 * UInt64(i)) }
            return v
        }
        pageSizeMask = le(ConfigSpace.pageSizeMask, 8)
        inputRangeStart = le(ConfigSpace.inputRangeStart, 8)
        inputRangeEnd = le(ConfigSpace.inputRangeEnd, 8)
        domainRangeStart = UInt32(le(ConfigSpace.domainRangeStart, 4))
        domainRangeEnd = UInt32(le(ConfigSpace.domainRangeEnd, 4))
        probeSize = UInt32(le(ConfigSpace.probeSize, 4))
        bypass = b[ConfigSpace.bypass] & 1  // drivers ignore bits 7:1
    }
}
