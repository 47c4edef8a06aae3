/// What the driver learned from one completion.
public struct RequestOutcome: Sendable, Hashable {
    /// The tail's `status`, or `nil` when the used length was not exactly the size of the writable
    /// part (the spec tells drivers to treat that — including used length 0 — as failure), or the
    /// status byte is not a defined value.
    public var status: RequestStatus?
    /// The used length the device reported.
    public var usedLength: UInt32

    public init(status: RequestStatus?, usedLength: UInt32) {
        self.status = status
        self.usedLength = usedLength
    }

    /// Completion never arrived (the device stopped: `DEVICE_NEEDS_RESET`).
    public static let lost = RequestOutcome(status: nil, usedLength: 0)
}
