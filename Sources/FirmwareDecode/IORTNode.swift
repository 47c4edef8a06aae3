/// One IORT node: the 16-byte common header, its ID mappings and its decoded body.
public struct IORTNode: Equatable, Sendable {
    /// The decoded body.
    public enum Kind: Equatable, Sendable {
        /// Type 0 with its GIC ITS identifiers.
        case itsGroup(itsIdentifiers: [UInt32])
        /// Type 1.
        case namedComponent(IORTNamedComponent)
        /// Type 2.
        case rootComplex(IORTRootComplex)
        /// Type 4.
        case smmuV3(IORTSMMUv3)
        /// Any other type (SMMUv1/v2, PMCG, RMR, IWB, reserved): header and mappings only.
        case other(type: UInt8)
    }

    /// Byte offset of the node from the start of the table (what output references hold).
    public let offset: Int
    /// The raw type byte.
    public let type: UInt8
    /// Node length, mappings included.
    public let length: UInt16
    /// Node revision.
    public let revision: UInt8
    /// Identifier (reserved, 0, in revision-0 tables).
    public let identifier: UInt32
    /// Number of ID mappings (header field).
    public let mappingCount: UInt32
    /// Offset of the ID array from the start of the node (0 when there are none).
    public let mappingOffset: UInt32
    /// The ID mappings in array order.
    public let mappings: [IORTIDMapping]
    /// The decoded body.
    public let kind: Kind
    /// The index Linux skips when translating IDs through this node (`iort_get_id_mapping_index`):
    /// the SMMUv3's valid DeviceID mapping index, or 0 for a PMCG without an overflow GSIV.
    public let specialMappingIndex: Int?

    /// The node type, if it is a known one.
    public var nodeType: IORTNodeType? { IORTNodeType(rawValue: type) }

    /// The index of the mapping at table offset `offset` (`IORTIDMapping.offset`), if it is one of
    /// this node's (20 bytes each, from `mappingOffset`).
    public func mappingIndex(atOffset offset: Int) -> Int? {
        let at = offset - self.offset - Int(mappingOffset)
        guard at >= 0, at % 20 == 0, at / 20 < mappings.count else { return nil }
        return at / 20
    }
}
