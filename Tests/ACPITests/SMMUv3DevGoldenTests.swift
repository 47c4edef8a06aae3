import Testing
import TopologyModel

@testable import ACPI

extension QEMU {
    /// QEMU 11.1's smmuv3-dev (`-device arm-smmuv3,primary-bus=pcie.0 -device pxb-pcie,id=pcie.1,
    /// bus_nr=0x10 -device arm-smmuv3,primary-bus=pcie.1 -device pxb-pcie,id=pcie.2,bus_nr=0x20`,
    /// virt's default GICv2, so no ITS): two SMMUv3s on the root complexes of segment 0, the main
    /// one (buses 0-1) behind the first, the expander on bus 0x10 behind its own, the expander on
    /// bus 0x20 behind none. A revision-5 IORT with QEMU's revision-3 root complex node.
    static func virtSMMUv3Dev(rootComplexRevision: UInt8? = 3) -> Topology {
        var header = qemuHeader
        header.iortRevision = .r5
        header.iortRootComplexRevision = rootComplexRevision
        return topology(
            "virt-smmuv3-dev", header: header,
            iommus: [
                smmu("smmu0", base: 0x0c00_0000, irqs: SMMUInterrupts(eventq: 0x90, priq: 0x91, cmdqSync: 0x92, gerror: 0x93)),
                smmu("smmu1", base: 0x0c02_0000, irqs: SMMUInterrupts(eventq: 0x94, priq: 0x95, cmdqSync: 0x96, gerror: 0x97)),
            ],
            rcs: [
                rc("pcie0", buses: (0x00, 0x0f), ecam: 0x40_1000_0000, iommuMap: [imap(rids(0, 0x01ff), "smmu0", 0)]),
                rc("pcie1", buses: (0x10, 0x1f), iommuMap: [imap(rids(0x1000, 0x10ff), "smmu1", 0x1000)]),
                rc("pcie2", buses: (0x20, 0xff)),
            ])
    }
}

/// Issue 13: QEMU 11.1's user-creatable SMMUv3s (recorded, Tests/Goldens/README.md).
@Suite("QEMU 11.1 smmuv3-dev IORT")
struct SMMUv3DevGoldenTests {
    static let golden = "qemu-11.1/aarch64-virt/IORT.smmuv3-dev"

    @Test func equalsQEMUsByteForByte() throws {
        let got = try table(.iort, QEMU.virtSMMUv3Dev()).aml
        let want = try ACPITests.golden(Self.golden)
        #expect(got == want, "\(diff(got, want))")
    }

    /// What QEMU writes, read back: no ITS group, two SMMUv3 nodes without ID mappings (no MSIs to
    /// map), one root complex node for segment 0 whose mappings send RIDs 0-0x1ff to the first
    /// SMMU and 0x1000-0x10ff to the second, identity; bus 0x20 is in no mapping.
    @Test func rootComplexMappingsAsQEMUWritesThem() throws {
        for bytes in [try ACPITests.golden(Self.golden), try table(.iort, QEMU.virtSMMUv3Dev()).aml] {
            let iort = ParsedIORT(bytes)
            #expect(iort.revision == 5 && iort.fillsTable)
            #expect(iort.nodes.map(\.type) == [4, 4, 2])
            #expect(iort.nodes.map(\.revision) == [4, 4, 3])
            let (smmu0, smmu1, root) = (iort.nodes[0], iort.nodes[1], iort.nodes[2])
            #expect(smmu0.mappings.isEmpty && smmu1.mappings.isEmpty)
            #expect(u32(bytes, smmu0.offset + 12) == 0, "no ID array, no offset")
            #expect(u64(bytes, smmu0.offset + 16) == 0x0c00_0000 && u64(bytes, smmu1.offset + 16) == 0x0c02_0000)
            #expect(root.length == 36 + 2 * 20, "a revision-3 node: no PASID capabilities, no Flags")
            #expect(root.mappings == [m(0, 0x1ff, 0, UInt32(smmu0.offset)), m(0x1000, 0xff, 0x1000, UInt32(smmu1.offset))])
        }
    }

    /// Without `iort-root-complex-revision` the revision-5 table has a revision-4 root complex
    /// node, 4 bytes longer (Flags): the only difference, all offsets after it shifted.
    @Test func theDefaultRootComplexRevisionIsFour() throws {
        let ours = try table(.iort, QEMU.virtSMMUv3Dev(rootComplexRevision: nil)).aml
        let qemu = try ACPITests.golden(Self.golden)
        let iort = ParsedIORT(ours)
        #expect(iort.nodes.map(\.revision) == [4, 4, 4])
        #expect(ours.count == qemu.count + 4 && iort.nodes[2].length == 40 + 2 * 20)
        #expect(iort.nodes[2].mappings == ParsedIORT(qemu).nodes[2].mappings)
    }
}

func u64(_ b: [UInt8], _ at: Int) -> UInt64 { UInt64(u32(b, at)) | UInt64(u32(b, at + 4)) << 32 }
