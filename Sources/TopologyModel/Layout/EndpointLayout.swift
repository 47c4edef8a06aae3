/// Where one run of endpoints comes from: a run of RIDs of a root complex, or a platform device.
public enum EndpointSource: Hashable, Sendable {
    case pci(rootComplex: String, segment: UInt16, rids: IDRange)
    case device(name: String, base: UInt64)

    public var name: String {
        switch self {
        case .pci(let rc, _, _): rc
        case .device(let name, _): name
        }
    }
}

/// Where a run of endpoints' MSIs land: a controller and their DeviceIDs (nil for a GICv2m
/// frame: its MSIs carry no DeviceID).
public struct MSIRoute: Hashable, Sendable {
    public var controller: String
    public var deviceIDs: IDRange?

    public init(controller: String, deviceIDs: IDRange?) {
        self.controller = controller
        self.deviceIDs = deviceIDs
    }
}

/// A reserved region as an endpoint sees it (no source location: it may be implied).
public struct ResolvedRegion: Hashable, Sendable, Comparable {
    public var range: AddressRange
    public var kind: ReservedRegion.Kind

    public init(range: AddressRange, kind: ReservedRegion.Kind) {
        self.range = range
        self.kind = kind
    }

    public static func < (a: ResolvedRegion, b: ResolvedRegion) -> Bool {
        (a.range, a.kind.rawValue) < (b.range, b.kind.rawValue)
    }
}

/// One run of endpoints that share a source, an IOMMU, an MSI controller and reserved regions,
/// with IDs that grow one by one. This is one record of `endpoints.json`.
public struct EndpointRecord: Hashable, Sendable {
    public var source: EndpointSource
    /// The IOMMU that translates them, or nil when they bypass translation.
    public var iommu: String?
    /// Their endpoint/stream IDs on `iommu`.
    public var ids: IDRange?
    public var msi: MSIRoute?
    /// What the virtio IOMMU reports in PROBE for each of them (empty for other IOMMUs).
    public var reserved: [ResolvedRegion]

    public init(source: EndpointSource, iommu: String?, ids: IDRange?, msi: MSIRoute?, reserved: [ResolvedRegion]) {
        self.source = source
        self.iommu = iommu
        self.ids = ids
        self.msi = msi
        self.reserved = reserved
    }
}

/// The layout a guest should see: every endpoint run of a valid topology, resolved from the
/// root complexes' maps (with each virtio-pci IOMMU's own RID taken out of its translation)
/// and the platform devices, with the reserved regions each gets.
///
/// Sorted by (IOMMU, first endpoint ID); runs that bypass translation come last, by source and ID.
public struct EndpointLayout: Hashable, Sendable {
    public var records: [EndpointRecord]

    public init(_ topology: Topology) {
        var records: [EndpointRecord] = []
        let resolver = RegionResolver(topology)
        for rc in topology.rootComplexes {
            let ownRIDs = topology.ownRIDs(of: rc.name)
            for segment in rc.ridSegments() where segment.translation != nil || segment.msi != nil {
                for piece in Self.split(segment, around: ownRIDs) {
                    let iommu = piece.translation.map(\.name)
                    let msi = piece.msi.flatMap { $0.route(for: piece.rids) }
                    records.append(
                        EndpointRecord(
                            source: .pci(rootComplex: rc.name, segment: rc.segment, rids: piece.rids),
                            iommu: iommu, ids: piece.translation.flatMap { $0.ids(for: piece.rids) }, msi: msi,
                            reserved: resolver.regions(iommu: iommu, msiController: msi?.controller, rootComplex: rc)))
                }
            }
        }
        for device in topology.devices where device.iommu != nil || device.msi != nil {
            let msi = device.msi.map {
                MSIRoute(controller: $0.controller, deviceIDs: $0.id.map { IDRange(first: $0, count: 1) })
            }
            records.append(
                EndpointRecord(
                    source: .device(name: device.name, base: device.base), iommu: device.iommu, ids: device.ids,
                    msi: msi, reserved: resolver.regions(iommu: device.iommu, msiController: msi?.controller, device: device)))
        }
        self.records = Self.sorted(records)
    }

    /// `records.sorted(by: order)`, with each record's names replaced by their rank among the
    /// names first: the same comparisons give the same answers (so the same order), without
    /// comparing strings 100,000s of times in a large layout.
    static func sorted(_ records: [EndpointRecord]) -> [EndpointRecord] {
        let iommus = Set(records.compactMap(\.iommu)).sorted()
        let sources = Set(records.map(\.source.name)).sorted()
        let iommuRank = Dictionary(uniqueKeysWithValues: iommus.enumerated().map { ($1, $0) })
        let sourceRank = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1, $0) })
        let keys = records.map { r in
            SortKey(iommu: r.iommu.map { iommuRank[$0]! }, firstID: r.ids?.first ?? 0, source: sourceRank[r.source.name]!,
                    firstInput: firstInput(r))
        }
        let order = records.indices.sorted { SortKey.precedes(keys[$0], keys[$1]) }
        return order.map { records[$0] }
    }

    /// What `order` compares, with names as ranks.
    struct SortKey {
        var iommu: Int?
        var firstID: UInt32
        var source: Int
        var firstInput: UInt64

        static func precedes(_ a: SortKey, _ b: SortKey) -> Bool {
            switch (a.iommu, b.iommu) {
            case (.some(let x), .some(let y)) where x != y: return x < y
            case (.some, .some): return a.firstID < b.firstID
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return (a.source, a.firstInput) < (b.source, b.firstInput)
            }
        }
    }

    /// Takes the IOMMU's own RIDs out of the translated part of a segment: a device is never
    /// translated by itself. The RID keeps its MSI route.
    static func split(_ segment: RIDSegment, around own: Set<UInt32>) -> [RIDSegment] {
        guard segment.translation != nil else { return [segment] }
        let inside = own.filter { segment.rids.contains($0) }.sorted()
        guard !inside.isEmpty else { return [segment] }
        var pieces: [RIDSegment] = []
        var next = UInt64(segment.rids.first)
        func piece(_ first: UInt64, _ count: UInt64, translated: Bool) -> RIDSegment {
            let offset = UInt32(first - UInt64(segment.rids.first))
            var result = segment
            result.rids = IDRange(first: UInt32(first), count: count)
            result.translation = translated ? segment.translation.map { .init(name: $0.name, first: $0.first &+ offset) } : nil
            result.msi = segment.msi.map { $0.advanced(by: offset) }
            return result
        }
        for rid in inside {
            if UInt64(rid) > next { pieces.append(piece(next, UInt64(rid) - next, translated: true)) }
            pieces.append(piece(UInt64(rid), 1, translated: false))
            next = UInt64(rid) + 1
        }
        if next < segment.rids.end { pieces.append(piece(next, segment.rids.end - next, translated: true)) }
        return pieces
    }

    static func order(_ a: EndpointRecord, _ b: EndpointRecord) -> Bool {
        switch (a.iommu, b.iommu) {
        case (.some(let x), .some(let y)) where x != y: return x < y
        case (.some, .some): return (a.ids?.first ?? 0) < (b.ids?.first ?? 0)
        case (.some, .none): return true
        case (.none, .some): return false
        case (.none, .none):
            return (a.source.name, firstInput(a)) < (b.source.name, firstInput(b))
        }
    }

    private static func firstInput(_ r: EndpointRecord) -> UInt64 {
        switch r.source {
        case .pci(_, _, let rids): UInt64(rids.first)
        case .device(_, let base): base
        }
    }
}
