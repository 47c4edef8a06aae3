import TestSupport
import Testing
@testable import FirmwareDecode

/// The MADT reader against tables built field by field (`MADTBuilder`).
@Suite struct MADTTests {
    @Test func gicv2WithAnMSIFrame() throws {
        let madt = try MADTTable(MADTBuilder.table(MADTBuilder.qemuGICv2))
        #expect(madt.gicVersion == 2)
        #expect(madt.cpuInterfaces == 1)
        #expect(madt.distributors == [MADTTable.Distributor(offset: 124, gicID: 0, baseAddress: 0x0800_0000, version: 2)])
        #expect(madt.itss.isEmpty)
        let frame = try #require(madt.msiFrames.first)
        #expect(frame.offset == 148 && frame.baseAddress == 0x0802_0000 && frame.overridesSPIs)
        #expect(frame.spiBase == 80 && frame.spiCount == 64)
        #expect(madt.structures.map(\.type) == [0x0b, 0x0c, 0x0d])
        guard case .madt = try ACPITable.decode(MADTBuilder.table(MADTBuilder.qemuGICv2)) else {
            Issue.record("APIC is not recognized as an MADT")
            return
        }
    }

    /// QEMU 7.2's own tables, recorded from a guest (Tests/Goldens/README.md).
    @Test func qemusRecordedTables() throws {
        let v2 = try MADTTable(try GoldenFiles.bytes("acpi/virt-gicv2.APIC"))
        #expect(v2.header.revision == 4 && v2.cpuInterfaces == 1)
        #expect(v2.gicVersion == 2 && v2.distributors.first?.baseAddress == 0x0800_0000)
        #expect(v2.itss.isEmpty)
        let frame = try #require(v2.msiFrames.first)
        #expect(v2.msiFrames.count == 1 && frame.baseAddress == 0x0802_0000 && frame.overridesSPIs)
        #expect(frame.spiBase == 80 && frame.spiCount == 64)

        let v3 = try MADTTable(try GoldenFiles.bytes("acpi/virt-gicv3.APIC"))
        #expect(v3.gicVersion == 3 && v3.msiFrames.isEmpty)
        #expect(v3.itss == [MADTTable.ITS(offset: 164, itsID: 0, baseAddress: 0x0808_0000)])
        #expect(v3.structures.map(\.type) == [0x0c, 0x0b, 0x0e, 0x0f])
    }

    @Test func gicv3WithITSs() throws {
        let madt = try MADTTable(MADTBuilder.table(MADTBuilder.qemuGICv3 + [.its(itsID: 7, baseAddress: 0x0810_0000)]))
        #expect(madt.gicVersion == 3)
        #expect(madt.itss.map(\.itsID) == [0, 7])
        #expect(madt.itss.map(\.baseAddress) == [0x0808_0000, 0x0810_0000])
        #expect(madt.msiFrames.isEmpty)
    }

    @Test func versionZeroMeansNotGiven() throws {
        let madt = try MADTTable(MADTBuilder.table([.gicd(baseAddress: 0x0800_0000, version: 0)]))
        #expect(madt.gicVersion == nil)
        #expect(try MADTTable(MADTBuilder.table([])).gicVersion == nil)
    }

    @Test func aFrameWithoutTheSelectFlagKeepsMSITyper() throws {
        let madt = try MADTTable(MADTBuilder.table([.msiFrame(frameID: 3, baseAddress: 0x2f00_0000, flags: 0, spiCount: 9, spiBase: 99)]))
        let frame = try #require(madt.msiFrames.first)
        #expect(!frame.overridesSPIs && frame.frameID == 3)
    }

    @Test func unknownStructuresAreSkipped() throws {
        // An x86 Local APIC (type 0, 8 bytes) and a future type 0x80 with 6 bytes.
        let madt = try MADTTable(MADTBuilder.table([.raw([0, 8, 0, 0, 1, 0, 0, 0]), .raw([0x80, 6, 1, 2, 3, 4]), .its(itsID: 1, baseAddress: 0x1000_0000)]))
        #expect(madt.structures.map(\.type) == [0, 0x80, 0x0f])
        #expect(madt.itss.first?.offset == 58)
    }

    @Test func malformedStructuresAreLocatedErrors() throws {
        func error(_ structures: [MADTBuilder.Structure]) -> DecodeError? {
            do { _ = try MADTTable(MADTBuilder.table(structures)); return nil } catch { return error as? DecodeError }
        }
        // Length 0 would loop for ever; Linux stops ("Invalid zero length").
        #expect(error([.raw([0x0f, 0, 0, 0])])?.offset == 45)
        // A structure past the end of the table.
        #expect(error([.raw([0x0f, 20, 0, 0, 1, 2])])?.reason.contains("runs past") == true)
        // A GICD shorter than its 24 bytes (BAD_MADT_ENTRY).
        #expect(error([.raw([0x0c, 20] + [UInt8](repeating: 0, count: 18))])?.reason.contains("GIC Distributor structure has Length 20") == true)
        #expect(error([.raw([0x0f, 16] + [UInt8](repeating: 0, count: 14))])?.reason.contains("GIC ITS structure") == true)
        #expect(error([.raw([0x0d, 23] + [UInt8](repeating: 0, count: 21))])?.reason.contains("GIC MSI Frame structure") == true)
        // A single trailing byte cannot hold a Type and a Length.
        #expect(error([.raw([0x0f])]) != nil)
        // The table is shorter than its 44-byte header.
        var short = MADTBuilder.table([])
        short = Array(short.prefix(40))
        short[4] = 40
        var sum: UInt8 = 0
        short[9] = 0
        for b in short { sum &+= b }
        short[9] = 0 &- sum
        #expect(throws: DecodeError.self) { try MADTTable(short) }
        // Another signature.
        var other = MADTBuilder.table([])
        other.replaceSubrange(0..<4, with: Array("FACP".utf8))
        other[9] = 0
        sum = 0
        for b in other { sum &+= b }
        other[9] = 0 &- sum
        #expect(throws: DecodeError.self) { try MADTTable(other) }
    }
}
