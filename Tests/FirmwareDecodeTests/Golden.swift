import Foundation
import Testing

/// Locates `shared/golden`: `<package root>/../shared` first, then `$TOPOC_SHARED`.
enum Golden {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// The package root: this file is `<root>/Tests/FirmwareDecodeTests/Golden.swift`.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // FirmwareDecodeTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    /// The `shared` directory, or an error explaining where it was looked for.
    static func sharedDirectory() throws -> URL {
        let sibling = packageRoot.appendingPathComponent("../shared").standardizedFileURL
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: sibling.path, isDirectory: &isDir), isDir.boolValue {
            return sibling
        }
        if let env = ProcessInfo.processInfo.environment["TOPOC_SHARED"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
                return url
            }
            throw Missing(description: "TOPOC_SHARED=\(env) is not a directory (and \(sibling.path) does not exist)")
        }
        throw Missing(description: "golden files not found: neither \(sibling.path) exists nor is TOPOC_SHARED set")
    }

    /// Bytes of `shared/golden/<relative>`; throws (failing the test) when missing.
    static func bytes(_ relative: String) throws -> [UInt8] {
        let url = try sharedDirectory().appendingPathComponent("golden").appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Missing(description: "golden file \(url.path) is missing or unreadable")
        }
        return [UInt8](data)
    }

    static let acpiFiles = ["virt-viommu.VIOT", "q35-viommu-pxb.VIOT", "virt.IORT", "virt-smmuv3-pxb.IORT", "virt.MCFG"]
    static let dtbFiles = ["virtio-iommu-gicv3-its.dtb", "smmuv3-gicv3-its.dtb"]
}
