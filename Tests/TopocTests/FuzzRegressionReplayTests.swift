import Foundation
import Testing

/// Every input a fuzz target once failed on (`Fuzz/regressions/TARGET-*`: crashes, hangs, ones the
/// sanitizers caught) is replayed through that target in this build (`topoc-fuzz TARGET FILE`,
/// the same code `make fuzz` runs, without the sanitizers): each must finish and exit 0.
@Suite struct FuzzRegressionReplayTests {
    @Test func everySavedInputReplaysCleanly() throws {
        let directory = packageRoot.appendingPathComponent("Fuzz/regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.count >= 3)
        let fuzz = URL(fileURLWithPath: try topocPath()).deletingLastPathComponent().appendingPathComponent("topoc-fuzz").path
        for name in files {
            let target = String(name.prefix { $0 != "-" })
            #expect(["topology", "dtb", "acpi", "decompile", "device", "base"].contains(target), "\(name): no such target")
            let result = try run(fuzz, [target, directory.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stderr.suffix(400))")
        }
    }
}
