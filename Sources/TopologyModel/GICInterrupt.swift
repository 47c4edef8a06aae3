/// GIC interrupt numbering, written once. An arm64 device's or virtio-mmio IOMMU's `interrupt` is
/// a GIC SPI number (what the device tree's GIC specifier carries); the SMMUv3's `interrupts`, a
/// GICv2m frame's `spi-base`, IORT and an SSDT's `_CRS` carry GIC interrupt IDs (GSIVs), where
/// IDs 0-15 are SGIs, 16-31 PPIs, and SPI n is ID n + 32, up to ID 1019 (1020-1023 are special).
public enum GICInterrupt {
    /// The interrupt ID of SPI 0.
    public static let firstSPIID: UInt32 = 32
    /// The last interrupt ID that is an SPI.
    public static let lastSPIID: UInt32 = 1019
    /// The highest SPI number: SPI 987 is ID 1019.
    public static let lastSPI: UInt32 = lastSPIID - firstSPIID

    /// The interrupt ID of SPI `spi`. Wrapping, as a blob would carry it: callers that need a
    /// real SPI bound `spi` by `lastSPI` first.
    public static func id(ofSPI spi: UInt32) -> UInt32 { spi &+ firstSPIID }

    /// The SPI number of interrupt ID `id`. Wrapping, for the same reason: an ID below
    /// `firstSPIID` is no SPI, and callers that care check `isSPI` first.
    public static func spi(ofID id: UInt32) -> UInt32 { id &- firstSPIID }

    /// Whether interrupt ID `id` is an SPI.
    public static func isSPI(id: UInt32) -> Bool { (firstSPIID...lastSPIID).contains(id) }
}
