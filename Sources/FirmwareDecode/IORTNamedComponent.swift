/// An IORT named component node body (type 1, spec-reference §3.7).
public struct IORTNamedComponent: Equatable, Sendable {
    /// Node flags: bit0 stall supported, bits 5:1 PASID width.
    public let nodeFlags: UInt32
    /// Memory access properties.
    public let memoryAccess: IORTMemoryAccessProperties
    /// Device memory address size limit in bits.
    public let memoryAddressSizeLimit: UInt8
    /// Full ACPI namespace path of the device, e.g. `\_SB_.ETH0`.
    public let deviceName: String
}
