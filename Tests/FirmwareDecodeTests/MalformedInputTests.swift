import TestSupport
import Testing
@testable import FirmwareDecode

/// Nothing derived from input may crash a decoder: every failure is a `DecodeError`.
@Suite struct MalformedInputTests {
    /// A small deterministic generator (SplitMix64).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    /// Runs `body`; returns false if it threw anything other than `DecodeError`.
    func onlyDecodeErrors(_ body: () throws -> Void) -> Bool {
        do { try body(); return true } catch is DecodeError { return true } catch { return false }
    }

    func decodeACPI(_ bytes: [UInt8]) throws {
        switch try ACPITable.decode(bytes) {
        case .iort(let t):
            for rc in t.nodes { _ = t.mapID(fromNodeAt: rc.offset, id: 0x10, to: [.itsGroup]) }
            _ = t.mapRID(segment: 0, rid: 0x100)
        case .viot(let t):
            _ = t.translation(segment: 0, bdf: 0x1000)
        default: break
        }
    }

    @Test(arguments: GoldenFiles.acpi)
    func everyTruncationThrows(file: String) throws {
        let golden = try GoldenFiles.bytes("acpi/" + file)
        for n in 0..<golden.count {
            #expect(throws: DecodeError.self, "\(file) truncated to \(n)") { try ACPITable.decode(Array(golden[0..<n])) }
        }
        // Truncations that also shrink the length field and fix the checksum: may decode or throw.
        for n in 0..<golden.count {
            var t = Array(golden[0..<n])
            if n >= 8 {
                t[4] = UInt8(n & 0xff); t[5] = UInt8(n >> 8); t[6] = 0; t[7] = 0
                TableBuilder.fixChecksum(&t)
            }
            #expect(onlyDecodeErrors { try decodeACPI(t) }, "\(file) cut to \(n) with consistent length")
        }
    }

    @Test(arguments: GoldenFiles.acpi)
    func everyFlippedByteFailsTheChecksum(file: String) throws {
        let golden = try GoldenFiles.bytes("acpi/" + file)
        for i in golden.indices {
            var t = golden
            t[i] ^= 0x5a
            #expect(throws: DecodeError.self, "\(file) byte \(i) flipped") { try ACPITable.decode(t) }
        }
    }

    @Test(arguments: GoldenFiles.acpi)
    func flippedBytesWithFixedChecksumNeverCrash(file: String) throws {
        let golden = try GoldenFiles.bytes("acpi/" + file)
        var rng = SplitMix(state: 0xdead_beef)
        for i in 10..<golden.count {
            for pattern: UInt8 in [0xff, 0x01, 0x80, UInt8.random(in: 1...255, using: &rng)] {
                var t = golden
                t[i] ^= pattern
                TableBuilder.fixChecksum(&t)
                #expect(onlyDecodeErrors { try decodeACPI(t) }, "\(file) byte \(i) ^ \(pattern)")
            }
        }
    }

    @Test func randomTablesNeverCrash() throws {
        var rng = SplitMix(state: 42)
        for round in 0..<3000 {
            let signature = ["VIOT", "IORT", "MCFG", "APIC"][round % 4]
            let size = Int.random(in: 36...200, using: &rng)
            var body = (0..<(size - 36)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            // Make the structural header fields plausible half of the time so decoding goes deeper.
            if round % 2 == 0 && body.count >= 12 {
                body[0] = UInt8.random(in: 0...4, using: &rng); body[1] = 0
                body[2] = signature == "IORT" ? 0 : 48; body[3] = 0
                if signature == "IORT" { body[4] = 48; body[5] = 0; body[6] = 0; body[7] = 0 }
            }
            let t = TableBuilder.table(signature, revision: UInt8(round % 6), body: body)
            #expect(onlyDecodeErrors { try decodeACPI(t) }, "round \(round)")
        }
        for _ in 0..<500 {
            let t = (0..<Int.random(in: 0...120, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(throws: DecodeError.self) { try ACPITable.decode(t) }
        }
    }

    /// Byte flips (checksum fixed) over a hand-built revision-0 IORT with every decoded node type.
    @Test func handBuiltIORTMutationsNeverCrash() throws {
        let table = IORTHandBuiltTests().revision0().table
        for i in 10..<table.count {
            for pattern: UInt8 in [0xff, 0x01, 0x10, 0x80] {
                var t = table
                t[i] ^= pattern
                TableBuilder.fixChecksum(&t)
                #expect(onlyDecodeErrors {
                    let iort = try IORTTable(t)
                    for node in iort.nodes {
                        _ = iort.mapID(fromNodeAt: node.offset, id: 0x42, to: [.itsGroup])
                        _ = iort.deviceID(ofNodeAt: node.offset)
                        _ = iort.smmuOwnDeviceID(smmuAt: node.offset)
                        for index in 0..<4 { _ = iort.mapPlatformID(nodeAt: node.offset, to: [.smmuV3], index: index) }
                    }
                    _ = iort.streamIDs(ofNamedComponent: "\\_SB_.DEV0")
                    _ = iort.mapRID(segment: 1, rid: 5)
                }, "byte \(i) ^ \(pattern)")
            }
        }
    }

    func exerciseDTB(_ bytes: [UInt8]) throws {
        let dt = try DeviceTreeBlob(bytes)
        for path in dt.nodes(compatibleWith: "pci-host-ecam-generic") {
            _ = try dt.ofMapID(node: path, id: 0x10, mapName: "iommu-map", maskName: "iommu-map-mask")
            _ = try dt.ofMapID(node: path, id: 0x10, mapName: "msi-map", maskName: "msi-map-mask")
            _ = try dt.busRange(of: path)
            _ = try dt.reg(of: path)
        }
    }

    @Test(arguments: GoldenFiles.dtb)
    func dtbTruncationsThrow(file: String) throws {
        let golden = try GoldenFiles.bytes("dtb/" + file)
        for n in stride(from: 0, to: golden.count, by: 7) {
            #expect(throws: DecodeError.self, "\(file) truncated to \(n)") { try DeviceTreeBlob(Array(golden[0..<n])) }
        }
    }

    @Test(arguments: GoldenFiles.dtb)
    func dtbFlipsNeverCrash(file: String) throws {
        let golden = try GoldenFiles.bytes("dtb/" + file)
        var rng = SplitMix(state: 7)
        // Every byte of the header and the first part of the structure block, then a random sample.
        let positions = Array(0..<min(golden.count, 400)) + (0..<1500).map { _ in Int.random(in: 0..<golden.count, using: &rng) }
        for i in positions {
            var t = golden
            t[i] ^= [0xff, 0x01, 0x80, 0x10][i % 4]
            #expect(onlyDecodeErrors { try exerciseDTB(t) }, "\(file) byte \(i) flipped")
        }
        // Random garbage with a valid magic.
        for _ in 0..<300 {
            var t: [UInt8] = [0xd0, 0x0d, 0xfe, 0xed]
            t += (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(onlyDecodeErrors { try exerciseDTB(t) })
        }
    }

    @Test func dtbWithoutMagicOrTooLarge() throws {
        var golden = try GoldenFiles.bytes("dtb/smmuv3-gicv3-its.dtb")
        #expect(throws: DecodeError.self) { try DeviceTreeBlob(Array(repeating: 0, count: 64)) }
        golden[4] = 0x7f  // totalsize far beyond the buffer
        #expect(throws: DecodeError.self) { try DeviceTreeBlob(golden) }
    }
}
