import Foundation
import TestSupport
import Synchronization
import Testing
import TopologyModel

@testable import ACPI

/// Fake source locations: every entity gets its own line in a file that does not exist.
enum Src {
    static let counter = Mutex(0)
    static let file = "test.yaml"

    static func map(_ keys: String...) -> SourceMap {
        let line = counter.withLock { $0 += 1; return $0 + 1000 }
        var values: [String: TopologyModel.SourceLocation] = [:]
        for (i, k) in keys.enumerated() { values[k] = TopologyModel.SourceLocation(file: file, line: line, column: 10 + i) }
        return SourceMap(location: TopologyModel.SourceLocation(file: file, line: line, column: 3), values: values)
    }

    static func at(line: Int, column: Int = 9) -> SourceMap {
        SourceMap(location: TopologyModel.SourceLocation(file: file, line: line, column: column))
    }
}

/// QEMU's OEM fields, so that tables compare with its goldens.
let qemuHeader = ACPIHeaderFields(
    oemID: "BOCHS ", oemTableID: "BXPC    ", oemRevision: 1, creatorID: "BXPC", creatorRevision: 1,
    iortRevision: .r3, source: Src.map())

func topology(
    _ name: String, arch: Architecture = .arm64, header: ACPIHeaderFields = qemuHeader,
    msi: [MSIController] = [], iommus: [IOMMU] = [], rcs: [RootComplex] = [], devices: [PlatformDevice] = []
) -> Topology {
    Topology(
        file: Src.file, name: name, arch: arch, acpi: header, msiControllers: msi, iommus: iommus,
        rootComplexes: rcs, devices: devices, source: Src.map())
}

func its(_ name: String = "its", base: UInt64 = 0x0808_0000, id: UInt32 = 0) -> MSIController {
    MSIController(name: name, kind: .gicv3ITS(base: base, itsID: id), source: Src.map())
}

func rids(_ first: UInt32, _ last: UInt32) -> IDRange { IDRange(first: first, last: last) }

func imap(_ r: IDRange, _ iommu: String, _ id: UInt32, line: Int? = nil) -> IOMMUMapEntry {
    IOMMUMapEntry(rids: r, iommu: iommu, id: id, source: line.map { Src.at(line: $0) } ?? Src.map())
}

func mmap(_ r: IDRange, _ id: UInt32, to controller: String = "its", line: Int? = nil) -> MSIMapEntry {
    MSIMapEntry(inputs: r, controller: controller, id: id, source: line.map { Src.at(line: $0) } ?? Src.map())
}

func rc(
    _ name: String, segment: UInt16 = 0, buses: (UInt8, UInt8), ecam: UInt64? = nil, windows: [PCIWindow] = [],
    coherent: Bool = true, ats: Bool = false, iommuMap: [IOMMUMapEntry] = [], msiMap: [MSIMapEntry] = []
) -> RootComplex {
    RootComplex(
        name: name, segment: segment, firstBus: buses.0, lastBus: buses.1, ecam: ecam, windows: windows,
        coherent: coherent, ats: ats, iommuMap: iommuMap, msiMap: msiMap, source: Src.map())
}

func virtioPCI(_ name: String = "viommu", rc: String = "pcie0", bdf: String) -> IOMMU {
    IOMMU(name: name, kind: .virtioPCI(rootComplex: rc, bdf: BDF(parsing: bdf)!), virtio: VirtioIOMMUConfig(), source: Src.map())
}

func virtioMMIO(_ name: String, base: UInt64, interrupt: UInt32? = nil) -> IOMMU {
    IOMMU(name: name, kind: .virtioMMIO(base: base, size: 0x200, interrupt: interrupt), virtio: VirtioIOMMUConfig(), source: Src.map())
}

func smmu(
    _ name: String = "smmu", base: UInt64 = 0x0905_0000, irqs: SMMUInterrupts? = SMMUInterrupts(eventq: 0x6a, priq: 0x6b, cmdqSync: 0x6c, gerror: 0x6d),
    coherent: Bool = true, ownMSI: MSITarget? = nil, msiMap: [MSIMapEntry]? = nil
) -> IOMMU {
    var s = IOMMU.SMMUv3(base: base)
    s.interrupts = irqs
    s.coherent = coherent
    s.msi = ownMSI
    s.msiMap = msiMap
    return IOMMU(name: name, kind: .smmuv3(s), virtio: nil, source: Src.map("interrupts", "msi", "msi-map"))
}

func device(
    _ name: String, base: UInt64, interrupt: UInt32? = nil, iommu: String? = nil, ids: IDRange? = nil,
    msi: MSITarget? = nil, path: String? = nil, hid: String? = nil
) -> PlatformDevice {
    PlatformDevice(
        name: name, base: base, size: 0x200, interrupt: interrupt, iommu: iommu, ids: ids, msi: msi,
        acpiPath: path ?? "\\_SB_." + String(name.uppercased().prefix(4)), acpiHID: hid, source: Src.map())
}

func msiTarget(_ id: UInt32, to controller: String = "its", line: Int? = nil) -> MSITarget {
    MSITarget(controller: controller, id: id, source: line.map { Src.at(line: $0) } ?? Src.map())
}

// MARK: Goldens

/// `Tests/Goldens/acpi/<name>`: one of QEMU's tables (the one locator is GoldenFiles).
func golden(_ name: String) throws -> [UInt8] {
    try GoldenFiles.bytes("acpi/" + name)
}

func table(_ kind: ACPITableKind, _ t: Topology) throws -> ACPITableOutput {
    let out = try ACPIEmitter.tables(for: t, requested: [kind])
    guard let table = out.first(where: { $0.kind == kind }) else {
        struct NotEmitted: Error {}
        Issue.record("\(kind) not emitted")
        throw NotEmitted()
    }
    return table
}

/// A byte diff readable in a test failure.
func diff(_ a: [UInt8], _ b: [UInt8]) -> String {
    if a == b { return "equal" }
    var lines = ["lengths \(a.count) vs \(b.count)"]
    for i in 0..<max(a.count, b.count) where (i < a.count ? Int(a[i]) : -1) != (i < b.count ? Int(b[i]) : -1) {
        lines.append("@\(hex(i)): \(i < a.count ? hex(a[i]) : "--") vs \(i < b.count ? hex(b[i]) : "--")")
        if lines.count > 12 { break }
    }
    return lines.joined(separator: "\n")
}

func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
    UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
}

func u16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }

func byteSum(_ b: [UInt8]) -> UInt8 { b.reduce(0, &+) }
