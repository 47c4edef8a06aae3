import Testing
import TopologyModel

@testable import ACPI

/// A minimal IORT reader for the tests: nodes with their header fields and mappings.
struct ParsedIORT {
    struct Mapping: Equatable, CustomStringConvertible {
        var input: UInt32, numIDs: UInt32, output: UInt32, reference: UInt32, flags: UInt32
        var description: String { "\(hex(input))+\(hex(numIDs))->\(hex(output))@\(hex(reference)) f\(flags)" }
    }
    struct Node {
        var offset: Int, type: UInt8, length: Int, revision: UInt8, identifier: UInt32
        var mappings: [Mapping]
    }
    var revision: UInt8
    var nodes: [Node]
    /// Whether the nodes, walked by their lengths, end exactly at the table's end.
    var fillsTable: Bool

    init(_ b: [UInt8]) {
        revision = b[8]
        nodes = []
        var off = Int(u32(b, 40))
        for _ in 0..<u32(b, 36) where off + 16 <= b.count {
            let count = Int(u32(b, off + 8)), ref = Int(u32(b, off + 12))
            let maps = (0..<count).map { i -> Mapping in
                let m = off + ref + 20 * i
                return Mapping(input: u32(b, m), numIDs: u32(b, m + 4), output: u32(b, m + 8), reference: u32(b, m + 12), flags: u32(b, m + 16))
            }
            nodes.append(Node(offset: off, type: b[off], length: Int(u16(b, off + 1)), revision: b[off + 3], identifier: u32(b, off + 4), mappings: maps))
            off += Int(u16(b, off + 1))
        }
        fillsTable = off == b.count
    }

    func node(at offset: UInt32) -> Node? { nodes.first { $0.offset == Int(offset) } }
    func nodes(ofType t: UInt8) -> [Node] { nodes.filter { $0.type == t } }
}

func m(_ input: UInt32, _ numIDs: UInt32, _ output: UInt32, _ ref: UInt32, single: Bool = false) -> ParsedIORT.Mapping {
    .init(input: input, numIDs: numIDs, output: output, reference: ref, flags: single ? 1 : 0)
}

@Suite("IORT")
struct IORTTests {
    @Test(arguments: [IORTRevision.r0, .r3, .r5])
    func nodeRevisionsAndLayout(_ rev: IORTRevision) throws {
        let b = try table(.iort, richTopology(rev)).aml
        let iort = ParsedIORT(b)
        #expect(iort.revision == UInt8(rev.rawValue))
        #expect(iort.fillsTable)
        // ITS groups, SMMUv3, named components, root complexes by segment.
        #expect(iort.nodes.map(\.type) == [0, 0, 4, 1, 1, 2, 2])
        let expected: [UInt8: UInt8] =
            switch rev {
            case .r0: [0: 0, 1: 2, 2: 1, 4: 2]
            case .r3: [0: 1, 1: 4, 2: 3, 4: 4]
            case .r5: [0: 1, 1: 4, 2: 4, 4: 4]
            }
        for node in iort.nodes {
            #expect(node.revision == expected[node.type], "node type \(node.type)")
            if node.type == 2 { #expect(node.length == (rev == .r5 ? 40 : 36) + 20 * node.mappings.count) }
            if node.type == 4 { #expect(node.length == 68 + 20 * node.mappings.count) }
            for mapping in node.mappings {
                let target = iort.node(at: mapping.reference)
                #expect(target?.type == 0 || target?.type == 4, "output reference must name an ITS group or SMMU")
            }
        }
        #expect(iort.nodes.map(\.identifier) == (rev == .r0 ? Array(repeating: 0, count: 7) : Array(0..<7)))
    }

    /// QEMU 11's mix: a revision-5 table whose root complex nodes are revision 3 (36 bytes, no
    /// Flags); every other node keeps the revision-5 table's revision.
    @Test func revision5TableWithRevision3RootComplexes() throws {
        var t = richTopology(.r5)
        t.acpi.iortRootComplexRevision = 3
        let out = try table(.iort, t)
        let iort = ParsedIORT(out.aml)
        #expect(iort.revision == 5 && iort.fillsTable)
        #expect(iort.nodes.map(\.revision) == [1, 1, 4, 4, 4, 3, 3])
        for node in iort.nodes(ofType: 2) { #expect(node.length == 36 + 20 * node.mappings.count) }
        let plain = try table(.iort, richTopology(.r5))
        #expect(out.aml.count == plain.aml.count - 2 * 4, "two root complexes, 4 bytes each")
        // The listing's Flags line (outside ACPICA's template) is there for revision-4 nodes only.
        #expect(plain.dsl.contains("(root complex node revision 4;") && !out.dsl.contains("(root complex node revision 4;"))
    }

    @Test func richLayoutMappings() throws {
        let iort = ParsedIORT(try table(.iort, richTopology()).aml)
        let (its0, its1, smmu) = (UInt32(iort.nodes[0].offset), UInt32(iort.nodes[1].offset), UInt32(iort.nodes[2].offset))
        // SMMU: StreamIDs 0-0x1ff (pcie0) and 0x10000-0x100ff (pcie1) and 0x20000 (net0), then its own MSI.
        #expect(
            iort.nodes[2].mappings == [
                m(0, 0x1ff, 0, its0), m(0x10000, 0xff, 0x10000, its1), m(0x20000, 0, 0x30000, its0),
                m(0, 0, 0x20000, its0, single: true),
            ])
        // Device ID mapping index names the own-MSI mapping; only three GSIVs are wired.
        let b = try table(.iort, richTopology()).aml
        #expect(u32(b, iort.nodes[2].offset + 64) == 3)
        // net0 goes to the SMMU (its MSIs follow through the SMMU); blk0 (virtio) straight to its1.
        #expect(iort.nodes[3].mappings == [m(0, 0, 0x20000, smmu, single: true)])
        #expect(iort.nodes[4].mappings == [m(0, 0, 0x40000, its1, single: true)])
        // rng0 has neither an SMMU nor MSIs: IORT says nothing about it.
        #expect(iort.nodes(ofType: 1).count == 2)
        // pcie0: RIDs 0-0x1ff to the SMMU; the rest of its msi-map (the virtio-translated
        // 0x400-0x4ff included, VIOT carries their translation) straight to the ITS, one mapping.
        #expect(iort.nodes[5].mappings == [m(0, 0x1ff, 0, smmu), m(0x200, 0xdff, 0x200, its0)])
        // pcie1 (segment 1): bus 0 to the SMMU, StreamIDs 0x10000...; the rest to its1.
        #expect(iort.nodes[6].mappings == [m(0, 0xff, 0x10000, smmu), m(0x100, 0xfeff, 0x10100, its1)])
        #expect(u32(b, iort.nodes[5].offset + 24) == 1, "pcie0 has ATS")
        #expect(u32(b, iort.nodes[6].offset + 28) == 1, "segment")
    }
}
