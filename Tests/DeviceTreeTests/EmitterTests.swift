import Testing
import TopologyModel

@testable import DeviceTree

/// Three virtio-pci IOMMUs whose own RIDs sit at the start, in the middle and at the end of the
/// iommu-map entries that cover them, a fourth entry that covers none of them, and an msi-map
/// whose offsets differ from the iommu-map's.
@Sendable func splitEverywhere() -> Topology {
    let rc = RootComplex(
        name: "pcie0", segment: 0, firstBus: 0, lastBus: 0xff, ecam: 0x40_1000_0000, windows: qemuWindows,
        iommuMap: [
            iommuEntry(0x00, 0x3f, "va", 0),
            iommuEntry(0x40, 0x7f, "vb", 0x1000),
            iommuEntry(0x80, 0xbf, "vc", 0x2000),
            iommuEntry(0xc0, 0xffff, "va", 0xc0),
        ],
        msiMap: [msiEntry(0, 0x7fff, "its", 0x10000), msiEntry(0x8000, 0xffff, "its", 0)],
        source: sm(30, ["segment": 31]))
    return topology(
        name: "split", msi: [its()],
        iommus: [
            virtioPCI("va", bdf: "00:00.0", line: 20), virtioPCI("vb", bdf: "00:0a.0", line: 21),
            virtioPCI("vc", bdf: "00:17.7", line: 22),
        ],
        rcs: [rc])
}

/// A root complex on buses 0x10-0x1f with its virtio-pci IOMMU at 10:03.0.
@Sendable func rootBus10() -> Topology {
    var rc = qemuRootComplex(iommu: "viommu")
    rc.firstBus = 0x10
    rc.lastBus = 0x1f
    rc.iommuMap = [iommuEntry(0x1000, 0x1fff, "viommu", 0)]
    rc.msiMap = [msiEntry(0x1000, 0x1fff, "its", 0)]
    return topology(msi: [its()], iommus: [virtioPCI(bdf: "10:03.0")], rcs: [rc])
}

/// Platform devices: a range of IDs behind an SMMUv3 with MSIs, one ID behind a virtio-mmio
/// IOMMU, and a device with a non-virtio compatible.
@Sendable func devicesTopology() -> Topology {
    let vmmio = IOMMU(
        name: "v-mmio", kind: .virtioMMIO(base: 0x0b00_0000, size: 0x200, interrupt: 16), virtio: VirtioIOMMUConfig(),
        source: sm(25))
    let net = PlatformDevice(
        name: "net1", base: 0x0a00_0000, size: 0x200, interrupt: 17, iommu: "smmu", ids: IDRange(first: 0x20, last: 0x22),
        msi: MSITarget(controller: "its", id: 0x30, source: sm(71)), acpiPath: "\\_SB_.NET1", source: sm(70))
    let blk = PlatformDevice(
        name: "blk", base: 0x0a00_0200, size: 0x200, iommu: "v-mmio", ids: IDRange(first: 5, count: 1),
        acpiPath: "\\_SB_.BLK0", source: sm(75))
    let rtc = PlatformDevice(
        name: "rtc", base: 0x0901_0000, size: 0x1000, compatible: "arm,pl031", interrupt: 2, acpiPath: "\\_SB_.RTC0",
        source: sm(80))
    var smmu = smmu()
    if case .smmuv3(var s) = smmu.kind {
        s.msi = MSITarget(controller: "its", id: 0x40, source: sm(24))
        smmu.kind = .smmuv3(s)
    }
    return topology(name: "devices", msi: [its()], iommus: [smmu, vmmio], devices: [net, blk, rtc])
}

/// Interrupts but no ITS: the GIC node exists without children. No ECAM: the host bridge is named
/// after its first window.
@Sendable func noITSNoECAM() -> Topology {
    let vmmio = IOMMU(
        name: "vmmio", kind: .virtioMMIO(base: 0x0b00_0000, size: 0x200, interrupt: 40), virtio: VirtioIOMMUConfig(),
        source: sm(25))
    var rc = qemuRootComplex(iommu: "vmmio")
    rc.ecam = nil
    rc.windows = Array(qemuWindows.dropFirst())
    rc.msiMap = []
    return topology(name: "no-its", iommus: [vmmio], rcs: [rc])
}

@Suite("Device-tree emitter")
struct EmitterTests {
    @Test("same input, same bytes; version 17, packed")
    func determinism() throws {
        for make in [qemuVirtioIOMMU, qemuSMMUv3, multiSegment, splitEverywhere, devicesTopology] {
            let a = try DeviceTreeEmitter.emit(make())
            let b = try DeviceTreeEmitter.emit(make())
            #expect(a == b)
            let fdt = FDT(bytes: a.dtb)
            #expect(fdt.headerOK)
            #expect(fdt.header(0) == 0xd00d_feed)
            #expect(fdt.header(1) == UInt32(a.dtb.count))  // totalsize
            #expect(fdt.header(5) == 17 && fdt.header(6) == 16)  // version, last_comp_version
            #expect(fdt.header(3) + fdt.header(8) == UInt32(a.dtb.count))  // strings end the blob: no free space
            #expect(fdt.header(2) + fdt.header(9) == fdt.header(3))  // struct right before strings
        }
    }

    @Test("the IOMMU's own RID is cut out at the start, middle and end of an entry; others untouched")
    func selfExclusion() throws {
        let fdt = try emitFDT(splitEverywhere())
        let pci = fdt.offset(path: "/pcie@4010000000")
        try #require(pci >= 0)
        let cells = try #require(fdt.cells(pci, "iommu-map"))
        let va = fdt.offset(path: "/pcie@4010000000/iommu@0,0")
        let vb = fdt.offset(path: "/pcie@4010000000/iommu@a,0")
        let vc = fdt.offset(path: "/pcie@4010000000/iommu@17,7")
        try #require(va >= 0 && vb >= 0 && vc >= 0)
        let pa = fdt.cells(va, "phandle")![0], pb = fdt.cells(vb, "phandle")![0], pc = fdt.cells(vc, "phandle")![0]
        #expect(
            cells == [
                0x1, pa, 0x1, 0x3f,  // RID 0 (start) cut
                0x40, pb, 0x1000, 0x10, 0x51, pb, 0x1011, 0x2f,  // RID 0x50 (middle) cut
                0x80, pc, 0x2000, 0x3f,  // RID 0xbf (end) cut
                0xc0, pa, 0xc0, 0xff40,  // covers no IOMMU: as written
            ])
        #expect(fdt.cells(va, "reg") == [0x0000, 0, 0, 0, 0])
        #expect(fdt.cells(vb, "reg") == [0x5000, 0, 0, 0, 0])
        #expect(fdt.cells(vc, "reg") == [0xbf00, 0, 0, 0, 0])
        #expect(fdt.strings(vb, "compatible") == ["virtio,pci-iommu", "pci1af4,1057"])
        // msi-map is not split, and keeps its own offsets.
        let its = fdt.offset(path: "/intc/its@8080000")
        let pi = fdt.cells(its, "phandle")![0]
        #expect(fdt.cells(pci, "msi-map") == [0, pi, 0x10000, 0x8000, 0x8000, pi, 0, 0x8000])
    }

    @Test("splitting, as a function")
    func splitFunction() {
        let map = [iommuEntry(0x10, 0x1f, "v", 0x100), iommuEntry(0x20, 0x2f, "w", 0)]
        func run(_ holes: [UInt32]) -> [String] {
            DeviceTreeEmitter.iommuMapEntries(map, excluding: holes).map {
                "\(hex($0.ridBase)) \($0.iommu) \(hex($0.idBase)) \(hex($0.length))"
            }
        }
        #expect(run([]) == ["0x10 v 0x100 0x10", "0x20 w 0x0 0x10"])
        #expect(run([0x10]) == ["0x11 v 0x101 0xf", "0x20 w 0x0 0x10"])
        #expect(run([0x18]) == ["0x10 v 0x100 0x8", "0x19 v 0x109 0x7", "0x20 w 0x0 0x10"])
        #expect(run([0x1f]) == ["0x10 v 0x100 0xf", "0x20 w 0x0 0x10"])
        #expect(run([0x5]) == ["0x10 v 0x100 0x10", "0x20 w 0x0 0x10"])
        #expect(run([0x12, 0x11, 0x12]) == ["0x10 v 0x100 0x1", "0x13 v 0x103 0xd", "0x20 w 0x0 0x10"])
        let single = [iommuEntry(0x8, 0x8, "v", 0)]
        #expect(DeviceTreeEmitter.iommuMapEntries(single, excluding: [0x8]).isEmpty)
    }

    @Test("platform devices: iommus (one specifier per ID), msi-parent, interrupts, names")
    func platformDevices() throws {
        let fdt = try emitFDT(devicesTopology())
        let smmu = fdt.offset(path: "/smmuv3@9050000")
        let vmmio = fdt.offset(path: "/iommu@b000000")
        let its = fdt.offset(path: "/intc/its@8080000")
        try #require(smmu >= 0 && vmmio >= 0 && its >= 0)
        let ps = fdt.cells(smmu, "phandle")![0], pv = fdt.cells(vmmio, "phandle")![0], pi = fdt.cells(its, "phandle")![0]
        #expect([pi, ps, pv] == [1, 2, 3])  // ITSs, then IOMMUs, in declaration order
        let gic = fdt.offset(path: "/intc")
        #expect(fdt.cells(gic, "phandle") == [4])
        #expect(fdt.cells(0, "interrupt-parent") == [4])

        let net = fdt.offset(path: "/virtio_mmio@a000000")
        try #require(net >= 0)
        #expect(fdt.strings(net, "compatible") == ["virtio,mmio"])
        #expect(fdt.cells(net, "reg") == [0, 0x0a00_0000, 0, 0x200])
        #expect(fdt.cells(net, "interrupts") == [0, 17, 1])
        #expect(fdt.cells(net, "iommus") == [ps, 0x20, ps, 0x21, ps, 0x22])
        #expect(fdt.cells(net, "msi-parent") == [pi, 0x30])
        #expect(fdt.property(net, "dma-coherent") == [])

        #expect(fdt.cells(smmu, "msi-parent") == [pi, 0x40])

        let blk = fdt.offset(path: "/virtio_mmio@a000200")
        #expect(fdt.cells(blk, "iommus") == [pv, 5])
        #expect(fdt.property(blk, "msi-parent") == nil)
        #expect(fdt.property(blk, "interrupts") == nil)

        let rtc = fdt.offset(path: "/pl031@9010000")
        #expect(fdt.strings(rtc, "compatible") == ["arm,pl031"])
        #expect(fdt.property(rtc, "iommus") == nil)
        #expect(fdt.property(rtc, "dma-coherent") == nil)  // not a DMA master as far as we know

        #expect(fdt.strings(vmmio, "compatible") == ["virtio,mmio"])
        #expect(fdt.cells(vmmio, "#iommu-cells") == [1])
        #expect(fdt.cells(vmmio, "interrupts") == [0, 16, 1])

        // Node order is declaration order.
        #expect(fdt.subnodes(0).map(fdt.name) == [
            "intc", "smmuv3@9050000", "iommu@b000000", "virtio_mmio@a000000", "virtio_mmio@a000200", "pl031@9010000",
            "__symbols__",
        ])
    }

    @Test("two segments, a virtio-mmio IOMMU and an SMMUv3")
    func twoSegments() throws {
        let fdt = try emitFDT(multiSegment())
        let pcie0 = fdt.offset(path: "/pcie@4010000000")
        let pcie1 = fdt.offset(path: "/pcie@5000000000")
        try #require(pcie0 >= 0 && pcie1 >= 0)
        #expect(fdt.cells(pcie0, "linux,pci-domain") == [0])
        #expect(fdt.cells(pcie1, "linux,pci-domain") == [1])
        #expect(fdt.cells(pcie0, "bus-range") == [0, 0x0f])
        #expect(fdt.cells(pcie1, "bus-range") == [0x10, 0x1f])
        #expect(fdt.cells(pcie0, "reg") == [0x40, 0x1000_0000, 0, 0x0100_0000])
        #expect(fdt.cells(pcie1, "reg") == [0x50, 0, 0, 0x0100_0000])
        #expect(fdt.property(pcie0, "dma-coherent") == [])
        #expect(fdt.property(pcie1, "dma-coherent") == nil)
        #expect(
            fdt.cells(pcie1, "ranges") == [
                0x0200_0000, 0, 0x6000_0000, 0, 0x6000_0000, 0, 0x1000_0000,
                0x4300_0000, 0x90, 0, 0x90, 0, 0x10, 0,
            ])
        #expect(fdt.map(pcie0, "iommu-map") == [MapEntry(rid: 0, target: "arm,smmu-v3", id: 0, length: 0x1000)])
        #expect(fdt.map(pcie1, "iommu-map") == [MapEntry(rid: 0x1000, target: "virtio,mmio", id: 0x100, length: 0x1000)])
        #expect(fdt.map(pcie1, "msi-map") == [MapEntry(rid: 0x1000, target: "arm,gic-v3-its", id: 0x1000, length: 0x1000)])
        #expect(fdt.offset(path: "/pl011@9000000") >= 0)
    }

    @Test("the format page's example gives the iommu-map, msi-map, iommus and msi-parent it promises")
    func formatExample() throws {
        var rc = qemuRootComplex(iommu: "viommu")
        rc.windows = []
        let net1 = PlatformDevice(
            name: "net1", base: 0x0a00_0000, size: 0x200, interrupt: 16, iommu: "viommu",
            ids: IDRange(first: 0x10000, count: 1), msi: MSITarget(controller: "its", id: 0x10000, source: sm(71)),
            acpiPath: "\\_SB_.NET1", source: sm(70))
        let t = topology(
            name: "arm-virt-viommu", msi: [its()], iommus: [virtioPCI(bdf: "00:01.0")], rcs: [rc], devices: [net1])
        let dts = try DeviceTreeEmitter.emit(t).dts
        #expect(dts.contains("iommu-map = <0x0 &viommu 0x0 0x8>, <0x9 &viommu 0x9 0xfff7>;"))
        #expect(dts.contains("msi-map = <0x0 &its 0x0 0x10000>;"))
        #expect(dts.contains("iommus = <&viommu 0x10000>;"))
        #expect(dts.contains("msi-parent = <&its 0x10000>;"))
        #expect(dts.contains("viommu: iommu@1,0 {"))
        #expect(dts.contains("reg = <0x800 0x0 0x0 0x0 0x0>;"))
    }

    @Test("DTS: labels and references")
    func dtsText() throws {
        let dts = try DeviceTreeEmitter.emit(qemuVirtioIOMMU()).dts
        #expect(dts.hasPrefix("/dts-v1/;\n"))
        #expect(dts.contains("\tinterrupt-parent = <&gic>;\n"))
        #expect(dts.contains("\tgic: intc {\n"))
        #expect(dts.contains("\t\tits: its@8080000 {\n"))
        #expect(dts.contains("\t\tviommu: iommu@2,0 {\n"))
        #expect(dts.contains("\t\tiommu-map = <0x0 &viommu 0x0 0x10>, <0x11 &viommu 0x11 0xffef>;\n"))
        #expect(dts.contains("\t\tmsi-map = <0x0 &its 0x0 0x10000>;\n"))
        #expect(dts.contains("\t\t\tcompatible = \"virtio,pci-iommu\", \"pci1af4,1057\";\n"))

        let devices = try DeviceTreeEmitter.emit(devicesTopology()).dts
        #expect(devices.contains("\tv_mmio: iommu@b000000 {\n"))
        #expect(devices.contains("iommus = <&smmu 0x20>, <&smmu 0x21>, <&smmu 0x22>;"))
        #expect(devices.contains("msi-parent = <&its 0x30>;"))
    }

    @Test("labels stay unique when two names map to one label")
    func labelCollision() throws {
        let a = IOMMU(
            name: "a-b", kind: .virtioMMIO(base: 0x1000_0000, size: 0x200, interrupt: nil), virtio: VirtioIOMMUConfig(),
            source: sm(20))
        let b = IOMMU(
            name: "a_b", kind: .virtioMMIO(base: 0x1000_1000, size: 0x200, interrupt: nil), virtio: VirtioIOMMUConfig(),
            source: sm(21))
        let dts = try DeviceTreeEmitter.emit(topology(iommus: [a, b])).dts
        #expect(dts.contains("a_b: iommu@10000000 {"))
        #expect(dts.contains("a_b_2: iommu@10001000 {"))
        #expect(!dts.contains("interrupt-parent"))  // no GIC needed
    }

    @Test("dt-segment-shared: two host bridges in one PCI domain")
    func segmentShared() throws {
        var second = qemuRootComplex(iommu: "smmu")
        second.name = "pcie1"
        second.firstBus = 0x80
        second.ecam = 0x50_0000_0000
        second.iommuMap = []
        second.msiMap = []
        second.source = sm(55, ["segment": 56])
        var first = qemuRootComplex(iommu: "smmu")
        first.lastBus = 0x7f
        first.iommuMap = [iommuEntry(0, 0x7fff, "smmu", 0)]
        first.msiMap = []
        let t = topology(iommus: [smmu()], rcs: [first, second])
        let error = #expect(throws: DiagnosticError.self) { try DeviceTreeEmitter.emit(t) }
        let diagnostics = try #require(error?.diagnostics)
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.id == "dt-segment-shared")
        #expect(d.severity == .error)
        #expect(d.message.contains("the device tree cannot give two host bridges one PCI domain"))
        #expect(d.location == SourceLocation(file: testFile, line: 56, column: 15))
        #expect(d.notes.count == 1)
        #expect(d.notes.first?.location == SourceLocation(file: testFile, line: 31, column: 15))
        #expect(d.notes.first?.message.contains("pcie0") == true)

        // With `dt: false` on one of them, the other is the segment's only host bridge.
        var t2 = t
        t2.rootComplexes[1].inDeviceTree = false
        let fdt = FDT(bytes: try DeviceTreeEmitter.emit(t2).dtb)
        #expect(fdt.offset(path: "/pcie@4010000000") >= 0)
        #expect(fdt.offset(path: "/pcie@5000000000") < 0)
    }

    @Test("a virtio-pci IOMMU of a root complex left out of the tree cannot be referenced")
    func iommuNotInTree() throws {
        var rc = qemuRootComplex(iommu: "viommu")
        rc.inDeviceTree = false
        rc.iommuMap = []
        let device = PlatformDevice(
            name: "net1", base: 0x0a00_0000, size: 0x200, iommu: "viommu", ids: IDRange(first: 1, count: 1),
            acpiPath: "\\_SB_.NET1", source: sm(70, ["iommu": 73]))
        let t = topology(msi: [its()], iommus: [virtioPCI(bdf: "00:02.0")], rcs: [rc], devices: [device])
        let error = #expect(throws: DiagnosticError.self) { try DeviceTreeEmitter.emit(t) }
        #expect(error?.diagnostics.map(\.id) == ["dt-iommu-not-in-tree"])
        #expect(error?.diagnostics.first?.location.line == 73)
        #expect(error?.diagnostics.first?.notes.first?.location.line == 20)

        // Without the reference the IOMMU is simply not in the tree.
        var ok = t
        ok.devices = []
        let fdt = FDT(bytes: try DeviceTreeEmitter.emit(ok).dtb)
        #expect(fdt.offset(compatible: "virtio,pci-iommu") < 0)
        #expect(fdt.offset(compatible: "pci-host-ecam-generic") < 0)
    }

    @Test("dt-pci-iommu-bus: a virtio-pci IOMMU off the root bus")
    func iommuOffRootBus() throws {
        var rc = qemuRootComplex(iommu: "viommu")
        rc.source = sm(30, ["segment": 31, "buses": 32])
        var iommu = virtioPCI(bdf: "01:00.0")
        iommu.source = sm(20, ["bdf": 22])
        let t = topology(msi: [its()], iommus: [iommu], rcs: [rc])
        let error = #expect(throws: DiagnosticError.self) { try DeviceTreeEmitter.emit(t) }
        #expect(error?.diagnostics.map(\.id) == ["dt-pci-iommu-bus"])
        #expect(error?.diagnostics.first?.location == SourceLocation(file: testFile, line: 22, column: 15))
        #expect(error?.diagnostics.first?.notes.first?.location.line == 32)

        // A root complex whose first bus is not 0: the IOMMU on that first bus is fine.
        let fdt = try emitFDT(rootBus10())
        let node = fdt.offset(path: "/pcie@4010000000/iommu@3,0")
        #expect(fdt.cells(node, "reg") == [0x101800, 0, 0, 0, 0])
        #expect(
            fdt.map(fdt.offset(path: "/pcie@4010000000"), "iommu-map") == [
                MapEntry(rid: 0x1000, target: "virtio,pci-iommu", id: 0, length: 0x18),
                MapEntry(rid: 0x1019, target: "virtio,pci-iommu", id: 0x19, length: 0xfe7),
            ])
    }

    @Test("a host bridge without ECAM is named after its first window; a GIC without ITS")
    func noECAM() throws {
        let fdt = try emitFDT(noITSNoECAM())
        let pci = fdt.offset(path: "/pcie@10000000")
        try #require(pci >= 0)
        #expect(fdt.property(pci, "reg") == nil)
        #expect(fdt.map(pci, "iommu-map") == [MapEntry(rid: 0, target: "virtio,mmio", id: 0, length: 0x10000)])
        #expect(fdt.property(pci, "msi-map") == nil)
        let gic = fdt.offset(path: "/intc")
        #expect(fdt.subnodes(gic).isEmpty)
        #expect(fdt.cells(0, "interrupt-parent") == fdt.cells(gic, "phandle"))
    }

    @Test("too many IDs for iommus; sibling nodes with one unit address")
    func otherFormatErrors() throws {
        var t = devicesTopology()
        t.devices[0].ids = IDRange(first: 0, count: 0x10000)
        t.devices[0].source = sm(70, ["ids": 74])
        let e1 = #expect(throws: DiagnosticError.self) { try DeviceTreeEmitter.emit(t) }
        #expect(e1?.diagnostics.map(\.id) == ["dt-iommus-size"])
        #expect(e1?.diagnostics.first?.location.line == 74)

        // A platform device at the CPU address of an ECAM-less host bridge's first window.
        var t2 = noITSNoECAM()
        t2.devices = [
            PlatformDevice(name: "dev", base: 0x1000_0000, size: 0x1000, acpiPath: "\\_SB_.DEV0", source: sm(80))
        ]
        let e2 = #expect(throws: DiagnosticError.self) { try DeviceTreeEmitter.emit(t2) }
        #expect(e2?.diagnostics.map(\.id) == ["dt-node-clash"])
        #expect(e2?.diagnostics.first?.location.line == 80)
        #expect(e2?.diagnostics.first?.notes.first?.location.line == 30)
    }

    @Test("SMMUv3 interrupts must be SPIs")
    func smmuInterruptRange() {
        let t = topology(iommus: [smmu(gsivs: (106, 107, 20, 109))])
        let error = #expect(throws: DiagnosticError.self) { try DeviceTreeEmitter.emit(t) }
        #expect(error?.diagnostics.map(\.id) == ["dt-interrupt-range"])
    }

    @Test("x86 MSI window: no node, no msi-map entry")
    func x86MSI() throws {
        var rc = qemuRootComplex(iommu: "viommu")
        rc.msiMap = [msiEntry(0, 0xffff, "x86", 0)]
        var t = topology(
            msi: [MSIController(name: "x86", kind: .x86MSI, source: sm(10))], iommus: [virtioPCI(bdf: "00:02.0")],
            rcs: [rc])
        t.arch = .x86_64
        let fdt = FDT(bytes: try DeviceTreeEmitter.emit(t).dtb)
        let pci = fdt.offset(compatible: "pci-host-ecam-generic")
        #expect(pci >= 0)
        #expect(fdt.property(pci, "msi-map") == nil)
        #expect(fdt.offset(path: "/intc") < 0)
        #expect(fdt.cells(fdt.offset(path: "/pcie@4010000000/iommu@2,0"), "phandle") == [1])
    }

    /// Issue 13: the device tree follows the arch. An x86_64 tree with interrupts declared (which
    /// are IOAPIC GSIs there) has no GIC node, no interrupt-parent and no GIC-format interrupts; an
    /// interrupt number past the GIC's SPIs is no DT error on x86_64. The same topology on arm64
    /// still gets its GIC, so the difference is the arch's.
    @Test("x86_64 device tree: no Arm nodes, no GIC interrupts")
    func x86HasNoArmNodes() throws {
        let vmmio = IOMMU(
            name: "vmmio", kind: .virtioMMIO(base: 0x0a00_0000, size: 0x200, interrupt: 16), virtio: VirtioIOMMUConfig(),
            source: sm(25, ["interrupt": 26]))
        let net = PlatformDevice(
            name: "net1", base: 0x0a00_0200, size: 0x200, interrupt: 1000, iommu: "vmmio", ids: IDRange(first: 0x10, count: 1),
            acpiPath: "\\_SB_.NET1", source: sm(70, ["interrupt": 72, "iommu": 73]))
        var t = topology(name: "x86-dt", iommus: [vmmio], devices: [net])
        t.arch = .x86_64
        let output = try DeviceTreeEmitter.emit(t)
        let fdt = FDT(bytes: output.dtb)
        #expect(fdt.offset(path: "/intc") < 0)
        #expect(fdt.offset(compatible: "arm,gic-v3") < 0)
        #expect(fdt.property(0, "interrupt-parent") == nil)
        let iommu = fdt.offset(path: "/iommu@a000000"), device = fdt.offset(path: "/virtio_mmio@a000200")
        #expect(iommu >= 0 && device >= 0)
        #expect(fdt.property(iommu, "interrupts") == nil)
        #expect(fdt.property(device, "interrupts") == nil)
        #expect(fdt.cells(device, "iommus") == [1, 0x10], "translation is still described")
        #expect(!output.dts.contains("gic") && !output.dts.contains("interrupts"))

        t.arch = .arm64
        t.devices[0].interrupt = 17
        let arm = FDT(bytes: try DeviceTreeEmitter.emit(t).dtb)
        #expect(arm.offset(compatible: "arm,gic-v3") >= 0)
        #expect(arm.property(arm.offset(path: "/virtio_mmio@a000200"), "interrupts") != nil)
    }
}
