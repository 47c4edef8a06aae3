import Foundation
import Testing
import TopologyCompiler

/// `topoc explain`, through the built executable and through the library.
@Suite struct ExplainTests {
    func explain(_ arguments: String...) throws -> RunResult {
        try run(try topocPath(), ["explain"] + arguments, in: packageRoot)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func virtioPCIEndpointNamesEveryFirmwareSource() throws {
        let result = try explain(example("qemu-virt-viommu"), "00:03.0")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("0000:00:03.0 (RID 0x0018) on root complex 'pcie'"))
        #expect(out.contains("translated by: viommu (virtio-pci), endpoint ID 0x18"))
        #expect(out.contains("MSIs:          its, DeviceID 0x18"))
        #expect(out.contains("[0x8090000, 0x809ffff] msi: MSI doorbell: translation frame of ITS 'its'"))
        #expect(out.contains("/pcie@4010000000: iommu-map entry 1 <0x11 &viommu 0x11 0xffef>"), "\(out)")
        #expect(out.contains("/pcie@4010000000: msi-map entry 0 <0x0 &its 0x0 0x10000>"))
        #expect(out.contains("PCI range node at 0x40: segment 0, BDFs 0x0000-0xffff"), "\(out)")
        #expect(out.contains("endpoint ID 0x18"))
        #expect(out.contains("Topologies/qemu-virt-viommu.yaml:29:9: iommu-map entry 0"), "\(out)")
        #expect(out.contains("to ITS group node at 0x30 (ITS 0 = 'its'): DeviceID 0x18"), "\(out)")
    }

    @Test func segmentIsOptionalAndWrittenInFull() throws {
        let short = try explain(example("qemu-virt-viommu"), "00:03.0")
        let long = try explain(example("qemu-virt-viommu"), "0000:00:03.0")
        #expect(long.status == 0)
        #expect(short.stdout == long.stdout)
    }

    @Test func theVirtioPCIIOMMUItselfIsNotTranslated() throws {
        let result = try explain(example("qemu-virt-viommu"), "00:02.0", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["iommu"] is NSNull)
        #expect((object["bypass"] as? String)?.contains("virtio-pci IOMMU 'viommu' itself") == true)
        let firmware = try #require(object["firmware"] as? [[String: Any]])
        let dt = firmware.filter { $0["format"] as? String == "dt" }.compactMap { $0["text"] as? String }
        #expect(dt.contains { $0.contains("iommu-map leaves RID 0x0010 out") && $0.contains("/pcie@4010000000/iommu@2,0") }, "\(dt)")
        let viot = firmware.filter { $0["format"] as? String == "viot" }.compactMap { $0["text"] as? String }
        #expect(viot.contains { $0.contains("Linux skips") })
        #expect((object["msi"] as? [String: Any])?["controller"] as? String == "its")
    }

    @Test func smmuEndpointGoesThroughIORT() throws {
        let result = try explain(example("qemu-virt-smmuv3"), "00:03.0")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("translated by: smmu (smmuv3), StreamID 0x18"), "\(out)")
        #expect(out.contains("MSIs:          its, DeviceID 0x18"))
        #expect(out.contains("/pcie@4010000000: iommu-map entry 0 <0x0 &smmu 0x0 0x10000>"), "\(out)")
        #expect(out.contains("root complex node at") && out.contains("to SMMUv3 node at"))
        #expect(out.contains("StreamID 0x18 for input 0x18"), "\(out)")
        #expect(out.contains("to ITS group node at") && out.contains("DeviceID 0x18"))
        #expect(!out.contains("VIOT:"))
    }

    @Test func platformDeviceByNameAndASegmentOneFunction() throws {
        let dma = try explain(example("multi-segment"), "dma0")
        #expect(dma.status == 0, "\(dma.stderr)")
        #expect(dma.stdout.contains("translated by: smmu (smmuv3), StreamID 0x100"))
        #expect(dma.stdout.contains("/pl330@a010000: iommus = <&smmu 0x100>"), "\(dma.stdout)")
        #expect(dma.stdout.contains("/pl330@a010000: msi-parent = <&its1 0x5000>"))
        #expect(dma.stdout.contains("named component \\_SB_.DMA0 node at"), "\(dma.stdout)")

        let net = try explain(example("multi-segment"), "net0")
        #expect(net.stdout.contains("MMIO endpoint node at") && net.stdout.contains("'vmmio'"), "\(net.stdout)")
        #expect(net.stdout.contains("named component \\_SB_.NET0"))

        let pci = try explain(example("multi-segment"), "0001:10:00.0")
        #expect(pci.status == 0, "\(pci.stderr)")
        #expect(pci.stdout.contains("on root complex 'pcie1', segment 1"))
        #expect(pci.stdout.contains("StreamID 0x30000"))
        #expect(pci.stdout.contains("DeviceID 0x1400"))
        #expect(pci.stdout.contains("/pcie@4020000000: iommu-map entry 1 <0x1000 &smmu 0x30000 0x1000>"), "\(pci.stdout)")
    }

    @Test func reservedRegionsSayWhereTheyComeFrom() throws {
        let result = try explain(example("multi-segment"), "00:05.0")
        #expect(result.stdout.contains("[0x10000000, 0x3efeffff] reserved: mem32 window of root complex 'pcie0' (reserve-windows)"), "\(result.stdout)")
        #expect(result.stdout.contains("reserved-regions of IOMMU 'viommu' (Topologies/multi-segment.yaml:"))
        #expect(result.stdout.contains("MSI doorbell: translation frame of ITS 'its0'"))
    }

    @Test func allListsEveryRunOfEndpointsJSON() throws {
        for (name, _) in try exampleTopologies() {
            let result = try explain(example(name), "--all", "--format", "json")
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            let endpoints = try json(String(decoding: try Data(contentsOf: packageRoot.appendingPathComponent("Output/\(name)/endpoints.json")), as: UTF8.self))
            let records = try #require(endpoints["endpoints"] as? [[String: Any]])
            #expect(array.count == records.count, "\(name)")
            for (explained, record) in zip(array, records) {
                #expect(explained["iommu"] as? String == record["iommu"] as? String, "\(name)")
                #expect((explained["ids"] as? [Int]) == (record["ids"] as? [Int]), "\(name)")
                #expect(explained.keys.sorted() == (explained["kind"] as? String == "pci"
                    ? ["bypass", "firmware", "ids", "iommu", "iommu-type", "kind", "msi", "reserved", "rids", "root-complex", "segment", "subject", "topology"]
                    : ["base", "bypass", "device", "firmware", "ids", "iommu", "iommu-type", "kind", "msi", "reserved", "subject", "topology"]))
            }
            let text = try explain(example(name), "--all")
            #expect(text.status == 0)
            #expect(text.stdout.components(separatedBy: "  translated by: ").count - 1 == records.count, "\(name)")
        }
    }

    @Test func unknownNameIsInvalidInputWithAHint() throws {
        let result = try explain(example("multi-segment"), "dma1")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no platform device named 'dma1'"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'dma0'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func addressOnNoRootComplexIsInvalidInput() throws {
        let result = try explain(example("multi-segment"), "0002:00:01.0")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no root complex holds 0002:00:01.0"), "\(result.stderr)")
        let bus = try explain(example("multi-segment"), "40:00.0")  // pcie0 has buses 0x00-0x3f
        #expect(bus.status == 1)
    }

    /// A malformed address is a usage error (exit 2), as is giving both a target and --all.
    @Test func malformedAddressIsAUsageError() throws {
        for bad in ["00:20.0", "00:03.8", "0:0:0:0", "zz:00.0", "Net0"] {
            let result = try explain(example("qemu-virt-viommu"), bad)
            #expect(result.status == 2, "\(bad): \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
        #expect(try explain(example("qemu-virt-viommu"), "00:03.0", "--all").status == 2)
        #expect(try explain(example("qemu-virt-viommu")).status == 2)
    }

    @Test func invalidTopologyExitsOne() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.yaml")
        try "topology: 1\nname: bad\narch: arm64\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try explain(file.path, "00:00.0")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error"))
    }

    // MARK: Library

    @Test func libraryQueryParsing() throws {
        #expect(try ExplainQuery.parse("00:03.0").get() == .pci(segment: 0, bdf: .init(bus: 0, device: 3, function: 0)))
        #expect(try ExplainQuery.parse("0001:10:00.0").get() == .pci(segment: 1, bdf: .init(bus: 0x10, device: 0, function: 0)))
        #expect(try ExplainQuery.parse("net0").get() == .device("net0"))
        #expect(throws: UsageError.self) { try ExplainQuery.parse("00:3g.0").get() }
    }

    @Test func libraryExplainsInMemory() throws {
        let bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(example("qemu-virt-viommu"))))
        let (diagnostics, explanations) = try Explainer.explain(
            bytes: bytes, file: "virt.yaml", query: .pci(segment: 0, bdf: .init(bus: 0, device: 3, function: 0)))
        #expect(!diagnostics.contains { $0.severity == .error })
        let e = try #require(explanations?.first)
        #expect(e.iommu == "viommu")
        #expect(e.ids?.first == 0x18)
        #expect(e.msi?.controller == "its" && e.msi?.deviceIDs?.first == 0x18)
        #expect(e.reserved.map { $0.range.first } == [0x809_0000])
        let dt = try #require(e.firmware.first { $0.format == .deviceTree })
        #expect(dt.node == "/pcie@4010000000" && dt.entry == 1)
        let viot = try #require(e.firmware.first { $0.format == .viot })
        #expect(viot.offset == 0x40)
        #expect(e.topology.first?.location.line == 29)
        #expect(Explainer.renderJSON([e], array: false).hasPrefix("{\"subject\": \"0000:00:03.0\""))
    }
}
