import Testing
import TopologyModel
import TopologyParser

@testable import TopologyCheck

/// The window overlap rules beyond their fixtures: address spaces per arch, windows of two root
/// complexes, and overlaps that a single sweep over all regions would hide.
@Suite struct WindowOverlapTests {
    func ids(_ yaml: String) throws -> [String] {
        let result = TopologyParser.parse(text: yaml, file: "inline.yaml")
        #expect(result.diagnostics.isEmpty, "parser said \(result.diagnostics)")
        return TopologyChecker.check(try #require(result.topology)).filter { $0.severity == .error }.map(\.id)
    }

    func topology(arch: String, windows: String, ecam: String = "", devices: String = "") -> String {
        """
        topology: 1
        name: inline
        arch: \(arch)
        iommus:
          viommu: { type: virtio-pci, root-complex: pcie0, bdf: "00:01.0" }
        root-complexes:
          pcie0:
            segment: 0
            buses: [0x00, 0x7f]
        \(ecam)
            windows:
        \(windows)
            iommu-map:
              - { rids: [0x0000, 0x7fff], iommu: viommu, id: 0 }
        \(devices)
        """
    }

    @Test func x86IOWindowsArePortSpaceAndDoNotMeetMemory() throws {
        // Port 0xc000-0xffff and memory 0xc000-0xffff are different addresses on x86_64.
        let yaml = topology(arch: "x86_64", windows: """
                  - { type: io, cpu: 0xc000, pci: 0xc000, size: 0x4000 }
                  - { type: mem32, cpu: 0xc000, pci: 0xc000, size: 0x4000 }
            """)
        #expect(try ids(yaml) == [])
    }

    @Test func x86IOWindowsStillMeetEachOther() throws {
        let yaml = topology(arch: "x86_64", windows: """
                  - { type: io, cpu: 0xc000, pci: 0xc000, size: 0x4000 }
                  - { type: io, cpu: 0xd000, pci: 0xd000, size: 0x1000 }
            """)
        #expect(try ids(yaml) == ["window-overlap"])
    }

    @Test func arm64IOWindowIsMemoryMapped() throws {
        let yaml = topology(arch: "arm64", windows: """
                  - { type: io, cpu: 0x3eff0000, pci: 0x0, size: 64K }
                  - { type: mem32, cpu: 0x3e000000, size: 0x1000000 }
            """)
        #expect(try ids(yaml) == ["window-overlap"])
    }

    @Test func touchingWindowsDoNotOverlap() throws {
        let yaml = topology(arch: "arm64", windows: """
                  - { type: mem32, cpu: 0x10000000, size: 0x10000000 }
                  - { type: mem32, cpu: 0x20000000, size: 0x10000000 }
            """)
        #expect(try ids(yaml) == [])
    }

    @Test func windowsOfTwoRootComplexes() throws {
        let yaml = topology(arch: "arm64", windows: """
                  - { type: mem32, cpu: 0x10000000, size: 0x10000000 }
            """) + """

              pcie1:
                segment: 1
                buses: [0x00, 0x7f]
                windows:
                  - { type: mem32, cpu: 0x18000000, size: 0x1000 }

            """
        #expect(try ids(yaml) == ["window-overlap"])
    }

    @Test func aDeviceInsideAWindowUnderAWideECAMIsStillFound() throws {
        // ECAM 0x0-0x7ffffff reaches furthest; the window and the device both start inside it.
        // A sweep over all regions together would pair each with the ECAM only and miss the
        // window over the device.
        let yaml = topology(
            arch: "arm64",
            windows: """
                  - { type: mem32, cpu: 0x01000000, size: 0x100000 }
            """,
            ecam: "    ecam: 0x0",
            devices: """
            devices:
              rtc0: { base: 0x01080000, size: 0x1000, compatible: "arm,pl031" }
            """)
        #expect(try ids(yaml).sorted() == ["mmio-overlap", "window-ecam-overlap", "window-mmio-overlap"])
    }
}
