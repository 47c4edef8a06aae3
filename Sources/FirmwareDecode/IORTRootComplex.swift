/// An IORT PCI root complex node body (type 2, spec-reference §3.8).
public struct IORTRootComplex: Equatable, Sendable {
    /// Memory access properties.
    public let memoryAccess: IORTMemoryAccessProperties
    /// ATS attribute: bit0 ATS, bit1 PRI, bit2 PASID forwarding.
    public let atsAttribute: UInt32
    /// PCI segment number (equals `_SEG` / the MCFG segment).
    public let pciSegment: UInt32
    /// Memory address size limit in bits; `nil` for node revision 0 (Linux ignores it there).
    public let memoryAddressSizeLimit: UInt8?
    /// PASID capabilities (bits 4:0 max PASID width); only for node revision ≥ 4.
    public let pasidCapabilities: UInt16?
    /// Flags (bit0 PASID supported); only for node revision ≥ 4 with a 40-byte fixed part.
    public let flags: UInt32?

    /// ATS attribute bit 0.
    public var atsSupported: Bool { atsAttribute & 1 != 0 }
}
