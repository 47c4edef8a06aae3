import Foundation
import Testing

/// Runs Debian's iasl in a fresh temporary directory. Fails (never skips) when iasl is missing.
struct Iasl {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let path: String? = {
        let env = ProcessInfo.processInfo.environment["IASL"]
        for p in [env, "/usr/bin/iasl", "/usr/local/bin/iasl"].compactMap({ $0 }) where FileManager.default.isExecutableFile(atPath: p) {
            return p
        }
        return nil
    }()

    let dir: URL

    init() throws {
        guard Iasl.path != nil else {
            throw Failure(description: "iasl not found (looked at $IASL, /usr/bin/iasl, /usr/local/bin/iasl): install acpica-tools")
        }
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-acpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func cleanUp() {
        if ProcessInfo.processInfo.environment["TOPOC_KEEP_IASL"] == nil { try? FileManager.default.removeItem(at: dir) }
    }

    func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
    func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    func read(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: dir.appendingPathComponent(name))) }
    func text(_ name: String) throws -> String { String(decoding: try read(name), as: UTF8.self) }

    /// Runs iasl with `arguments` in the directory; returns its output, throws when it fails.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Iasl.path!)
        p.arguments = arguments
        p.currentDirectoryURL = dir
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Failure(description: "iasl \(arguments.joined(separator: " ")) exited \(p.terminationStatus):\n\(out)")
        }
        return out
    }

    /// Disassembles `bytes` with `iasl -d`, returning the `.dsl` text.
    func disassemble(_ bytes: [UInt8], name: String) throws -> String {
        try write(name + ".dat", bytes)
        let out = try run(["-d", name + ".dat"])
        let dsl = try text(name + ".dsl")
        if out.contains("Error") || dsl.contains("**** ") || dsl.contains("Invalid ") {
            throw Failure(description: "iasl -d reported a problem:\n\(out)\n\(dsl)")
        }
        return dsl
    }

    /// Compiles a `.dsl` (data table or ASL) and returns the `.aml` bytes.
    func compile(_ source: String, name: String) throws -> [UInt8] {
        try write(name + ".dsl", source)
        try run(["-p", name + "-out", name + ".dsl"])
        return try read(name + "-out.aml")
    }
}

/// iasl writes its own creator ID and revision ("INTL", its version) into every table it compiles;
/// this puts ours back (and fixes the checksum) so the rest can compare byte for byte.
func withCreator(of original: [UInt8], _ compiled: [UInt8]) -> [UInt8] {
    guard compiled.count >= 36, original.count >= 36 else { return compiled }
    var b = compiled
    for i in 28..<36 { b[i] = original[i] }
    b[9] = 0
    b[9] = 0 &- b.reduce(0, &+)
    return b
}
