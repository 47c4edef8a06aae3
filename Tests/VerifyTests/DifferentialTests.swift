import FirmwareDecode
import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel
@_spi(Oracle) import Verify

/// The piecewise verifier against the per-ID oracle (`PerIDVerifier`, the verifier before issue 9):
/// the same verdict piece by piece on valid topologies and on mutated blobs. Seeded, deterministic.
@Suite struct DifferentialTests {
    /// SplitMix64: the same seed gives the same cases on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    struct Blobs {
        var dtb: FirmwareBlob?
        var acpi: [FirmwareBlob]
    }

    static func blobs(_ topology: Topology) throws -> Blobs {
        let files = try Compiler.emit(topology, kinds: OutputKind.defaults(for: topology))
        return Blobs(dtb: files.first { $0.name.hasSuffix(".dtb") }.map { FirmwareBlob(name: $0.name, bytes: $0.bytes) },
                     acpi: files.filter { $0.name.hasSuffix(".aml") && !$0.name.hasPrefix("SSDT") }.map { FirmwareBlob(name: $0.name, bytes: $0.bytes) })
    }

    /// Which blob a check reads: DT maps (and their errors) are one family, as the oracle reports them.
    static func family(_ check: String) -> String { check.hasPrefix("DT") ? "DT" : check }

    /// Runs both verifiers and compares their verdicts: both refuse the blobs, or for every root
    /// complex and family the pieces the new verifier reports are exactly the runs in which the
    /// oracle finds differing IDs, with the same first differing ID; platform devices and MCFG
    /// give the same counts.
    static func expectSameVerdict(_ topology: Topology, _ blobs: Blobs, _ what: String,
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var options = VerifyOptions()
        options.detailsPerRow = .max
        let new: VerificationReport, old: VerificationReport
        do {
            new = try Verifier.verify(topology: topology, dtb: blobs.dtb, acpiTables: blobs.acpi, options: options)
        } catch {
            let oracle = Result { () throws(MalformedBlobError) in
                try PerIDVerifier.verify(topology: topology, dtb: blobs.dtb, acpiTables: blobs.acpi, options: options)
            }
            if case .success = oracle { Issue.record("\(what): only the new verifier refused: \(error)", sourceLocation: sourceLocation) }
            return
        }
        do {
            old = try PerIDVerifier.verify(topology: topology, dtb: blobs.dtb, acpiTables: blobs.acpi, options: options)
        } catch {
            Issue.record("\(what): only the oracle refused: \(error)", sourceLocation: sourceLocation)
            return
        }
        let exhaustive = old.rows.allSatisfy { $0.exhaustive }
        #expect(exhaustive, "\(what): the oracle must resolve every ID", sourceLocation: sourceLocation)
        // Oracle: differing IDs by (root complex, family).
        var oracle: [String: Set<UInt32>] = [:]
        for m in old.mismatches { if let k = m.piece { oracle["\(k.scope)|\(family(k.check))", default: []].insert(k.firstDiffering) } }
        // New: the first differing ID of each piece by (root complex, family, piece).
        var pieces: [String: [ClosedRange<UInt32>: UInt32]] = [:]
        for m in new.mismatches {
            guard let k = m.piece else { continue }
            let key = "\(k.scope)|\(family(k.check))"
            pieces[key, default: [:]][k.ids] = min(pieces[key]?[k.ids] ?? .max, k.firstDiffering)
        }
        for (key, runs) in pieces {
            let ids = oracle[key] ?? []
            for (run, first) in runs {
                let inside = ids.filter { run.contains($0) }
                #expect(inside.min() == first, "\(what): \(key) piece \(hex(run.lowerBound))-\(hex(run.upperBound)): new says first differing \(hex(first)), oracle \(inside.min().map { hex($0) } ?? "none")",
                        sourceLocation: sourceLocation)
            }
        }
        for (key, ids) in oracle {
            let runs = pieces[key] ?? [:]
            let uncovered = ids.filter { id in !runs.keys.contains { $0.contains(id) } }
            #expect(uncovered.isEmpty, "\(what): \(key): the oracle finds \(uncovered.count) differing IDs (first \(uncovered.min().map { hex($0) } ?? "")) in no reported piece",
                    sourceLocation: sourceLocation)
        }
        func deviceRows(_ r: VerificationReport) -> [String: Int] {
            Dictionary(r.rows.filter { $0.source.hasPrefix("device ") }.map { ($0.source, $0.mismatches) }, uniquingKeysWith: +)
        }
        #expect(deviceRows(new) == deviceRows(old), "\(what): platform devices", sourceLocation: sourceLocation)
        let mcfg = { (r: VerificationReport) in r.mismatches.filter { $0.format == "MCFG" }.map(\.description) }
        #expect(mcfg(new) == mcfg(old), "\(what): MCFG", sourceLocation: sourceLocation)
        let blobMismatch = { (r: VerificationReport) in r.mismatches.contains { $0.piece != nil || $0.format == "MCFG" || $0.format.hasPrefix("DT") && $0.piece == nil } }
        #expect(blobMismatch(new) == blobMismatch(old), "\(what): overall verdict on the blobs", sourceLocation: sourceLocation)
    }

    // MARK: Mutations

    enum Mutation: CaseIterable { case byte, entry, range, truncate }

    /// One seeded mutation of one blob: a changed byte, a changed map entry field (DT cell, VIOT
    /// range field, IORT mapping field), a changed range length, or a truncated ACPI table.
    static func mutate(_ blobs: Blobs, _ mutation: Mutation, _ rng: inout Random) -> (Blobs, String)? {
        var out = blobs
        switch mutation {
        case .byte:
            let targets = (blobs.dtb.map { [$0] } ?? []) + blobs.acpi
            guard !targets.isEmpty else { return nil }
            let t = rng.below(targets.count)
            var bytes = targets[t].bytes
            let at = 36 + rng.below(bytes.count - 36)
            bytes[at] ^= UInt8(1 << rng.below(8))
            if t == 0, blobs.dtb != nil { out.dtb!.bytes = bytes } else {
                fixChecksum(&bytes)
                out.acpi[t - (blobs.dtb == nil ? 0 : 1)].bytes = bytes
            }
            return (out, "byte \(at) of \(targets[t].name) flipped")
        case .entry, .range:
            var fields: [(blob: Int, offset: Int, width: Int, what: String)] = []  // blob -1 = DTB (big-endian cells)
            if let dtb = blobs.dtb, let tree = try? DeviceTreeBlob(dtb.bytes) {
                for node in tree.nodes {
                    for map in ["iommu-map", "msi-map"] {
                        guard let value = node.property(map), let at = try? uniqueIndexQuiet(value, dtb.bytes) else { continue }
                        for e in 0..<(value.count / 16) {
                            if mutation == .range { fields.append((-1, at + 16 * e + 12, 4, "\(node.path):\(map) entry \(e) length")) }
                            else { for c in [0, 2] { fields.append((-1, at + 16 * e + 4 * c, 4, "\(node.path):\(map) entry \(e) cell \(c)")) } }
                        }
                    }
                }
            }
            for (i, blob) in blobs.acpi.enumerated() {
                if let viot = try? VIOTTable(blob.bytes) {
                    for r in viot.pciRanges {
                        if mutation == .range { fields.append((i, r.offset + 14, 2, "VIOT range at \(r.offset) BDF end")) }
                        else { fields.append((i, r.offset + 4, 4, "VIOT range at \(r.offset) endpoint start")); fields.append((i, r.offset + 12, 2, "VIOT range at \(r.offset) BDF start")) }
                    }
                }
                if let iort = try? IORTTable(blob.bytes) {
                    for node in iort.nodes {
                        for m in node.mappings {
                            if mutation == .range { fields.append((i, m.offset + 4, 4, "IORT mapping at \(m.offset) count")) }
                            else { fields.append((i, m.offset, 4, "IORT mapping at \(m.offset) input base")); fields.append((i, m.offset + 8, 4, "IORT mapping at \(m.offset) output base")) }
                        }
                    }
                }
            }
            guard !fields.isEmpty else { return nil }
            let f = fields[rng.below(fields.count)]
            let delta: Int64 = [1, -1, 0x100, -0x10, 7][rng.below(5)]
            func change(_ bytes: inout [UInt8], bigEndian: Bool) {
                var v: UInt64 = 0
                for k in 0..<f.width { v |= UInt64(bytes[f.offset + (bigEndian ? f.width - 1 - k : k)]) << (8 * UInt64(k)) }
                v = UInt64(bitPattern: Int64(bitPattern: v) &+ delta) & (f.width == 4 ? 0xffff_ffff : 0xffff)
                for k in 0..<f.width { bytes[f.offset + (bigEndian ? f.width - 1 - k : k)] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
            }
            if f.blob < 0 { change(&out.dtb!.bytes, bigEndian: true) } else {
                change(&out.acpi[f.blob].bytes, bigEndian: false)
                fixChecksum(&out.acpi[f.blob].bytes)
            }
            return (out, "\(f.what) \(delta > 0 ? "+" : "")\(delta)")
        case .truncate:
            guard !blobs.acpi.isEmpty else { return nil }
            let t = rng.below(blobs.acpi.count)
            var bytes = blobs.acpi[t].bytes
            let length = 36 + rng.below(bytes.count - 36)
            bytes = Array(bytes.prefix(length))
            if rng.below(2) == 0 { putLE32(UInt32(length), into: &bytes, at: 4) }  // a consistent header, or not
            fixChecksum(&bytes)
            out.acpi[t].bytes = bytes
            return (out, "\(blobs.acpi[t].name) cut to \(length) bytes")
        }
    }

    static func uniqueIndexQuiet(_ needle: [UInt8], _ haystack: [UInt8]) throws -> Int {
        var found: [Int] = []
        if needle.count <= haystack.count {
            for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
                found.append(i)
                if found.count > 1 { break }
            }
        }
        guard found.count == 1 else { throw SetupFailure("expected exactly one occurrence") }
        return found[0]
    }

    /// The topology's own blobs (and `madt`, the VMM's table, when given), then `count` seeded
    /// mutations of them, each through both verifiers.
    static func sweep(_ topology: Topology, name: String, seed: UInt64, mutations count: Int, madt: [UInt8]? = nil) throws {
        var clean = try blobs(topology)
        if let madt { clean.acpi.append(FirmwareBlob(name: "APIC", bytes: madt)) }
        expectSameVerdict(topology, clean, "\(name) (own outputs)")
        sweep(topology, clean, name: name, seed: seed, mutations: count)
    }

    /// `count` seeded mutations of `clean`, each through both verifiers against `topology`.
    static func sweep(_ topology: Topology, _ clean: Blobs, name: String, seed: UInt64, mutations count: Int) {
        var rng = Random(state: seed)
        for k in 0..<count {
            let mutation = Mutation.allCases[k % Mutation.allCases.count]
            guard let (mutated, what) = mutate(clean, mutation, &rng) else { continue }
            expectSameVerdict(topology, mutated, "\(name): \(what)")
        }
    }

    // MARK: Cases

    @Test(arguments: exampleTopologyNames())
    func examplesAndTheirMutations(name: String) throws {
        try Self.sweep(try example(name), name: name, seed: UInt64(name.utf8.count) &* 0x1234_5678, mutations: 4)
    }

    @Test(arguments: [1, 2])
    func generatedLayouts(scale: Int) throws {
        let topology = try topology(text: TopologyGenerator.generate(scale: scale), file: "scale-\(scale).yaml")
        try Self.sweep(topology, name: "scale \(scale)", seed: UInt64(scale), mutations: scale == 1 ? 4 : 1)
    }

    /// QEMU's recorded GICv2 virt machines with their MADT: 10.0's and 7.2's IORT has an ITS group
    /// the MADT does not list (dead: the RIDs fall back to the frame), 11.1's none. The topologies
    /// decompiled with the MADT (the frame) and without it (the ITS, a mismatch on every row) against
    /// the blobs, then seeded mutations of them (the MADT's bytes among them).
    @Test(arguments: ["11.1", "10.0", "7.2"])
    func qemusGICv2MachinesReadWithTheirMADT(qemu: String) throws {
        for (variant, tables) in [(".smmuv3-legacy", ["IORT", "MCFG", "APIC"]), (".viot", ["IORT", "VIOT", "MCFG", "APIC"])] {
            let blobs = Blobs(dtb: nil, acpi: try tables.map { sig in
                let dir = "acpi/qemu-\(qemu)/aarch64-virt/"
                let bytes = try (try? GoldenFiles.bytes(dir + sig + variant)) ?? GoldenFiles.bytes(dir + sig)
                return FirmwareBlob(name: sig, bytes: bytes)
            })
            var verdicts: [Bool] = []
            for withMADT in [true, false] {
                let given = withMADT ? blobs.acpi : blobs.acpi.filter { $0.name != "APIC" }
                let back = Decompiler.decompile(dtb: nil, acpi: given, options: DecompileOptions(name: "q", outputFile: "q.yaml"))
                let topology = try #require(back.topology, "\(qemu)\(variant): \(back.diagnostics)")
                let what = "QEMU \(qemu)\(variant) decompiled \(withMADT ? "with" : "without") its MADT"
                Self.expectSameVerdict(topology, blobs, what)
                verdicts.append(try Verifier.verify(topology: topology, dtb: nil, acpiTables: blobs.acpi).passed)
                Self.sweep(topology, blobs, name: what, seed: UInt64(qemu.utf8.count) &* 0x9e37 &+ UInt64(variant.utf8.count), mutations: 4)
                guard withMADT else { continue }
                // An MADT whose first frame is another than the topology's: the RIDs fall back to
                // that one, a mismatch on every row of both verifiers.
                var moved = blobs
                moved.acpi[moved.acpi.count - 1].bytes = MADTBuilder.table([
                    .gicd(baseAddress: 0x0800_0000, version: 2),
                    .msiFrame(frameID: 1, baseAddress: 0x0803_0000, flags: 0, spiCount: 0, spiBase: 0),
                    .msiFrame(frameID: 0, baseAddress: 0x0802_0000, flags: 1, spiCount: 64, spiBase: 80),
                ])
                Self.expectSameVerdict(topology, moved, "\(what), another frame first")
                let report = try Verifier.verify(topology: topology, dtb: nil, acpiTables: moved.acpi)
                #expect(report.mismatches.contains { $0.piece?.check == "IORT msi" && $0.blobSays == "MSI controller 'GICv2m frame at 0x8030000 (not in the topology)' (no DeviceID)" },
                        "\(what): \(report.mismatches)")
            }
            // Without the MADT: 10.0's and 7.2's ITS, or 11.1's machine without the frame.
            #expect(verdicts == [true, false], "QEMU \(qemu)\(variant): \(verdicts)")
        }
    }

    /// Every kind of mapping to an ITS group the MADT does not list (arm-soc-iort-rev0: a root
    /// complex, an SMMUv3's own MSIs, named components): read with a GICv3 MADT whose ITS has another
    /// ID, the IORT routes no MSI anywhere (no frame to fall back to), so each route of the topology
    /// is a mismatch, the same in both verifiers; with the ITS ID the MADT lists, none is.
    @Test func everyMappingToADeadITSGroupRoutesNothing() throws {
        let topology = try example("arm-soc-iort-rev0.yaml")
        let iort = try #require(try Self.blobs(topology).acpi.first { $0.name == "IORT.aml" })
        for (itsID, passes) in [(UInt32(0), true), (5, false)] {
            let madt = FirmwareBlob(name: "APIC", bytes: MADTBuilder.table([
                .gicd(baseAddress: 0x2f00_0000, version: 3), .its(itsID: itsID, baseAddress: 0x2f02_0000),
            ]))
            let blobs = Blobs(dtb: nil, acpi: [iort, madt])
            Self.expectSameVerdict(topology, blobs, "arm-soc-iort-rev0 with ITS ID \(itsID) in the MADT")
            let report = try Verifier.verify(topology: topology, dtb: nil, acpiTables: blobs.acpi)
            #expect(report.passed == passes, "ITS ID \(itsID): \(report.mismatches)")
            guard !passes else { continue }
            let msi = report.mismatches.filter { $0.blobSays == "no MSI route" }.map { $0.piece?.check ?? $0.subject }
            #expect(msi.sorted() == ["IORT msi", "platform device 'eth' at 0x2c200000", "platform device 'ufs' at 0x2c100000"], "\(report.mismatches)")
        }
    }

    /// A one-ID entry in the middle of a range: the blobs of a topology whose map entry is split
    /// around one RID that gets another ID, verified against the unsplit topology (DT, VIOT-less
    /// arm64 with IORT: every blob carries the inserted entry).
    @Test(arguments: ["smmu", "viommu"])
    func aOneIDEntryInsertedInTheMiddleOfARange(iommu: String) throws {
        func text(_ iommuMap: String) -> String {
            """
            topology: 1
            name: split
            arch: arm64
            msi-controllers:
              its: { type: gicv3-its, base: 0x08080000 }
            iommus:
              smmu: { type: smmuv3, base: 0x09050000, interrupts: { eventq: 74, priq: 75, cmdq-sync: 77, gerror: 76 } }
              viommu: { type: virtio-pci, root-complex: pcie0, bdf: "00:01.0" }
            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0x0f]
                ecam: 0x4010000000
                iommu-map:
                  - { rids: [0x0000, 0x0007], iommu: viommu, id: 0 }
            \(iommuMap)
                msi-map:
                  - { rids: [0x0000, 0x0fff], controller: its, id: 0 }
            """
        }
        let whole = try topology(text: text("      - { rids: [0x0100, 0x0fff], iommu: \(iommu), id: 0x100 }"), file: "whole.yaml")
        let split = try topology(text: text("""
                  - { rids: [0x0100, 0x07ff], iommu: \(iommu), id: 0x100 }
                  - { rids: [0x0800, 0x0800], iommu: \(iommu), id: 0x9000 }
                  - { rids: [0x0801, 0x0fff], iommu: \(iommu), id: 0x801 }
            """), file: "split.yaml")
        let blobs = try Self.blobs(split)
        Self.expectSameVerdict(whole, blobs, "one-ID entry at RID 0x800 (\(iommu))")
        let report = try Verifier.verify(topology: whole, dtb: blobs.dtb, acpiTables: blobs.acpi)
        #expect(!report.passed)
        let keys = report.mismatches.compactMap(\.piece)
        #expect(!keys.isEmpty && keys.allSatisfy { $0.ids == 0x800...0x800 && $0.firstDiffering == 0x800 }, "\(keys)")
        #expect(keys.contains { $0.check == "DT iommu-map" })
        #expect(keys.contains { $0.check == (iommu == "smmu" ? "IORT iommu" : "VIOT") })
    }

    /// Random valid arm64 topologies: one or two root complexes with random bus ranges and random
    /// runs of iommu-map (virtio-pci IOMMU or SMMUv3) and msi-map entries; both verifiers on their
    /// own outputs and on mutations.
    @Test func randomValidTopologies() throws {
        var rng = Random(state: 0x5eed)
        var checked = 0, gicv2m = 0
        for n in 0..<12 {
            let text = Self.randomTopology(&rng, n)
            let result = Compiler.check(bytes: Array(text.utf8), file: "random-\(n).yaml")
            guard let topology = result.topology, !result.hasErrors,
                  (try? Compiler.emit(topology, kinds: OutputKind.defaults(for: topology))) != nil else { continue }
            checked += 1
            if topology.msiControllers.contains(where: \.isGICv2m) { gicv2m += 1 }
            // With the MADT of the GIC the layout has (QEMU's): its ITS ID or frame, mutated too.
            let madt = MADTBuilder.table(topology.msiControllers.contains(where: \.isGICv2m) ? MADTBuilder.qemuGICv2 : MADTBuilder.qemuGICv3)
            try Self.sweep(topology, name: "random \(n)", seed: rng.next(), mutations: 4, madt: n % 2 == 0 ? madt : nil)
        }
        #expect(checked >= 8, "most random topologies are valid")
        #expect(gicv2m >= 2, "GICv2m layouts are among them")
    }

    static func randomTopology(_ rng: inout Random, _ n: Int) -> String {
        let smmu = rng.below(2) == 0
        // Every third layout sends its MSIs to a GICv2m frame (no DeviceIDs) instead of an ITS.
        let v2m = n % 3 == 2
        var out = """
            topology: 1
            name: random-\(n)
            arch: arm64
            msi-controllers:
              \(v2m ? "its: { type: gicv2m, base: 0x08020000 }" : "its: { type: gicv3-its, base: 0x08080000 }")
            iommus:
              viommu: { type: virtio-pci, root-complex: pcie0, bdf: "00:0\(1 + rng.below(3)).0" }

            """
        if smmu { out += "  smmu: { type: smmuv3, base: 0x09050000, interrupts: { eventq: 74, priq: 75, cmdq-sync: 77, gerror: 76 } }\n" }
        out += "root-complexes:\n"
        var nextID: [String: UInt32] = ["viommu": 0, "smmu": 0, "its": 0]
        let rcCount = 1 + rng.below(2)
        for r in 0..<rcCount {
            let firstBus = r == 0 ? 0 : 0x10 + rng.below(0x10)
            let lastBus = firstBus + rng.below(3)
            out += "  pcie\(r):\n    segment: 0\n    buses: [\(hex(firstBus)), \(hex(lastBus))]\n"
            if r == 0 { out += "    ecam: 0x4010000000\n" } else { out += "    dt: false\n" }
            var iommu = "    iommu-map:\n", msi = "    msi-map:\n"
            var rid = UInt32(firstBus) << 8
            let end = UInt32(lastBus) << 8 | 0xff
            while rid <= end {
                let length = UInt32(min(Int(end - rid) + 1, 1 + rng.below(0x180)))
                let target = smmu && rng.below(2) == 0 ? "smmu" : "viommu"
                if rng.below(4) != 0 {
                    iommu += "      - { rids: [\(hex(rid)), \(hex(rid + length - 1))], iommu: \(target), id: \(hex(nextID[target]!)) }\n"
                    nextID[target]! += length + UInt32(rng.below(3)) * 0x10
                }
                if rng.below(5) != 0 {
                    msi += "      - { rids: [\(hex(rid)), \(hex(rid + length - 1))], controller: its\(v2m ? "" : ", id: \(hex(nextID["its"]!))") }\n"
                    nextID["its"]! += length + UInt32(rng.below(2))
                }
                rid += length
            }
            if iommu.contains("rids") { out += iommu }
            if msi.contains("rids") { out += msi }
        }
        return out
    }
}
