import Foundation
import TestSupport
import Testing

/// New nodes' phandles follow the base's largest, as libfdt's `fdt_generate_phandle` gives them,
/// up to 0xfffffffe (0xffffffff is "no phandle"). A base whose largest leaves too few for the
/// nodes the topology adds is a located conflict; it was an arithmetic-overflow trap
/// (`Fuzz/regressions/base-phandle-overflow`).
@Suite struct BaseMergePhandleTests {
    /// QEMU's GICv3 tree without its ITS and virtio-iommu, whose pl061 gets phandle `largest`.
    func base(largest: String, in dir: URL) throws -> String {
        let base = dir.appendingPathComponent("virt.dtb").path
        try FileManager.default.copyItem(atPath: try GoldenFiles.url("dtb/virtio-iommu-gicv3-its.dtb").path, toPath: base)
        let fdtput = try tool("fdtput")
        #expect(try run(fdtput, ["-r", base, "/pcie@10000000/virtio_iommu@2,0", "/intc@8000000/its@8080000"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "iommu-map"]).status == 0)
        #expect(try run(fdtput, ["-d", base, "/pcie@10000000", "msi-map"]).status == 0)
        #expect(try run(fdtput, ["-t", "x", base, "/pl061@9030000", "phandle", largest]).status == 0)
        return base
    }

    func compile(largest: String, in dir: URL) throws -> (RunResult, dtb: String) {
        let out = dir.appendingPathComponent("out")
        let topology = packageRoot.appendingPathComponent("Topologies/qemu-virt-viommu.yaml").path
        let result = try topoc("compile", topology, "--base", try base(largest: largest, in: dir), "-o", out.path, "--emit", "dtb")
        return (result, out.appendingPathComponent("qemu-virt-viommu.dtb").path)
    }

    /// The ITS and the virtio-iommu are new: 0xfffffffc leaves them 0xfffffffd and 0xfffffffe.
    @Test func newNodesTakeTheLastPhandles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (result, dtb) = try compile(largest: "fffffffc", in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let fdtget = try tool("fdtget")
        #expect(try run(fdtget, ["-t", "x", dtb, "/intc@8000000/its@8080000", "phandle"]).stdout == "fffffffd\n")
        #expect(try run(fdtget, ["-t", "x", dtb, "/pcie@10000000/iommu@2,0", "phandle"]).stdout == "fffffffe\n")
    }

    /// 0xfffffffd leaves one: the virtio-iommu, numbered after the ITS, gets none.
    @Test func aBaseThatLeavesTooFewIsALocatedConflict() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (result, dtb) = try compile(largest: "fffffffd", in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "qemu-virt-viommu.yaml:14:3: error: the base device tree's largest phandle is 0xfffffffe, so none is left for 'iommu@2,0' (compatible \"virtio,pci-iommu\") (new phandles follow the largest, up to 0xfffffffe, as libfdt gives them) [dt-base-conflict]"),
            "\(result.stderr)")
        #expect(result.stderr.contains("note: node '/pl061@9030000' of the base device tree"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dtb))
    }
}
