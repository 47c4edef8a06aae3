import TestSupport
import Testing
@testable import FirmwareDecode

@Suite struct VIOTTests {
    @Test func goldenVirtViommuFields() throws {
        let t = try VIOTTable(try GoldenFiles.bytes("acpi/virt-viommu.VIOT"))
        #expect(t.header.revision == 0)
        #expect(t.nodeCount == 2)
        #expect(t.nodeOffset == 48)
        #expect(t.nodes.map(\.offset) == [48, 64])
        #expect(t.nodes.map(\.type) == [3, 1])
        #expect(t.nodes.map(\.length) == [16, 24])
        #expect(t.nodes[0].kind == .virtioPCIIOMMU(segment: 0, bdf: 0x0008))
        #expect(t.nodes[1].kind == .pciRange(VIOTPCIRange(
            offset: 64, endpointStart: 0, segmentStart: 0, segmentEnd: 0, bdfStart: 0, bdfEnd: 0xff, outputNode: 48)))
        #expect(t.iommus == [VIOTIOMMU(nodeOffset: 48, transport: .pci(segment: 0, bdf: 8))])
    }

    @Test func goldenVirtViommuTranslations() throws {
        let t = try VIOTTable(try GoldenFiles.bytes("acpi/virt-viommu.VIOT"))
        for bdf: UInt16 in [0x0000, 0x0001, 0x0010, 0x00ff] {
            let tr = try #require(t.translation(segment: 0, bdf: bdf))
            #expect(tr.endpointID == UInt32(bdf))
            #expect(tr.iommu.nodeOffset == 48)
        }
        // The IOMMU itself (00:01.0) is covered by the range but never translated by itself.
        #expect(t.translation(segment: 0, bdf: 0x0008) == nil)
        #expect(t.translation(segment: 0, bdf: 0x0100) == nil)
        #expect(t.translation(segment: 1, bdf: 0x0010) == nil)
        #expect(t.translation(mmioBase: 0x0a00_0000) == nil)
    }

    @Test func goldenQ35PxbFields() throws {
        let t = try VIOTTable(try GoldenFiles.bytes("acpi/q35-viommu-pxb.VIOT"))
        #expect(t.nodeCount == 3)
        #expect(t.nodeOffset == 48)
        #expect(t.nodes.map(\.offset) == [48, 64, 88])
        #expect(t.nodes[0].kind == .virtioPCIIOMMU(segment: 0, bdf: 0x0010))
        #expect(t.pciRanges == [
            VIOTPCIRange(offset: 64, endpointStart: 0x1000, segmentStart: 0, segmentEnd: 0, bdfStart: 0x1000, bdfEnd: 0x10ff, outputNode: 48),
            VIOTPCIRange(offset: 88, endpointStart: 0x3000, segmentStart: 0, segmentEnd: 0, bdfStart: 0x3000, bdfEnd: 0x30ff, outputNode: 48),
        ])
        #expect(t.mmioEndpoints.isEmpty)
    }

    @Test func goldenQ35PxbTranslations() throws {
        let t = try VIOTTable(try GoldenFiles.bytes("acpi/q35-viommu-pxb.VIOT"))
        for bdf: UInt16 in [0x1000, 0x1008, 0x10ff, 0x3000, 0x3010, 0x30ff] {
            #expect(t.translation(segment: 0, bdf: bdf)?.endpointID == UInt32(bdf))
        }
        // Bus 0 (with the IOMMU) and the bypassed expander on bus 0x20 have no range.
        for bdf: UInt16 in [0x0000, 0x0010, 0x00ff, 0x0fff, 0x1100, 0x2000, 0x2008, 0x20ff, 0x3100, 0xffff] {
            #expect(t.translation(segment: 0, bdf: bdf) == nil, "BDF \(bdf) should bypass")
        }
        #expect(t.translation(segment: 1, bdf: 0x1000) == nil)
    }

    /// Segment ranges: each further segment adds 0x10000; later ranges win; MMIO endpoints.
    @Test func handBuiltSegmentsOverlapAndMMIO() throws {
        let b = TableBuilder.self
        var body = b.le16(5) + b.le16(48) + Array(repeating: 0, count: 8)
        body += [3, 0] + b.le16(16) + b.le16(0) + b.le16(0x0008) + Array(repeating: 0, count: 8)                 // @48
        body += [4, 0] + b.le16(16) + b.le32(0) + b.le64(0x0a00_0000)                                            // @64
        body += [1, 0] + b.le16(24) + b.le32(0x100) + b.le16(2) + b.le16(4) + b.le16(0x0100) + b.le16(0x01ff) + b.le16(48) + Array(repeating: 0, count: 6) // @80
        body += [1, 0] + b.le16(24) + b.le32(0x9000) + b.le16(3) + b.le16(3) + b.le16(0x0180) + b.le16(0x018f) + b.le16(64) + Array(repeating: 0, count: 6) // @104
        body += [2, 0] + b.le16(24) + b.le32(0x42) + b.le64(0x0a00_1000) + b.le16(64) + Array(repeating: 0, count: 6) // @128
        let t = try VIOTTable(b.table("VIOT", revision: 0, body: body))
        #expect(t.nodes.map(\.offset) == [48, 64, 80, 104, 128])
        #expect(t.iommus.map(\.transport) == [.pci(segment: 0, bdf: 8), .mmio(baseAddress: 0x0a00_0000)])
        #expect(t.translation(segment: 2, bdf: 0x0100)?.endpointID == 0x100)
        #expect(t.translation(segment: 2, bdf: 0x0105)?.endpointID == 0x105)
        #expect(t.translation(segment: 3, bdf: 0x0105)?.endpointID == 0x1_0105)
        #expect(t.translation(segment: 4, bdf: 0x01ff)?.endpointID == 0x2_01ff)
        #expect(t.translation(segment: 4, bdf: 0x0200) == nil)
        #expect(t.translation(segment: 5, bdf: 0x0100) == nil)
        // Overlap in segment 3: the later node (@104) wins.
        let over = try #require(t.translation(segment: 3, bdf: 0x0181))
        #expect(over.endpointID == 0x9001)
        #expect(over.iommu.transport == .mmio(baseAddress: 0x0a00_0000))
        let mmio = try #require(t.translation(mmioBase: 0x0a00_1000))
        #expect(mmio.endpointID == 0x42)
        #expect(mmio.iommu.nodeOffset == 64)
        #expect(t.translation(mmioBase: 0x0a00_1001) == nil)
    }

    @Test func unknownNodeTypesAreSkipped() throws {
        let b = TableBuilder.self
        var body = b.le16(2) + b.le16(48) + Array(repeating: 0, count: 8)
        body += [9, 0] + b.le16(8) + b.le32(0)
        body += [3, 0] + b.le16(16) + b.le16(0) + b.le16(0x0008) + Array(repeating: 0, count: 8)
        let t = try VIOTTable(b.table("VIOT", revision: 0, body: body))
        #expect(t.nodes.first?.kind == .other)
        #expect(t.iommus.count == 1)
    }

    @Test func malformedNodesAreRejected() throws {
        let b = TableBuilder.self
        let iommu: [UInt8] = [3, 0] + b.le16(16) + b.le16(0) + b.le16(8) + Array(repeating: 0, count: 8)
        func viot(_ count: UInt16, _ offset: UInt16, _ nodes: [UInt8]) -> [UInt8] {
            b.table("VIOT", revision: 0, body: b.le16(count) + b.le16(offset) + Array(repeating: 0, count: 8) + nodes)
        }
        let range = { (out: UInt16, len: UInt16) -> [UInt8] in
            [1, 0] + b.le16(len) + b.le32(0) + b.le16(0) + b.le16(0) + b.le16(0) + b.le16(0xff) + b.le16(out) + Array(repeating: 0, count: 6)
        }
        #expect(throws: DecodeError.self) { try VIOTTable(viot(2, 48, iommu + range(64, 24))) }        // output is not an IOMMU node
        #expect(throws: DecodeError.self) { try VIOTTable(viot(2, 48, iommu + range(50, 24))) }        // output mid-node
        #expect(throws: DecodeError.self) { try VIOTTable(viot(2, 48, iommu + range(48, 20) + [0, 0, 0, 0])) } // short PCI node
        #expect(throws: DecodeError.self) { try VIOTTable(viot(3, 48, iommu + range(48, 24))) }        // count past the end
        #expect(throws: DecodeError.self) { try VIOTTable(viot(1, 40, iommu)) }                        // offset into header
        #expect(throws: DecodeError.self) { try VIOTTable(viot(1, 48, [3, 0, 0, 0] + Array(iommu[4...]))) } // length 0
        #expect(throws: DecodeError.self) { try VIOTTable(viot(1, 48, [3, 0] + b.le16(32) + Array(iommu[4...]))) } // node past end
        #expect(try VIOTTable(viot(2, 48, iommu + range(48, 24))).pciRanges.count == 1)
    }
}
