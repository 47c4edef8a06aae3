/// The `status` byte of a request tail (spec-reference §4.4).
public enum RequestStatus: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case ok = 0
    /// Transport error. Never produced by this model: transport errors set `DEVICE_NEEDS_RESET`.
    case ioError = 1
    case unsupported = 2
    /// Internal device error (only for an impossible PROBE overflow; configuration validation
    /// normally rules it out).
    case deviceError = 3
    case invalid = 4
    case range = 5
    case noEntry = 6
    /// Bad address. Never produced by this model (it does not police physical addresses).
    case fault = 7
    case noMemory = 8

    public var description: String {
        switch self {
        case .ok: return "S_OK"
        case .ioError: return "S_IOERR"
        case .unsupported: return "S_UNSUPP"
        case .deviceError: return "S_DEVERR"
        case .invalid: return "S_INVAL"
        case .range: return "S_RANGE"
        case .noEntry: return "S_NOENT"
        case .fault: return "S_FAULT"
        case .noMemory: return "S_NOMEM"
        }
    }
}
