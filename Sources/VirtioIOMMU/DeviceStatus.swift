/// The virtio device status register (one byte, written by the driver, except `needsReset`).
public struct DeviceStatus: OptionSet, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let acknowledge = DeviceStatus(rawValue: 0x01)
    public static let driver = DeviceStatus(rawValue: 0x02)
    public static let driverOK = DeviceStatus(rawValue: 0x04)
    public static let featuresOK = DeviceStatus(rawValue: 0x08)
    /// `DEVICE_NEEDS_RESET`: set by the device when it met an error it cannot recover from
    /// (malformed virtqueue); it then ignores the queues until the driver resets it.
    public static let needsReset = DeviceStatus(rawValue: 0x40)
    public static let failed = DeviceStatus(rawValue: 0x80)
}
