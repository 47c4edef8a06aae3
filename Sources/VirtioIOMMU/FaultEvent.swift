/// A fault report as carried by the event queue (24 bytes, §4.8):
/// `@0 reason u8, @1 reserved[3], @4 flags le32, @8 endpoint le32, @12 reserved1 le32, @16 address le64`.
public struct FaultEvent: Sendable, Hashable {
    public enum Reason: UInt8, Sendable, Hashable {
        /// `FAULT_R_UNKNOWN`: e.g. DMA from an endpoint the IOMMU does not know.
        case unknown = 0
        /// `FAULT_R_DOMAIN`: endpoint not attached to a domain (and not in bypass).
        case domain = 1
        /// `FAULT_R_MAPPING`: address unmapped, permission mismatch or RESERVED region.
        case mapping = 2
    }

    public static let flagRead: UInt32 = 1 << 0
    public static let flagWrite: UInt32 = 1 << 1
    public static let flagAddress: UInt32 = 1 << 8
    public static let size = 24

    /// Raw reason byte (unknown values are kept so a driver can treat them as UNKNOWN).
    public var reasonValue: UInt8
    public var flags: UInt32
    public var endpoint: UInt32
    public var address: UInt64

    public var reason: Reason { Reason(rawValue: reasonValue) ?? .unknown }

    public init(reason: Reason, flags: UInt32, endpoint: UInt32, address: UInt64) {
        self.reasonValue = reason.rawValue
        self.flags = flags
        self.endpoint = endpoint
        self.address = address
    }

    init(reasonValue: UInt8, flags: UInt32, endpoint: UInt32, address: UInt64) {
        self.reasonValue = reasonValue
        self.flags = flags
        self.endpoint = endpoint
        self.address = address
    }

    /// A fault for `access` at `address`, with READ/WRITE and ADDRESS flags set.
    static func make(_ reason: Reason, endpoint: UInt32, address: UInt64, access: Access) -> FaultEvent {
        let rw = access == .read ? flagRead : flagWrite
        return FaultEvent(reason: reason, flags: rw | flagAddress, endpoint: endpoint, address: address)
    }

    /// The 24 wire bytes, reserved fields zero.
    public var bytes: [UInt8] {
        var b = [UInt8](repeating: 0, count: Self.size)
        b[0] = reasonValue
        for i in 0..<4 { b[4 + i] = UInt8(truncatingIfNeeded: flags >> (8 * UInt32(i))) }
        for i in 0..<4 { b[8 + i] = UInt8(truncatingIfNeeded: endpoint >> (8 * UInt32(i))) }
        for i in 0..<8 { b[16 + i] = UInt8(truncatingIfNeeded: address >> (8 * UInt64(i))) }
        return b
    }
}
