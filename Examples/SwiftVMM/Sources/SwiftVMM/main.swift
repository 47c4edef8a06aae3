// A VMM that ships the firmware of its machine model. `virt.topology.yaml` sits next to this
// file; topoc's build-tool plugin compiled it into the `QemuVirtViommu` constants at build time.
import TopologyCompiler

print("\(QemuVirtViommu.name): DTB \(QemuVirtViommu.dtb.count) bytes, VIOT \(QemuVirtViommu.viot.count), IORT \(QemuVirtViommu.iort.count), MCFG \(QemuVirtViommu.mcfg.count), SSDT \(QemuVirtViommu.ssdt.count)")

// The same library, in-process: a VMM that builds its topology at run time (say, from its
// command line) compiles it without touching the file system.
let topology = """
    topology: 1
    name: runtime
    arch: arm64
    msi-controllers:
      its: { type: gicv3-its, base: 0x08080000 }
    iommus:
      viommu: { type: virtio-pci, root-complex: pcie, bdf: "00:01.0" }
    root-complexes:
      pcie:
        segment: 0
        buses: [0, 0xff]
        ecam: 0x4010000000
        windows:
          - { type: mem32, cpu: 0x10000000, size: 0x2eff0000 }
        iommu-map:
          - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
        msi-map:
          - { rids: [0x0000, 0xffff], controller: its, id: 0 }
    """
let result = Compiler.compile(bytes: Array(topology.utf8), file: "<runtime>")
for diagnostic in result.diagnostics { print(diagnostic) }
guard result.succeeded else { fatalError("the runtime topology is invalid") }
for file in result.files { print("  \(file.name): \(file.bytes.count) bytes") }

// A VMM that writes its machine's firmware files for the guest (`SwiftVMM TOPOLOGY DIR`): one
// library call reads and checks the file, streams each output into DIR and swaps it in
// atomically, as `topoc compile -o DIR` does; a failed compile leaves DIR as it was.
let arguments = CommandLine.arguments.dropFirst()
if arguments.count == 2, let path = arguments.first, let directory = arguments.last {
    let written = try Compiler.compile(path: path, into: directory)
    for diagnostic in written.diagnostics { print(diagnostic) }
    guard written.succeeded else { fatalError("\(path) did not compile") }
    for file in written.written { print("  wrote \(file)") }
}

// And prove, in-process, that a guest reading those blobs sees the declared layout: one embedded
// virtio-iommu device per virtio IOMMU, driven through its virtqueues.
let report = try Compiler.verify(result.topology!)
print(report.summary)
guard report.passed else { fatalError("the firmware does not describe the topology") }
