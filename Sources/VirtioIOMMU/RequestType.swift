/// The `type` byte of a request head (spec-reference §4.4). 0 and values ≥ 6 are undefined.
public enum RequestType: UInt8, Sendable, CaseIterable {
    case attach = 1
    case detach = 2
    case map = 3
    case unmap = 4
    case probe = 5

    /// Size of the device-readable part (head + body) as sent by drivers.
    public var readableSize: Int {
        switch self {
        case .attach, .detach: return 20
        case .map: return 36
        case .unmap: return 28
        case .probe: return 72
        }
    }
}
