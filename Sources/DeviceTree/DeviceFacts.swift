import TopologyModel

/// What the embedded virtio-iommu device advertises (its config space and PROBE reserved
/// regions) is not firmware: no standard binding carries it. topoc writes it as `topoc,`-prefixed
/// properties so that `topoc decompile` can give back the exact topology; Linux and dtc ignore
/// properties they do not know. Only values that differ from the format's defaults are written.
///
/// - `topoc,page-size-mask = <hi lo>`, `topoc,input-range = <first.hi first.lo last.hi last.lo>`,
///   `topoc,domain-range = <first last>`, `topoc,probe-size = <n>`, `topoc,bypass;`,
///   `topoc,map-msi-doorbells;` on virtio IOMMU nodes;
/// - `topoc,reserved-regions = <kind base.hi base.lo last.hi last.lo>, ...` (kind as the virtio
///   RESV_MEM subtype: 0 reserved, 1 msi) on virtio IOMMU, host bridge and device nodes;
/// - `topoc,reserve-windows;` on host bridge nodes.
enum DeviceFacts {
    static func add(_ config: VirtioIOMMUConfig, to node: inout DTNode) {
        let defaults = VirtioIOMMUConfig()
        if config.pageSizeMask != defaults.pageSizeMask {
            node.add("topoc,page-size-mask", .u32(hi(config.pageSizeMask), lo(config.pageSizeMask)))
        }
        if config.inputRange != defaults.inputRange {
            let r = config.inputRange
            node.add("topoc,input-range", .u32(hi(r.first), lo(r.first), hi(r.last), lo(r.last)))
        }
        if config.domainFirst != defaults.domainFirst || config.domainLast != defaults.domainLast {
            node.add("topoc,domain-range", .u32(config.domainFirst, config.domainLast))
        }
        if config.probeSize != defaults.probeSize { node.add("topoc,probe-size", .u32(config.probeSize)) }
        if config.bypass { node.add("topoc,bypass", .empty) }
        if config.mapMSIDoorbells { node.add("topoc,map-msi-doorbells", .empty) }
        add(config.reservedRegions, to: &node)
    }

    static func add(_ regions: [ReservedRegion], to node: inout DTNode) {
        guard !regions.isEmpty else { return }
        node.add(
            "topoc,reserved-regions",
            .cells(regions.map { region in
                let kind: UInt32 = region.kind == .msi ? 1 : 0
                return [kind, hi(region.range.first), lo(region.range.first), hi(region.range.last), lo(region.range.last)]
                    .map(DTCell.u32)
            }))
    }

    private static func hi(_ v: UInt64) -> UInt32 { UInt32(v >> 32) }
    private static func lo(_ v: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: v) }
}
