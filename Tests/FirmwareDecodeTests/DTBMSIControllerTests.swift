import TestSupport
import Testing
@testable import FirmwareDecode

/// The MSI controller an msi-map or msi-parent names, read as Linux reads it: an ITS's
/// translation frame, a GICv2m frame's MSI_SETSPI_NS page (no DeviceID), the frames Linux pools.
@Suite struct DTBMSIControllerTests {
    @Test func qemusGICv2mFrame() throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes("dtb/virtio-iommu-gicv2-v2m.dtb"))
        #expect(dt.gicv2mFrames() == ["/intc@8000000/v2m@8020000"])
        let target = try #require(try dt.ofMapID(node: "/pcie@10000000", id: 0x18, mapName: "msi-map", maskName: "msi-map-mask").target)
        let c = dt.msiController(at: target)
        #expect(c.kind == .gicv2m && !c.carriesDeviceIDs)
        #expect(c.doorbell == 0x0802_0040)
        #expect(c.frames == [0x0802_0000...0x0802_0fff])
        #expect(c.problem == nil)
    }

    @Test func qemusITS() throws {
        let dt = try DeviceTreeBlob(try GoldenFiles.bytes("dtb/virtio-iommu-gicv3-its.dtb"))
        #expect(dt.gicv2mFrames().isEmpty)
        let c = dt.msiController(at: "/intc@8000000/its@8080000")
        #expect(c.kind == .its && c.carriesDeviceIDs)
        #expect(c.doorbell == 0x0809_0040)
        #expect(c.frames == [0x0809_0000...0x0809_ffff])
    }

    static let frames = """
        /dts-v1/;
        / {
            #address-cells = <2>; #size-cells = <2>;
            intc {
                compatible = "arm,gic-400";
                interrupt-controller; #interrupt-cells = <3>;
                #address-cells = <2>; #size-cells = <2>; ranges;
                v2m0: v2m@2f000000 { compatible = "arm,gic-v2m-frame"; msi-controller; reg = <0x0 0x2f000000 0x0 0x1000>; };
                v2m1: v2m@2f010000 { compatible = "arm,gic-v2m-frame"; msi-controller; reg = <0x0 0x2f010000 0x0 0x1000>; };
                small: v2m@2f020000 { compatible = "arm,gic-v2m-frame"; msi-controller; reg = <0x0 0x2f020000 0x0 0x40>; };
                quiet: v2m@2f030000 { compatible = "arm,gic-v2m-frame"; reg = <0x0 0x2f030000 0x0 0x1000>; };
            };
            other: msi@2e000000 { compatible = "vendor,msi"; msi-controller; reg = <0x0 0x2e000000 0x0 0x1000>; };
        };
        """

    @Test func severalFramesArePooledAndOnlyTheFirstHasADomain() throws {
        let dt = try DeviceTreeBlob(try DTC.compile(Self.frames))
        // A frame without msi-controller is not registered (gicv2m_of_init skips it).
        #expect(dt.gicv2mFrames() == ["/intc/v2m@2f000000", "/intc/v2m@2f010000", "/intc/v2m@2f020000"])
        let first = dt.msiController(at: "/intc/v2m@2f000000")
        #expect(first.problem == nil)
        #expect(first.frames == [0x2f00_0000...0x2f00_0fff, 0x2f01_0000...0x2f01_0fff, 0x2f02_0000...0x2f02_003f])
        let second = dt.msiController(at: "/intc/v2m@2f010000")
        #expect(second.problem?.contains("only the first GICv2m frame (/intc/v2m@2f000000)") == true, "\(String(describing: second.problem))")
        // A reg too small to hold MSI_SETSPI_NS (base + 0x40, 4 bytes).
        let small = dt.msiController(at: "/intc/v2m@2f020000")
        #expect(small.doorbell == 0x2f02_0040)
        #expect(small.problem?.contains("does not hold MSI_SETSPI_NS at 0x2f020040") == true, "\(String(describing: small.problem))")
        let quiet = dt.msiController(at: "/intc/v2m@2f030000")
        #expect(quiet.problem?.contains("no msi-controller property") == true)
        // Neither an ITS nor a GICv2m frame: no doorbell topoc knows, DeviceIDs as the map says.
        let other = dt.msiController(at: "/msi@2e000000")
        #expect(other.kind == .unknown && other.doorbell == nil && other.frames.isEmpty && other.carriesDeviceIDs)
    }
}
