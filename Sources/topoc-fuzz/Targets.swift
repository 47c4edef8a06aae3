import FirmwareDecode
import TopologyCompiler
import VirtioIOMMU

/// The fuzz targets of `make fuzz`. Each takes arbitrary bytes and must neither crash, hang nor
/// leak; invariants the code promises are checked with `precondition`, so a broken one is a crash
/// libFuzzer reports and saves.
enum FuzzTargets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "topology": topology,
        "dtb": dtb,
        "acpi": acpi,
        "decompile": decompile,
        "device": device,
        "base": base,
    ]

    // MARK: topology: parser + checker, and the emitters when the text is valid

    static func topology(_ bytes: [UInt8]) {
        let checked = Compiler.check(bytes: bytes, file: "fuzz.yaml")
        guard checked.topology != nil, !checked.hasErrors else { return }
        _ = Compiler.compile(bytes: bytes, file: "fuzz.yaml")
    }

    // MARK: dtb: DeviceTreeBlob and the Linux-like lookups on every node

    static func dtb(_ bytes: [UInt8]) {
        guard let blob = try? DeviceTreeBlob(bytes) else { return }
        for node in blob.nodes.prefix(256) {
            let path = node.path
            _ = try? blob.iommus(of: path)
            _ = try? blob.msiParent(of: path)
            _ = try? blob.reg(of: path)
            _ = try? blob.pciBDF(of: path)
            _ = try? blob.busRange(of: path)
            _ = try? blob.pciDomain(of: path)
            _ = try? blob.cellCounts(forChildrenOf: path)
            _ = try? blob.stringList("compatible", of: path)
            _ = blob.phandle(of: path)
            for id: UInt32 in [0, 1, 0x10, 0xffff, 0x1_0000, .max] {
                _ = try? blob.ofMapID(node: path, id: id, mapName: "iommu-map", maskName: "iommu-map-mask")
                _ = try? blob.ofMapID(node: path, id: id, mapName: "msi-map", maskName: "msi-map-mask")
            }
        }
    }

    // MARK: acpi: VIOT, IORT (with mapRID walks), MCFG and MADT through ACPITable.decode

    static func acpi(_ bytes: [UInt8]) {
        for table in acpiTables(bytes) { exercise(table) }
    }

    static func exercise(_ bytes: [UInt8]) {
        guard let table = try? ACPITable.decode(bytes) else { return }
        switch table {
        case .viot(let viot):
            for range in viot.pciRanges.prefix(64) {
                for bdf in [range.bdfStart, range.bdfEnd, 0, 0xffff] {
                    _ = viot.translation(segment: range.segmentStart, bdf: bdf)
                    _ = viot.translation(segment: range.segmentEnd, bdf: bdf)
                }
            }
            for endpoint in viot.mmioEndpoints.prefix(64) { _ = viot.translation(mmioBase: endpoint.baseAddress) }
            for node in viot.nodes.prefix(64) { _ = viot.iommu(atOffset: node.offset) }
        case .iort(let iort):
            for node in iort.nodes.prefix(64) {
                _ = iort.deviceID(ofNodeAt: node.offset)
                _ = iort.smmuOwnDeviceID(smmuAt: node.offset)
                for index in 0..<min(Int(node.mappingCount), 4) {
                    _ = iort.nodeGetID(nodeAt: node.offset, index: index)
                    _ = iort.mapPlatformID(nodeAt: node.offset, to: [.itsGroup, .smmuV3], index: index)
                }
                for mapping in node.mappings.prefix(8) {
                    for id in [mapping.inputBase, mapping.inputBase &+ mapping.idCount, 0, .max] {
                        _ = iort.mapID(fromNodeAt: node.offset, id: id, to: [.itsGroup])
                        _ = iort.mapID(fromNodeAt: node.offset, id: id, to: [.smmuV3, .smmuV1V2])
                    }
                }
                switch node.kind {
                case .rootComplex(let rc):
                    for rid: UInt32 in [0, 1, 0x10, 0xff, 0x100, 0xffff, 0x1_0000, .max] {
                        _ = iort.mapRID(segment: rc.pciSegment, rid: rid)
                    }
                case .namedComponent(let nc):
                    _ = iort.namedComponent(nc.deviceName)
                    _ = iort.streamIDs(ofNamedComponent: nc.deviceName)
                    _ = iort.deviceID(ofNamedComponent: nc.deviceName)
                default: break
                }
            }
        case .mcfg(let mcfg):
            _ = mcfg.entries.count
        case .madt(let madt):
            _ = (madt.gicVersion, madt.itss.count, madt.msiFrames.map(\.overridesSPIs), madt.structures.count)
        case .other:
            break
        }
    }

    /// Splits `bytes` into ACPI tables by the length in each header, and fixes each header's length
    /// and checksum so that the fuzzer spends its time in the bodies. The last table takes the rest.
    static func acpiTables(_ bytes: [UInt8]) -> [[UInt8]] {
        var tables: [[UInt8]] = []
        var rest = bytes[...]
        while !rest.isEmpty && tables.count < 8 {
            var length = rest.count
            if rest.count >= 8 {
                let s = rest.startIndex
                let declared = Int(rest[s + 4]) | Int(rest[s + 5]) << 8 | Int(rest[s + 6]) << 16 | Int(rest[s + 7]) << 24
                if declared >= 36 && declared < rest.count { length = declared }
            }
            var table = Array(rest.prefix(length))
            rest = rest.dropFirst(length)
            if table.count >= 36 {
                let n = UInt32(table.count)
                for i in 0..<4 { table[4 + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i))) }
                table[9] = 0
                let sum = table.reduce(UInt8(0)) { $0 &+ $1 }
                table[9] = 0 &- sum
            }
            tables.append(table)
        }
        return tables
    }

    // MARK: decompile: a DTB (when the input starts with one) followed by ACPI tables

    static func decompile(_ bytes: [UInt8]) {
        var dtb: FirmwareBlob?
        var rest = bytes[...]
        if bytes.count >= 8, bytes[0] == 0xd0, bytes[1] == 0x0d, bytes[2] == 0xfe, bytes[3] == 0xed {
            let total = Int(bytes[4]) << 24 | Int(bytes[5]) << 16 | Int(bytes[6]) << 8 | Int(bytes[7])
            let length = total > 0 && total <= bytes.count ? total : bytes.count
            dtb = FirmwareBlob(name: "fuzz.dtb", bytes: Array(bytes.prefix(length)))
            rest = bytes.dropFirst(length)
        }
        let acpi = acpiTables(Array(rest)).enumerated().map { FirmwareBlob(name: "fuzz\($0.offset).aml", bytes: $0.element) }
        // A smaller budget than the default (the same code path), so that a 100-byte VIOT range
        // over thousands of segments stays a short run instead of a libFuzzer timeout.
        let options = DecompileOptions(maxEntries: 4_096)
        let result = Decompiler.decompile(dtb: dtb, acpi: acpi, options: options)
        // What decompile writes must itself be a topology file topoc can read without crashing.
        if let yaml = result.yaml { _ = Compiler.check(bytes: Array(yaml.utf8), file: "decompiled.yaml") }
    }

    // MARK: base: `compile --base`, a fixed topology merged into a random base DTB

    /// QEMU's virt machine with a virtio-pci IOMMU, an ITS and a platform device behind a
    /// virtio-mmio IOMMU: enough that the merge looks for, reuses and adds every kind of node.
    static let baseTopology = Array("""
        topology: 1
        name: fuzz
        arch: arm64
        msi-controllers:
          its: { type: gicv3-its, base: 0x08080000 }
        iommus:
          viommu: { type: virtio-pci, root-complex: pcie, bdf: "00:01.0" }
          vmmio: { type: virtio-mmio, base: 0x0a003e00, size: 0x200, interrupt: 47 }
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
        devices:
          blk0: { base: 0x0a000000, size: 0x200, iommu: vmmio, id: 1 }
        """.utf8)

    static func base(_ bytes: [UInt8]) {
        let result = Compiler.compile(
            bytes: baseTopology, file: "fuzz.yaml", options: CompileOptions(emit: [.dtb, .dts], baseDTB: bytes, baseDTBFile: "fuzz.dtb"))
        // A base that merges gives a tree the hardened reader accepts; one that does not is a
        // located error about the base, never a crash.
        if let dtb = result.files.first(where: { $0.name == "fuzz.dtb" }) {
            precondition((try? DeviceTreeBlob(dtb.bytes)) != nil, "the merged tree does not read back")
        } else {
            precondition(!result.succeeded && result.diagnostics.contains { $0.severity == .error }, "no tree and no error")
        }
    }
}
