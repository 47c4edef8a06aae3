/// An IORT SMMUv3 node body (type 4, spec-reference §3.10).
public struct IORTSMMUv3: Equatable, Sendable {
    /// Register base address.
    public let baseAddress: UInt64
    /// Flags: bit0 COHACC override, bits 2:1 HTTU override, bit3 proximity domain valid,
    /// bit4 DeviceID mapping index valid (node revision ≥ 5).
    public let flags: UInt32
    /// VATOS address (0 if absent).
    public let vatosAddress: UInt64
    /// Model: 0 generic, 1 HiSilicon Hi161x, 2 Cavium CN99xx.
    public let model: UInt32
    /// Event queue GSIV (0 = not wired).
    public let eventGSIV: UInt32
    /// PRI queue GSIV.
    public let priGSIV: UInt32
    /// GERROR GSIV.
    public let gerrGSIV: UInt32
    /// CMD_SYNC GSIV.
    public let syncGSIV: UInt32
    /// Proximity domain (meaningful only when flags bit 3 is set).
    public let proximityDomain: UInt32
    /// The raw DeviceID mapping index field.
    public let deviceIDMappingIndex: UInt32

    /// Flags bit 0: page-table walks are coherent.
    public var cohacc: Bool { flags & 1 != 0 }
    /// Flags bits 2:1.
    public var httuOverride: UInt32 { (flags >> 1) & 3 }
    /// Flags bit 3.
    public var proximityDomainValid: Bool { flags & 8 != 0 }
    /// Flags bit 4.
    public var deviceIDMappingIndexValidFlag: Bool { flags & 16 != 0 }

    /// Whether Linux treats `deviceIDMappingIndex` as valid for a node of `nodeRevision`:
    /// never for revision 0; for revisions 1–4 unless all four GSIVs are wired; for revision ≥ 5
    /// only when flags bit 4 is set.
    public func deviceIDMappingIndexIsValid(nodeRevision: UInt8) -> Bool {
        switch nodeRevision {
        case 0: return false
        case 1...4: return !(eventGSIV != 0 && priGSIV != 0 && gerrGSIV != 0 && syncGSIV != 0)
        default: return deviceIDMappingIndexValidFlag
        }
    }
}
