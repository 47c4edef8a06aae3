import FirmwareDecode
import TopologyModel

/// Reads back the `topoc,` properties the DT emitter writes for what the virtio IOMMU device
/// advertises (see `DeviceFacts` in the DeviceTree module): absent properties mean defaults.
enum DeviceFactsReader {
    static func virtioConfig(_ dt: DeviceTreeBlob, _ path: String) -> VirtioIOMMUConfig {
        var config = VirtioIOMMUConfig()
        func cells(_ name: String) -> [UInt32]? { (try? dt.u32Cells(name, of: path)) ?? nil }
        func wide(_ c: [UInt32], _ i: Int) -> UInt64 { UInt64(c[i]) << 32 | UInt64(c[i + 1]) }
        if let c = cells("topoc,page-size-mask"), c.count == 2 { config.pageSizeMask = wide(c, 0) }
        if let c = cells("topoc,input-range"), c.count == 4, wide(c, 0) <= wide(c, 2) {
            config.inputRange = AddressRange(first: wide(c, 0), last: wide(c, 2))
        }
        if let c = cells("topoc,domain-range"), c.count == 2, c[0] <= c[1] {
            config.domainFirst = c[0]
            config.domainLast = c[1]
        }
        if let c = cells("topoc,probe-size"), c.count == 1 { config.probeSize = c[0] }
        config.bypass = dt.node(path)?.property("topoc,bypass") != nil
        config.mapMSIDoorbells = dt.node(path)?.property("topoc,map-msi-doorbells") != nil
        config.reservedRegions = reservedRegions(dt, path)
        return config
    }

    static func reservedRegions(_ dt: DeviceTreeBlob, _ path: String) -> [ReservedRegion] {
        guard let c = (try? dt.u32Cells("topoc,reserved-regions", of: path)) ?? nil, c.count % 5 == 0 else { return [] }
        return stride(from: 0, to: c.count, by: 5).compactMap { i in
            let first = UInt64(c[i + 1]) << 32 | UInt64(c[i + 2])
            let last = UInt64(c[i + 3]) << 32 | UInt64(c[i + 4])
            guard first <= last else { return nil }
            return ReservedRegion(
                range: AddressRange(first: first, last: last), kind: c[i] == 1 ? .msi : .reserved, source: DecompileBuilder.nowhere)
        }
    }
}
