import Testing

@testable import TopologyParser

/// `Lexical.integer` reads ASCII text byte by byte (`asciiInteger`) and anything else by
/// characters (`characterInteger`); the two must agree on every ASCII string.
@Suite struct IntegerFastPathTests {
    /// A fixed pseudo-random sequence (xorshift), so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test func asciiAndCharacterPathsAgree() throws {
        let alphabet = Array("0123456789abcdefABCDEFxX_KMGT+-.eE \t\r\nz")
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15)
        var samples = [
            "", " ", "-", "+", "0", "0x", "0X", "_1", "1_", "0x_1", "1K", "K", "0x10M", "0X10M", "1.5", "1e3", "-1",
            "18446744073709551615", "18446744073709551616", "0xffffffffffffffff", "0x1_0000_0000_0000_0000", "16T", "17179869184T",
            " 42\t", "4_096", "+0x10", "0xK", "10 K", "\r\n", "-\r\n",
        ]
        for _ in 0..<50_000 {
            let length = Int(random.next() % 14)
            samples.append(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        for text in samples {
            let fast = try #require(Lexical.asciiInteger(text), "'\(text)' is ASCII")
            #expect(fast == Lexical.characterInteger(text), "'\(text.debugDescription)'")
        }
    }

    @Test func nonASCIITextTakesTheCharacterPath() {
        #expect(Lexical.asciiInteger("１２") == nil)
        #expect(Lexical.integer("0x１０") == Lexical.characterInteger("0x１０"))
    }
}
