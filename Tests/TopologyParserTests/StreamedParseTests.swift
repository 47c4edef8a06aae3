import Testing
import TopologyModel

@testable import TopologyParser

/// `TopologyParser.parse(file:reading:whole:)`: ordinary documents are parsed from the pieces
/// `read` hands over, without ever asking for the whole text; anything else is parsed from
/// `whole()`, as `parse(bytes:file:)` would.
@Suite struct StreamedParseTests {
    /// Parses `text` handed over `piece` bytes at a time; whether `whole` was asked for.
    func parse(_ text: String, piece: Int) -> (ParseResult, askedForWhole: Bool) {
        let bytes = Array(text.utf8)
        var offset = 0
        var asked = false
        let result = TopologyParser.parse(
            file: "t.yaml",
            reading: { buffer in
                let count = min(piece, buffer.count, bytes.count - offset)
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.withUnsafeBytes { $0 }[offset..<(offset + count)]))
                offset += count
                return count
            },
            whole: {
                asked = true
                return bytes
            })
        return (result, asked)
    }

    static let valid = """
        topology: 1
        name: t
        arch: arm64
        msi-controllers:
          its: { type: gicv3-its, base: 0x8080000 }
        iommus:
          viommu: { type: virtio-pci, root-complex: pcie0, bdf: "00:01.0" }
        root-complexes:
          pcie0:
            segment: 0
            buses: [0, 0xff]
            iommu-map: [{ rids: [0x0, 0xffff], iommu: viommu, id: 0x0 }]
            msi-map: [{ rids: [0x0, 0xffff], controller: its, id: 0x0 }]

        """

    @Test(arguments: [1, 7, 4096])
    func ordinaryDocumentsNeverAskForTheWholeText(piece: Int) {
        let (result, asked) = parse(Self.valid, piece: piece)
        #expect(!asked)
        #expect(result.topology != nil, "\(result.diagnostics)")
        #expect(result.topology == TopologyParser.parse(bytes: Array(Self.valid.utf8), file: "t.yaml").topology)
    }

    @Test func aliasesAreReadFromThePiecesToo() {
        let text = Self.valid + "x: &a 1\ny: *a\n"
        let (result, asked) = parse(text, piece: 64)
        #expect(!asked)
        #expect(result.diagnostics == TopologyParser.parse(bytes: Array(text.utf8), file: "t.yaml").diagnostics)
        #expect(result.diagnostics.map(\.id) == ["unknown-key", "unknown-key"])
    }

    @Test func documentsThatFailAreParsedFromTheWholeText() {
        for text in ["", "topology: [", Self.valid + "name: u\n", Self.valid + "z: *undefined\n"] {
            let (result, asked) = parse(text, piece: 64)
            #expect(asked, "\(text.suffix(20))")
            #expect(result.diagnostics == TopologyParser.parse(bytes: Array(text.utf8), file: "t.yaml").diagnostics)
        }
    }

    @Test func aReadErrorFallsBackToTheWholeText() {
        var calls = 0
        var asked = false
        let result = TopologyParser.parse(
            file: "t.yaml", reading: { _ in calls += 1; return nil },
            whole: { asked = true; return Array(Self.valid.utf8) })
        #expect(calls == 1 && asked && result.topology != nil)
    }
}
