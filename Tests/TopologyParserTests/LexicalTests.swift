import Testing
@testable import TopologyParser
import TopologyModel

@Suite struct LexicalTests {
    @Test(arguments: [
        ("0", UInt64(0)), ("42", 42), ("0x2a", 42), ("0X2A", 42), ("0x4010_0000_00", 0x40_1000_0000),
        ("1_000", 1000), ("64K", 0x10000), ("2M", 0x20_0000), ("1G", 0x4000_0000), ("4T", 0x400_0000_0000),
        ("0xffffffffffffffff", UInt64.max), ("18446744073709551615", UInt64.max),
    ])
    func integers(text: String, value: UInt64) throws {
        #expect(try Lexical.integer(text).get() == value)
    }

    @Test func rejectsWhatIsNotAnUnsignedInteger() {
        #expect(Lexical.integer("-1") == .failure(.negative))
        #expect(Lexical.integer("1.5") == .failure(.fractional))
        #expect(Lexical.integer("1e3") == .failure(.fractional))
        #expect(Lexical.integer("0x1_0000_0000_0000_0000") == .failure(.tooLarge))
        #expect(Lexical.integer("18446744073709551616") == .failure(.tooLarge))
        #expect(Lexical.integer("17179869184G") == .failure(.tooLarge))
        #expect(Lexical.integer("") == .failure(.notANumber))
        #expect(Lexical.integer("0x") == .failure(.notANumber))
        #expect(Lexical.integer("_1") == .failure(.notANumber))
        #expect(Lexical.integer("12abc") == .failure(.notANumber))
        #expect(Lexical.integer("0xfg") == .failure(.notANumber))
    }

    @Test func pciAddresses() throws {
        let bdf = try #require(BDF(parsing: "00:02.0"))
        #expect(bdf.rid == 0x10)
        #expect(BDF(parsing: "ff:1f.7")?.rid == 0xffff)
        #expect(BDF(parsing: "00:20.0") == nil, "device 0x20 is past 0x1f")
        #expect(BDF(parsing: "00:00.8") == nil, "function 8 is past 7")
        #expect(BDF(parsing: "100:00.0") == nil)
        #expect(BDF(parsing: "00-00.0") == nil)
        #expect(BDF(rid: 0x1018).description == "10:03.0")
        let range = try #require(Lexical.bdfRange("00:00.0-00:1f.7"))
        #expect(range.0.rid == 0 && range.1.rid == 0xff)
    }

    @Test func names() {
        #expect(Names.isComponentName("pcie0"))
        #expect(Names.isComponentName("v-iommu_2"))
        #expect(!Names.isComponentName("0pcie"))
        #expect(!Names.isComponentName("PCIe"))
        #expect(!Names.isComponentName(""))
        #expect(Names.isTopologyName("0day"))
        #expect(Lexical.isACPIPath("\\_SB_.VR00"))
        #expect(!Lexical.isACPIPath("\\_SB.VR00"), "segments are exactly four characters")
        #expect(!Lexical.isACPIPath("_SB_.VR00"))
    }

    @Test func didYouMean() {
        #expect(closestMatch(to: "iommu-mpa", in: ["iommu-map", "msi-map"]) == "iommu-map")
        #expect(closestMatch(to: "segmnet", in: ["segment", "buses"]) == "segment")
        #expect(closestMatch(to: "completely-different", in: ["segment", "buses"]) == nil)
    }

    @Test func utf8Validation() {
        #expect(TopologyParser.scanText(Array("naïve: ✓\n\t".utf8), from: 0, final: true) == .scanned(upTo: Array("naïve: ✓\n\t".utf8).count))
        #expect(TopologyParser.scanText([0x61, 0x62, 0xff], from: 0, final: true) == .stop(at: 2))
        #expect(TopologyParser.scanText([0xc0, 0x80], from: 0, final: true) == .stop(at: 0), "overlong encoding")
        #expect(TopologyParser.scanText([0xed, 0xa0, 0x80], from: 0, final: true) == .stop(at: 0), "surrogate")
        #expect(TopologyParser.scanText([0x61, 0xe2, 0x82], from: 0, final: true) == .stop(at: 1), "truncated sequence")
        #expect(TopologyParser.scanText([0x61, 0xe2, 0x82], from: 0) == .scanned(upTo: 1), "cut by the end of a piece: scanned again")
        #expect(TopologyParser.scanText([0x61, 0x00], from: 0) == .stop(at: 1), "NUL is binary")
        #expect(TopologyParser.scanText([0x61, 0x1b], from: 0) == .stop(at: 1), "ESC is binary")
    }

    /// scanText reads eight printable bytes at a time: every byte value at every position of a
    /// block (and across blocks) is still judged on its own.
    @Test func everyByteAtEveryPositionOfABlock() {
        for position in 0..<24 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
                bytes[position] = UInt8(value)
                let text = value == 0x09 || value == 0x0a || value == 0x0d || (0x20...0x7e).contains(value)
                let want: TopologyParser.TextScan = text ? .scanned(upTo: 24) : .stop(at: position)
                #expect(TopologyParser.scanText(bytes, from: 0, final: true) == want, "byte \(value) at \(position)")
            }
        }
        #expect(TopologyParser.scanText(Array("ab\u{7f}cdefghijkl".utf8), from: 3, final: true) == .scanned(upTo: 13), "scanning starts at `from`")
    }
}
