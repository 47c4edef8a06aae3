import Testing
@testable import FirmwareDecode

@Suite struct DTBHandBuiltTests {
    static let source = """
    /dts-v1/;
    / {
        #address-cells = <2>; #size-cells = <2>;
        pcie@40000000 {
            compatible = "pci-host-ecam-generic";
            device_type = "pci";
            #address-cells = <3>; #size-cells = <2>;
            reg = <0x0 0x40000000 0x0 0x1000000>;
            bus-range = <0x10 0x1f>;
            linux,pci-domain = <2>;
            iommu-map = <0x0 &viommu 0x0 0x18>, <0x20 &viommu 0x20 0xffe0>;
            iommu-map-mask = <0xfff8>;
            msi-map = <0x0 &its 0x0 0x100>, <0x100 &its2 0x8000 0x100>;
            msi-parent = <&its 0x9>;
            viommu: iommu@3,0 {
                compatible = "virtio,pci-iommu", "pci1af4,1057";
                reg = <0x1800 0 0 0 0>;
                #iommu-cells = <1>;
            };
        };
        mmio: virtio_mmio@a000000 {
            compatible = "virtio,mmio";
            reg = <0x0 0x0a000000 0x0 0x200>;
            #iommu-cells = <1>;
        };
        dev@a001000 {
            compatible = "virtio,mmio";
            reg = <0x0 0x0a001000 0x0 0x200>;
            iommus = <&mmio 0x42>, <&mmio 0x43>;
            msi-parent = <&its2 0x77>;
        };
        its: msi-controller@8080000 {
            compatible = "arm,gic-v3-its";
            msi-controller; #msi-cells = <1>;
            reg = <0x0 0x08080000 0x0 0x20000>;
        };
        its2: msi-controller@80a0000 {
            compatible = "arm,gic-v3-its";
            msi-controller; #msi-cells = <1>;
            reg = <0x0 0x080a0000 0x0 0x20000>;
        };
        bad {
            iommu-map = <0x0 &viommu 0x0>;
            msi-map = <0x0 0x9999 0x0 0x10>;
            iommus = <0x9999 1>;
            msi-parent = <&its>;
            odd = [01 02 03];
            unterminated = [41 42];
        };
        badmask {
            iommu-map = <0x10 &viommu 0x0 0x10>, <0x100000 &viommu 0x0 0x10>;
            iommu-map-mask = <0xffff>;
        };
        shortmask {
            iommu-map = <0x0 &viommu 0x100 0x10>;
            iommu-map-mask = [00 0f];
        };
        longmask {
            iommu-map = <0x0 &viommu 0x100 0x10>;
            iommu-map-mask = <0xf 0xffffffff>;
        };
        wrap {
            iommu-map = <0xfffffff0 &viommu 0x0 0x20>;
        };
    };
    """

    func blob() throws -> DeviceTreeBlob { try DeviceTreeBlob(try DTC.compile(Self.source)) }

    @Test func maskSharesIDsAcrossFunctions() throws {
        let dt = try blob()
        let host = "/pcie@40000000"
        // 00:03.x (RIDs 0x18-0x1f) mask to 0x18: the IOMMU's own device, not in the map.
        for rid: UInt32 in 0x18...0x1f {
            let r = try dt.ofMapID(node: host, id: rid, mapName: "iommu-map", maskName: "iommu-map-mask")
            #expect(r.target == nil && r.id == rid)  // unmatched: the unmasked input comes back
        }
        let r = try dt.ofMapID(node: host, id: 0x0123, mapName: "iommu-map", maskName: "iommu-map-mask")
        #expect(r.target == "/pcie@40000000/iommu@3,0" && r.id == 0x0120)
        let high = try dt.ofMapID(node: host, id: 0x1_0009, mapName: "iommu-map", maskName: "iommu-map-mask")
        #expect(high.id == 0x0008 && high.target != nil)
        #expect(try dt.pciBDF(of: "/pcie@40000000/iommu@3,0") == 0x18)
        #expect(try dt.busRange(of: host) == 0x10...0x1f)
        #expect(try dt.pciDomain(of: host) == 2)
        #expect(try dt.msiParent(of: host) == [DeviceTreeSpecifier(target: "/msi-controller@8080000", phandle: try #require(dt.phandle(of: "/msi-controller@8080000")), cells: [9])])
    }

    @Test func msiMapTargetsAndFilter() throws {
        let dt = try blob()
        let host = "/pcie@40000000"
        let r1 = try dt.ofMapID(node: host, id: 0x105, mapName: "msi-map", maskName: "msi-map-mask")
        #expect(r1.target == "/msi-controller@80a0000" && r1.id == 0x8005)
        let r0 = try dt.ofMapID(node: host, id: 0x5, mapName: "msi-map", maskName: "msi-map-mask", target: "/msi-controller@80a0000")
        #expect(r0.target == nil && r0.id == 0x5)
        let unmatched = try dt.ofMapID(node: host, id: 0x200, mapName: "msi-map", maskName: "msi-map-mask")
        #expect(unmatched == MapResult(id: 0x200, target: nil, targetPhandle: nil, mapPresent: true))
    }

    @Test func iommusAndMsiParentOfPlatformDevice() throws {
        let dt = try blob()
        let iommus = try dt.iommus(of: "/dev@a001000")
        #expect(iommus.map(\.target) == ["/virtio_mmio@a000000", "/virtio_mmio@a000000"])
        #expect(iommus.map(\.cells) == [[0x42], [0x43]])
        #expect(try dt.msiParent(of: "/dev@a001000").map(\.cells) == [[0x77]])
        #expect(dt.nodes(compatibleWith: "virtio,mmio") == ["/virtio_mmio@a000000", "/dev@a001000"])
        #expect(try dt.reg(of: "/dev@a001000")?.first?.address == 0x0a00_1000)
    }

    @Test func maskReadLikeOfPropertyReadU32() throws {
        let dt = try blob()
        // Shorter than a cell: the default all-ones mask stays.
        #expect(try dt.ofMapID(node: "/shortmask", id: 0x5, mapName: "iommu-map", maskName: "iommu-map-mask").id == 0x105)
        #expect(try dt.ofMapID(node: "/shortmask", id: 0x25, mapName: "iommu-map", maskName: "iommu-map-mask").target == nil)
        // Longer than a cell: the first cell is the mask.
        #expect(try dt.ofMapID(node: "/longmask", id: 0x25, mapName: "iommu-map", maskName: "iommu-map-mask").id == 0x105)
    }

    @Test func errorsCarryTheBlobOffset() throws {
        let bytes = try DTC.compile(Self.source)
        let dt = try DeviceTreeBlob(bytes)
        let prop = try #require(dt.node("/bad")?.properties.first { $0.name == "iommu-map" })
        #expect(prop.offset > 0 && prop.offset < bytes.count)
        // The FDT_PROP token (3) is at that offset.
        #expect(Array(bytes[prop.offset..<(prop.offset + 4)]) == [0, 0, 0, 3])
        #expect(Array(bytes[dt.node("/bad")!.offset..<(dt.node("/bad")!.offset + 4)]) == [0, 0, 0, 1])
        do {
            _ = try dt.ofMapID(node: "/bad", id: 0, mapName: "iommu-map", maskName: "iommu-map-mask")
            Issue.record("accepted a 12-byte iommu-map")
        } catch let e as DecodeError {
            #expect(e.blob == "DTB")
            #expect(e.offset == prop.offset)
            #expect(e.description.contains("/bad:iommu-map"))
        }
    }

    @Test func malformedMapsThrow() throws {
        let dt = try blob()
        // Length not a multiple of 16.
        #expect(throws: DecodeError.self) { try dt.ofMapID(node: "/bad", id: 0, mapName: "iommu-map", maskName: "iommu-map-mask") }
        // Matching entry with an unresolvable phandle.
        #expect(throws: DecodeError.self) { try dt.ofMapID(node: "/bad", id: 1, mapName: "msi-map", maskName: "msi-map-mask") }
        #expect(throws: DecodeError.self) { try dt.iommus(of: "/bad") }
        #expect(throws: DecodeError.self) { try dt.u32Cells("odd", of: "/bad") }
        #expect(throws: DecodeError.self) { try dt.string("unterminated", of: "/bad") }
        #expect(throws: DecodeError.self) { try dt.u32("iommu-map", of: "/bad") }
        #expect(throws: DecodeError.self) { try dt.reg(of: "/") }
        // msi-parent without the #msi-cells specifier cells the ITS asks for.
        #expect(throws: DecodeError.self) { try dt.msiParent(of: "/bad") }
        // rid-base outside the mask: only detected when the scan reaches that entry.
        let first = try dt.ofMapID(node: "/badmask", id: 0x15, mapName: "iommu-map", maskName: "iommu-map-mask")
        #expect(first.id == 0x5)
        #expect(throws: DecodeError.self) { try dt.ofMapID(node: "/badmask", id: 0x30, mapName: "iommu-map", maskName: "iommu-map-mask") }
        // rid-base + length wraps in u32 as in C: nothing matches.
        let wrapped = try dt.ofMapID(node: "/wrap", id: 0xffff_fff5, mapName: "iommu-map", maskName: "iommu-map-mask")
        #expect(wrapped.target == nil)
    }
}
