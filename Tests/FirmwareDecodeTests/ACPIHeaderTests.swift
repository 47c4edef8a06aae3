import TestSupport
import Testing
@testable import FirmwareDecode

@Suite struct ACPIHeaderTests {
    @Test(arguments: [
        ("virt-viommu.VIOT", "VIOT", UInt32(88), UInt8(0), UInt8(0x66)),
        ("q35-viommu-pxb.VIOT", "VIOT", 112, 0, 0x3d),
        ("virt.IORT", "IORT", 128, 3, 0xb3),
        ("virt-smmuv3-pxb.IORT", "IORT", 276, 3, 0x4c),
        ("virt.MCFG", "MCFG", 60, 1, 0xec),
    ])
    func goldenHeaders(file: String, signature: String, length: UInt32, revision: UInt8, checksum: UInt8) throws {
        let h = try ACPITableHeader.decode(try GoldenFiles.bytes("acpi/" + file))
        #expect(h.signature == signature)
        #expect(h.length == length)
        #expect(h.revision == revision)
        #expect(h.checksum == checksum)
        #expect(h.oemID == "BOCHS ")
        #expect(h.oemTableID == "BXPC    ")
        #expect(h.oemRevision == 1)
        #expect(h.creatorID == "BXPC")
        #expect(h.creatorRevision == 1)
    }

    @Test func recognizesBySignature() throws {
        guard case .viot = try ACPITable.decode(try GoldenFiles.bytes("acpi/virt-viommu.VIOT")) else { Issue.record("not VIOT"); return }
        guard case .iort = try ACPITable.decode(try GoldenFiles.bytes("acpi/virt.IORT")) else { Issue.record("not IORT"); return }
        guard case .mcfg = try ACPITable.decode(try GoldenFiles.bytes("acpi/virt.MCFG")) else { Issue.record("not MCFG"); return }
        let ssdt = TableBuilder.table("SSDT", revision: 2, body: [0x10, 0x05, 0x5c, 0x5f, 0x53, 0x42, 0x5f])
        guard case .other(let sig, let header) = try ACPITable.decode(ssdt) else { Issue.record("not other"); return }
        #expect(sig == "SSDT")
        #expect(header.length == 43)
    }

    @Test func trailingBytesBeyondLengthAreIgnored() throws {
        let bytes = try GoldenFiles.bytes("acpi/virt.MCFG") + [1, 2, 3]
        let h = try ACPITableHeader.decode(bytes)
        #expect(h.length == 60)
    }

    @Test func badChecksumNamesTableAndOffset() throws {
        var bytes = try GoldenFiles.bytes("acpi/virt.IORT")
        bytes[50] ^= 0x01
        do {
            _ = try ACPITable.decode(bytes)
            Issue.record("accepted a bad checksum")
        } catch let e as DecodeError {
            #expect(e.blob == "IORT")
            #expect(e.offset == 9)
            #expect(e.description.contains("checksum"))
        }
    }

    @Test func lengthBeyondDataIsRejected() throws {
        var bytes = try GoldenFiles.bytes("acpi/virt.MCFG")
        bytes[4] = 61
        TableBuilder.fixChecksum(&bytes)
        #expect(throws: DecodeError.self) { try ACPITableHeader.decode(bytes) }
    }

    @Test func wrongSignatureForSpecificDecoder() throws {
        let bytes = try GoldenFiles.bytes("acpi/virt.MCFG")
        #expect(throws: DecodeError.self) { try VIOTTable(bytes) }
        #expect(throws: DecodeError.self) { try IORTTable(bytes) }
        #expect(throws: DecodeError.self) { try MCFGTable(try GoldenFiles.bytes("acpi/virt.IORT")) }
    }
}
