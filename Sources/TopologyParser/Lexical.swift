import TopologyModel

/// The lexical rules of the format page: integers, sizes, PCI addresses and RID ranges.
enum Lexical {
    enum IntegerError: Error, Equatable {
        case notANumber
        case negative
        case fractional
        case tooLarge
    }

    /// Parses `123`, `0x7b`, `0x4010_0000_00`, and sizes with a binary suffix (`64K`, `2M`, `1G`,
    /// `4T`). Accumulates in 64 bits with overflow detection, so values past 2^64 are reported,
    /// never wrapped.
    static func integer(_ raw: String) -> Result<UInt64, IntegerError> {
        asciiInteger(raw) ?? characterInteger(raw)
    }

    /// `integer` over the string's characters: the rules as written, for any text.
    static func characterInteger(_ raw: String) -> Result<UInt64, IntegerError> {
        var text = Substring(raw.trimmingSpaces)
        if text.hasPrefix("-") { return .failure(text.count > 1 ? .negative : .notANumber) }
        if text.hasPrefix("+") { text = text.dropFirst() }
        var multiplier: UInt64 = 1
        if let last = text.last, let shift = sizeSuffixes[last], text.count > 1, !text.hasPrefix("0x") {
            multiplier = 1 << shift
            text = text.dropLast()
        }
        var radix: UInt64 = 10
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            radix = 16
            text = text.dropFirst(2)
        }
        guard let firstChar = text.first, firstChar != "_", text.last != "_" else { return .failure(.notANumber) }
        var value: UInt64 = 0
        var sawDigit = false
        for ch in text {
            if ch == "_" { continue }
            guard let digit = ch.hexDigitValue, UInt64(digit) < radix else {
                if radix == 10 && (ch == "." || ch == "e" || ch == "E") && sawDigit {
                    return .failure(.fractional)
                }
                return .failure(.notANumber)
            }
            sawDigit = true
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (added, o2) = shifted.addingReportingOverflow(UInt64(digit))
            if o1 || o2 { return .failure(.tooLarge) }
            value = added
        }
        guard sawDigit else { return .failure(.notANumber) }
        let (scaled, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? .failure(.tooLarge) : .success(scaled)
    }

    private static let sizeSuffixes: [Character: UInt64] = ["K": 10, "M": 20, "G": 30, "T": 40]

    /// `integer`'s rules applied to the bytes of an all-ASCII string — every number a topology
    /// has — instead of its grapheme clusters (which made number parsing a sixteenth of a large
    /// compile); nil for any other text, which takes the general path.
    static func asciiInteger(_ raw: String) -> Result<UInt64, IntegerError>? {
        raw.utf8.withContiguousStorageIfAvailable { bytes -> Result<UInt64, IntegerError>? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let space: UInt8 = 0x20, tab: UInt8 = 0x09, underscore = UInt8(ascii: "_")
            var lo = 0, hi = bytes.count
            while lo < hi, bytes[lo] == space || bytes[lo] == tab { lo += 1 }
            while hi > lo, bytes[hi - 1] == space || bytes[hi - 1] == tab { hi -= 1 }
            if lo < hi, bytes[lo] == UInt8(ascii: "-") { return .failure(hi - lo > 1 ? .negative : .notANumber) }
            if lo < hi, bytes[lo] == UInt8(ascii: "+") { lo += 1 }
            var multiplier: UInt64 = 1
            let lowerHexPrefix = hi - lo >= 2 && bytes[lo] == UInt8(ascii: "0") && bytes[lo + 1] == UInt8(ascii: "x")
            if hi - lo > 1, !lowerHexPrefix {
                let shift: UInt64? =
                    switch bytes[hi - 1] {
                    case UInt8(ascii: "K"): 10
                    case UInt8(ascii: "M"): 20
                    case UInt8(ascii: "G"): 30
                    case UInt8(ascii: "T"): 40
                    default: nil
                    }
                if let shift {
                    multiplier = 1 << shift
                    hi -= 1
                }
            }
            var radix: UInt64 = 10
            if hi - lo >= 2, bytes[lo] == UInt8(ascii: "0"), bytes[lo + 1] == UInt8(ascii: "x") || bytes[lo + 1] == UInt8(ascii: "X") {
                radix = 16
                lo += 2
            }
            guard lo < hi, bytes[lo] != underscore, bytes[hi - 1] != underscore else { return .failure(.notANumber) }
            var value: UInt64 = 0
            var sawDigit = false
            for byte in bytes[lo..<hi] {
                if byte == underscore { continue }
                let digit: UInt64? =
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
                    default: nil
                    }
                guard let digit, digit < radix else {
                    if radix == 10 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && sawDigit {
                        return .failure(.fractional)
                    }
                    return .failure(.notANumber)
                }
                sawDigit = true
                let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
                let (added, o2) = shifted.addingReportingOverflow(digit)
                if o1 || o2 { return .failure(.tooLarge) }
                value = added
            }
            guard sawDigit else { return .failure(.notANumber) }
            let (scaled, overflow) = value.multipliedReportingOverflow(by: multiplier)
            return overflow ? .failure(.tooLarge) : .success(scaled)
        } ?? nil
    }

    /// `BB:DD.F-BB:DD.F`, inclusive.
    static func bdfRange(_ text: String) -> (BDF, BDF)? {
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let first = BDF(parsing: String(parts[0]).trimmingSpaces),
            let last = BDF(parsing: String(parts[1]).trimmingSpaces)
        else { return nil }
        return (first, last)
    }

    /// A full ACPI namespace path with 4-character segments, such as `\_SB_.VR00`.
    static func isACPIPath(_ path: String) -> Bool {
        guard path.hasPrefix("\\") else { return false }
        let segments = path.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy(isNameSeg)
    }

    static func isNameSeg<S: StringProtocol>(_ seg: S) -> Bool {
        let scalars = Array(seg.unicodeScalars)
        guard scalars.count == 4 else { return false }
        func lead(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) || c == "_" }
        return lead(scalars[0]) && scalars.dropFirst().allSatisfy { lead($0) || ("0"..."9").contains($0) }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
