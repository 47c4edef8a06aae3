import Foundation

/// The one locator of QEMU's golden blobs (`Tests/Goldens/`, provenance in its README), for every
/// test target. The goldens live in the repository, so a missing file is a broken checkout: the
/// error says which file and where it was looked for, and the test fails (never skips).
public enum GoldenFiles {
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The package root: this file is `<root>/Tests/TestSupport/GoldenFiles.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // GoldenFiles
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/Goldens`.
    public static let directory = packageRoot.appendingPathComponent("Tests/Goldens")

    /// Every ACPI golden (`acpi/<name>`), for tests that exercise them all. The tables recorded
    /// from QEMU 11.1, 10.0 and 7.2 (`qemu-*/`) are those that differ from QEMU 10.2's above (the
    /// recorded virt APICs are the bytes of `virt-gicv2.APIC` and `virt-gicv3.APIC`).
    public static let acpi = [
        "virt-viommu.VIOT", "q35-viommu-pxb.VIOT", "virt.IORT", "virt-smmuv3-pxb.IORT", "virt.MCFG", "virt-gicv2.APIC", "virt-gicv3.APIC",
        "qemu-10.0/aarch64-virt/IORT.its_off", "qemu-7.2/aarch64-virt/IORT", "qemu-7.2/aarch64-virt/IORT.its_off",
        "qemu-7.2/aarch64-virt/IORT.smmuv3-legacy", "qemu-10.0/x86-q35/MCFG.viot",
        "qemu-11.1/aarch64-virt/IORT", "qemu-11.1/aarch64-virt/IORT.its_off",
        "qemu-11.1/aarch64-virt/IORT.smmuv3-legacy", "qemu-11.1/aarch64-virt/IORT.smmuv3-dev",
    ]
    /// Every device tree golden (`dtb/<name>`).
    public static let dtb = [
        "virtio-iommu-gicv3-its.dtb", "smmuv3-gicv3-its.dtb", "virtio-iommu-gicv2-v2m.dtb", "smmuv3-gicv2-v2m.dtb",
        "virtio-iommu-gicv3-its-pxb.dtb", "smmuv3-gicv3-its-pxb.dtb", "virtio-iommu-gicv2-v2m-pxb.dtb", "smmuv3-gicv2-v2m-pxb.dtb",
    ]

    /// The URL of `Tests/Goldens/<relative>`, for example `acpi/virt.IORT`; throws when it is missing.
    public static func url(_ relative: String) throws -> URL {
        let url = directory.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Missing(description: "golden file \(relative) is missing from \(directory.path) (see its README.md)")
        }
        return url
    }

    /// The bytes of `Tests/Goldens/<relative>`.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        let url = try url(relative)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Missing(description: "golden file \(url.path) is unreadable")
        }
        return [UInt8](data)
    }
}
