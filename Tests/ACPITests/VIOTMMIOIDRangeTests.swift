import Testing
import TopologyModel
import TopologyParser

@testable import ACPI

/// Issue 13: one ID range means the same in every output. A VIOT MMIO endpoint node carries one
/// endpoint ID and Linux reads one node per base address, so a platform device with several IDs
/// behind a virtio IOMMU is `viot-mmio-id-range` in the VIOT, not a node for its first ID.
@Suite struct VIOTMMIOIDRangeTests {
    static func text(_ ids: String, iommu: String = "vm") -> String {
        """
        topology: 1
        name: mmio-range
        arch: arm64
        iommus:
          vm: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
          smmu: { type: smmuv3, base: 0x09050000 }
        devices:
          net0: { base: 0x0a001000, size: 0x200, iommu: \(iommu), \(ids) }

        """
    }

    func parse(_ text: String) throws -> Topology {
        try #require(TopologyParser.parse(text: text, file: "range.yaml").topology)
    }

    @Test func aRangeOnAVirtioIOMMUIsALocatedError() throws {
        let t = try parse(Self.text("ids: [0x100, 0x1ff]"))
        do {
            _ = try VIOTTable.build(t)
            Issue.record("a VIOT was built for a device with 256 endpoint IDs")
        } catch {
            #expect(error.diagnostics.map(\.id) == [VIOTMMIOIDRange.id])
            let d = try #require(error.diagnostics.first)
            #expect(d.severity == .error)
            // At net0's `ids` value: line 8, the column of its `[`.
            let line = Self.text("ids: [0x100, 0x1ff]").split(separator: "\n")[7]
            let column = line.distance(from: line.startIndex, to: try #require(line.range(of: "[0x100")).lowerBound) + 1
            #expect(d.location == SourceLocation(file: "range.yaml", line: 8, column: column))
            #expect(d.message.contains("256 endpoint IDs 0x100-0x1ff of device 'net0'"))
        }
        #expect(throws: DiagnosticError.self) { try ACPIEmitter.tables(for: t, requested: [.viot]) }
    }

    @Test func oneIDAndSMMURangesAreFine() throws {
        let one = try VIOTTable.build(try parse(Self.text("id: 0x100")))
        // Header 48, one IOMMU node of 16, then the MMIO endpoint node: its endpoint ID at +4.
        #expect(u32(one.aml, 48 + 16 + 4) == 0x100)
        #expect(u16(one.aml, 36) == 2, "one IOMMU node and one endpoint node")
        // A range behind an SMMUv3 goes to IORT (one single mapping per StreamID), not to the VIOT.
        _ = try VIOTTable.build(try parse(Self.text("ids: [0x100, 0x1ff]", iommu: "smmu")))
    }

    @Test func theRuleIsRegistered() {
        #expect(ACPIEmitter.rules.contains { $0.id == "viot-mmio-id-range" })
        #expect(VIOTMMIOIDRange.defaultSeverity == .error)
    }
}
