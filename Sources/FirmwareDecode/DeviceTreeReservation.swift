/// One entry of a device tree's memory reservation block (`/memreserve/` in dtc source).
public struct DeviceTreeReservation: Equatable, Sendable {
    public let address: UInt64
    public let size: UInt64
    /// Byte offset of the entry from the start of the blob.
    public let offset: Int
}
