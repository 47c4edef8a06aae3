/// One device-tree property: its name and raw (big-endian) value bytes.
public struct DeviceTreeProperty: Equatable, Sendable {
    /// Property name.
    public let name: String
    /// Raw value bytes (empty for a boolean property).
    public let value: [UInt8]
    /// Byte offset of the property's `FDT_PROP` token from the start of the blob.
    public let offset: Int
}
