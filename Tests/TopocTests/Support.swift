import Foundation
import TestSupport
import Testing

/// The package root, from this file's path (Tests/TopocTests/Support.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Every example topology, by name.
func exampleTopologies() throws -> [(name: String, url: URL)] {
    let directory = packageRoot.appendingPathComponent("Topologies")
    return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        .map { (String($0.dropLast(5)), directory.appendingPathComponent($0)) }
}

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion, capturing its output (files, not pipes, so large outputs cannot
/// deadlock).
func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return RunResult(
        status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
        stderr: try String(contentsOf: err, encoding: .utf8))
}

/// The `topoc` executable of this build (`swift build` puts it beside the test bundle).
func topocPath() throws -> String {
    if let env = ProcessInfo.processInfo.environment["TOPOC_BIN"] { return env }
    for configuration in ["debug", "release"] {
        let candidate = packageRoot.appendingPathComponent(".build/\(configuration)/topoc").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw SetupFailure("topoc executable not built; run `swift build` first (make test does)")
}

func topoc(_ arguments: String..., in directory: URL? = nil) throws -> RunResult {
    try run(try topocPath(), arguments, in: directory)
}

func topoc(_ arguments: [String], in directory: URL? = nil) throws -> RunResult {
    try run(try topocPath(), arguments, in: directory)
}

/// Runs the current iasl (`make test` fetches it into `.build/iasl-current`: ACPICA's current
/// templates, which Debian stable's iasl predates) through its own loader; fails the test when it
/// is missing.
func currentIasl(_ arguments: [String], in directory: URL? = nil) throws -> RunResult {
    let current = packageRoot.appendingPathComponent(".build/iasl-current")
    let loader = current.appendingPathComponent("usr/lib64/ld-linux-x86-64.so.2").path
    guard FileManager.default.isExecutableFile(atPath: loader) else {
        throw SetupFailure("the current iasl is missing at \(current.path): run scripts/fetch-current-iasl.sh (make test does)")
    }
    return try run(loader, ["--library-path", current.appendingPathComponent("usr/lib/x86_64-linux-gnu").path,
                            current.appendingPathComponent("usr/bin/iasl").path] + arguments, in: directory)
}

/// A fresh temporary directory, removed by the caller's `defer`.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// All files of a directory with their bytes.
func snapshot(_ directory: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
        result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return result
}

func tool(_ name: String) throws -> String {
    for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
        let path = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw SetupFailure("\(name) is not installed (make test installs it)")
}

/// A small valid arm64 topology (one ITS, a virtio-pci IOMMU, one host bridge translating every
/// RID), the starting point tests edit to make the case they need.
func tinyTopology(name: String) -> String {
    """
    topology: 1
    name: \(name)
    arch: arm64
    msi-controllers:
      its: { type: gicv3-its, base: 0x08080000 }
    iommus:
      viommu: { type: virtio-pci, root-complex: pcie, bdf: "00:01.0" }
    root-complexes:
      pcie:
        segment: 0
        buses: [0, 0xff]
        ecam: 0x4010000000
        windows:
          - { type: mem32, cpu: 0x10000000, size: 0x2eff0000 }
        iommu-map:
          - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
        msi-map:
          - { rids: [0x0000, 0xffff], controller: its, id: 0 }

    """
}
