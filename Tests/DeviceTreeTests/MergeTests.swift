import CLibfdt
import Foundation
import Testing
import TopologyModel
import TopologyParser

@testable import DeviceTree

/// `--base`: merging a topology into QEMU's own device trees.
@Suite("merge into a base DTB")
struct MergeTests {
    // MARK: Helpers

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// An example topology of `Topologies/`, parsed (and optionally edited as text first).
    func example(_ name: String, _ edit: (String) -> String = { $0 }) throws -> Topology {
        let url = Self.packageRoot.appendingPathComponent("Topologies/\(name).yaml")
        let text = edit(try String(contentsOf: url, encoding: .utf8))
        let parsed = TopologyParser.parse(text: text, file: "\(name).yaml")
        return try #require(parsed.topology, "\(parsed.diagnostics)")
    }

    func merge(_ topology: Topology, _ base: FDT, file: String = "base.dtb") throws -> (FDT, DeviceTreeOutput) {
        let output = try DeviceTreeMerge.merge(topology, into: base.bytes, file: file)
        let fdt = FDT(bytes: output.dtb)
        #expect(fdt.headerOK)
        return (fdt, output)
    }

    func mergeErrors(_ topology: Topology, _ base: [UInt8]) -> [Diagnostic] {
        do {
            _ = try DeviceTreeMerge.merge(topology, into: base, file: "base.dtb")
            Issue.record("the merge succeeded")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A copy of a blob with nodes and properties deleted (libfdt in place).
    func editing(_ fdt: FDT, deleteNodes: [String] = [], deleteProperties: [(String, String)] = []) throws -> FDT {
        var bytes = fdt.bytes
        try bytes.withUnsafeMutableBytes { raw in
            let p = raw.baseAddress!
            for (path, name) in deleteProperties {
                try #require(fdt_delprop(p, fdt_path_offset(p, path), name) == 0, "delete \(path):\(name)")
            }
            for path in deleteNodes {
                try #require(fdt_del_node(p, fdt_path_offset(p, path)) == 0, "delete \(path)")
            }
        }
        return FDT(bytes: bytes)
    }

    /// `dtc -I dtb -O dts` of a blob.
    func dtcText(_ fdt: FDT) throws -> String {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.dtb").path
        try Data(fdt.bytes).write(to: URL(fileURLWithPath: path))
        let result = try runDtc(["-I", "dtb", "-O", "dts", path])
        #expect(result.status == 0, "dtc cannot read the merged tree: \(result.stderr)")
        return result.stdout
    }

    /// dtc's text with the block of the node `name` at `depth` tabs (and the blank line before it)
    /// cut out, and the given property lines removed.
    func removing(blocks: [(String, Int)] = [], lines: [String] = [], from text: String) -> String {
        var out: [Substring] = []
        var skipping: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let end = skipping {
                if line == end { skipping = nil }
                continue
            }
            if let (_, depth) = blocks.first(where: { line == String(repeating: "\t", count: $0.1) + $0.0 + " {" }) {
                skipping = String(repeating: "\t", count: depth) + "};"
                if out.last == "" { out.removeLast() }
                continue
            }
            if lines.contains(where: { line.trimmingCharacters(in: .whitespaces) == $0 }) { continue }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    func nodes(_ fdt: FDT, compatible: String) -> [String] {
        fdt.with { p in
            var out: [String] = []
            var node = fdt_node_offset_by_compatible(p, -1, compatible)
            while node >= 0 {
                out.append(fdt.path(node))
                node = fdt_node_offset_by_compatible(p, node, compatible)
            }
            return out
        }
    }

    func hostBridges(_ fdt: FDT) -> [String] {
        fdt.subnodes(0).filter { fdt.strings($0, "device_type") == ["pci"] }.map { fdt.path($0) }
    }

    /// A 4-cell map with each phandle replaced by the path of its node.
    func resolvedMap(_ fdt: FDT, _ path: String, _ name: String) -> [String] {
        guard let cells = fdt.cells(fdt.offset(path: path), name) else { return [] }
        return stride(from: 0, to: cells.count, by: 4).map {
            "\(hex(cells[$0])) \(fdt.path(fdt.offset(phandle: cells[$0 + 1]))) \(hex(cells[$0 + 2])) \(hex(cells[$0 + 3]))"
        }
    }

    // MARK: QEMU's trees, merged with the topologies that describe them

    @Test("virtio-iommu: QEMU's ITS, host bridge and IOMMU are reused; nothing else changes")
    func virtioIOMMUBase() throws {
        let base = try loadGolden("virtio-iommu-gicv3-its.dtb")
        let (merged, output) = try merge(try example("qemu-virt-viommu"), base)

        #expect(nodes(merged, compatible: "arm,gic-v3-its") == ["/intc@8000000/its@8080000"])
        #expect(hostBridges(merged) == ["/pcie@10000000"])
        #expect(nodes(merged, compatible: "virtio,pci-iommu") == ["/pcie@10000000/virtio_iommu@2,0"])
        let bridge = merged.offset(path: "/pcie@10000000")
        let baseBridge = base.offset(path: "/pcie@10000000")
        for map in ["iommu-map", "msi-map"] {
            #expect(merged.cells(bridge, map) == base.cells(baseBridge, map), "\(map)")
            #expect(resolvedMap(merged, "/pcie@10000000", map) == resolvedMap(base, "/pcie@10000000", map))
        }
        #expect(merged.cells(bridge, "msi-map")?[1] == 0x8003)
        #expect(try dtcText(merged) == dtcText(base))
        #expect(output.dts == DeviceTreeMerge.decompile(base.bytes))
    }

    @Test("SMMUv3: QEMU's SMMU node is reused, one of everything")
    func smmuv3Base() throws {
        let base = try loadGolden("smmuv3-gicv3-its.dtb")
        let (merged, _) = try merge(try example("qemu-virt-smmuv3"), base)

        #expect(nodes(merged, compatible: "arm,gic-v3-its") == ["/intc@8000000/its@8080000"])
        #expect(nodes(merged, compatible: "arm,smmu-v3") == ["/smmuv3@9050000"])
        #expect(hostBridges(merged) == ["/pcie@10000000"])
        for map in ["iommu-map", "msi-map"] {
            #expect(resolvedMap(merged, "/pcie@10000000", map) == resolvedMap(base, "/pcie@10000000", map))
        }
        #expect(resolvedMap(merged, "/pcie@10000000", "iommu-map") == ["0x0 /smmuv3@9050000 0x0 0x10000"])
        #expect(try dtcText(merged) == dtcText(base))
    }

    @Test("a base without ITS and host bridge gets them: the ITS under QEMU's GIC, phandles above the base's")
    func addsITSAndHostBridge() throws {
        let golden = try loadGolden("virtio-iommu-gicv3-its.dtb")
        let base = try editing(golden, deleteNodes: ["/pcie@10000000", "/intc@8000000/its@8080000"])
        let (merged, output) = try merge(try example("qemu-virt-viommu"), base)

        #expect(nodes(merged, compatible: "arm,gic-v3-its") == ["/intc@8000000/its@8080000"])
        #expect(hostBridges(merged) == ["/pcie@4010000000"])
        let its = merged.offset(path: "/intc@8000000/its@8080000")
        let iommu = merged.offset(path: "/pcie@4010000000/iommu@2,0")
        // The base's largest phandle is now pl061's 0x8004: ITS, then IOMMU.
        #expect(merged.cells(its, "phandle") == [0x8005])
        #expect(merged.cells(iommu, "phandle") == [0x8006])
        #expect(
            resolvedMap(merged, "/pcie@4010000000", "msi-map") == ["0x0 /intc@8000000/its@8080000 0x0 0x10000"])
        #expect(
            resolvedMap(merged, "/pcie@4010000000", "iommu-map") == [
                "0x0 /pcie@4010000000/iommu@2,0 0x0 0x10", "0x11 /pcie@4010000000/iommu@2,0 0x11 0xffef",
            ])
        // The root keeps QEMU's model and interrupt-parent.
        #expect(merged.strings(0, "model") == ["linux,dummy-virt"])
        #expect(merged.cells(0, "interrupt-parent") == [0x8002])
        // Everything else is QEMU's, unchanged.
        let expected = try dtcText(base)
        let got = removing(blocks: [("pcie@4010000000", 1), ("its@8080000", 2)], from: try dtcText(merged))
        #expect(got == expected)
        // The DTS is the merged tree.
        #expect(output.dts == DeviceTreeMerge.decompile(output.dtb))
        #expect(output.dts.contains("\tpcie@4010000000 {\n"))
    }

    @Test("an existing host bridge without an IOMMU gets iommu-map and the IOMMU's node")
    func extendsExistingHostBridge() throws {
        let golden = try loadGolden("virtio-iommu-gicv3-its.dtb")
        let base = try editing(
            golden, deleteNodes: ["/pcie@10000000/virtio_iommu@2,0"], deleteProperties: [("/pcie@10000000", "iommu-map")])
        let (merged, _) = try merge(try example("qemu-virt-viommu"), base)

        #expect(hostBridges(merged) == ["/pcie@10000000"])
        #expect(nodes(merged, compatible: "virtio,pci-iommu") == ["/pcie@10000000/iommu@2,0"])
        #expect(
            resolvedMap(merged, "/pcie@10000000", "iommu-map") == [
                "0x0 /pcie@10000000/iommu@2,0 0x0 0x10", "0x11 /pcie@10000000/iommu@2,0 0x11 0xffef",
            ])
        #expect(resolvedMap(merged, "/pcie@10000000", "msi-map") == ["0x0 /intc@8000000/its@8080000 0x0 0x10000"])
        // QEMU's own numbers again: the IOMMU gets the phandle QEMU gave it (the base's largest is 0x8004).
        let mapLine = "iommu-map = <0x00 0x8005 0x00 0x10 0x11 0x8005 0x11 0xffef>;"
        let text = try dtcText(merged)
        #expect(text.contains("\t\t" + mapLine + "\n"))
        let got = removing(blocks: [("iommu@2,0", 2)], lines: [mapLine], from: text)
        #expect(got == (try dtcText(base)))
    }

    @Test("topoc's own tree as a base: merging the same topology again changes nothing")
    func idempotent() throws {
        for topology in [try example("qemu-virt-viommu"), try example("multi-segment"), multiSegment()] {
            let own = try DeviceTreeEmitter.emit(topology).dtb
            let (merged, _) = try merge(topology, FDT(bytes: own))
            #expect(try dtcText(merged) == dtcText(FDT(bytes: own)), "\(topology.name)")
        }
    }

    @Test("a new ITS goes under topoc's own intc when the base has no GICv3; the root gets interrupt-parent")
    func noGIC() throws {
        let base = try dtcCompile("/dts-v1/;\n/ {\n\t#address-cells = <2>;\n\t#size-cells = <2>;\n\tmodel = \"vmm\";\n};\n")
        let (merged, _) = try merge(qemuSMMUv3(), base)
        #expect(nodes(merged, compatible: "arm,gic-v3-its") == ["/intc/its@8080000"])
        #expect(merged.strings(0, "model") == ["vmm"])
        let parent = try #require(merged.cells(0, "interrupt-parent")?.first)
        #expect(merged.path(merged.offset(phandle: parent)) == "/intc")
        let path = try write(merged)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try runDtc(["-I", "dtb", "-O", "dts", path])
        #expect(result.status == 0 && result.stderr == "", "\(result.stderr)")
    }

    @Test("same base and topology, same bytes")
    func deterministic() throws {
        let golden = try loadGolden("smmuv3-gicv3-its.dtb")
        let base = try editing(golden, deleteNodes: ["/smmuv3@9050000", "/pcie@10000000"])
        let a = try DeviceTreeMerge.merge(try example("qemu-virt-smmuv3"), into: base.bytes, file: "b.dtb")
        let b = try DeviceTreeMerge.merge(try example("qemu-virt-smmuv3"), into: base.bytes, file: "b.dtb")
        #expect(a == b)
        // The DTS compiles back to the same tree.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dts = dir.appendingPathComponent("m.dts").path
        try a.dts.write(toFile: dts, atomically: true, encoding: .utf8)
        let back = dir.appendingPathComponent("back.dtb").path
        #expect(try runDtc(["-I", "dts", "-O", "dtb", "-o", back, dts]).status == 0)
        let again = FDT(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: back))))
        #expect(try dtcText(again) == dtcText(FDT(bytes: a.dtb)))
    }

    // MARK: Conflicts

    @Test("segment 1 against QEMU's linux,pci-domain = <0> at the same ECAM: located at 'segment'")
    func domainConflict() throws {
        let base = try loadGolden("virtio-iommu-gicv3-its.dtb")
        let topology = try example("qemu-virt-viommu") { $0.replacingOccurrences(of: "segment: 0", with: "segment: 1") }
        let errors = mergeErrors(topology, base.bytes)
        let rc = try #require(topology.rootComplexes.first)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.id == "dt-base-conflict")
        #expect(errors.first?.location == rc.source["segment"])
        #expect(errors.first?.message.contains("linux,pci-domain") == true)
        #expect(errors.first?.notes.first?.message.contains("'/pcie@10000000'") == true)
        #expect(errors.first?.notes.first?.location == SourceLocation.start(of: "base.dtb"))
    }

    @Test("a different iommu-map is an error, not replaced")
    func iommuMapConflict() throws {
        let base = try loadGolden("smmuv3-gicv3-its.dtb")
        let topology = try example("qemu-virt-smmuv3") {
            $0.replacingOccurrences(of: "{ rids: [0x0000, 0xffff], iommu: smmu, id: 0 }", with: "{ rids: [0x0000, 0xffff], iommu: smmu, id: 0x10000 }")
        }
        let errors = mergeErrors(topology, base.bytes)
        #expect(errors.map(\.id) == ["dt-base-conflict"])
        #expect(errors.first?.message.contains("iommu-map") == true)
        #expect(errors.first?.location == topology.rootComplexes[0].source["iommu-map"])
    }

    @Test("a node at the same address with another compatible")
    func compatibleConflict() throws {
        let base = try loadGolden("smmuv3-gicv3-its.dtb")
        // Put the SMMU where QEMU has its UART.
        let topology = try example("qemu-virt-smmuv3") { $0.replacingOccurrences(of: "base: 0x09050000", with: "base: 0x09000000") }
        let errors = mergeErrors(topology, base.bytes)
        #expect(errors.map(\.id).contains("dt-base-conflict"))
        let error = try #require(errors.first { $0.message.contains("arm,pl011") })
        #expect(error.location == topology.iommus[0].source["base"])
        #expect(error.notes.first?.message.contains("/pl011@9000000") == true)
    }

    @Test("a new host bridge on a domain the base already uses")
    func domainTaken() throws {
        let base = try loadGolden("virtio-iommu-gicv3-its.dtb")
        let topology = try example("qemu-virt-viommu") { $0.replacingOccurrences(of: "ecam: 0x40_1000_0000", with: "ecam: 0x50_0000_0000") }
        let errors = mergeErrors(topology, base.bytes)
        #expect(errors.contains { $0.id == "dt-base-conflict" && $0.location == topology.rootComplexes[0].source["segment"] })
    }

    @Test("a base whose root does not have 2 address cells")
    func rootCells() throws {
        let base = try dtcCompile("/dts-v1/;\n/ {\n\t#address-cells = <1>;\n\t#size-cells = <1>;\n};\n")
        let errors = mergeErrors(qemuSMMUv3(), base.bytes)
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.id == "dt-base-conflict" && $0.location == .start(of: "base.dtb") })
    }

    @Test("malformed bases are located errors at the base file", arguments: [0, 1, 2, 3])
    func malformed(_ kind: Int) throws {
        let golden = try loadGolden("virtio-iommu-gicv3-its.dtb").bytes
        let bytes: [UInt8]
        switch kind {
        case 0: bytes = []
        case 1: bytes = Array(golden.prefix(200))
        case 2: bytes = [0xde, 0xad, 0xbe, 0xef] + golden.dropFirst(4)
        default:
            var broken = golden
            broken[0x40] = 0x77  // inside the structure block: not a tag
            bytes = broken
        }
        let errors = mergeErrors(qemuVirtioIOMMU(), bytes)
        #expect(errors.map(\.id) == ["dt-base-invalid"])
        // Located at the byte the reader stopped at (the header's magic, its totalsize), or at the
        // file as a whole when libfdt names no offset.
        let expected: [TopologyModel.SourceLocation] = [.blob("base.dtb", offset: 0), .blob("base.dtb", offset: 4), .blob("base.dtb", offset: 0), .file("base.dtb")]
        #expect(errors.first?.location == expected[kind], "\(errors)")
    }

    // MARK: dtc

    func write(_ fdt: FDT) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString).dtb").path
        try Data(fdt.bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func dtcCompile(_ source: String) throws -> FDT {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dts = dir.appendingPathComponent("b.dts").path, dtb = dir.appendingPathComponent("b.dtb").path
        try source.write(toFile: dts, atomically: true, encoding: .utf8)
        let result = try runDtc(["-I", "dts", "-O", "dtb", "-o", dtb, dts])
        try #require(result.status == 0, "\(result.stderr)")
        return FDT(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: dtb))))
    }
}

extension MergeTests {
    @Test("a /__symbols__ node in topoc's tree names the merged tree's nodes, in a base that keeps symbols")
    func symbols() throws {
        let topology = try example("qemu-virt-viommu")
        var tree = try DeviceTreeEmitter.tree(topology)
        tree.children.removeAll { $0.name == "__symbols__" }
        var symbols = DTNode(name: "__symbols__")
        symbols.add("gic", .strings(["/intc"]))
        symbols.add("its", .strings(["/intc/its@8080000"]))
        symbols.add("pcie", .strings(["/pcie@4010000000"]))
        symbols.add("viommu", .strings(["/pcie@4010000000/iommu@2,0"]))
        tree.children.append(symbols)
        // A base built with `dtc -@` keeps symbols; QEMU's does not, so give it an empty node.
        let base = try dtcCompile(try dtcText(try loadGolden("virtio-iommu-gicv3-its.dtb")) + "\n/ { __symbols__ { }; };\n")
        let output = try DeviceTreeMerge.merge(tree, of: topology, into: base.bytes, file: "b.dtb")
        let merged = FDT(bytes: output.dtb)
        let node = merged.offset(path: "/__symbols__")
        #expect(merged.strings(node, "gic") == ["/intc@8000000"])
        #expect(merged.strings(node, "its") == ["/intc@8000000/its@8080000"])
        #expect(merged.strings(node, "pcie") == ["/pcie@10000000"])
        #expect(merged.strings(node, "viommu") == ["/pcie@10000000/virtio_iommu@2,0"])
    }

    @Test("a base without /__symbols__ gets none: the VMM's tree keeps its shape")
    func noSymbolsInABaseWithout() throws {
        let topology = try example("qemu-virt-viommu")
        #expect(try DeviceTreeEmitter.tree(topology).children.contains { $0.name == "__symbols__" })
        let output = try DeviceTreeMerge.merge(topology, into: try loadGolden("virtio-iommu-gicv3-its.dtb").bytes, file: "b.dtb")
        #expect(FDT(bytes: output.dtb).offset(path: "/__symbols__") < 0)
    }
}

extension MergeTests {
    @Test("a reused GIC without a phandle gets a fresh one, and the ITS under it is added")
    func gicWithoutPhandle() throws {
        let base = try dtcCompile(
            "/dts-v1/;\n/ {\n\t#address-cells = <2>;\n\t#size-cells = <2>;\n\tintc@8000000 {\n\t\tcompatible = \"arm,gic-v3\";\n"
                + "\t\treg = <0 0x8000000 0 0x10000>;\n\t\tinterrupt-controller;\n\t\t#interrupt-cells = <3>;\n\t};\n};\n")
        let (merged, _) = try merge(qemuSMMUv3(), base)
        let gic = merged.offset(path: "/intc@8000000")
        #expect(merged.cells(gic, "phandle") == [3])  // ITS 1, SMMU 2, GIC 3: nothing in the base had one
        #expect(merged.cells(0, "interrupt-parent") == [3])
        #expect(nodes(merged, compatible: "arm,gic-v3-its") == ["/intc@8000000/its@8080000"])
        #expect(merged.cells(gic, "#address-cells") == [2] && merged.property(gic, "ranges") == [])
        let path = try write(merged)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try runDtc(["-I", "dtb", "-O", "dts", path])
        #expect(result.status == 0 && result.stderr == "", "\(result.stderr)")
    }
}
