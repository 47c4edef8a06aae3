import CLibfdt
import Foundation
import TestSupport
import Testing
import TopologyModel

@testable import DeviceTree

// MARK: - Building topologies as Swift values

let testFile = "test.yaml"

/// A source map in the fake file: the entity at `line`, column 3; each key's value on its own
/// line given in `keys`, column 15.
func sm(_ line: Int, _ keys: [String: Int] = [:]) -> SourceMap {
    SourceMap(
        location: SourceLocation(file: testFile, line: line, column: 3),
        values: keys.mapValues { SourceLocation(file: testFile, line: $0, column: 15) })
}

func topology(
    name: String = "test", msi: [MSIController] = [], iommus: [IOMMU], rcs: [RootComplex] = [],
    devices: [PlatformDevice] = []
) -> Topology {
    Topology(
        file: testFile, name: name, arch: .arm64,
        acpi: .defaults(forTopologyNamed: name, source: sm(1)),
        msiControllers: msi, iommus: iommus, rootComplexes: rcs, devices: devices, source: sm(1))
}

func its(_ name: String = "its", base: UInt64 = 0x0808_0000, id: UInt32 = 0, line: Int = 10) -> MSIController {
    MSIController(name: name, kind: .gicv3ITS(base: base, itsID: id), source: sm(line))
}

func virtioPCI(_ name: String = "viommu", rc: String = "pcie0", bdf: String, line: Int = 20) -> IOMMU {
    IOMMU(name: name, kind: .virtioPCI(rootComplex: rc, bdf: BDF(parsing: bdf)!), virtio: VirtioIOMMUConfig(),
        source: sm(line))
}

func smmu(
    _ name: String = "smmu", base: UInt64 = 0x0905_0000, gsivs: (UInt32, UInt32, UInt32, UInt32)? = (106, 107, 108, 109),
    line: Int = 20
) -> IOMMU {
    var s = IOMMU.SMMUv3(base: base)
    if let g = gsivs { s.interrupts = SMMUInterrupts(eventq: g.0, priq: g.1, cmdqSync: g.2, gerror: g.3) }
    return IOMMU(name: name, kind: .smmuv3(s), virtio: nil, source: sm(line))
}

func iommuEntry(_ first: UInt32, _ last: UInt32, _ iommu: String, _ id: UInt32, line: Int = 40) -> IOMMUMapEntry {
    IOMMUMapEntry(rids: IDRange(first: first, last: last), iommu: iommu, id: id, source: sm(line))
}

func msiEntry(_ first: UInt32, _ last: UInt32, _ controller: String, _ id: UInt32, line: Int = 45) -> MSIMapEntry {
    MSIMapEntry(inputs: IDRange(first: first, last: last), controller: controller, id: id, source: sm(line))
}

/// QEMU virt's three PCI windows (what its DT `ranges` holds).
let qemuWindows = [
    PCIWindow(kind: .io, cpu: 0x3eff_0000, pci: 0, size: 0x10000, prefetchable: false, source: sm(50)),
    PCIWindow(kind: .mem32, cpu: 0x1000_0000, pci: 0x1000_0000, size: 0x2eff_0000, prefetchable: false, source: sm(51)),
    PCIWindow(kind: .mem64, cpu: 0x80_0000_0000, pci: 0x80_0000_0000, size: 0x80_0000_0000, prefetchable: false,
        source: sm(52)),
]

func qemuRootComplex(iommu: String) -> RootComplex {
    RootComplex(
        name: "pcie0", segment: 0, firstBus: 0, lastBus: 0xff, ecam: 0x40_1000_0000, windows: qemuWindows,
        iommuMap: [iommuEntry(0, 0xffff, iommu, 0)], msiMap: [msiEntry(0, 0xffff, "its", 0)],
        source: sm(30, ["segment": 31]))
}

/// QEMU `virt,gic-version=3 -device virtio-iommu-pci` (IOMMU at 00:02.0).
func qemuVirtioIOMMU() -> Topology {
    topology(
        name: "qemu-viommu", msi: [its()], iommus: [virtioPCI(bdf: "00:02.0")],
        rcs: [qemuRootComplex(iommu: "viommu")])
}

/// QEMU `virt,gic-version=3,iommu=smmuv3`.
func qemuSMMUv3() -> Topology {
    topology(name: "qemu-smmuv3", msi: [its()], iommus: [smmu()], rcs: [qemuRootComplex(iommu: "smmu")])
}

/// Two segments, a virtio-mmio IOMMU, an SMMUv3, platform devices.
func multiSegment() -> Topology {
    let rc0 = RootComplex(
        name: "pcie0", segment: 0, firstBus: 0, lastBus: 0x0f, ecam: 0x40_1000_0000, windows: qemuWindows,
        iommuMap: [iommuEntry(0, 0x0fff, "smmu", 0)], msiMap: [msiEntry(0, 0x0fff, "its", 0)],
        source: sm(30, ["segment": 31]))
    let rc1 = RootComplex(
        name: "pcie-1", segment: 1, firstBus: 0x10, lastBus: 0x1f, ecam: 0x50_0000_0000,
        windows: [
            PCIWindow(kind: .mem32, cpu: 0x6000_0000, pci: 0x6000_0000, size: 0x1000_0000, prefetchable: false,
                source: sm(60)),
            PCIWindow(kind: .mem64, cpu: 0x90_0000_0000, pci: 0x90_0000_0000, size: 0x10_0000_0000,
                prefetchable: true, source: sm(61)),
        ],
        coherent: false,
        iommuMap: [iommuEntry(0x1000, 0x1fff, "vmmio", 0x100)], msiMap: [msiEntry(0x1000, 0x1fff, "its", 0x1000)],
        source: sm(55, ["segment": 56]))
    let vmmio = IOMMU(
        name: "vmmio", kind: .virtioMMIO(base: 0x0a00_0000, size: 0x200, interrupt: 16), virtio: VirtioIOMMUConfig(),
        source: sm(25, ["interrupt": 26]))
    let net = PlatformDevice(
        name: "net1", base: 0x0a00_0200, size: 0x200, interrupt: 17, iommu: "vmmio", ids: IDRange(first: 0x10000, count: 1),
        msi: MSITarget(controller: "its", id: 0x10000, source: sm(71)), acpiPath: "\\_SB_.NET1",
        source: sm(70, ["interrupt": 72, "iommu": 73]))
    let uart = PlatformDevice(
        name: "uart", base: 0x0900_0000, size: 0x1000, compatible: "arm,pl011", interrupt: 1, acpiPath: "\\_SB_.UART",
        source: sm(75))
    return topology(
        name: "multi-seg", msi: [its()], iommus: [smmu(), vmmio], rcs: [rc0, rc1], devices: [net, uart])
}

// MARK: - Reading FDT blobs with libfdt

struct FDT {
    let bytes: [UInt8]

    func with<R>(_ body: (UnsafeRawPointer) -> R) -> R {
        bytes.withUnsafeBytes { body($0.baseAddress!) }
    }

    var headerOK: Bool { with { fdt_check_header($0) == 0 } }

    func header(_ index: Int) -> UInt32 {
        let o = index * 4
        return UInt32(bytes[o]) << 24 | UInt32(bytes[o + 1]) << 16 | UInt32(bytes[o + 2]) << 8 | UInt32(bytes[o + 3])
    }

    func offset(path: String) -> Int32 { with { fdt_path_offset($0, path) } }
    func offset(compatible: String) -> Int32 { with { fdt_node_offset_by_compatible($0, -1, compatible) } }
    func offset(phandle: UInt32) -> Int32 { with { fdt_node_offset_by_phandle($0, phandle) } }

    func name(_ node: Int32) -> String {
        with { fdt in fdt_get_name(fdt, node, nil).map { String(cString: $0) } ?? "?" }
    }

    func path(_ node: Int32) -> String {
        with { fdt in
            var buffer = [CChar](repeating: 0, count: 512)
            guard fdt_get_path(fdt, node, &buffer, 512) == 0 else { return "?" }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    func subnodes(_ node: Int32) -> [Int32] {
        with { fdt in
            var out: [Int32] = []
            var child = fdt_first_subnode(fdt, node)
            while child >= 0 {
                out.append(child)
                child = fdt_next_subnode(fdt, child)
            }
            return out
        }
    }

    func property(_ node: Int32, _ name: String) -> [UInt8]? {
        with { fdt in
            var length: Int32 = 0
            guard let value = fdt_getprop(fdt, node, name, &length), length >= 0 else { return nil }
            return Array(UnsafeRawBufferPointer(start: value, count: Int(length)))
        }
    }

    func propertyNames(_ node: Int32) -> [String] {
        with { fdt in
            var out: [String] = []
            var offset = fdt_first_property_offset(fdt, node)
            while offset >= 0 {
                var nameOffset: UnsafePointer<CChar>?
                var length: Int32 = 0
                _ = fdt_getprop_by_offset(fdt, offset, &nameOffset, &length)
                if let nameOffset { out.append(String(cString: nameOffset)) }
                offset = fdt_next_property_offset(fdt, offset)
            }
            return out
        }
    }

    func cells(_ node: Int32, _ name: String) -> [UInt32]? {
        property(node, name).map { bytes in
            stride(from: 0, to: bytes.count, by: 4).map {
                UInt32(bytes[$0]) << 24 | UInt32(bytes[$0 + 1]) << 16 | UInt32(bytes[$0 + 2]) << 8 | UInt32(bytes[$0 + 3])
            }
        }
    }

    func strings(_ node: Int32, _ name: String) -> [String]? {
        property(node, name).map { bytes in
            bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }

    /// What a phandle points at: the first compatible string of its node.
    func kind(phandle: UInt32) -> String {
        let node = offset(phandle: phandle)
        guard node >= 0 else { return "<unresolved phandle \(phandle)>" }
        return strings(node, "compatible")?.first ?? "<\(name(node))>"
    }

    /// A 4-cell map (`iommu-map`, `msi-map`) with the phandles replaced by the target's kind.
    func map(_ node: Int32, _ name: String) -> [MapEntry]? {
        guard let cells = cells(node, name), cells.count % 4 == 0 else { return nil }
        return stride(from: 0, to: cells.count, by: 4).map {
            MapEntry(rid: cells[$0], target: kind(phandle: cells[$0 + 1]), id: cells[$0 + 2], length: cells[$0 + 3])
        }
    }
}

struct MapEntry: Hashable, CustomStringConvertible {
    var rid: UInt32
    var target: String
    var id: UInt32
    var length: UInt32
    var description: String { "<\(hex(rid)) \(target) \(hex(id)) \(hex(length))>" }
}

func emitFDT(_ topology: Topology) throws -> FDT {
    FDT(bytes: try DeviceTreeEmitter.emit(topology).dtb)
}

// MARK: - Golden files and dtc

/// `Tests/Goldens/dtb/<name>`: one of QEMU's device trees (the one locator is GoldenFiles).
func loadGolden(_ name: String) throws -> FDT {
    let fdt = FDT(bytes: try GoldenFiles.bytes("dtb/" + name))
    try #require(fdt.headerOK, "Tests/Goldens/dtb/\(name) is not a valid FDT")
    return fdt
}

let dtcPath = "/usr/bin/dtc"

struct DtcResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

func runDtc(_ arguments: [String]) throws -> DtcResult {
    try #require(FileManager.default.isExecutableFile(atPath: dtcPath), "dtc is not installed at \(dtcPath)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dtcPath)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output cannot block dtc.
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return DtcResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dt-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
