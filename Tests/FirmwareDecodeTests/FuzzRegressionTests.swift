import Foundation
import Testing

@testable import FirmwareDecode

/// Inputs `topoc-fuzz` found (README "Robustness"), each once a hang or crash.
@Suite struct FuzzRegressionTests {
    /// A DTB whose only property has length 0xfffffff4: libfdt 1.6.1's `fdt_check_full` stepped
    /// back onto the same tag forever (`topoc-fuzz dtb`, a timeout). Now rejected at once.
    @Test func propertyLengthRunningBackwardsIsRejectedNotAHang() throws {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }
        let structure = be(1) + [0, 0, 0, 0] + be(3) + be(0xffff_fff4) + be(0) + be(2) + be(9)
        let strings: [UInt8] = Array("a\0\0\0".utf8)
        let structOffset: UInt32 = 40 + 16
        let stringsOffset = structOffset + UInt32(structure.count)
        let total = stringsOffset + UInt32(strings.count)
        let header = be(0xd00d_feed) + be(total) + be(structOffset) + be(stringsOffset) + be(40) + be(17) + be(16) + be(0)
            + be(UInt32(strings.count)) + be(UInt32(structure.count))
        let blob = header + [UInt8](repeating: 0, count: 16) + structure + strings
        #expect(DeviceTreeBlob.propertyLengthProblem(blob) != nil)
        #expect(throws: DecodeError.self) { try DeviceTreeBlob(blob) }
    }

    /// A version-10 blob with a property whose name offset lies past the blob: libfdt 1.6.1's
    /// `fdt_check_full` dereferenced a NULL name on it (`topoc-fuzz dtb` in a CI run, a crash).
    /// Versions before 16 are now refused before libfdt walks the structure; the same bytes
    /// marked version 17 are rejected by the checks as a malformed blob.
    @Test func oldVersionBlobIsRefusedNotACrash() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/dtb-name-offset-crash")
        var blob = try [UInt8](Data(contentsOf: url))
        #expect(blob[20..<24] == [0, 0, 0, 10])
        let error = try #require(throws: DecodeError.self) { try DeviceTreeBlob(blob) }
        #expect(error.description.contains("version 10"), "\(error)")
        blob.replaceSubrange(20..<28, with: [0, 0, 0, 17, 0, 0, 0, 16])
        #expect(throws: DecodeError.self) { try DeviceTreeBlob(blob) }
    }
}
