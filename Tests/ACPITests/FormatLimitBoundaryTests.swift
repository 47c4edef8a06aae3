import Testing
import TopologyModel
import TopologyParser

@testable import ACPI

/// The ACPI limits too large to build in a test (a 4 GiB table, a 256 MiB AML package), at their
/// boundary: the same checks with a limit set to the exact size of a real table (fits) and one
/// byte less (a located error). FormatLimitTests (TopocTests) builds the 16-bit ones for real.
@Suite struct FormatLimitBoundaryTests {
    static let text = """
        topology: 1
        name: limits
        arch: arm64
        msi-controllers:
          its: { type: gicv3-its, base: 0x08080000 }
        iommus:
          smmu: { type: smmuv3, base: 0x09050000, interrupts: { eventq: 106, priq: 107, cmdq-sync: 108, gerror: 109 } }
        root-complexes:
          pcie0:
            segment: 0
            buses: [0x00, 0x0f]
            ecam: 0x40_1000_0000
            windows:
              - { type: mem32, cpu: 0x10000000, pci: 0x10000000, size: 0x2eff0000 }
            iommu-map:
              - { rids: [0x0000, 0x0fff], iommu: smmu, id: 0 }
            msi-map:
              - { rids: [0x0000, 0x0fff], controller: its, id: 0 }
        devices:
          rtc0: { base: 0x0b003000, size: 0x1000, compatible: "arm,pl031" }
          dma: { base: 0x0b004000, size: 0x1000, compatible: "arm,pl330", iommu: smmu, id: 0x4000 }

        """

    func topology() throws -> Topology {
        try #require(TopologyParser.parse(text: Self.text, file: "limits.yaml").topology)
    }

    @Test func iortTableLength() throws {
        let t = try topology()
        let length = try IORTTable.writer(t).bytes.count
        var limits = ACPILimits.formats
        limits.tableLength = length
        #expect(try IORTTable.writer(t, limits: limits).bytes.count == length)
        limits.tableLength = length - 1
        #expect(throws: DiagnosticError.self) { try IORTTable.writer(t, limits: limits) }
        do {
            _ = try IORTTable.writer(t, limits: limits)
        } catch {
            #expect(error.diagnostics.map(\.id) == ["acpi-table-too-long"])
            // The last node, the root complex's, passes it: located at its iommu-map (the value).
            #expect(error.diagnostics.first?.location.line == 16)
        }
    }

    @Test func iortNodeLength() throws {
        let t = try topology()
        // The SMMU node: 68 bytes and one mapping (its msi-map derived from the root complex's).
        var limits = ACPILimits.formats
        limits.iortNodeLength = 68 + 20
        let bytes = try IORTTable.writer(t, limits: limits).bytes
        limits.iortNodeLength = 68 + 20 - 1
        do {
            _ = try IORTTable.writer(t, limits: limits)
            Issue.record("no error one byte under the SMMU node's length")
        } catch {
            #expect(error.diagnostics.map(\.id).contains("iort-node-too-long"))
            #expect(error.diagnostics.first?.location.line == 7)
        }
        #expect(bytes.count > 48)
    }

    /// VIOT's Node count: one IOMMU node and one PCI range node per entry (the 65,535 of the real
    /// field would take minutes to check in a debug build; the count is compared the same way).
    @Test func viotNodeCount() throws {
        var text = "topology: 1\nname: v\narch: arm64\nmsi-controllers: {}\niommus:\n  viommu: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }\n"
        text += "root-complexes:\n  pcie0:\n    segment: 0\n    buses: [0, 0xff]\n    iommu-map:\n"
        for i in 0..<10 { text += "      - { rids: [\(i), \(i)], iommu: viommu, id: \(2 * i) }\n" }
        let t = try #require(TopologyParser.parse(text: text, file: "v.yaml").topology)
        var limits = ACPILimits.formats
        limits.viotNodeCount = 11
        let viot = try VIOTTable.writer(t, limits: limits).bytes
        #expect(Int(viot[36]) | Int(viot[37]) << 8 == 11)
        limits.viotNodeCount = 10
        do {
            _ = try VIOTTable.writer(t, limits: limits)
            Issue.record("no error past the node count")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["viot-node-count"])
            // Node 11 (1-based) is the last entry's range, on line 12 + 9.
            #expect(error.diagnostics.first?.location.line == 21)
        }
        #expect(ACPILimits.formats.viotNodeCount == 65_535)
    }

    @Test func ssdtTableLength() throws {
        let t = try topology()
        let length = try SSDTTable.build(t).aml.count
        var limits = ACPILimits.formats
        limits.tableLength = length
        #expect(try SSDTTable.build(t, limits: limits).aml.count == length)
        limits.tableLength = length - 1
        do {
            _ = try SSDTTable.build(t, limits: limits)
            Issue.record("no error one byte under the SSDT's length")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["acpi-table-too-long"])
            #expect(error.diagnostics.first?.location.file == "limits.yaml")
        }
    }

    @Test func amlPackageLength() throws {
        let t = try topology()
        let objects = SSDTTable.placedObjects(for: t)
        // Every object's measured length is the length of its bytes (the check measures, then builds).
        for placed in objects { #expect(placed.object.amlLength() == placed.object.aml.count) }
        // The \_SB_ scope holds every object: its content is the largest package.
        let content = AML.nameString("\\_SB_").count + objects.reduce(0) { $0 + $1.object.aml.count }
        var limits = ACPILimits.formats
        limits.amlPackageLength = content + AML.pkgLengthSize(content)
        #expect(throws: Never.self) { try SSDTTable.build(t, limits: limits) }
        limits.amlPackageLength -= 1
        do {
            _ = try SSDTTable.build(t, limits: limits)
            Issue.record("no error one byte under the scope's package")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["aml-package-too-long"])
            // The last object added to the scope passes it: the root complex (its windows).
            #expect(error.diagnostics.first?.location.line == 14)
        }
    }

    /// PkgLength itself at 2^28: the largest content is 2^28 - 5 bytes (4 bytes of PkgLength).
    @Test func pkgLengthBoundary() {
        let most = AML.maxPackageLength - 4
        #expect(AML.packageFits(most))
        #expect(!AML.packageFits(most + 1))
        #expect(AML.pkgLength(most).count == 4)
        let encoded = AML.pkgLength(most)
        let value = Int(encoded[0] & 0x0f) | Int(encoded[1]) << 4 | Int(encoded[2]) << 12 | Int(encoded[3]) << 20
        #expect(value == AML.maxPackageLength)
        // The one- and two-byte boundaries agree with the encoder.
        for n in [0, 61, 62, 63, 0xffd, 0xffe, 0xfffff - 3, 0xfffff - 2] {
            #expect(AML.pkgLengthSize(n) == AML.pkgLength(n).count, "\(n)")
        }
    }
}
