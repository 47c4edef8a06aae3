import Foundation
import TestSupport
import Testing

/// `--base` with a VMM's GIC that is not the one the topology implies: QEMU's default virt tree
/// has a GICv2 (`intc@8000000`, `arm,cortex-a15-gic`) with a GICv2m frame.
@Suite struct BaseMergeGICTests {
    /// QEMU's GICv2 tree without its virtio-iommu and the host bridge's maps, in `dir`.
    func gicv2Base(in dir: URL) throws -> String {
        let base = dir.appendingPathComponent("virt-gicv2.dtb").path
        try FileManager.default.copyItem(atPath: try GoldenFiles.url("dtb/virtio-iommu-gicv2-v2m.dtb").path, toPath: base)
        let fdtput = try tool("fdtput")
        #expect(try run(fdtput, ["-r", base, "/pcie@10000000/virtio_iommu@2,0"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "iommu-map"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "msi-map"]).status == 0)
        return base
    }

    /// ITSs need a GICv3 with LPIs and a machine has one GIC: a located conflict at the ITS, not
    /// libfdt's FDT_ERR_EXISTS from adding `/intc` beside `/intc@8000000`, and nothing written.
    @Test func itssIntoAGICv2TreeAreALocatedConflict() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = try gicv2Base(in: dir)
        let out = dir.appendingPathComponent("out")
        let topology = packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path
        let result = try topoc("compile", topology, "--base", base, "-o", out.path, "--emit", "dtb,dts")
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "qemu-virt-viommu.yaml:11:3: error: the base device tree's GIC '/intc@8000000' (\"arm,cortex-a15-gic\") has no LPIs, and the topology's ITS 'its' needs a GICv3 with them; a machine has one GIC: use GICv2m frames (type: gicv2m) or a base with a GICv3 [dt-base-conflict]"),
            "\(result.stderr)")
        #expect(result.stderr.contains("note: node '/intc@8000000' of the base device tree"), "\(result.stderr)")
        #expect(!result.stderr.contains("FDT_ERR"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Wired interrupts alone live on any GIC: the VMM's GICv2 is reused, not a GICv3 added.
    @Test func wiredInterruptsAloneReuseAGICv2() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = try gicv2Base(in: dir)
        let topology = dir.appendingPathComponent("wired.yaml")
        try """
            topology: 1
            name: wired
            arch: arm64
            msi-controllers: {}
            iommus:
              vmmio: { type: virtio-mmio, base: 0x0b000000, interrupt: 100 }
            devices:
              blk0: { base: 0x0b001000, size: 0x200, iommu: vmmio, id: 1, interrupt: 101 }
            """.write(to: topology, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let result = try topoc("compile", topology.path, "--base", base, "-o", out.path, "--emit", "dtb")
        #expect(result.status == 0, "\(result.stderr)")
        let merged = out.appendingPathComponent("wired.dtb").path
        let fdtget = try tool("fdtget")
        let gic = try run(fdtget, ["-t", "x", merged, "/intc@8000000", "phandle"]).stdout
        #expect(try run(fdtget, ["-t", "x", merged, "/", "interrupt-parent"]).stdout == gic)
        #expect(try run(fdtget, ["-l", merged, "/"]).stdout.split(separator: "\n").filter { $0.hasPrefix("intc") } == ["intc@8000000"])
        #expect(try run(fdtget, [merged, "/virtio_mmio@b001000", "interrupts"]).stdout == "0 101 1\n")
    }

    /// libfdt finds `/intc` in a node `intc@8000000`: a new node without a unit address may not
    /// sit beside a base node of the same name with one (here the base's GIC made unrecognisable).
    @Test func aNewNodeWithoutUnitBesideOneWithItIsAConflict() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = try gicv2Base(in: dir)
        #expect(try run(try tool("fdtput"), ["-t", "s", base, "/intc@8000000", "compatible", "acme,intc"]).status == 0)
        let out = dir.appendingPathComponent("out")
        let topology = packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path
        let result = try topoc("compile", topology, "--base", base, "-o", out.path, "--emit", "dtb")
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the base device tree already has a node named 'intc@8000000' where the topology adds 'intc' [dt-base-conflict]"), "\(result.stderr)")
        #expect(!result.stderr.contains("FDT_ERR"), "\(result.stderr)")
    }
}
