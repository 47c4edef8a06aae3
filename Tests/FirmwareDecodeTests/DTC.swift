import Foundation
import Testing

/// Compiles device-tree source with the `dtc` tool; throws (failing the test) when it is missing.
enum DTC {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func executable() throws -> URL {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for dir in dirs + ["/usr/bin"] {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("dtc")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw Failure(description: "the device-tree compiler `dtc` is not installed (Debian package device-tree-compiler); it is needed to build test blobs")
    }

    static func compile(_ source: String) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fwdecode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let dts = dir.appendingPathComponent("t.dts"), dtb = dir.appendingPathComponent("t.dtb")
        try source.write(to: dts, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = try executable()
        p.arguments = ["-q", "-I", "dts", "-O", "dtb", "-o", dtb.path, dts.path]
        let err = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard p.terminationStatus == 0, let data = FileManager.default.contents(atPath: dtb.path) else {
            throw Failure(description: "dtc failed (\(p.terminationStatus)): \(message)")
        }
        return [UInt8](data)
    }
}
