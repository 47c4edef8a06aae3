import TopologyModel

/// `viot-mmio-id-range`: a platform device behind a virtio IOMMU with more than one endpoint ID,
/// in a VIOT. A VIOT MMIO endpoint node carries exactly one endpoint ID, and Linux
/// (`drivers/acpi/viot.c`) gives a platform device the endpoint of one node only: the last node
/// of the table whose base address is the device's first MMIO resource. Further nodes with the
/// same base are never read, so no VIOT can give such a device the IDs the device tree gives it.
public enum VIOTMMIOIDRange: DiagnosticRule {
    public static let id = "viot-mmio-id-range"
    public static let summary = "a platform device behind a virtio IOMMU with more than one endpoint ID, which a VIOT MMIO endpoint node (one endpoint ID, one node per base address) cannot describe"
    public static let example = #"VIOT cannot describe the 256 endpoint IDs 0x100-0x1ff of device 'blk0' on IOMMU 'vm': a VIOT MMIO endpoint node carries one endpoint ID, and Linux reads one node per base address (0xa001000); give the device one 'id', or leave the VIOT out (--emit)"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/viot-mmio-id-range.yaml"
}
