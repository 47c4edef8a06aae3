import Foundation
import Testing
import TopologyModel

@testable import DeviceTree

/// dtc accepts both outputs without a warning, and they describe the same tree.
@Suite("dtc")
struct DtcTests {
    static let topologies: [(String, @Sendable () -> Topology)] = [
        ("qemu-viommu", qemuVirtioIOMMU),
        ("qemu-smmuv3", qemuSMMUv3),
        ("multi-segment", multiSegment),
        ("split-everywhere", splitEverywhere),
        ("devices", devicesTopology),
        ("root-bus-0x10", rootBus10),
        ("no-its-no-ecam", noITSNoECAM),
    ]

    @Test("no warnings, DTS compiles to the same tree as the DTB", arguments: 0..<topologies.count)
    func clean(_ index: Int) throws {
        let (name, make) = Self.topologies[index]
        let output = try DeviceTreeEmitter.emit(make())
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dtb = dir.appendingPathComponent("\(name).dtb").path
        let dts = dir.appendingPathComponent("\(name).dts").path
        try Data(output.dtb).write(to: URL(fileURLWithPath: dtb))
        try output.dts.write(toFile: dts, atomically: true, encoding: .utf8)
        // TOPOC_DT_DUMP=dir keeps a copy of the outputs for reading.
        if let dump = ProcessInfo.processInfo.environment["TOPOC_DT_DUMP"] {
            try? Data(output.dtb).write(to: URL(fileURLWithPath: "\(dump)/\(name).dtb"))
            try? output.dts.write(toFile: "\(dump)/\(name).dts", atomically: true, encoding: .utf8)
        }

        // DTB -> DTS: no warnings.
        let fromDTB = dir.appendingPathComponent("from-dtb.dts").path
        let r1 = try runDtc(["-I", "dtb", "-O", "dts", "-o", fromDTB, dtb])
        #expect(r1.status == 0, "dtc on \(name).dtb failed")
        #expect(r1.stderr == "", "dtc warnings on \(name).dtb:\n\(r1.stderr)")

        // DTS -> DTB: no warnings.
        let compiled = dir.appendingPathComponent("compiled.dtb").path
        let r2 = try runDtc(["-I", "dts", "-O", "dtb", "-o", compiled, dts])
        #expect(r2.status == 0, "dtc on \(name).dts failed")
        #expect(r2.stderr == "", "dtc warnings on \(name).dts:\n\(r2.stderr)\n\(output.dts)")

        // Both decompile to the same text.
        let fromDTS = dir.appendingPathComponent("from-dts.dts").path
        let r3 = try runDtc(["-I", "dtb", "-O", "dts", "-o", fromDTS, compiled])
        #expect(r3.status == 0 && r3.stderr == "")
        let a = try String(contentsOfFile: fromDTB, encoding: .utf8)
        let b = try String(contentsOfFile: fromDTS, encoding: .utf8)
        #expect(!a.isEmpty)
        #expect(a == b, "DTB and DTS differ:\n--- dtb\n\(a)\n--- dts\n\(b)")
    }
}
