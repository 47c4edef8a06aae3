/// A request the driver can queue; several may go out with a single notify (`submit`).
public enum DriverRequest: Sendable, Hashable {
    case attach(endpoint: UInt32, domain: UInt32, flags: AttachFlags)
    case detach(endpoint: UInt32, domain: UInt32)
    case map(domain: UInt32, virtStart: UInt64, virtEnd: UInt64, physStart: UInt64, flags: MapFlags)
    case unmap(domain: UInt32, virtStart: UInt64, virtEnd: UInt64)
    case probe(endpoint: UInt32)
}
