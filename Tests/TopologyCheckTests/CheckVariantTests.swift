import Testing
import TopologyModel
import TopologyParser

@testable import TopologyCheck

/// Variants of the checks that the one-per-rule fixtures do not cover, written inline.
@Suite struct CheckVariantTests {
    /// Parses inline YAML that must be free of rule-1 errors and checks it.
    func check(_ yaml: String, options: CheckOptions = .init()) throws -> [Diagnostic] {
        let result = TopologyParser.parse(text: yaml, file: "inline.yaml")
        #expect(result.diagnostics.isEmpty, "parser said \(result.diagnostics)")
        return TopologyChecker.check(try #require(result.topology), options: options)
    }

    func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id): \($0.message)" }
    }

    static let header = """
        topology: 1
        name: inline
        arch: arm64
        msi-controllers:
          its: { type: gicv3-its, base: 0x08080000 }

        """

    static let pcie0 = """
        root-complexes:
          pcie0:
            segment: 0
            buses: [0x00, 0xff]
            iommu-map:
              - { rids: [0x0000, 0xffff], iommu: smmu0, id: 0 }
            msi-map:
              - { rids: [0x0000, 0xffff], controller: its, id: 0 }

        """

    @Test func smmuMSIMapEntriesMustNotOverlap() throws {
        let yaml = Self.header + """
            iommus:
              smmu0:
                type: smmuv3
                base: 0x09050000
                msi-map:
                  - { ids: [0x0000, 0xffff], controller: its, id: 0 }
                  - { ids: [0x8000, 0x1ffff], controller: its, id: 0x10000 }

            """ + Self.pcie0
        let s = summary(try check(yaml))
        #expect(s == [
            "12:16 map-overlap: StreamIDs 0x8000-0xffff of IOMMU 'smmu0' overlap msi-map entry 0",
        ])
    }

    @Test func anSMMUsOwnMSIsCollideWithADevice() throws {
        let yaml = Self.header + """
            iommus:
              smmu0:
                type: smmuv3
                base: 0x09050000
                msi: { controller: its, id: 0x10000 }

            """ + Self.pcie0 + """
            devices:
              net1:
                base: 0x0a000000
                size: 0x200
                msi: { controller: its, id: 0x10000 }
            """
        let found = try check(yaml)
        #expect(summary(found) == [
            "23:33 duplicate-device-id: device 'net1' and IOMMU 'smmu0' (its own MSIs) both get DeviceID 0x10000 on MSI controller 'its'",
        ])
        #expect(found.first?.notes == [DiagnosticNote("'msi' of IOMMU 'smmu0' declared here", at: .init(file: "inline.yaml", line: 10, column: 33))])
    }

    @Test func smmuv3AndITSAreArm64Only() throws {
        let yaml = Self.header.replacingOccurrences(of: "arm64", with: "x86_64") + """
            iommus:
              smmu0:
                type: smmuv3
                base: 0x09050000

            """ + Self.pcie0
        let s = summary(try check(yaml))
        #expect(s == [
            "5:16 arch-type: MSI controller 'its' has type gicv3-its, which exists on arm64 only, but the topology is x86_64",
            "8:11 arch-type: IOMMU 'smmu0' has type smmuv3, which exists on arm64 only, but the topology is x86_64",
        ])
    }

    @Test func x86MSIIsX86Only() throws {
        let yaml = Self.header.replacingOccurrences(of: "{ type: gicv3-its, base: 0x08080000 }", with: "{ type: x86-msi }") + """
            iommus:
              smmu0:
                type: smmuv3
                base: 0x09050000

            """ + Self.pcie0
        let s = summary(try check(yaml))
        #expect(s == [
            "5:16 arch-type: MSI controller 'its' has type x86-msi, which exists on x86_64 only, but the topology is arm64",
        ])
    }

    static let x86 = """
        topology: 1
        name: inline
        arch: x86_64
        msi-controllers:
          apic: { type: x86-msi }
        iommus:
          viommu:
            type: virtio-pci
            root-complex: pcie0
            bdf: "00:01.0"
            map-msi-doorbells: DOORBELLS
        root-complexes:
          pcie0:
            segment: 0
            buses: [0x00, 0xff]
            iommu-map:
              - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
            msi-map:
              - { rids: [0x0000, 0xffff], controller: apic, id: 0 }
            reserved-regions:
              - { base: 0xfee0_0000, size: 4K, kind: reserved }
        """

    @Test func aReservedRegionOverTheX86WindowIsAKindOverlap() throws {
        let found = try check(Self.x86.replacingOccurrences(of: "DOORBELLS", with: "false"))
        #expect(summary(found) == [
            "21:17 reserved-kind-overlap: reserved region 0 of root complex 'pcie0' [0xfee00000, 0xfee00fff] (kind reserved) overlaps the x86 MSI window [0xfee00000, 0xfeefffff] (kind msi), which endpoints of IOMMU 'viommu' also get",
        ])
        #expect(found.first?.notes.first?.location.line == 5)
    }

    @Test func mappedDoorbellsImplyNoRegion() throws {
        #expect(try check(Self.x86.replacingOccurrences(of: "DOORBELLS", with: "true")).isEmpty)
    }

    @Test func aVirtioPCIIOMMUMustNameARootComplex() throws {
        let fixed = Self.header + """
            iommus:
              viommu:
                type: virtio-pci
                root-complex: its
                bdf: "00:01.0"

            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
                iommu-map:
                  - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: its, id: 0 }
            """
        let s = summary(try check(fixed))
        #expect(s == [
            "9:19 wrong-kind-reference: 'root-complex' of IOMMU 'viommu' must name a root complex, but 'its' is an MSI controller",
        ])
    }

    @Test func coherentMustAgreeOnASegment() throws {
        let yaml = Self.header + """
            iommus:
              smmu0:
                type: smmuv3
                base: 0x09050000

            root-complexes:
              pcie0:
                segment: 3
                buses: [0x00, 0x7f]
                coherent: true
                iommu-map:
                  - { rids: [0x0000, 0x7fff], iommu: smmu0, id: 0 }
              pxb1:
                segment: 3
                buses: [0x80, 0xff]
                coherent: false
                dt: false
                iommu-map:
                  - { rids: [0x8000, 0xffff], iommu: smmu0, id: 0x8000 }
                msi-map:
                  - { rids: [0x8000, 0xffff], controller: its, id: 0 }
            """
        let s = summary(try check(yaml))
        #expect(s == [
            "21:15 segment-attributes: root complex 'pxb1' has coherent: false but shares segment 3 with root complex 'pcie0', which has coherent: true; IORT describes one segment as one root complex node",
        ])
    }

    @Test func aVirtioIOMMUsOwnReservedRegionsAreChecked() throws {
        let yaml = Self.header + """
            iommus:
              viommu:
                type: virtio-pci
                root-complex: pcie0
                bdf: "00:01.0"
                input-range: [0x1000, 0xffff_ffff]
                reserved-regions:
                  - { base: 0, size: 4K, kind: reserved }
                  - { base: 0x8000, size: 4K, kind: msi }
                  - { base: 0x8800, size: 4K, kind: reserved }

            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
                iommu-map:
                  - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: its, id: 0 }
            """
        let s = summary(try check(yaml))
        #expect(s == [
            "13:17 reserved-outside-input-range: reserved region 0 of IOMMU 'viommu' [0x0, 0xfff] is not inside the input-range [0x1000, 0xffffffff] of IOMMU 'viommu'",
            "15:17 reserved-kind-overlap: reserved region 2 of IOMMU 'viommu' [0x8800, 0x97ff] (kind reserved) overlaps reserved region 1 of IOMMU 'viommu' [0x8000, 0x8fff] (kind msi), which endpoints of IOMMU 'viommu' also get",
        ])
    }

    /// Ranges are compared, never single IDs: whole 32-bit ID spaces and thousands of devices
    /// check in well under a second.
    @Test func rangesAreNeverIterated() throws {
        let file = "big.yaml"
        let at = SourceMap(location: .start(of: file))
        var devices: [PlatformDevice] = []
        for i in 0..<5000 {
            devices.append(
                PlatformDevice(
                    name: "dev\(i)", base: 0x1_0000_0000 + UInt64(i) * 0x1000, size: 0x200, iommu: "smmu0",
                    ids: IDRange(first: 0x1_0000 + UInt32(i) * 0x100, count: 0x100),
                    msi: MSITarget(controller: "its", id: 0x1_0000 + UInt32(i), source: at), acpiPath: "\\_SB_.D\(i)", source: at))
        }
        // One device takes every ID from 0x8000_0000 up: it collides with nothing.
        devices.append(
            PlatformDevice(name: "huge", base: 0x2_0000_0000, size: 0x1000, iommu: "smmu0", ids: IDRange(first: 0x8000_0000, last: .max), acpiPath: "\\_SB_.HUGE", source: at))
        let topology = Topology(
            file: file, name: "big", arch: .arm64, acpi: .defaults(forTopologyNamed: "big", source: at),
            msiControllers: [MSIController(name: "its", kind: .gicv3ITS(base: 0x0808_0000, itsID: 0), source: at)],
            iommus: [IOMMU(name: "smmu0", kind: .smmuv3(.init(base: 0x0905_0000)), virtio: nil, source: at)],
            rootComplexes: [
                RootComplex(
                    name: "pcie0", segment: 0, firstBus: 0, lastBus: 0xff,
                    iommuMap: [IOMMUMapEntry(rids: IDRange(first: 0, last: 0xffff), iommu: "smmu0", id: 0, source: at)],
                    msiMap: [MSIMapEntry(inputs: IDRange(first: 0, last: 0xffff), controller: "its", id: 0, source: at)], source: at)
            ],
            devices: devices, source: at)
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = TopologyChecker.check(topology) }
        #expect(found.isEmpty, "\(found.prefix(3))")
        #expect(elapsed < .seconds(5))

        // The same with the big device moved onto the root complex's IDs: exactly one finding.
        var clash = topology
        clash.devices[devices.count - 1].ids = IDRange(first: 0, last: .max)
        let ids = TopologyChecker.check(clash).map(\.id)
        #expect(ids == Array(repeating: "duplicate-endpoint-id", count: ids.count) && !ids.isEmpty)
    }
}

/// GICv2m frames after the first serve the first one's routes (Linux pools their SPIs), so they
/// are used when it is, and unused with it.
@Suite struct PooledGICv2mFrameTests {
    func unused(msiMap: String) throws -> [String] {
        let yaml = """
            topology: 1
            name: pooled
            arch: arm64
            msi-controllers:
              v2m0: { type: gicv2m, base: 0x08020000 }
              v2m1: { type: gicv2m, base: 0x08021000 }
            iommus:
              smmu: { type: smmuv3, base: 0x09050000 }
            root-complexes:
              pcie0:
                segment: 0
                buses: [0x00, 0xff]
            \(msiMap)
            """
        let result = TopologyParser.parse(text: yaml, file: "inline.yaml")
        #expect(result.diagnostics.isEmpty, "parser said \(result.diagnostics)")
        return TopologyChecker.check(try #require(result.topology)).filter { $0.id == "msi-controller-unused" }.map(\.message)
    }

    @Test func aFrameAfterTheFirstIsUsedWhenTheFirstIs() throws {
        #expect(try unused(msiMap: "    msi-map:\n      - { rids: [0x0000, 0xffff], controller: v2m0 }") == [])
    }

    @Test func everyFrameIsUnusedWhenTheFirstIs() throws {
        #expect(try unused(msiMap: "") == [
            "MSI controller 'v2m0' is unused: no msi-map entry, device or SMMU sends MSIs to it",
            "MSI controller 'v2m1' is unused: no msi-map entry, device or SMMU sends MSIs to it",
        ])
    }
}

/// The GICv2m SPI rules look only at SPIs a frame declares: without `spi-base`/`spi-count` the
/// frame's `MSI_TYPER` decides, which the topology does not know (QEMU's DT names none).
@Suite struct GICv2mSPIVariantTests {
    func ids(frame: String, interrupt: String) throws -> [String] {
        let yaml = """
            topology: 1
            name: spis
            arch: arm64
            msi-controllers:
              v2m: { type: gicv2m, base: 0x08020000\(frame) }
            iommus:
              vmmio: { type: virtio-mmio, base: 0x0a000000, interrupt: \(interrupt) }
            devices:
              blk0: { base: 0x0a001000, size: 0x200, iommu: vmmio, id: 1, msi: { controller: v2m } }
            """
        let result = TopologyParser.parse(text: yaml, file: "inline.yaml")
        #expect(result.diagnostics.isEmpty, "parser said \(result.diagnostics)")
        return TopologyChecker.check(try #require(result.topology)).map(\.id).filter { $0.hasPrefix("msi-v2m-spi") }
    }

    @Test func aFrameThatDeclaresNoSPIsIsInNeitherRule() throws {
        #expect(try ids(frame: "", interrupt: "48") == [])
    }

    /// A virtio-mmio IOMMU's `interrupt` is an SPI number: SPI 48 is ID 80, the frame's first;
    /// SPI 47 (ID 79) is just below it.
    @Test func aVirtioMMIOLineIsComparedAsAnInterruptID() throws {
        #expect(try ids(frame: ", spi-base: 80, spi-count: 64", interrupt: "48") == ["msi-v2m-spi-wired"])
        #expect(try ids(frame: ", spi-base: 80, spi-count: 64", interrupt: "47") == [])
    }
}
