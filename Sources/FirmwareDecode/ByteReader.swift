/// Bounds-checked little-endian reads from an ACPI table, reporting failures as `DecodeError`.
struct ByteReader: Sendable {
    let bytes: [UInt8]
    let blob: String

    init(_ bytes: [UInt8], blob: String) {
        self.bytes = bytes
        self.blob = blob
    }

    var count: Int { bytes.count }

    /// Throws unless `[offset, offset + size)` lies inside the bytes.
    func require(_ offset: Int, _ size: Int, _ what: String) throws {
        let (end, overflow) = offset.addingReportingOverflow(size)
        guard offset >= 0, size >= 0, !overflow, end <= bytes.count else {
            throw DecodeError(blob, at: offset, "\(what) (\(size) bytes) runs past the end of the data (\(bytes.count) bytes)")
        }
    }

    func u8(_ offset: Int, _ what: String) throws -> UInt8 {
        try require(offset, 1, what)
        return bytes[offset]
    }

    func u16(_ offset: Int, _ what: String) throws -> UInt16 {
        try require(offset, 2, what)
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int, _ what: String) throws -> UInt32 {
        try require(offset, 4, what)
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        return value
    }

    func u64(_ offset: Int, _ what: String) throws -> UInt64 {
        try require(offset, 8, what)
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        return value
    }

    /// `size` bytes as ASCII text, kept verbatim (padding included); non-ASCII bytes become `?`.
    func ascii(_ offset: Int, _ size: Int, _ what: String) throws -> String {
        try require(offset, size, what)
        return String(decoding: bytes[offset..<(offset + size)].map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }

    /// Adds two blob-derived offsets, throwing instead of trapping on overflow.
    func add(_ a: Int, _ b: Int, at offset: Int, _ what: String) throws -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw DecodeError(blob, at: offset, "\(what) overflows") }
        return sum
    }
}
