/// An error raised by every decoder in this module when its input is malformed.
///
/// The message always names the blob or table (`"IORT"`, `"VIOT"`, `"DTB"`, ...), the byte offset
/// where the problem was found (when there is one) and what is wrong. Decoders never trap on
/// input-derived data: anything that does not add up is reported through this type.
public struct DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The table signature or blob kind, e.g. `"VIOT"`, `"IORT"`, `"MCFG"`, `"ACPI"`, `"DTB"`.
    public let blob: String
    /// Byte offset (from the start of the table or blob) where the problem was found, if any.
    public let offset: Int?
    /// What is wrong, in plain words.
    public let reason: String

    /// Creates an error for `blob` at `offset` with a plain-words `reason`.
    public init(_ blob: String, at offset: Int?, _ reason: String) {
        self.blob = blob
        self.offset = offset
        self.reason = reason
    }

    /// `"<blob>: at byte 0x<offset>: <reason>"`.
    public var description: String {
        if let offset {
            return "\(blob): at byte \(offset) (0x\(String(offset, radix: 16))): \(reason)"
        }
        return "\(blob): \(reason)"
    }
}
