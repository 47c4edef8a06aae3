/// The answer of `DeviceTreeBlob.ofMapID`, mirroring what Linux's `of_map_id` hands back.
public struct MapResult: Equatable, Sendable {
    /// The output ID. For a match: `masked - rid-base + out-base`. Without a match or without the
    /// map property: the input ID, unmasked.
    public let id: UInt32
    /// Path of the node the matching entry points at; `nil` when nothing matched or there is no
    /// map (for `iommu-map`: the device has no IOMMU).
    public let target: String?
    /// Phandle of `target`, when there is one.
    public let targetPhandle: UInt32?
    /// Whether the node has the map property at all.
    public let mapPresent: Bool

    /// Creates a result (useful to compare with expected answers).
    public init(id: UInt32, target: String?, targetPhandle: UInt32?, mapPresent: Bool) {
        self.id = id
        self.target = target
        self.targetPhandle = targetPhandle
        self.mapPresent = mapPresent
    }

    /// Whether an entry matched (the ID was translated).
    public var isTranslated: Bool { target != nil }
}
