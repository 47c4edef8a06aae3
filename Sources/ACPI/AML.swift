/// AML encodings (ACPI 6.x §20.2), as iasl writes them, for the SSDT topoc emits.
public enum AML {
    public static let scopeOp: UInt8 = 0x10
    public static let nameOp: UInt8 = 0x08
    public static let bufferOp: UInt8 = 0x11
    public static let stringPrefix: UInt8 = 0x0D
    public static let extOpPrefix: UInt8 = 0x5B
    public static let deviceOp: UInt8 = 0x82
    public static let rootChar: UInt8 = 0x5C
    public static let parentPrefix: UInt8 = 0x5E
    public static let dualNamePrefix: UInt8 = 0x2E
    public static let multiNamePrefix: UInt8 = 0x2F

    /// PkgLength for `contentLength` bytes that follow it: the encoded length counts itself.
    /// One byte up to 63; otherwise the lead byte's bits 7-6 give the number of bytes that follow
    /// (1-3), its bits 3-0 the low nibble, and each following byte the next 8 bits.
    /// The largest value a PkgLength encodes (lead nibble and three bytes: 28 bits). It counts
    /// its own bytes, so a package holds at most `maxPackageLength - 4` bytes of content.
    public static let maxPackageLength = (1 << 28) - 1

    /// Whether `contentLength` bytes fit one package (`pkgLength` would encode them) when at most
    /// `limit` may be encoded.
    public static func packageFits(_ contentLength: Int, limit: Int = maxPackageLength) -> Bool {
        contentLength >= 0 && contentLength <= limit - pkgLengthSize(contentLength)
    }

    /// The number of bytes `pkgLength(contentLength)` takes (4 past the largest encodable).
    public static func pkgLengthSize(_ contentLength: Int) -> Int {
        if contentLength + 1 <= 0x3f { return 1 }
        for extra in 1...3 where contentLength + 1 + extra < 1 << (4 + 8 * extra) { return 1 + extra }
        return 4
    }

    /// Emitters check `packageFits` first (`aml-package-too-long`), so the trap below is a broken
    /// invariant, not input.
    public static func pkgLength(_ contentLength: Int) -> [UInt8] {
        if contentLength + 1 <= 0x3f { return [UInt8(contentLength + 1)] }
        for extra in 1...3 {
            let total = contentLength + 1 + extra
            guard total < 1 << (4 + 8 * extra) else { continue }
            var out = [UInt8(extra << 6 | (total & 0xf))]
            for i in 0..<extra { out.append(UInt8(truncatingIfNeeded: total >> (4 + 8 * i))) }
            return out
        }
        preconditionFailure("AML package longer than 2^28 bytes")
    }

    /// A 4-character name segment, padded with `_` (`_SB` is `_SB_`).
    public static func nameSeg(_ seg: String) -> [UInt8] {
        let chars = Array(seg.utf8.prefix(4))
        precondition(!chars.isEmpty, "empty name segment")
        return chars + [UInt8](repeating: UInt8(ascii: "_"), count: 4 - chars.count)
    }

    /// The most segments a NameString holds (MultiNamePrefix, then a one-byte SegCount).
    public static let maxNameSegments = 255

    /// The number of segments `nameString(path)` writes.
    public static func nameSegmentCount(_ path: String) -> Int {
        path.drop { $0 == "\\" || $0 == "^" }.split(separator: ".").count
    }

    /// A NameString: optional root `\` or parent `^` prefixes, then segments separated by dots.
    public static func nameString(_ path: String) -> [UInt8] {
        var rest = Substring(path)
        var out: [UInt8] = []
        while let c = rest.first, c == "\\" || c == "^" {
            out.append(c == "\\" ? rootChar : parentPrefix)
            rest = rest.dropFirst()
        }
        let segs = rest.split(separator: ".").map(String.init)
        switch segs.count {
        case 0: out.append(0)
        case 1: out += nameSeg(segs[0])
        case 2: out += [dualNamePrefix] + nameSeg(segs[0]) + nameSeg(segs[1])
        default:
            // Emitters check nameSegmentCount first (`aml-name-path-too-long`).
            out += [multiNamePrefix, UInt8(segs.count)]
            for s in segs { out += nameSeg(s) }
        }
        return out
    }

    /// The shortest integer encoding: Zero, One, Ones, ByteConst, WordConst, DWordConst, QWordConst.
    public static func integer(_ v: UInt64) -> [UInt8] {
        switch v {
        case 0: return [0x00]
        case 1: return [0x01]
        case .max: return [0xFF]
        case ...0xff: return [0x0A, UInt8(v)]
        case ...0xffff: return [0x0B] + le(v, 2)
        case ...0xffff_ffff: return [0x0C] + le(v, 4)
        default: return [0x0E] + le(v, 8)
        }
    }

    /// A String object: ASCII and a NUL.
    public static func string(_ s: String) -> [UInt8] { [stringPrefix] + Array(s.utf8) + [0] }

    /// A Buffer object holding `bytes` (its size written as an integer).
    public static func buffer(_ bytes: [UInt8]) -> [UInt8] {
        let body = integer(UInt64(bytes.count)) + bytes
        return [bufferOp] + pkgLength(body.count) + body
    }

    /// `Name (name, object)`.
    public static func name(_ name: String, _ object: [UInt8]) -> [UInt8] { [nameOp] + nameString(name) + object }

    /// `Scope (path) { body }`.
    public static func scope(_ path: String, _ body: [UInt8]) -> [UInt8] {
        let content = nameString(path) + body
        return [scopeOp] + pkgLength(content.count) + content
    }

    /// `Device (name) { body }`.
    public static func device(_ name: String, _ body: [UInt8]) -> [UInt8] {
        let content = nameString(name) + body
        return [extOpPrefix, deviceOp] + pkgLength(content.count) + content
    }

    /// A compressed EISA ID (`PNP0A08`) as the 32-bit value AML stores (bytes in big-endian order).
    public static func eisaID(_ id: String) -> UInt32? {
        let c = Array(id.utf8)
        guard c.count == 7, c[0..<3].allSatisfy({ (0x41...0x5A).contains($0) }),
            let product = UInt16(String(decoding: c[3...], as: UTF8.self), radix: 16)
        else { return nil }
        let vendor = UInt16(c[0] - 0x40) << 10 | UInt16(c[1] - 0x40) << 5 | UInt16(c[2] - 0x40)
        let be = [UInt8(vendor >> 8), UInt8(vendor & 0xff), UInt8(product >> 8), UInt8(product & 0xff)]
        return UInt32(be[0]) | UInt32(be[1]) << 8 | UInt32(be[2]) << 16 | UInt32(be[3]) << 24
    }

    static func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
}
