import Foundation
import Testing

/// A current iasl (ACPICA 2026: Debian unstable's acpica-tools), which `make test` fetches into
/// `.build/iasl-current` (scripts/fetch-current-iasl.sh) without installing anything: it runs
/// through its own loader and C library. Debian stable's iasl (20200925, `Iasl`) predates the
/// field names of today's IORT and VIOT templates, so the listings topoc writes are held to this one.
///
/// When it is missing the tests that need it fail, never skip (under CI, CI=true, too): a
/// recompilation check that silently did not run would be a passing test that checked nothing.
struct CurrentIasl {
    struct Missing: Error, CustomStringConvertible { var description: String }

    /// `$TOPOC_CURRENT_IASL_DIR`, else `.build/iasl-current` of this package.
    static let directory: URL = {
        if let dir = ProcessInfo.processInfo.environment["TOPOC_CURRENT_IASL_DIR"] { return URL(fileURLWithPath: dir) }
        return packageRoot.appendingPathComponent(".build/iasl-current")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var loader: URL { directory.appendingPathComponent("usr/lib64/ld-linux-x86-64.so.2") }
    static var binary: URL { directory.appendingPathComponent("usr/bin/iasl") }

    let dir: URL

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path), FileManager.default.fileExists(atPath: Self.loader.path) else {
            let ci = ProcessInfo.processInfo.environment["CI"] == "true" ? " (CI=true: CI must run the recompilation checks)" : ""
            throw Missing(description: """
                the current iasl is missing at \(Self.binary.path)\(ci): run scripts/fetch-current-iasl.sh \
                (make test does), or point TOPOC_CURRENT_IASL_DIR at an unpacked acpica-tools + libc6
                """)
        }
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-iasl-current-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: dir) }

    /// iasl's version line (`... version 20260408`).
    func version() throws -> String {
        let out = try run(["-v"], allowFailure: true)
        return out.split(separator: "\n").first { $0.contains("version") }.map(String.init) ?? out
    }

    /// Compiles a data-table `.dsl` and returns the `.aml` bytes; throws with iasl's output on failure.
    func compile(_ source: String, name: String) throws -> [UInt8] {
        try Data(source.utf8).write(to: dir.appendingPathComponent(name + ".dsl"))
        try run(["-p", name + "-out", name + ".dsl"])
        return Array(try Data(contentsOf: dir.appendingPathComponent(name + "-out.aml")))
    }

    @discardableResult
    func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        let p = Process()
        p.executableURL = Self.loader
        p.arguments = ["--library-path", Self.directory.appendingPathComponent("usr/lib/x86_64-linux-gnu").path, Self.binary.path] + arguments
        p.currentDirectoryURL = dir
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus != 0 && !allowFailure {
            throw Iasl.Failure(description: "iasl \(arguments.joined(separator: " ")) exited \(p.terminationStatus):\n\(out)")
        }
        return out
    }
}

/// `aml` as ACPICA lays it out: a root complex node of revision 4 (IORT E.d+) is 40 bytes with a
/// 32-bit Flags field at offset 36 that ACPICA's IORT template does not have (through 20260408),
/// so iasl compiles the node without it. Removes each such word and shortens the node, its
/// mapping offset and the table to match. Root complexes are the last nodes topoc writes and no
/// mapping references one, so no reference moves; a table where one would is returned unchanged
/// (and then fails the comparison, as it should).
func asACPICALaysOutIORT(_ aml: [UInt8]) -> [UInt8] {
    guard aml.count >= 48, Array(aml[0..<4]) == Array("IORT".utf8) else { return aml }
    func u16(_ b: [UInt8], _ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
    func u32(_ b: [UInt8], _ o: Int) -> Int { u16(b, o) | u16(b, o + 2) << 16 }
    func put16(_ b: inout [UInt8], _ o: Int, _ v: Int) { b[o] = UInt8(v & 0xff); b[o + 1] = UInt8(v >> 8 & 0xff) }
    func put32(_ b: inout [UInt8], _ o: Int, _ v: Int) { put16(&b, o, v & 0xffff); put16(&b, o + 2, v >> 16) }
    var out = aml
    var offset = u32(aml, 40)
    var removed = 0
    var firstRC: Int?
    for _ in 0..<u32(aml, 36) {
        guard offset + 16 <= out.count else { return aml }
        let type = out[offset], length = u16(out, offset + 1), revision = out[offset + 3]
        if type == 2, revision >= 4, length >= 40 {
            firstRC = firstRC ?? offset
            out.removeSubrange((offset + 36)..<(offset + 40))
            put16(&out, offset + 1, length - 4)
            if u32(out, offset + 12) >= 40 { put32(&out, offset + 12, u32(out, offset + 12) - 4) }
            removed += 4
            offset += length - 4
        } else {
            offset += length
        }
    }
    guard removed > 0 else { return aml }
    // Every mapping's output reference must lie before the first shortened node.
    if let firstRC, u32ReferencesPast(out, firstRC) { return aml }
    put32(&out, 4, u32(out, 4) - removed)
    return out
}

private func u32ReferencesPast(_ b: [UInt8], _ limit: Int) -> Bool {
    func u16(_ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
    func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
    var offset = u32(40)
    for _ in 0..<u32(36) {
        guard offset + 16 <= b.count else { return true }
        let length = u16(offset + 1), count = u32(offset + 8), mappings = u32(offset + 12)
        for m in 0..<count where offset + mappings + 20 * m + 16 <= b.count {
            if u32(offset + mappings + 20 * m + 12) >= limit { return true }
        }
        offset += length
    }
    return false
}

/// Equal apart from what iasl writes itself: the checksum (byte 9) and the creator ID and
/// revision (bytes 28..<36).
func sameApartFromCreator(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count, a.count >= 36 else { return a == b }
    return a[0..<9] == b[0..<9] && a[10..<28] == b[10..<28] && a[36...] == b[36...]
}
