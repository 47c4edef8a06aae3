import Foundation
import TestSupport
import Testing
import TopologyCompiler
import TopologyModel

/// The package root, from this file's path (Tests/VerifyTests/Support.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// `Tests/Goldens/<relative>`: one of QEMU's blobs (the one locator is GoldenFiles).
func golden(_ relative: String) throws -> [UInt8] {
    try GoldenFiles.bytes(relative)
}

/// Every example topology's file name.
func exampleTopologyNames() -> [String] {
    let directory = packageRoot.appendingPathComponent("Topologies")
    return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
}

/// Parses and checks topology text; records an issue and throws when it is invalid.
func topology(text: String, file: String = "test.yaml") throws -> Topology {
    let checked = Compiler.check(bytes: Array(text.utf8), file: file)
    guard let topology = checked.topology, !checked.hasErrors else {
        throw SetupFailure("invalid topology \(file): \(checked.diagnostics)")
    }
    return topology
}

func exampleText(_ name: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("Topologies/\(name)"), encoding: .utf8)
}

func example(_ name: String) throws -> Topology {
    try topology(text: try exampleText(name), file: "Topologies/\(name)")
}

/// Sets an ACPI table's checksum byte so that all bytes sum to 0.
func fixChecksum(_ bytes: inout [UInt8]) {
    bytes[9] = 0
    let sum = bytes.reduce(UInt8(0)) { $0 &+ $1 }
    bytes[9] = 0 &- sum
}

func le32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
}

func putLE32(_ value: UInt32, into bytes: inout [UInt8], at offset: Int) {
    for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * i)) }
}

func be32Bytes(_ cells: [UInt32]) -> [UInt8] {
    cells.flatMap { c in (0..<4).map { UInt8(truncatingIfNeeded: c >> (24 - 8 * $0)) } }
}

/// Index of the only occurrence of `needle` in `haystack`; records an issue unless there is exactly one.
func uniqueIndex(of needle: [UInt8], in haystack: [UInt8]) throws -> Int {
    var found: [Int] = []
    if needle.count <= haystack.count {
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
            found.append(i)
        }
    }
    guard found.count == 1 else {
        throw SetupFailure("expected one occurrence of the pattern, found \(found.count)")
    }
    return found[0]
}

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `topoc` (`<package root>/.build/debug/topoc`, or `$TOPOC_BIN`); missing is a failure.
func topoc(_ arguments: [String]) throws -> RunResult {
    let path = ProcessInfo.processInfo.environment["TOPOC_BIN"] ?? packageRoot.appendingPathComponent(".build/debug/topoc").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
        throw SetupFailure("topoc executable not built at \(path); run `swift build` first")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-verify-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                     stderr: try String(contentsOf: err, encoding: .utf8))
}

func temporaryFile(_ bytes: [UInt8], name: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-verify-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
}
