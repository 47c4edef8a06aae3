import Foundation
import Testing
import TopologyCompiler
import TopologyModel

/// Every format limit is a located error, never a trap (issue 9, defect 4): layouts built at the
/// boundary sizes, just under (compiles) and just over (the rule's error at the element that
/// causes it, from check and compile alike). The table- and package-length limits (gigabytes)
/// are tested with smaller limits through the same code in ACPITests/DeviceTreeTests.
@Suite struct FormatLimitTests {
    /// One root complex (buses 0-0xff) whose iommu-map has `entries` one-RID entries to `iommu`,
    /// each to an output ID that does not continue the last (so no two IORT mappings merge).
    static func manyEntries(_ entries: Int, iommu: String) -> String {
        var text = """
            topology: 1
            name: many-entries
            arch: arm64
            acpi: { oem-id: "TOPOC ", oem-table-id: "LIMITS", creator-id: "TOPC", iort-revision: 0 }
            msi-controllers: {}
            iommus:
              smmu: { type: smmuv3, base: 0x09050000 }
              viommu: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
                ecam: 0x40_1000_0000
                iommu-map:

            """
        for i in 0..<entries {
            text += "      - { rids: [\(i), \(i)], iommu: \(iommu), id: \(2 * i) }\n"
        }
        // The other IOMMU translates a device, so that neither is unused.
        let other = iommu == "smmu" ? "viommu" : "smmu"
        text += "devices:\n  dma: { base: 0x0b000000, size: 0x1000, compatible: \"arm,pl330\", iommu: \(other), id: 0 }\n"
        return text
    }

    /// The errors of `text`, after holding check and compile to the same diagnostics.
    func errors(_ text: String, _ rule: String) -> [Diagnostic] {
        let checked = Compiler.check(bytes: Array(text.utf8), file: "limits.yaml")
        let compiled = Compiler.compile(bytes: Array(text.utf8), file: "limits.yaml")
        #expect(checked.diagnostics == compiled.diagnostics, "\(rule): check and compile disagree")
        #expect(checked.hasErrors == !compiled.succeeded)
        return compiled.diagnostics.filter { $0.severity == .error }
    }

    /// Where `manyEntries`' iommu-map is located: its value, which starts with the first entry.
    static let iommuMapLine = 15

    // MARK: IORT node length (16 bits)

    @Test func iortRootComplexNodeAtItsLengthLimit() throws {
        // Revision 0: a root complex node is 36 bytes and 20 per mapping, so 3,274 mappings fit.
        let most = (65_535 - 36) / 20
        #expect(errors(Self.manyEntries(most, iommu: "smmu"), "iort-node-too-long").isEmpty)
        let over = errors(Self.manyEntries(most + 1, iommu: "smmu"), "iort-node-too-long")
        #expect(over.map(\.id) == ["iort-node-too-long"])
        #expect(over.first?.location.line == Self.iommuMapLine)
        #expect(over.first?.message.contains("3275 ID mappings") == true, "\(over)")
    }

    /// The issue's input: 4,000 entries to an SMMUv3 trapped compile at IORT.swift:135.
    @Test func fourThousandEntriesAreALocatedError() throws {
        let over = errors(Self.manyEntries(4_000, iommu: "smmu"), "iort-node-too-long")
        #expect(over.map(\.id) == ["iort-node-too-long"])
        #expect(over.first?.location.file == "limits.yaml" && over.first?.location.line == Self.iommuMapLine)
    }

    /// The exact IORT bytes just under the limit: the node Length field holds 65,516 (36 + 20 * 3,274).
    @Test func nodeLengthJustUnderIsWrittenExactly() throws {
        let result = Compiler.compile(bytes: Array(Self.manyEntries(3_274, iommu: "smmu").utf8), file: "limits.yaml")
        let iort = try #require(result.files.first { $0.name == "IORT.aml" }?.bytes)
        // Nodes: the SMMUv3 (68 + its none mappings), the named component of `dma`... the root
        // complex is the last node: its Length is at its offset + 1.
        let nodeCount = Int(iort[36]) | Int(iort[37]) << 8
        var offset = 48
        for _ in 0..<(nodeCount - 1) { offset += Int(iort[offset + 1]) | Int(iort[offset + 2]) << 8 }
        #expect(iort[offset] == 2)  // root complex
        #expect(Int(iort[offset + 1]) | Int(iort[offset + 2]) << 8 == 36 + 20 * 3_274)
        #expect(offset + 36 + 20 * 3_274 == iort.count)
    }

    // MARK: AML NameString segment count (one byte)

    static func device(segments: Int) -> String {
        let path = "\\\\_SB_" + (1..<segments).map { ".S\(String(format: "%03X", $0))" }.joined()
        return """
            topology: 1
            name: deep
            arch: arm64
            msi-controllers: {}
            iommus:
              viommu: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
            root-complexes: {}
            devices:
              deep: { base: 0x0b000000, size: 0x1000, compatible: "arm,pl031", acpi-path: "\(path)", iommu: viommu, id: 1 }

            """
    }

    @Test func acpiPathSegmentsAtTheNameStringLimit() throws {
        #expect(errors(Self.device(segments: 255), "aml-name-path-too-long").isEmpty)
        let over = errors(Self.device(segments: 256), "aml-name-path-too-long")
        #expect(over.map(\.id) == ["aml-name-path-too-long"])
        #expect(over.first?.location.line == 9)
    }

    // MARK: At size, with random layouts

    /// Random map sizes around the IORT limit, to either IOMMU (a seeded generator, the same
    /// layouts every run): none traps, and check and compile agree on each.
    @Test func randomLayoutsAroundTheLimitsNeverTrap() throws {
        var rng = LimitsRandom(seed: 9)
        for _ in 0..<4 {
            let entries = 3_200 + Int(rng.next() % 150)
            let iommu = rng.next() % 2 == 0 ? "smmu" : "viommu"
            let found = errors(Self.manyEntries(entries, iommu: iommu), "random")
            let expected = iommu == "smmu" && entries > 3_274 ? ["iort-node-too-long"] : []
            #expect(found.map(\.id) == expected, "\(entries) entries to \(iommu)")
        }
    }
}

/// A small deterministic generator (SplitMix64).
struct LimitsRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
