import Testing
import TopologyModel
import TopologyParser

@testable import TopologyCheck

/// One fixture per check: an otherwise valid file that trips exactly that check, asserted with
/// its id, message, line and column, and its note's.
@Suite struct CheckFixtureTests {
    @Test func everyRuleHasAFixtureTest() {
        // The fixture names below are the rule ids: a new rule without a fixture fails here.
        #expect(TopologyChecker.allRules.map { $0.id } == Self.fixtureIDs)
    }

    static let fixtureIDs = ["unknown-reference", "wrong-kind-reference", "arch-type", "msi-gic-version", "msi-v2m-device-id", "msi-v2m-frame", "msi-v2m-spi-overlap", "name-too-long", "map-overlap", "duplicate-endpoint-id", "duplicate-device-id", "id-overflow", "rid-outside-buses", "bus-overlap", "segment-attributes", "iommu-bdf-outside-buses", "ecam-below-bus-zero", "ecam-buses-not-own", "ecam-bus-overlap", "ecam-buses-partial", "mmio-overlap", "window-overlap", "window-ecam-overlap", "window-mmio-overlap", "iommu-translated", "reserved-outside-input-range", "reserved-kind-overlap", "rc-no-iommu-map", "iommu-unused", "msi-controller-unused", "msi-v2m-spi-wired"]

    @Test func ecamBusesNotOwn() throws {
        try expectCheck("ecam-buses-not-own", [
            Expected(id: "ecam-buses-not-own", message: "ecam-buses 0x10-0xff of root complex 'pcie0' do not hold its buses 0x00-0x0f", line: 20, column: 17, notes: [("buses of 'pcie0' declared here", 18, 12)]),
        ])
    }

    @Test func ecamBusOverlap() throws {
        try expectCheck("ecam-bus-overlap", [
            Expected(id: "ecam-bus-overlap", message: "the ECAM window of root complex 'pxb1' (buses 0x10-0x1f) and that of root complex 'pcie0' (buses 0x00-0xff) both span buses 0x10-0x1f of segment 0", line: 27, column: 12, notes: [("the ECAM window of 'pcie0' declared here", 20, 17)]),
        ])
    }

    @Test func ecamBusesPartial() throws {
        try expectCheck("ecam-buses-partial", [
            Expected(id: "ecam-buses-partial", message: "the ECAM window of root complex 'pcie0' (buses 0x00-0x7f) spans buses 0x70-0x7f of root complex 'pxb1' (buses 0x70-0x8f) but not the rest", line: 27, column: 12, notes: [("the ECAM window of 'pcie0' declared here", 20, 17)]),
        ])
    }

    @Test func unknownReference() throws {
        try expectCheck("unknown-reference", [
            Expected(id: "unknown-reference", message: "'iommu' of device 'net1' refers to IOMMU 'viomu', which is not declared; did you mean 'viommu'?", line: 28, column: 12),
        ])
    }

    @Test func wrongKindReference() throws {
        try expectCheck("wrong-kind-reference", [
            Expected(id: "wrong-kind-reference", message: "'iommu' of device 'net1' must name an IOMMU, but 'its' is an MSI controller", line: 28, column: 12, notes: [("'its' declared here", 7, 3)]),
        ])
    }

    @Test func nameTooLong() throws {
        try expectCheck("name-too-long", [
            Expected(id: "name-too-long", message: "topology name is 300 bytes; at most 251 fit in a file name with its suffix (nnnnnnnnnnnnnnnn....dtb must stay within 255 bytes)", line: 3, column: 7),
        ])
    }

    @Test func archType() throws {
        try expectCheck("arch-type", [
            Expected(id: "arch-type", message: "MSI controller 'its' has type gicv3-its, which exists on arm64 only, but the topology is x86_64", line: 7, column: 16, notes: [("arch declared here", 4, 7)]),
        ])
    }

    @Test func msiGICVersion() throws {
        try expectCheck("msi-gic-version", [
            Expected(id: "msi-gic-version", message: "MSI controller 'v2m' is a GICv2m frame, but ITS 'its' makes the GIC a GICv3 with LPIs, and Linux probes GICv2m frames only on a GIC without LPIs (a GICv2, or a GICv3 without ITSs): use ITSs or GICv2m frames", line: 8, column: 16, notes: [("ITS 'its' declared here", 7, 3)]),
        ])
    }

    @Test func msiV2MDeviceID() throws {
        try expectCheck("msi-v2m-device-id", [
            Expected(id: "msi-v2m-device-id", message: "msi-map entry 0 of root complex 'pcie0' gives DeviceIDs to GICv2m frame 'v2m', whose MSIs carry none (a device writes its SPI number to MSI_SETSPI_NS); leave 'id' out", line: 22, column: 56),
        ])
    }

    @Test func msiV2MSPIOverlap() throws {
        try expectCheck("msi-v2m-spi-overlap", [
            Expected(id: "msi-v2m-spi-overlap", message: "GICv2m frames 'v2m0' (SPIs 80-143) and 'v2m1' (SPIs 128-191) both raise SPIs 128-143; Linux allocates each frame's SPIs to MSIs on its own, so two MSIs could share one", line: 8, column: 53, notes: [("'v2m0' declared here", 7, 53)]),
        ])
    }

    /// QEMU's layout: every wired SMMU line inside the frame's SPIs, and a device's SPI 60 (ID 92);
    /// the UART's SPI 1 (ID 33) is outside them.
    @Test func msiV2MSPIWired() throws {
        let note = [("'v2m' declared here", 9, 52)]
        try expectCheck("msi-v2m-spi-wired", [
            Expected(id: "msi-v2m-spi-wired", message: "eventq (GSIV 106), priq (GSIV 107), cmdq-sync (GSIV 108) and gerror (GSIV 109) of SMMUv3 'smmu' are among the SPIs GICv2m frame 'v2m' gives to MSIs (SPIs 80-143): an MSI allocated one of them would share its line", line: 15, column: 17, severity: .warning, notes: note),
            Expected(id: "msi-v2m-spi-wired", message: "interrupt 60 (GIC interrupt ID 92) of device 'rtc0' is one of the SPIs GICv2m frame 'v2m' gives to MSIs (SPIs 80-143): an MSI allocated it would share its line", line: 28, column: 79, severity: .warning, notes: note),
        ])
    }

    @Test func msiV2MFrame() throws {
        try expectCheck("msi-v2m-frame", [
            Expected(id: "msi-v2m-frame", message: "endpoints of virtio IOMMU 'viommu' (root complex 'pcie0') send MSIs to GICv2m frames, which Linux pools: they may be given the doorbell of any of the 2 frames, but a virtio-iommu device reports at most one msi region per endpoint; set map-msi-doorbells: true on 'viommu' or declare one GICv2m frame", line: 11, column: 3, notes: [("GICv2m frame 'v2m0' declared here", 7, 3), ("GICv2m frame 'v2m1' declared here", 8, 3)]),
            Expected(id: "msi-v2m-frame", message: "msi-map entry 1 of root complex 'pcie0' sends MSIs to GICv2m frame 'v2m1', but Linux gives only the first frame ('v2m0') an MSI domain and allocates from every frame behind it; name 'v2m0'", line: 24, column: 47, notes: [("GICv2m frame 'v2m0' declared here", 7, 3)]),
        ])
    }

    @Test func mapOverlap() throws {
        try expectCheck("map-overlap", [
            Expected(id: "map-overlap", message: "RIDs 0x0100-0x01ff of root complex 'pcie0' overlap iommu-map entry 0", line: 21, column: 17, notes: [("entry 0 declared here", 20, 17)]),
        ])
    }

    @Test func duplicateEndpointId() throws {
        try expectCheck("duplicate-endpoint-id", [
            Expected(id: "duplicate-endpoint-id", message: "device 'net1' and RIDs 0x0010-0x0011 of root complex 'pcie0' both get endpoint IDs 0x10-0x11 on IOMMU 'viommu'", line: 29, column: 10, notes: [("iommu-map entry 0 of root complex 'pcie0' declared here", 20, 54)]),
        ])
    }

    @Test func duplicateDeviceId() throws {
        try expectCheck("duplicate-device-id", [
            Expected(id: "duplicate-device-id", message: "RIDs 0x0000-0x7fff of root complex 'pcie1' and RIDs 0x8000-0xffff of root complex 'pcie0' both get DeviceIDs 0x8000-0xffff on MSI controller 'its'", line: 29, column: 56, notes: [("msi-map entry 0 of root complex 'pcie0' declared here", 22, 56)]),
        ])
    }

    @Test func idOverflow() throws {
        try expectCheck("id-overflow", [
            Expected(id: "id-overflow", message: "iommu-map entry 0 of root complex 'pcie0' maps 0x10000 RIDs to IDs 0xffffff00-0x10000feff, past 0xffffffff", line: 20, column: 54),
        ])
    }

    @Test func ridOutsideBuses() throws {
        try expectCheck("rid-outside-buses", [
            Expected(id: "rid-outside-buses", message: "RIDs 0x0000-0xffff of iommu-map entry 0 are not all on the buses 0x00-0x7f of root complex 'pcie0'", line: 20, column: 17, notes: [("buses of 'pcie0' declared here", 18, 12)]),
        ])
    }

    @Test func busOverlap() throws {
        try expectCheck("bus-overlap", [
            Expected(id: "bus-overlap", message: "buses 0x70-0x7f of root complex 'pxb1' are also buses of root complex 'pcie0' on segment 0", line: 25, column: 12, notes: [("buses of 'pcie0' declared here", 18, 12)]),
        ])
    }

    @Test func segmentAttributes() throws {
        try expectCheck("segment-attributes", [
            Expected(id: "segment-attributes", message: "root complex 'pxb1' has ats: true but shares segment 0 with root complex 'pcie0', which has ats: false; IORT describes one segment as one root complex node", line: 27, column: 10, notes: [("'pcie0' declared here", 16, 3)]),
        ])
    }

    @Test func iommuBdfOutsideBuses() throws {
        try expectCheck("iommu-bdf-outside-buses", [
            Expected(id: "iommu-bdf-outside-buses", message: "bdf 80:01.0 of IOMMU 'viommu' is not on the buses 0x00-0x7f of root complex 'pcie0'", line: 13, column: 10, notes: [("buses of 'pcie0' declared here", 18, 12)]),
        ])
    }

    @Test func mmioOverlap() throws {
        try expectCheck("mmio-overlap", [
            Expected(id: "mmio-overlap", message: "device 'net1' [0x8090000, 0x80901ff] and the registers of ITS 'its' [0x8080000, 0x809ffff] overlap", line: 26, column: 11, notes: [("'its' declared here", 7, 33)]),
        ])
    }

    @Test func windowOverlap() throws {
        try expectCheck("window-overlap", [
            Expected(id: "window-overlap", message: "mem64 window 1 of root complex 'pcie0' [0x2f000000, 0x30ffffff] and mem32 window 0 of root complex 'pcie0' [0x10000000, 0x2fffffff] overlap", line: 21, column: 29, notes: [("'pcie0' declared here", 20, 29)]),
        ])
    }

    @Test func windowECAMOverlap() throws {
        try expectCheck("window-ecam-overlap", [
            Expected(id: "window-ecam-overlap", message: "mem64 window 0 of root complex 'pcie0' [0x4000000000, 0x401fffffff] and the ECAM window of root complex 'pcie0' [0x4010000000, 0x401fffffff] overlap", line: 21, column: 29, notes: [("'pcie0' declared here", 19, 11)]),
        ])
    }

    @Test func windowMMIOOverlap() throws {
        try expectCheck("window-mmio-overlap", [
            Expected(id: "window-mmio-overlap", message: "mem32 window 0 of root complex 'pcie0' [0x8000000, 0x8ffffff] and the registers of ITS 'its' [0x8080000, 0x809ffff] overlap", line: 20, column: 29, notes: [("'its' declared here", 7, 33)]),
        ])
    }

    @Test func iommuTranslated() throws {
        try expectCheck("iommu-translated", [
            Expected(id: "iommu-translated", message: "iommu-map entry 0 of root complex 'pcie0' sends RID 0x0008 of virtio IOMMU 'viommu' to IOMMU 'smmu0'; a virtio IOMMU cannot be translated by another IOMMU", line: 23, column: 42, notes: [("'viommu' declared here", 13, 10)]),
        ])
    }

    @Test func reservedOutsideInputRange() throws {
        try expectCheck("reserved-outside-input-range", [
            Expected(id: "reserved-outside-input-range", message: "reserved region 0 of root complex 'pcie0' [0x100000000, 0x100000fff] is not inside the input-range [0x0, 0xffffffff] of IOMMU 'viommu'", line: 25, column: 17, notes: [("input-range of 'viommu' declared here", 14, 18)]),
        ])
    }

    @Test func reservedKindOverlap() throws {
        try expectCheck("reserved-kind-overlap", [
            Expected(id: "reserved-kind-overlap", message: "reserved region 0 of root complex 'pcie0' [0x8090000, 0x809ffff] (kind reserved) overlaps the MSI doorbell of ITS 'its' [0x8090000, 0x809ffff] (kind msi), which endpoints of IOMMU 'viommu' also get", line: 24, column: 17, notes: [("the MSI doorbell of ITS 'its' declared here", 7, 33)]),
        ])
    }

    @Test func ecamBelowBusZero() throws {
        try expectCheck("ecam-below-bus-zero", [
            Expected(id: "ecam-below-bus-zero", message: "ecam 0x4000000 of root complex 'pcie0' is the window of bus 0x80; the MCFG base (where bus 0 would be) is ecam - 0x8000000, below address 0", line: 19, column: 11, notes: [("buses of 'pcie0' declared here", 18, 12)]),
        ])
    }

    @Test func rcNoIommuMap() throws {
        try expectCheck("rc-no-iommu-map", [
            Expected(id: "rc-no-iommu-map", message: "root complex 'pcie1' has no iommu-map: none of its RIDs are translated", line: 23, column: 3, severity: .warning),
        ])
    }

    @Test func iommuUnused() throws {
        try expectCheck("iommu-unused", [
            Expected(id: "iommu-unused", message: "IOMMU 'vmmio' translates nothing: no iommu-map entry or device refers to it", line: 14, column: 3, severity: .warning),
        ])
    }

    @Test func msiControllerUnused() throws {
        try expectCheck("msi-controller-unused", [
            Expected(id: "msi-controller-unused", message: "MSI controller 'its1' is unused: no msi-map entry, device or SMMU sends MSIs to it", line: 8, column: 3, severity: .warning),
        ])
    }

    @Test func validFullTopologyHasNoFindings() throws {
        try expectCheck("valid-full", [])
    }

    @Test func minimalTopologyHasNoFindings() throws {
        try expectCheck("minimal", [])
    }

    @Test func severalErrorsAreAllReportedInLocationOrder() throws {
        try expectCheck("several-errors", [
            Expected(id: "msi-controller-unused", message: "MSI controller 'its' is unused: no msi-map entry, device or SMMU sends MSIs to it", line: 7, column: 3, severity: .warning),
            Expected(id: "unknown-reference", message: "'root-complex' of IOMMU 'viommu' refers to root complex 'pcie9', which is not declared; did you mean 'pcie0'?", line: 12, column: 19),
            Expected(id: "mmio-overlap", message: "the registers of IOMMU 'smmu0' [0x8090000, 0x80affff] and the registers of ITS 'its' [0x8080000, 0x809ffff] overlap", line: 16, column: 11, notes: [("'its' declared here", 7, 33)]),
            Expected(id: "map-overlap", message: "RIDs 0x7f00-0x7fff of root complex 'pcie0' overlap iommu-map entry 0", line: 24, column: 17, notes: [("entry 0 declared here", 23, 17)]),
            Expected(id: "rid-outside-buses", message: "RIDs 0x7f00-0x80ff of iommu-map entry 1 are not all on the buses 0x00-0x7f of root complex 'pcie0'", line: 24, column: 17, notes: [("buses of 'pcie0' declared here", 21, 12)]),
            Expected(id: "wrong-kind-reference", message: "'controller' of msi-map entry 0 of root complex 'pcie0' must name an MSI controller, but 'viommu' is an IOMMU", line: 26, column: 47, notes: [("'viommu' declared here", 10, 3)]),
            Expected(id: "id-overflow", message: "msi-map entry 0 of root complex 'pcie0' maps 0x8000 RIDs to IDs 0xffffff00-0x100007eff, past 0xffffffff", line: 26, column: 59),
            Expected(id: "duplicate-endpoint-id", message: "device 'net1' and RIDs 0x7f10 of root complex 'pcie0' both get endpoint ID 0x10 on IOMMU 'smmu0'", line: 33, column: 9, notes: [("iommu-map entry 1 of root complex 'pcie0' declared here", 24, 53)]),
        ])
    }
}
