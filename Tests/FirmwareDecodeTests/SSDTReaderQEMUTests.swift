import FirmwareDecode
import TestSupport
import Testing

/// The AML device-object reader on QEMU's recorded DSDTs (Tests/Goldens/acpi/qemu-*): names a
/// later `Scope` gives a device, methods by name, interrupt trigger and polarity.
@Suite struct SSDTReaderQEMUTests {
    func dsdt(_ path: String) throws -> SSDTContents {
        try SSDTContents(GoldenFiles.bytes("acpi/" + path), signature: "DSDT")
    }

    func device(_ contents: SSDTContents, _ path: String) throws -> SSDTContents.DeviceObject {
        try #require(contents.devices.first { $0.path == path }, "\(path) in \(contents.devices.map(\.path))")
    }

    /// q35 declares `Device (PCI0)` with no `_CRS` and gives it one in a later
    /// `Scope (\_SB.PCI0)`: that `_CRS` is PCI0's (buses 0-0xf; the expanders take 0x10 and up).
    @Test(arguments: ["qemu-10.0/x86-q35/DSDT.viot", "qemu-7.2/x86-q35/DSDT.viot"])
    func aLaterScopeAddsNamesToItsDevice(_ path: String) throws {
        let pci0 = try device(dsdt(path), "\\_SB_.PCI0")
        #expect(pci0.hid == "PNP0A08")
        let buses = pci0.resources.compactMap { r -> [UInt64]? in
            if case .window(2, _, let min, let length, _, _) = r { [min, length] } else { nil }
        }
        #expect(buses == [[0, 0x10]])
        // A Name in a Scope that is no device's belongs to no device.
        #expect(try dsdt(path).devices.allSatisfy { $0.path != "\\" && $0.path != "\\_SB_" })
    }

    @Test func methodsAreRecordedByName() throws {
        let contents = try dsdt("qemu-10.0/x86-q35/DSDT.viot")
        let link = try device(contents, "\\_SB_.LNKA")
        #expect(link.methods.contains("_CRS") && link.names["_CRS"] == nil)
        #expect(link.resources.isEmpty)
    }

    /// QEMU's virt DSDT: the UART and the virtio-mmio transports are level-triggered, active high.
    @Test func interruptTriggerAndPolarityAreRead() throws {
        let contents = try dsdt("qemu-10.0/aarch64-virt/DSDT")
        let uart = try device(contents, "\\_SB_.COM0")
        #expect(uart.resources.contains(.interrupt(gsiv: 33, edge: false, activeLow: false)))
        let vr00 = try device(contents, "\\_SB_.VR00")
        #expect(vr00.resources.contains(.interrupt(gsiv: 48, edge: false, activeLow: false)))
        #expect(SSDTContents.Resource.parse([0x89, 0x06, 0x00, 0x07, 0x01, 0x30, 0, 0, 0, 0x79, 0x00])
            == [.interrupt(gsiv: 48, edge: true, activeLow: true)])
    }

    /// Bad input never crashes: every byte of a recorded DSDT flipped, the reader throws a
    /// DecodeError or reads what it can.
    @Test(arguments: ["qemu-10.0/aarch64-virt/DSDT.smmuv3-legacy", "qemu-10.0/x86-q35/DSDT.viot"])
    func flippedBytesNeverCrash(_ path: String) throws {
        let golden = try GoldenFiles.bytes("acpi/" + path)
        // Every 5th byte, two patterns (a debug build reads a 14 KiB DSDT in about a millisecond).
        for i in stride(from: 36, to: golden.count, by: 5) {
            for pattern: UInt8 in [0xff, 0x40] {
                var t = golden
                t[i] ^= pattern
                t[9] = 0
                t[9] = 0 &- t.reduce(UInt8(0), &+)
                do { _ = try SSDTContents(t, signature: "DSDT") } catch is DecodeError {} catch { Issue.record("\(path) byte \(i): \(error)") }
            }
        }
    }
}
