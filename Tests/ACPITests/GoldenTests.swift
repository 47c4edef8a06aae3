import Testing
import TopologyModel

@testable import ACPI

/// QEMU's configurations (golden/README.md) written as topologies.
enum QEMU {
    /// `-M virt -device virtio-iommu-pci`: IOMMU at 00:01.0, one range for bus 0, MSIs identity.
    static func virtViommu() -> Topology {
        topology(
            "virt-viommu", msi: [its()], iommus: [virtioPCI(bdf: "00:01.0")],
            rcs: [
                rc(
                    "pcie0", buses: (0, 0xff), ecam: 0x40_1000_0000, iommuMap: [imap(rids(0, 0xff), "viommu", 0)],
                    msiMap: [mmap(rids(0, 0xffff), 0)])
            ])
    }

    /// QEMU's default virt: no IOMMU, one root complex whose MSIs go to the ITS.
    static func virt() -> Topology {
        topology(
            "virt", msi: [its()],
            rcs: [rc("pcie0", buses: (0, 0xff), ecam: 0x40_1000_0000, msiMap: [mmap(rids(0, 0xffff), 0)])])
    }

    /// q35 with bus-bypass: pcie.0 (bus 0) bypasses, expanders on 0x10 and 0x30 translated,
    /// the one on 0x20 marked bypass_iommu.
    static func q35ViommuPxb() -> Topology {
        topology(
            "q35-viommu-pxb", arch: .x86_64,
            msi: [MSIController(name: "msi", kind: .x86MSI, source: Src.map())],
            iommus: [virtioPCI(bdf: "00:02.0")],
            rcs: [
                rc("pcie0", buses: (0x00, 0x0f), msiMap: [mmap(rids(0, 0x0fff), 0, to: "msi")]),
                rc("pcie100", buses: (0x10, 0x1f), iommuMap: [imap(rids(0x1000, 0x10ff), "viommu", 0x1000)]),
                rc("pcie200", buses: (0x20, 0x2f)),
                rc("pcie300", buses: (0x30, 0xff), iommuMap: [imap(rids(0x3000, 0x30ff), "viommu", 0x3000)]),
            ])
    }

    /// `-M virt,iommu=smmuv3` with two pxb-pcie expanders (bus 0x10 translated, bus 0x20 bypass):
    /// buses 0-1 and 0x10 go through the SMMU, everything else straight to the ITS, all identity.
    static func virtSMMUv3Pxb() -> Topology {
        topology(
            "virt-smmuv3-pxb", msi: [its()],
            iommus: [smmu(msiMap: [mmap(rids(0, 0xffff), 0)])],
            rcs: [
                rc(
                    "pcie0", buses: (0x00, 0x0f), ecam: 0x40_1000_0000, iommuMap: [imap(rids(0, 0x01ff), "smmu", 0)],
                    msiMap: [mmap(rids(0, 0x0fff), 0)]),
                rc(
                    "pcie1", buses: (0x10, 0x1f), iommuMap: [imap(rids(0x1000, 0x10ff), "smmu", 0x1000)],
                    msiMap: [mmap(rids(0x1000, 0x1fff), 0x1000)]),
                rc("pcie2", buses: (0x20, 0xff), msiMap: [mmap(rids(0x2000, 0xffff), 0x2000)]),
            ])
    }
}

@Suite("QEMU goldens, byte for byte")
struct GoldenTests {
    @Test func virtViommuVIOT() throws {
        let got = try table(.viot, QEMU.virtViommu()).aml
        let want = try golden("virt-viommu.VIOT")
        #expect(got == want, "\(diff(got, want))")
    }

    @Test func q35ViommuPxbVIOT() throws {
        let got = try table(.viot, QEMU.q35ViommuPxb()).aml
        let want = try golden("q35-viommu-pxb.VIOT")
        #expect(got == want, "\(diff(got, want))")
    }

    @Test func virtIORT() throws {
        let want = try golden("virt.IORT")
        let got = try table(.iort, QEMU.virt()).aml
        #expect(got == want, "\(diff(got, want))")
        // With virtio-iommu, QEMU emits the same IORT (the VIOT carries the translation).
        let viommu = try table(.iort, QEMU.virtViommu()).aml
        #expect(viommu == want, "\(diff(viommu, want))")
    }

    @Test func virtSMMUv3PxbIORT() throws {
        let got = try table(.iort, QEMU.virtSMMUv3Pxb()).aml
        let want = try golden("virt-smmuv3-pxb.IORT")
        #expect(got == want, "\(diff(got, want))")
    }

    @Test func virtMCFG() throws {
        let got = try table(.mcfg, QEMU.virt()).aml
        let want = try golden("virt.MCFG")
        #expect(got == want, "\(diff(got, want))")
    }

    @Test func derivedSMMUMappingsForQEMUsLayout() throws {
        // Without the explicit msi-map the SMMU maps only the StreamIDs that carry MSIs.
        var t = QEMU.virtSMMUv3Pxb()
        if case .smmuv3(var s) = t.iommus[0].kind {
            s.msiMap = nil
            t.iommus[0].kind = .smmuv3(s)
        }
        let m = try IORTMappingPlanner.smmuMappings(for: t.iommus[0], in: t)
        #expect(
            m == [
                IORTIDMapping(input: rids(0, 0x1ff), outputBase: 0, target: .its("its")),
                IORTIDMapping(input: rids(0x1000, 0x10ff), outputBase: 0x1000, target: .its("its")),
            ])
    }
}
