import Foundation
import Testing
import TopologyCompiler

/// `OutputDirectory.write(to:dropping:producing:)`, which `topoc compile` uses to write each
/// output as soon as it is built: all-or-nothing like `write(_:to:dropping:)`.
struct StreamingOutputTests {
    struct Interrupted: Error {}

    static func put(_ text: String, as name: String, with put: (String, UnsafeRawBufferPointer) throws -> Void) throws {
        try Array(text.utf8).withUnsafeBytes { try put(name, $0) }
    }

    @Test func aProducerThatFailsLeavesTheDirectoryAsItWas() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.appendingPathComponent("out").path
        try OutputDirectory.write([OutputFile(name: "a.dts", text: "old a"), OutputFile(name: "b.aml", text: "old b")], to: directory)
        let before = try snapshot(URL(fileURLWithPath: directory))
        #expect(throws: Interrupted.self) {
            try OutputDirectory.write(to: directory, dropping: ["b.aml"]) { put in
                try Self.put("new a", as: "a.dts", with: put)
                throw Interrupted()
            }
        }
        #expect(try snapshot(URL(fileURLWithPath: directory)) == before)
        // No staging directory is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }

    @Test func streamedOutputsReplaceTheOldOnesAndKeepOtherFiles() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.appendingPathComponent("out").path
        try OutputDirectory.write(
            [OutputFile(name: "a.dts", text: "old a"), OutputFile(name: "stale.aml", text: "s"), OutputFile(name: "mine.txt", text: "m")],
            to: directory)
        try OutputDirectory.write(to: directory, dropping: ["a.dts", "stale.aml"]) { put in
            try Self.put("new a", as: "a.dts", with: put)
            try Self.put("c", as: "c.json", with: put)
        }
        let after = try snapshot(URL(fileURLWithPath: directory))
        #expect(after.keys.sorted() == ["a.dts", "c.json", "mine.txt"])
        #expect(after["a.dts"] == Data("new a".utf8))
        #expect(after["mine.txt"] == Data("m".utf8))
    }
}
