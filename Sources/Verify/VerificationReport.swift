import TopologyModel

/// How thoroughly `Verifier.verify` checks.
public struct VerifyOptions: Sendable, Hashable {
    /// With `exhaustive`: input IDs sent through the device one by one; pieces past this budget get
    /// their boundary IDs and a few inside. (The per-ID oracle, `PerIDVerifier`, reads it as the
    /// number of IDs it resolves before sampling.)
    public var maxIDs: Int = 1 << 20
    /// Every ID of every piece goes through the device (PROBE, ATTACH, MAP, DMA, UNMAP, DETACH),
    /// not only each piece's first, last and three inside. The blobs are proven piece by piece
    /// either way.
    public var exhaustive: Bool = false
    /// Seed of the sample generator (same seed, same IDs).
    public var seed: UInt64 = 0x746f_706f_635f_7631
    /// Detailed mismatches kept per (row, format); the rest are only counted.
    public var detailsPerRow: Int = 8

    public init(maxIDs: Int = 1 << 20, exhaustive: Bool = false) {
        self.maxIDs = maxIDs
        self.exhaustive = exhaustive
    }
}

/// Which run of IDs a mismatch is about, for tools and tests: a root complex (or platform device)
/// name, the check (`DT iommu-map`, `DT msi-map`, `VIOT`, `IORT iommu`, `IORT msi`), the piece's
/// input IDs and the first of them that differs.
public struct PieceKey: Hashable, Sendable {
    public var scope: String
    public var check: String
    public var ids: ClosedRange<UInt32>
    public var firstDiffering: UInt32

    public init(scope: String, check: String, ids: ClosedRange<UInt32>, firstDiffering: UInt32) {
        self.scope = scope
        self.check = check
        self.ids = ids
        self.firstDiffering = firstDiffering
    }
}

/// One difference between what a guest reads from the blobs (and what the device answers) and
/// what the topology says.
public struct Mismatch: Hashable, Sendable, CustomStringConvertible {
    /// Which ID: `RID 0x0010 of root complex 'pcie' (segment 0)`, `endpoint 0x10 of 'viommu'`...
    public var subject: String
    /// Which blob (or `device`, `configuration`) disagrees: `DT`, `VIOT`, `IORT`, `MCFG`, `device`.
    public var format: String
    public var blobSays: String
    public var topologySays: String
    public var deviceAnswered: String
    /// Where the topology says it, when that is one place.
    public var location: SourceLocation?
    /// The piece of a root complex's RIDs it is about, when it is one.
    public var piece: PieceKey?

    public init(subject: String, format: String, blobSays: String, topologySays: String, deviceAnswered: String,
                location: SourceLocation?) {
        self.subject = subject
        self.format = format
        self.blobSays = blobSays
        self.topologySays = topologySays
        self.deviceAnswered = deviceAnswered
        self.location = location
    }

    public var description: String {
        "\(subject): \(format) says \(blobSays); the topology says \(topologySays); the device answered \(deviceAnswered)"
    }
}

/// The outcome of one verification: a row per ID range, every mismatch, and counters.
public struct VerificationReport: Sendable {
    public struct Row: Sendable, Hashable {
        /// `pcie seg 0 RIDs 0x0000-0x000f`, `device net0 @0xa000000`.
        public var source: String
        /// `viommu 0x0-0xf`, or `bypass`.
        public var translation: String
        /// `its 0x0-0xf`, or `-`.
        public var msi: String
        /// Input IDs of the range checked against the blobs.
        public var checkedIDs: Int
        /// Whether every ID of the range was checked (otherwise boundary + sampled IDs).
        public var exhaustive: Bool
        public var mismatches: Int

        public var result: String { mismatches == 0 ? "ok" : "\(mismatches) mismatch\(mismatches == 1 ? "" : "es")" }
    }

    public var topologyName: String
    /// Formats that were present and checked: `DT`, `VIOT`, `IORT`, `MCFG`.
    public var formats: [String]
    public var rows: [Row]
    /// Mismatches kept in detail (at most `VerifyOptions.detailsPerRow` per row and format).
    public var mismatches: [Mismatch]
    /// Every mismatch, including those not kept in detail.
    public var mismatchCount: Int
    /// Input IDs (RIDs and platform devices) resolved through the blobs and compared.
    public var endpoints: Int
    /// Distinct (virtio IOMMU, endpoint ID) pairs driven through a device.
    public var deviceEndpoints: Int
    /// Elementary pieces of root complexes' RIDs proven (cut at the union of every breakpoint).
    public var pieces: Int = 0
    /// Requests that went through the devices' virtqueues.
    public var requests: Int
    /// DMAs translated by the devices.
    public var dmas: Int

    public var passed: Bool { mismatchCount == 0 }

    /// The line the CLI contract promises.
    public var summary: String { "verified: \(endpoints) endpoints, \(requests) requests, \(mismatchCount) mismatches" }

    /// The table of ID ranges and their result.
    public func table() -> String {
        let header = Row(source: "source", translation: "translation", msi: "msi", checkedIDs: 0, exhaustive: true, mismatches: 0)
        func checked(_ r: Row) -> String { r.exhaustive ? "\(r.checkedIDs)" : "\(r.checkedIDs) sampled" }
        let cells = rows.map { [$0.source, $0.translation, $0.msi, checked($0), $0.result] }
        let all = [[header.source, header.translation, header.msi, "checked", "result"]] + cells
        let widths = (0..<5).map { c in all.map { $0[c].count }.max() ?? 0 }
        var lines = ["\(topologyName): checked \(formats.isEmpty ? "no firmware formats" : formats.joined(separator: ", "))"]
        for line in all {
            lines.append(zip(line, widths).enumerated().map { i, p in
                i == 4 ? p.0 : p.0 + String(repeating: " ", count: p.1 - p.0.count)
            }.joined(separator: "  "))
        }
        return lines.joined(separator: "\n")
    }

    /// Mismatches as compiler-style diagnostics (id `verify-mismatch`), pointing into the topology
    /// where a location makes sense, else at its first line.
    public func diagnostics(file: String) -> [Diagnostic] {
        var result = mismatches.map {
            Diagnostic(id: "verify-mismatch", $0.description, at: $0.location ?? .start(of: file))
        }
        let hidden = mismatchCount - mismatches.count
        if hidden > 0 {
            result.append(Diagnostic(id: "verify-mismatch", "\(hidden) further mismatch\(hidden == 1 ? "" : "es") of the same ranges not shown",
                                     at: .start(of: file)))
        }
        return result
    }
}
