import Testing
import TopologyModel

@testable import ACPI

@Suite("AML encodings")
struct AMLTests {
    @Test func packageLengths() {
        #expect(AML.pkgLength(0) == [0x01])
        #expect(AML.pkgLength(62) == [0x3F])
        #expect(AML.pkgLength(63) == [0x41, 0x04])  // 63 + 2 = 0x41
        #expect(AML.pkgLength(0x74) == [0x46, 0x07])  // iasl's example: 0x76
        #expect(AML.pkgLength(0xFFD) == [0x4F, 0xFF])  // largest two-byte length, 0xFFF
        #expect(AML.pkgLength(0xFFE) == [0x81, 0x00, 0x01])  // 0x1001 needs three bytes
        #expect(AML.pkgLength(0x10_0000) == [0xC4, 0x00, 0x00, 0x01])  // 0x100004 needs four
    }

    @Test func integers() {
        #expect(AML.integer(0) == [0x00])
        #expect(AML.integer(1) == [0x01])
        #expect(AML.integer(2) == [0x0A, 0x02])
        #expect(AML.integer(0xff) == [0x0A, 0xff])
        #expect(AML.integer(0x100) == [0x0B, 0x00, 0x01])
        #expect(AML.integer(0x1_0000) == [0x0C, 0x00, 0x00, 0x01, 0x00])
        #expect(AML.integer(0x1_0000_0000) == [0x0E, 0, 0, 0, 0, 1, 0, 0, 0])
        #expect(AML.integer(.max) == [0xFF])
    }

    @Test func namesAndStrings() {
        #expect(AML.nameString("\\_SB_") == [0x5C] + Array("_SB_".utf8))
        #expect(AML.nameString("\\_SB") == [0x5C] + Array("_SB_".utf8))
        #expect(AML.nameString("_HID") == Array("_HID".utf8))
        #expect(AML.nameString("\\_SB_.PCI0") == [0x5C, 0x2E] + Array("_SB_PCI0".utf8))
        #expect(AML.nameString("\\_SB_.PCI0.ETH0") == [0x5C, 0x2F, 3] + Array("_SB_PCI0ETH0".utf8))
        #expect(AML.nameString("^DEV") == [0x5E] + Array("DEV_".utf8))
        #expect(AML.string("LNRO0005") == [0x0D] + Array("LNRO0005".utf8) + [0])
        #expect(AML.integer(UInt64(AML.eisaID("PNP0A08")!)) == [0x0C, 0x41, 0xD0, 0x0A, 0x08])
        #expect(AML.integer(UInt64(AML.eisaID("PNP0A03")!)) == [0x0C, 0x41, 0xD0, 0x0A, 0x03])
        #expect(AML.eisaID("LNRO0005") == nil)
    }

    @Test func resourceDescriptors() {
        #expect(
            ResourceDescriptor.memory32Fixed(base: 0x0A00_0000, length: 0x200).bytes
                == [0x86, 0x09, 0x00, 0x01, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x02, 0x00, 0x00])
        #expect(ResourceDescriptor.extendedInterrupt(gsiv: 48).bytes == [0x89, 0x06, 0x00, 0x03, 0x01, 0x30, 0x00, 0x00, 0x00])
        #expect(ResourceDescriptor.busNumbers(first: 0, last: 0xff).bytes.count == 16)
        let q = ResourceDescriptor.memory(producer: true, cacheability: .prefetchable, min: 0x80_0000_0000, length: 0x80_0000_0000, translation: 0)
        #expect(q.bytes.count == 46 && q.bytes[0] == 0x8A && q.bytes[5] == 0x07)
        let d = ResourceDescriptor.memory(producer: true, cacheability: .nonCacheable, min: 0x1000_0000, length: 0x1000, translation: 0)
        #expect(d.bytes.count == 26 && d.bytes[0] == 0x87 && d.bytes[4] == 0x0C && d.bytes[5] == 0x01)
        #expect(ResourceDescriptor.template([]) == [0x79, 0x00])
    }

    @Test func ssdtObjectsOfThePlatformDevice() throws {
        // The format page's example device: LNRO0005, memory 0x0a000000+0x200, SPI 16 = GSIV 48.
        let t = topology("ex", devices: [device("net1", base: 0x0a00_0000, interrupt: 16)])
        let aml = try table(.ssdt, t).aml
        let crs = ResourceDescriptor.template([.memory32Fixed(base: 0x0a00_0000, length: 0x200), .extendedInterrupt(gsiv: 48)])
        let body =
            AML.name("_HID", AML.string("LNRO0005")) + AML.name("_UID", AML.integer(0))
            + AML.name("_STR", ASLValue.unicode("net1").aml) + AML.name("_CRS", AML.buffer(crs))
        let expected = AML.scope("\\_SB_", AML.device("NET1", body))
        #expect(Array(aml[36...]) == expected)
        #expect(aml[8] == 2, "SSDT revision 2: 64-bit integers")
    }

    @Test func derivedNamesAreUniqueFourCharacterSegments() {
        let t = topology(
            "n", iommus: [virtioMMIO("viommu", base: 0x0b00_0000)],
            rcs: [rc("pcie0", buses: (0, 0x7f)), rc("pcie1", segment: 1, buses: (0, 0xff)), rc("px0", segment: 2, buses: (0, 0xff))],
            devices: [device("x", base: 0x0a00_0000, path: "\\_SB_.PCI0")])
        let paths = SSDTTable.derivedPaths(for: t)
        #expect(paths["viommu"] == "\\_SB_.VIOU")
        #expect(paths["pcie0"] == "\\_SB_.PCI2", "PCI0 is the device's, PCI1 pcie1's")
        #expect(paths["pcie1"] == "\\_SB_.PCI1")
        #expect(paths["px0"] == "\\_SB_.PX0_")
        #expect(Set(paths.values).count == 4)
    }
}
