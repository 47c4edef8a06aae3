import TopologyModel

/// VIOT, revision 0 (ACPI 6.4 §5.2.30).
///
/// Node order (cli.md): virtio IOMMU nodes in declaration order, then one PCI range node per
/// `iommu-map` entry that targets a virtio IOMMU, sorted by (segment, first BDF), then one single
/// MMIO endpoint node per platform device translated by a virtio IOMMU, sorted by base address.
///
/// A platform device has exactly one endpoint ID here: an MMIO endpoint node carries one, and
/// Linux (`drivers/acpi/viot.c`) matches nodes by the device's base address and uses one match
/// only (the last node of that base in table order), so further nodes with the same base could
/// never be used. A device with an ID range is `viot-mmio-id-range`, not a node for its first ID.
public enum VIOTTable {
    static let headerSize = 48
    static let iommuNodeSize = 16
    static let endpointNodeSize = 24

    /// Builds the VIOT of `t`.
    ///
    /// - Throws: `viot-offset-overflow` at an IOMMU whose node would start past offset 0xffff;
    ///   `viot-mmio-id-range` at the `ids` of a platform device with more than one endpoint ID.
    public static func build(_ t: Topology) throws(DiagnosticError) -> ACPITableOutput {
        let w = try writer(t)
        return ACPITableOutput(kind: .viot, aml: w.bytes, dslBytes: DataTableDSL.renderBytes(w, title: "VIOT"))
    }

    /// The finished table with its fields, for rendering the listing in pieces (`DataTableDSL.render(_:title:into:)`).
    ///
    /// Also `viot-node-count` at the entity whose node would be past the 16-bit Node count. The
    /// table length then fits easily (at most 48 + 65,535 * 24 bytes), and the rest of the
    /// narrowings are safe: a PCI range's RIDs lie on its root complex's buses (the checker's
    /// `rid-outside-buses`), so they fit the 16-bit BDF fields; output node offsets are checked
    /// above (`viot-offset-overflow`).
    static func writer(_ t: Topology, limits: ACPILimits = .formats) throws(DiagnosticError) -> ACPITableWriter {
        // IOMMU nodes first: their offsets are known before anything is written.
        var iommuOffset: [String: Int] = [:]
        var errors: [Diagnostic] = []
        for (i, iommu) in t.iommus.filter(\.isVirtio).enumerated() {
            let offset = headerSize + i * iommuNodeSize
            iommuOffset[iommu.name] = offset
            if offset > Int(UInt16.max) {
                errors.append(
                    VIOTOffsetOverflow.diagnostic("VIOT cannot describe IOMMU '\(iommu.name)': its node would lie at offset \(hex(offset)), past the 64 KiB that a VIOT output node reference can reach",
                        at: iommu.source.location))
            }
        }
        for d in t.devices {
            guard let iommu = d.iommu, iommuOffset[iommu] != nil, let ids = d.ids, ids.count > 1 else { continue }
            errors.append(
                VIOTMMIOIDRange.diagnostic(
                    "VIOT cannot describe the \(ids.count) endpoint IDs \(ids) of device '\(d.name)' on IOMMU '\(iommu)': a VIOT MMIO endpoint node carries one endpoint ID, and Linux reads one node per base address (\(hex(d.base))); give the device one 'id', or leave the VIOT out (--emit)",
                    at: d.source["ids"]))
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }

        struct PCIRange {
            var segment: UInt16
            var rids: IDRange
            var endpoint: UInt32
            var iommu: String
            var source: SourceLocation
            var what: String
        }
        var ranges: [PCIRange] = []
        for rc in t.rootComplexes {
            for (index, entry) in rc.iommuMap.enumerated() where iommuOffset[entry.iommu] != nil {
                ranges.append(
                    PCIRange(
                        segment: rc.segment, rids: entry.rids, endpoint: entry.id, iommu: entry.iommu,
                        source: entry.source.location, what: "iommu-map entry \(index) of root complex '\(rc.name)'"))
            }
        }
        ranges.sort { ($0.segment, $0.rids.first) < ($1.segment, $1.rids.first) }
        let endpoints = t.devices.filter { d in d.iommu.map { iommuOffset[$0] != nil } ?? false }
            .sorted { $0.base < $1.base }
        let nodeCount = iommuOffset.count + ranges.count + endpoints.count
        if nodeCount > limits.viotNodeCount {
            // The first node past the limit, in table order (IOMMUs, then ranges, then endpoints).
            let past = max(0, limits.viotNodeCount - iommuOffset.count)
            let (what, at) =
                past < ranges.count
                ? (ranges[past].what, ranges[past].source)
                : ("device '\(endpoints[past - ranges.count].name)'", endpoints[past - ranges.count].source.location)
            throw DiagnosticError([
                VIOTNodeCount.diagnostic(
                    "VIOT cannot describe \(what): the table would have \(nodeCount) nodes, more than its 16-bit Node count holds (\(limits.viotNodeCount)); this one would be node \(limits.viotNodeCount + 1)",
                    at: at)
            ])
        }

        var w = ACPITableWriter()
        w.header(signature: "VIOT", revision: 0, fields: t.acpi, tableName: "Virtual I/O Translation Table")
        w.group()
        w.u16(UInt16(nodeCount), "Node count")
        w.u16(UInt16(headerSize), "Node offset")
        w.u64(0, "Reserved")

        for iommu in t.iommus where iommu.isVirtio {
            w.group()
            switch iommu.kind {
            case .virtioPCI(let rcName, let bdf):
                nodeHeader(&w, type: 3, length: iommuNodeSize)
                w.group()
                w.u16(t.rootComplex(named: rcName)?.segment ?? 0, "PCI Segment")
                w.u16(bdf.rid, "PCI BDF number")
                w.u64(0, "Reserved")
            case .virtioMMIO(let base, _, _):
                nodeHeader(&w, type: 4, length: iommuNodeSize)
                w.group()
                w.u32(0, "Reserved")
                w.u64(base, "Base address")
            case .smmuv3:
                break
            }
        }
        for r in ranges {
            w.group()
            nodeHeader(&w, type: 1, length: endpointNodeSize)
            w.group()
            w.u32(r.endpoint, "Endpoint start")
            w.u16(r.segment, "PCI Segment start")
            w.u16(r.segment, "PCI Segment end")
            w.u16(UInt16(r.rids.first), "PCI BDF start")
            w.u16(UInt16(truncatingIfNeeded: r.rids.last), "PCI BDF end")
            w.u16(UInt16(iommuOffset[r.iommu]!), "Output node")
            w.reserved(6)
        }
        for d in endpoints {
            w.group()
            nodeHeader(&w, type: 2, length: endpointNodeSize)
            w.group()
            w.u32(d.ids?.first ?? 0, "Endpoint")
            w.u64(d.base, "Base address")
            w.u16(UInt16(iommuOffset[d.iommu!]!), "Output node")
            w.reserved(6)
        }
        w.finish()
        return w
    }

    private static func nodeHeader(_ w: inout ACPITableWriter, type: UInt8, length: Int) {
        let names = [1: "PCI Range", 2: "MMIO Endpoint", 3: "VirtIO-PCI IOMMU", 4: "VirtIO-MMIO IOMMU"]
        w.u8(type, "Type", note: names[Int(type)])
        w.u8(0, "Reserved")
        w.u16(UInt16(length), "Length")
    }
}
