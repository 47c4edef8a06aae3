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

/// What verify made of one blob it was given: what it was recognized as, and what was checked
/// against it (or why nothing was).
public struct BlobReading: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case dtb, viot, iort, mcfg, madt
        /// An ACPI table verify does not read, with its signature.
        case notRead(signature: String)
    }

    /// The blob's name (its file name on the command line).
    public var blob: String
    public var kind: Kind
    /// What was checked against it (`iommu-map, msi-map of 1 host bridge...`), or why it was not read.
    public var checked: String

    public init(blob: String, kind: Kind, checked: String) {
        self.blob = blob
        self.kind = kind
        self.checked = checked
    }

    /// `DTB`, `VIOT`, `IORT`, `MCFG`, or `not read`.
    public var recognizedAs: String {
        switch kind {
        case .dtb: "DTB"
        case .viot: "VIOT"
        case .iort: "IORT"
        case .mcfg: "MCFG"
        case .madt: "MADT"
        case .notRead: "not read"
        }
    }

    public var wasRead: Bool {
        if case .notRead = kind { return false }
        return true
    }
}

/// The outcome of one verification: what each blob was read as, a row per ID range, every
/// mismatch, the findings about the blobs themselves, and counters.
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
    /// Every blob given, in the order given (the DTB first), with what it was read as.
    public var blobs: [BlobReading] = []
    /// Findings about the blobs as inputs, located at the blob (offset 0): `verify-blob-not-read`
    /// (warning) for each blob not read, `verify-nothing-read` (error) when no blob was read.
    public var findings: [Diagnostic] = []
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

    /// Whether anything was checked at all: at least one DTB, VIOT, IORT, MCFG or MADT was read.
    public var readAnything: Bool { !formats.isEmpty }

    /// No mismatch, and something was checked (a run that read no blob fails: `verify-nothing-read`).
    public var passed: Bool { mismatchCount == 0 && readAnything && !findings.contains { $0.severity == .error } }

    /// The line the CLI contract promises; when no blob was read, a line that says so instead.
    public var summary: String {
        guard readAnything else { return "verified: nothing (no DTB, VIOT, IORT, MCFG or MADT was read)" }
        return "verified: \(endpoints) endpoints, \(requests) requests, \(mismatchCount) mismatches"
    }

    /// One line per blob: its name, what it was read as, and what was checked against it.
    public func blobList() -> String {
        let header = "\(topologyName): \(blobs.count) blob\(blobs.count == 1 ? "" : "s") given, "
            + "\(blobs.filter(\.wasRead).count) read (checked \(formats.isEmpty ? "nothing" : formats.joined(separator: ", ")))"
        let nameWidth = blobs.map(\.blob.count).max() ?? 0
        let kindWidth = blobs.map(\.recognizedAs.count).max() ?? 0
        let lines = blobs.map { b in
            "  " + b.blob + String(repeating: " ", count: nameWidth - b.blob.count) + "  "
                + b.recognizedAs + String(repeating: " ", count: kindWidth - b.recognizedAs.count) + "  " + b.checked
        }
        return ([header] + lines).joined(separator: "\n")
    }

    /// The blobs (`blobList()`), then the table of ID ranges and their result; no table when
    /// nothing was read, since nothing was checked.
    public func table() -> String {
        guard readAnything else { return blobList() }
        func checked(_ r: Row) -> String { r.exhaustive ? "\(r.checkedIDs)" : "\(r.checkedIDs) sampled" }
        let header = ["source", "translation", "msi", "checked", "result"]
        let checkedTexts = rows.map(checked)
        // Columns are as wide as their widest cell, in characters (one byte each when ASCII).
        var widths = header.map(Self.width)
        for (r, row) in rows.enumerated() {
            widths[0] = max(widths[0], Self.width(row.source))
            widths[1] = max(widths[1], Self.width(row.translation))
            widths[2] = max(widths[2], Self.width(row.msi))
            widths[3] = max(widths[3], Self.width(checkedTexts[r]))
        }
        // Written as bytes: a large layout has a row per ID range, and joining padded strings
        // cell by cell cost more than the rest of printing the report.
        var out: [UInt8] = Array(blobList().utf8)
        out.reserveCapacity(out.count + (rows.count + 1) * (widths.reduce(0, +) + 12))
        let spaces = [UInt8](repeating: UInt8(ascii: " "), count: (widths.max() ?? 0) + 2)
        func cell(_ text: String, _ c: Int) {
            var text = text
            let width = text.withUTF8 { bytes -> Int in
                out.append(contentsOf: bytes)
                var high: UInt8 = 0
                for b in bytes { high |= b }
                return high < 0x80 ? bytes.count : -1
            }
            guard c < 4 else { return }
            let pad = widths[c] - (width >= 0 ? width : text.count) + 2
            spaces.withUnsafeBufferPointer { out.append(contentsOf: $0[0..<pad]) }
        }
        func line(_ cells: [String]) {
            out.append(UInt8(ascii: "\n"))
            for (c, text) in cells.enumerated() { cell(text, c) }
        }
        line(header)
        for (r, row) in rows.enumerated() {
            out.append(UInt8(ascii: "\n"))
            cell(row.source, 0)
            cell(row.translation, 1)
            cell(row.msi, 2)
            cell(checkedTexts[r], 3)
            cell(row.result, 4)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell's width in characters (`count`, counted cheaply when the text is ASCII).
    static func width(_ s: String) -> Int {
        var s = s
        let ascii = s.withUTF8 { bytes -> Bool in
            var high: UInt8 = 0
            for b in bytes { high |= b }
            return high < 0x80
        }
        return ascii ? s.utf8.count : s.count
    }

    /// The findings about the blobs (`findings`), then the mismatches as compiler-style diagnostics
    /// (id `verify-mismatch`), pointing into the topology where a location makes sense, else at its
    /// first line.
    public func diagnostics(file: String) -> [Diagnostic] {
        var result = findings
        result += mismatches.map {
            VerifyMismatch.diagnostic($0.description, at: $0.location ?? .start(of: file))
        }
        let hidden = mismatchCount - mismatches.count
        if hidden > 0 {
            result.append(VerifyMismatch.diagnostic("\(hidden) further mismatch\(hidden == 1 ? "" : "es") of the same ranges not shown",
                                                    at: .start(of: file)))
        }
        return result
    }
}
