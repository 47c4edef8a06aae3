import Testing
import TopologyModel

@testable import DeviceTree

/// topoc's tree against QEMU's, property for property, for the same layout.
@Suite("QEMU golden device trees")
struct GoldenTests {
    let pciProperties = [
        "compatible", "device_type", "#address-cells", "#size-cells", "bus-range", "linux,pci-domain", "reg",
        "ranges", "dma-coherent",
    ]

    @Test("virtio-iommu-pci at 00:02.0: iommu-map with the IOMMU's RID cut out, msi-map, nodes")
    func virtioIOMMU() throws {
        let golden = try loadGolden("virtio-iommu-gicv3-its.dtb")
        let ours = try emitFDT(qemuVirtioIOMMU())

        let gPCI = golden.offset(compatible: "pci-host-ecam-generic")
        let oPCI = ours.offset(compatible: "pci-host-ecam-generic")
        try #require(gPCI >= 0 && oPCI >= 0)

        let iommuMap = try #require(ours.map(oPCI, "iommu-map"))
        #expect(iommuMap == golden.map(gPCI, "iommu-map"))
        #expect(
            iommuMap == [
                MapEntry(rid: 0, target: "virtio,pci-iommu", id: 0, length: 0x10),
                MapEntry(rid: 0x11, target: "virtio,pci-iommu", id: 0x11, length: 0xffef),
            ])
        let msiMap = try #require(ours.map(oPCI, "msi-map"))
        #expect(msiMap == golden.map(gPCI, "msi-map"))
        #expect(msiMap == [MapEntry(rid: 0, target: "arm,gic-v3-its", id: 0, length: 0x10000)])

        // The phandles point at the same kind of node in the same place of the tree.
        let gIOMMU = golden.offset(phandle: golden.cells(gPCI, "iommu-map")![1])
        let oIOMMU = ours.offset(phandle: ours.cells(oPCI, "iommu-map")![1])
        #expect(ours.path(oIOMMU) == ours.path(oPCI) + "/iommu@2,0")
        #expect(golden.path(gIOMMU) == golden.path(gPCI) + "/virtio_iommu@2,0")
        for name in ["compatible", "reg", "#iommu-cells"] {
            #expect(ours.property(oIOMMU, name) == golden.property(gIOMMU, name), "IOMMU \(name)")
        }
        let gITS = golden.offset(phandle: golden.cells(gPCI, "msi-map")![1])
        let oITS = ours.offset(phandle: ours.cells(oPCI, "msi-map")![1])
        #expect(ours.path(oITS) == "/intc/its@8080000")
        #expect(golden.path(gITS) == "/intc@8000000/its@8080000")
        for name in ["compatible", "reg", "msi-controller", "#msi-cells"] {
            #expect(ours.property(oITS, name) == golden.property(gITS, name), "ITS \(name)")
        }
        for name in pciProperties {
            #expect(ours.property(oPCI, name) == golden.property(gPCI, name), "host bridge \(name)")
        }
    }

    @Test("SMMUv3 at 0x09050000, GSIVs 106-109: iommu-map, msi-map, SMMU node")
    func smmuv3() throws {
        let golden = try loadGolden("smmuv3-gicv3-its.dtb")
        let ours = try emitFDT(qemuSMMUv3())

        let gPCI = golden.offset(compatible: "pci-host-ecam-generic")
        let oPCI = ours.offset(compatible: "pci-host-ecam-generic")
        try #require(gPCI >= 0 && oPCI >= 0)
        let iommuMap = try #require(ours.map(oPCI, "iommu-map"))
        #expect(iommuMap == golden.map(gPCI, "iommu-map"))
        #expect(iommuMap == [MapEntry(rid: 0, target: "arm,smmu-v3", id: 0, length: 0x10000)])
        let msiMap = try #require(ours.map(oPCI, "msi-map"))
        #expect(msiMap == golden.map(gPCI, "msi-map"))
        #expect(msiMap == [MapEntry(rid: 0, target: "arm,gic-v3-its", id: 0, length: 0x10000)])

        let gSMMU = golden.offset(path: "/smmuv3@9050000")
        let oSMMU = ours.offset(path: "/smmuv3@9050000")
        try #require(gSMMU >= 0 && oSMMU >= 0)
        #expect(ours.offset(phandle: ours.cells(oPCI, "iommu-map")![1]) == oSMMU)
        for name in ["compatible", "reg", "interrupts", "interrupt-names", "dma-coherent", "#iommu-cells"] {
            #expect(ours.property(oSMMU, name) == golden.property(gSMMU, name), "SMMU \(name)")
        }
        #expect(ours.cells(oSMMU, "interrupts") == [0, 0x4a, 1, 0, 0x4b, 1, 0, 0x4c, 1, 0, 0x4d, 1])
        for name in pciProperties {
            #expect(ours.property(oPCI, name) == golden.property(gPCI, name), "host bridge \(name)")
        }
        // Both roots send interrupts to the GICv3 node.
        let gGIC = golden.offset(phandle: golden.cells(0, "interrupt-parent")![0])
        let oGIC = ours.offset(phandle: ours.cells(0, "interrupt-parent")![0])
        for name in ["compatible", "interrupt-controller", "#interrupt-cells", "#address-cells", "#size-cells", "ranges"] {
            #expect(ours.property(oGIC, name) == golden.property(gGIC, name), "GIC \(name)")
        }
    }
}
