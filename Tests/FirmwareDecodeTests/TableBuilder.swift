@testable import FirmwareDecode

/// Builds ACPI tables by hand for tests: little-endian fields, header, fixed checksum.
enum TableBuilder {
    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }
    static func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xff) } }

    /// A full table: 36-byte header (QEMU's OEM fields) + body, with length and checksum set.
    static func table(_ signature: String, revision: UInt8, body: [UInt8]) -> [UInt8] {
        var t = Array(signature.utf8)
        t += le32(UInt32(36 + body.count))
        t += [revision, 0]
        t += Array("BOCHS ".utf8) + Array("BXPC    ".utf8)
        t += le32(1) + Array("BXPC".utf8) + le32(1)
        t += body
        fixChecksum(&t)
        return t
    }

    /// Recomputes byte 9 so that the first `length` bytes (as the length field says, capped) sum to 0.
    static func fixChecksum(_ t: inout [UInt8]) {
        guard t.count >= 10 else { return }
        let length = t.count >= 8 ? Int(UInt32(t[4]) | UInt32(t[5]) << 8 | UInt32(t[6]) << 16 | UInt32(t[7]) << 24) : t.count
        let n = min(length, t.count)
        t[9] = 0
        var sum: UInt8 = 0
        for b in t[0..<n] { sum &+= b }
        t[9] = 0 &- sum
    }

    struct Mapping {
        var input: UInt32, count: UInt32, output: UInt32, ref: UInt32, flags: UInt32 = 0
    }

    /// One IORT node: 16-byte header, `fixed` (bytes 16… of the node), then the mappings.
    static func iortNode(type: UInt8, revision: UInt8, identifier: UInt32, fixed: [UInt8], mappings: [Mapping]) -> [UInt8] {
        let mapOffset = mappings.isEmpty ? 0 : UInt32(16 + fixed.count)
        let length = 16 + fixed.count + 20 * mappings.count
        var n: [UInt8] = [type] + le16(UInt16(length)) + [revision]
        n += le32(identifier) + le32(UInt32(mappings.count)) + le32(mapOffset)
        n += fixed
        for m in mappings { n += le32(m.input) + le32(m.count) + le32(m.output) + le32(m.ref) + le32(m.flags) }
        return n
    }

    static func itsGroup(revision: UInt8 = 1, identifier: UInt32 = 0, ids: [UInt32]) -> [UInt8] {
        iortNode(type: 0, revision: revision, identifier: identifier, fixed: le32(UInt32(ids.count)) + ids.flatMap(le32), mappings: [])
    }

    static func memoryAccess(cca: UInt32 = 1, hints: UInt8 = 0, flags: UInt8 = 3) -> [UInt8] {
        le32(cca) + [hints, 0, 0, flags]
    }

    /// A root complex; `rev4Tail` adds PASID caps + reserved + flags (40-byte fixed part).
    static func rootComplex(revision: UInt8, identifier: UInt32, segment: UInt32, ats: UInt32 = 0, limit: UInt8 = 64,
                            rev4: (pasid: UInt16, flags: UInt32)? = nil, mappings: [Mapping]) -> [UInt8] {
        var fixed = memoryAccess() + le32(ats) + le32(segment) + [limit]
        if let rev4 { fixed += le16(rev4.pasid) + [0] + le32(rev4.flags) } else { fixed += [0, 0, 0] }
        return iortNode(type: 2, revision: revision, identifier: identifier, fixed: fixed, mappings: mappings)
    }

    static func smmuV3(revision: UInt8, identifier: UInt32, base: UInt64, flags: UInt32, gsivs: [UInt32],
                       deviceIDIndex: UInt32, mappings: [Mapping]) -> [UInt8] {
        var fixed = le64(base) + le32(flags) + le32(0) + le64(0) + le32(0)
        fixed += gsivs.flatMap(le32) + le32(0) + le32(deviceIDIndex)
        return iortNode(type: 4, revision: revision, identifier: identifier, fixed: fixed, mappings: mappings)
    }

    static func namedComponent(revision: UInt8, identifier: UInt32, name: String, mappings: [Mapping]) -> [UInt8] {
        var fixed = le32(0) + memoryAccess() + [48] + Array(name.utf8) + [0]
        while (16 + fixed.count) % 4 != 0 { fixed.append(0) }
        return iortNode(type: 1, revision: revision, identifier: identifier, fixed: fixed, mappings: mappings)
    }

    /// An IORT from already-laid-out nodes starting at offset 48.
    static func iort(revision: UInt8, nodes: [[UInt8]]) -> [UInt8] {
        table("IORT", revision: revision, body: le32(UInt32(nodes.count)) + le32(48) + le32(0) + nodes.flatMap { $0 })
    }

    /// Offsets of `nodes` when laid out from 48.
    static func offsets(_ nodes: [[UInt8]]) -> [UInt32] {
        var o: UInt32 = 48
        return nodes.map { n in defer { o += UInt32(n.count) }; return o }
    }
}
