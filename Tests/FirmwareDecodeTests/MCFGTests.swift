import TestSupport
import Testing
@testable import FirmwareDecode

@Suite struct MCFGTests {
    @Test func goldenVirt() throws {
        let t = try MCFGTable(try GoldenFiles.bytes("acpi/virt.MCFG"))
        #expect(t.header.revision == 1)
        #expect(t.entries.count == 1)
        let e = try #require(t.entries.first)
        #expect(e.offset == 44)
        #expect(e.baseAddress == 0x40_1000_0000)
        #expect(e.segment == 0)
        #expect(e.startBus == 0)
        #expect(e.endBus == 0xff)
    }

    @Test func partialEntryIsRejected() throws {
        let t = TableBuilder.table("MCFG", revision: 1, body: Array(repeating: 0, count: 8) + Array(repeating: 0, count: 12))
        #expect(throws: DecodeError.self) { try MCFGTable(t) }
    }

    @Test func endBusBelowStartBusIsRejected() throws {
        let entry = TableBuilder.le64(0x3000_0000) + TableBuilder.le16(1) + [0x10, 0x0f] + TableBuilder.le32(0)
        let t = TableBuilder.table("MCFG", revision: 1, body: Array(repeating: 0, count: 8) + entry)
        #expect(throws: DecodeError.self) { try MCFGTable(t) }
    }

    @Test func twoSegments() throws {
        let e0 = TableBuilder.le64(0x40_1000_0000) + TableBuilder.le16(0) + [0, 0xff] + TableBuilder.le32(0)
        let e1 = TableBuilder.le64(0x50_0000_0000) + TableBuilder.le16(1) + [0x10, 0x1f] + TableBuilder.le32(0)
        let t = try MCFGTable(TableBuilder.table("MCFG", revision: 1, body: Array(repeating: 0, count: 8) + e0 + e1))
        #expect(t.entries.map(\.segment) == [0, 1])
        #expect(t.entries[1].offset == 60)
        #expect(t.entries[1].startBus == 0x10 && t.entries[1].endBus == 0x1f)
    }
}
