/// The default ACPI path of a platform device without an `acpi-path` (topology-format.md):
/// `\_SB_.` and a 4-character name derived from the device name — upper-cased letters and digits,
/// padded with `_` (`net1` -> `NET1`, `uart` -> `UART`, `io` -> `IO__`); on a collision the tail
/// becomes a base-36 counter (`VIR0`, `VIR1`, ..., `VI10`, ...), keeping the leading letter.
/// Declaration order decides, and explicit paths are never taken. The parser assigns these, and
/// decompile uses the same rule to leave out paths that are the default.
public enum DefaultACPIPaths {
    /// The path of each device in order: its explicit path when it has one (non-nil), else the
    /// default; nil for a device left without a unique name (all 36^3 counters of its stem taken).
    public static func assign(names: [String], explicitPaths: [String?]) -> [String?] {
        precondition(names.count == explicitPaths.count)
        var taken = Set(explicitPaths.compactMap { $0 })
        // The next counter to try per stem: every earlier one is taken, and taken only grows, so a
        // thousand devices of one stem cost a thousand tries, not half a million.
        var nextCounter: [String: Int] = [:]
        return names.indices.map { i -> String? in
            if let explicit = explicitPaths[i] { return explicit }
            let stem = nameSeg(for: names[i])
            var candidate = "\\_SB_." + stem
            var counter = nextCounter[stem] ?? 0
            if counter > 0 || taken.contains(candidate) {
                repeat {
                    let suffix = String(counter, radix: 36, uppercase: true)
                    guard suffix.count <= 3 else {
                        nextCounter[stem] = counter
                        return nil
                    }
                    candidate = "\\_SB_." + stem.prefix(4 - suffix.count) + suffix
                    counter += 1
                } while taken.contains(candidate)
                nextCounter[stem] = counter
            }
            taken.insert(candidate)
            return candidate
        }
    }

    /// The 4-character name a device name gives before any counter.
    public static func nameSeg(for name: String) -> String {
        var chars = name.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            .map(Character.init)
        // Names always start with a letter, so the first character is a valid lead character.
        chars = Array(chars.prefix(4))
        while chars.count < 4 { chars.append("_") }
        return String(chars)
    }
}

/// The `_HID` a virtio-mmio IOMMU or device gets without an `acpi-hid` (topology-format.md):
/// the parser fills it in, the SSDT writes it, and decompile leaves it out when it is the default.
public enum DefaultACPIHID {
    public static let virtioMMIO = "LNRO0005"

    /// The device-tree compatible of a platform device an ACPI `_HID` names, where Linux binds the
    /// same driver to both (its drivers' `acpi_device_id` and `of_device_id` tables):
    /// `LNRO0005` virtio_mmio; `ARMH0011` the SBSA generic UART (amba-pl011.c's sbsa-uart driver,
    /// which QEMU's DT calls a PL011); `ARMHB000` the same UART; `QEMU0002` qemu_fw_cfg;
    /// `ARMH0061` the PL061 GPIO (an AMBA device through acpi/arm64/amba.c). nil for a `_HID`
    /// without a known compatible.
    public static func compatible(forHID hid: String) -> String? {
        switch hid {
        case virtioMMIO: "virtio,mmio"
        case "ARMH0011", "ARMHB000": "arm,sbsa-uart"
        case "QEMU0002": "qemu,fw-cfg-mmio"
        case "ARMH0061": "arm,pl061"
        default: nil
        }
    }
}
