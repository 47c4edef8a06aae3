/// A firmware blob (a DTB or an ACPI table) with the name diagnostics use for it, usually its
/// file name. Shared by everything that reads blobs made elsewhere (verify, decompile).
public struct FirmwareBlob: Sendable, Hashable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
