import Foundation
import Testing
import TopologyModel
import TopologyParser

/// The package root, found from this file's path (Tests/TopologyParserTests/ParserTests.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func parse(_ text: String, file: String = "t.yaml") -> ParseResult {
    TopologyParser.parse(text: text, file: file)
}

func onlyError(_ result: ParseResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
    #expect(result.topology == nil, sourceLocation: sourceLocation)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
    return try #require(result.diagnostics.first, sourceLocation: sourceLocation)
}

let minimal = """
    topology: 1
    name: t
    arch: arm64
    iommus:
      vm: { type: virtio-mmio, base: 0x1000 }

    """

@Suite struct ParserTests {
    @Test func everyExampleTopologyParsesCleanly() throws {
        let directory = packageRoot.appendingPathComponent("Topologies")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 4)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))
            let result = TopologyParser.parse(bytes: bytes, file: file)
            #expect(result.diagnostics.isEmpty, "\(file): \(result.diagnostics)")
            #expect(result.topology != nil, "\(file)")
        }
    }

    @Test func modelOfTheFormatPageExample() throws {
        let text = """
            topology: 1
            name: arm-virt-viommu
            arch: arm64
            acpi: { oem-id: "BOCHS ", oem-table-id: "BXPC    ", creator-id: "BXPC" }
            msi-controllers:
              its: { type: gicv3-its, base: 0x08080000 }
            iommus:
              viommu:
                type: virtio-pci
                root-complex: pcie0
                bdf: "00:01.0"
            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
                ecam: 0x4010000000
                iommu-map:
                  - { rids: "00:00.0-ff:1f.7", iommu: viommu, id: 0 }
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: its, id: 0 }
            devices:
              net1:
                base: 0x0a000000
                size: 0x200
                interrupt: 16
                iommu: viommu
                id: 0x10000
                msi: { controller: its, id: 0x10000 }
            """
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        let t = try #require(result.topology)
        #expect(t.acpi.oemID == "BOCHS " && t.acpi.oemTableID == "BXPC    " && t.acpi.creatorID == "BXPC")
        #expect(t.acpi.iortRevision == .r3)
        #expect(t.msiControllers.first?.kind == .gicv3ITS(base: 0x0808_0000, itsID: 0))
        #expect(t.iommus.first?.kind == .virtioPCI(rootComplex: "pcie0", bdf: BDF(bus: 0, device: 1, function: 0)))
        #expect(t.iommus.first?.virtio?.pageSizeMask == 0xffff_ffff_ffff_f000)
        let rc = try #require(t.rootComplexes.first)
        #expect(rc.iommuMap.first?.rids == IDRange(first: 0, count: 0x10000))
        #expect(rc.msiMap.first?.inputs == IDRange(first: 0, count: 0x10000))
        #expect(rc.ecamRegion == AddressRange(first: 0x40_1000_0000, last: 0x40_1fff_ffff))
        #expect(rc.source["ecam"].line == 16 && rc.source["ecam"].column == 11)
        let net = try #require(t.devices.first)
        #expect(net.acpiPath == "\\_SB_.NET1", "the format page's example names it so")
        #expect(net.acpiHID == "LNRO0005")
        #expect(net.ids == IDRange(first: 0x10000, count: 1))
        #expect(net.msi?.id == 0x10000)
    }

    @Test func acpiDefaults() throws {
        let t = try #require(parse(minimal.replacingOccurrences(of: "name: t", with: "name: arm-virt-viommu")).topology)
        #expect(t.acpi.oemID == "TOPOC ")
        #expect(t.acpi.oemTableID == "ARM-VIRT", "upper-cased and cut to 8")
        #expect(t.acpi.creatorID == "TOPC" && t.acpi.oemRevision == 1 && t.acpi.creatorRevision == 1)
    }

    @Test func defaultACPIPathsAreUniqueAndDeterministic() throws {
        let text = minimal + """
            devices:
              virtio0: { base: 0x10000, size: 0x200 }
              virtio1: { base: 0x10200, size: 0x200 }
              vi: { base: 0x10400, size: 0x200, acpi-path: "\\\\_SB_.VIRT" }
            """
        let t = try #require(parse(text).topology, "\(parse(text).diagnostics)")
        #expect(t.devices.map(\.acpiPath) == ["\\_SB_.VIR0", "\\_SB_.VIR1", "\\_SB_.VIRT"])
    }

    @Test func unknownKeyGetsAHintAndALocation() throws {
        let d = try onlyError(parse(minimal + "root-complexs: {}\n"))
        #expect(d.id == "unknown-key")
        #expect(d.message == "unknown key 'root-complexs' in the topology; did you mean 'root-complexes'?")
        #expect((d.location.line, d.location.column) == (6, 1))
    }

    @Test func everyErrorIsReportedNotJustTheFirst() {
        let text = """
            topology: 1
            name: t
            arch: arm64
            iommus:
              a: { type: virtio-mmio, base: -1 }
              b: { type: virtio-mmio, base: 0x1000, sise: 4 }
              c: { type: smmuv3, base: 0x1234 }
            """
        let result = parse(text)
        #expect(result.topology == nil)
        #expect(result.diagnostics.map(\.id) == ["number-range", "unknown-key", "unaligned"])
        #expect(result.diagnostics.map(\.location.line) == [5, 6, 7])
    }

    @Test func yamlSyntaxErrorIsLocated() throws {
        let d = try onlyError(parse("topology: 1\nname: [unclosed\n"))
        #expect(d.id == "yaml-syntax")
        #expect(d.location.file == "t.yaml" && d.location.line >= 2)
    }

    @Test func duplicateKeyIsLocated() throws {
        let d = try onlyError(parse("topology: 1\nname: a\nname: b\n"))
        #expect(d.id == "yaml-syntax")
        #expect(d.message.contains("duplicate key 'name'"))
    }

    @Test func numbersPast64BitsAreLocatedErrors() throws {
        let d = try onlyError(parse(minimal.replacingOccurrences(of: "0x1000", with: "0x1_0000_0000_0000_0000")))
        #expect(d.id == "number-range")
        #expect(d.message == "'base' of IOMMU 'vm' does not fit in 64 bits")
        #expect((d.location.line, d.location.column) == (5, 34))
    }

    @Test func randomBytesGiveALocatedError() throws {
        var generator = SplitMix(seed: 7)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...512, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let result = TopologyParser.parse(bytes: bytes, file: "r.bin")
            #expect(result.topology == nil)
            #expect(!result.diagnostics.isEmpty)
            #expect(result.diagnostics.allSatisfy { $0.location.file == "r.bin" && $0.location.line >= 1 && $0.location.column >= 1 })
        }
    }

    @Test func nonUTF8IsLocatedAtTheBadByte() throws {
        let d = try onlyError(TopologyParser.parse(bytes: Array("topology: 1\nname: \u{e9}t".utf8) + [0xff], file: "x.yaml"))
        #expect(d.id == "not-utf8")
        #expect((d.location.line, d.location.column) == (2, 9))
    }

    @Test func aliasBombEndsInALocatedError() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        text += "iommus: *a9\n"
        let d = try onlyError(parse(text))
        #expect(d.id == "yaml-too-complex")
        #expect(d.message.contains("alias bomb"))
    }

    @Test func tenMegabyteFileIsALocatedErrorNotACrash() throws {
        // A long but well-formed document: one mapping with 10 MB of junk keys.
        var text = minimal
        let line = "junk-key-\(String(repeating: "x", count: 80)): 1\n"
        while text.utf8.count < 10 << 20 { text += line.replacingOccurrences(of: "junk-key-", with: "k\(text.utf8.count)-") }
        let result = TopologyParser.parse(bytes: Array(text.utf8), file: "big.yaml")
        #expect(result.topology == nil)
        #expect(result.diagnostics.first?.id == "unknown-key")
        #expect(result.diagnostics.first?.location.line == 6)
        #expect(result.diagnostics.count <= 201, "reporting stops at a limit")
    }

    @Test func oversizedFileIsRefusedUpFront() throws {
        let d = try onlyError(TopologyParser.parse(bytes: [UInt8](repeating: 0x20, count: TopologyParser.maxFileSize + 1), file: "huge"))
        #expect(d.id == "file-too-large")
        #expect((d.location.line, d.location.column) == (1, 1))
    }
}

/// A small deterministic generator, so the random-input test is the same on every run.
struct SplitMix: RandomNumberGenerator {
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

/// *(extension)* `iommus: {}` is a machine without an IOMMU (QEMU's default virt); the key itself
/// stays required, so a forgotten section is still an error.
@Suite struct NoIOMMUTests {
    @Test func anEmptyIOMMUMapIsAMachineWithoutOne() throws {
        let result = parse("""
            topology: 1
            name: virt
            arch: arm64
            msi-controllers:
              its: { type: gicv3-its, base: 0x08080000 }
            iommus: {}
            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: its, id: 0 }
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try #require(result.topology).iommus.isEmpty)
    }

    @Test func theIOMMUsKeyIsStillRequired() {
        let result = parse("topology: 1\nname: virt\narch: arm64\n")
        #expect(result.topology == nil)
        #expect(result.diagnostics.map(\.description) == ["t.yaml:1:1: error: the topology is missing required key 'iommus' [missing-key]"])
    }
}
