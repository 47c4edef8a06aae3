import TestSupport
import Testing
@testable import FirmwareDecode

@Suite struct DTBGoldenTests {
    let host = "/pcie@10000000"
    let its = "/intc@8000000/its@8080000"

    @Test func virtioIOMMUTree() throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes("dtb/virtio-iommu-gicv3-its.dtb"))
        #expect(dt.nodes(compatibleWith: "pci-host-ecam-generic") == [host])
        #expect(dt.nodes(compatibleWith: "arm,gic-v3-its") == [its])
        #expect(dt.nodes(compatibleWith: "arm,smmu-v3").isEmpty)
        let viommu = "/pcie@10000000/virtio_iommu@2,0"
        #expect(dt.nodes(compatibleWith: "virtio,pci-iommu") == [viommu])
        #expect(dt.nodes(compatibleWith: "pci1af4,1057") == [viommu])
        // Whole entries only: "arm,gic-v3" is the distributor's entry and a prefix of the ITS's.
        #expect(dt.nodes(compatibleWith: "arm,gic-v3") == ["/intc@8000000"])
        #expect(dt.nodes(compatibleWith: "arm,gic").isEmpty)
        #expect(dt.nodes(compatibleWith: "arm,psci-0.2").count == 1, "an entry in the middle of the list")
        #expect(try dt.stringList("compatible", of: viommu) == ["virtio,pci-iommu", "pci1af4,1057"])
        #expect(try dt.u32("#iommu-cells", of: viommu) == 1)
        #expect(dt.phandle(of: viommu) == 0x8005)
        #expect(dt.path(ofPhandle: 0x8005) == viommu)
        #expect(dt.path(ofPhandle: 0x8003) == its)
        #expect(dt.path(ofPhandle: 0x1234) == nil)
        #expect(try dt.reg(of: viommu) == [DeviceTreeRegEntry(addressCells: [0x1000, 0, 0], sizeCells: [0, 0])])
        #expect(try dt.pciBDF(of: viommu) == 0x0010)
        #expect(try dt.u32Cells("iommu-map", of: host) == [0, 0x8005, 0, 0x10, 0x11, 0x8005, 0x11, 0xffef])
        #expect(try dt.busRange(of: host) == 0...0xff)
        #expect(try dt.pciDomain(of: host) == 0)
        #expect(try dt.string("device_type", of: host) == "pci")
        let reg = try #require(try dt.reg(of: host))
        #expect(reg.count == 1)
        #expect(reg[0].address == 0x40_1000_0000 && reg[0].size == 0x1000_0000)
        #expect(try dt.reg(of: its)?.first?.address == 0x0808_0000)
        #expect(try dt.reg(of: its)?.first?.size == 0x20000)
        #expect(try dt.property("dma-coherent", of: host) == [])
        #expect(try dt.property("no-such-property", of: host) == nil)
        #expect(dt.node(host)?.childPaths == [viommu])
        #expect(dt.node("/")?.parentPath == nil)
    }

    @Test(arguments: [(UInt32(0x0), true), (0xf, true), (0x10, false), (0x11, true), (0xffff, true)])
    func virtioIOMMUMap(rid: UInt32, translated: Bool) throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes("dtb/virtio-iommu-gicv3-its.dtb"))
        let r = try dt.ofMapID(node: host, id: rid, mapName: "iommu-map", maskName: "iommu-map-mask")
        #expect(r.mapPresent)
        #expect(r.id == rid)
        if translated {
            #expect(r.target == "/pcie@10000000/virtio_iommu@2,0")
            #expect(r.targetPhandle == 0x8005)
        } else {
            // The virtio-iommu itself (00:02.0) is left out of iommu-map: no IOMMU.
            #expect(r.target == nil)
            #expect(!r.isTranslated)
        }
    }

    @Test(arguments: ["dtb/virtio-iommu-gicv3-its.dtb", "dtb/smmuv3-gicv3-its.dtb"], [UInt32(0), 0xf, 0x10, 0x11, 0x100, 0xffff])
    func msiMapGivesDeviceIDEqualToRID(file: String, rid: UInt32) throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes(file))
        let r = try dt.ofMapID(node: host, id: rid, mapName: "msi-map", maskName: "msi-map-mask")
        #expect(r.target == its)
        #expect(r.id == rid)
        // Filtering on the ITS target gives the same; filtering on another node gives no match.
        #expect(try dt.ofMapID(node: host, id: rid, mapName: "msi-map", maskName: "msi-map-mask", target: its).id == rid)
        #expect(try dt.ofMapID(node: host, id: rid, mapName: "msi-map", maskName: "msi-map-mask", target: "/").target == nil)
    }

    @Test func smmuv3Tree() throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes("dtb/smmuv3-gicv3-its.dtb"))
        let smmu = "/smmuv3@9050000"
        #expect(dt.nodes(compatibleWith: "arm,smmu-v3") == [smmu])
        #expect(dt.nodes(compatibleWith: "virtio,pci-iommu").isEmpty)
        #expect(dt.nodes(compatibleWith: "virtio,mmio").count == 32)
        #expect(try dt.stringList("interrupt-names", of: smmu) == ["eventq", "priq", "cmdq-sync", "gerror"])
        #expect(try dt.u32Cells("interrupts", of: smmu) == [0, 0x4a, 1, 0, 0x4b, 1, 0, 0x4c, 1, 0, 0x4d, 1])
        #expect(try dt.property("dma-coherent", of: smmu) == [])
        #expect(try dt.reg(of: smmu) == [DeviceTreeRegEntry(addressCells: [0, 0x0905_0000], sizeCells: [0, 0x20000])])
        #expect(dt.phandle(of: smmu) == 0x8004)
        for rid: UInt32 in [0, 0xf, 0x10, 0x11, 0xffff] {
            let r = try dt.ofMapID(node: host, id: rid, mapName: "iommu-map", maskName: "iommu-map-mask")
            #expect(r.target == smmu && r.id == rid)
        }
        // A node without iommu-map: passthrough without target.
        let r = try dt.ofMapID(node: smmu, id: 0x42, mapName: "iommu-map", maskName: "iommu-map-mask")
        #expect(r == MapResult(id: 0x42, target: nil, targetPhandle: nil, mapPresent: false))
        #expect(try dt.iommus(of: host).isEmpty)
        #expect(try dt.msiParent(of: host).isEmpty)
    }

    @Test func missingNodeThrows() throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes("dtb/smmuv3-gicv3-its.dtb"))
        #expect(throws: DecodeError.self) { try dt.ofMapID(node: "/nope", id: 0, mapName: "iommu-map", maskName: "iommu-map-mask") }
        #expect(throws: DecodeError.self) { try dt.property("reg", of: "/nope") }
    }
}
