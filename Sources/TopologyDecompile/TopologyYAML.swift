import TopologyModel

/// Writes a decompiled topology as format-1 YAML: keys in the format page's order, numbers in
/// hex, ranges as `[first, last]`, BDFs as strings, defaults left out, and the findings as
/// `# topoc:` comments where they apply. The same builder state always gives the same text.
enum TopologyYAML {
    struct Rendered {
        var text: String
        /// Finding index -> line of its comment (1-based).
        var lines: [Int: Int]
    }

    static func render(_ b: DecompileBuilder) -> Rendered {
        var out: [String] = []
        var lines: [Int: Int] = [:]
        func comments(_ anchor: Anchor, indent: String) {
            for f in b.findings where f.anchor == anchor {
                lines[f.index] = out.count + 1
                out.append(indent + "# topoc: " + f.message)
            }
        }
        let t = b.provisionalTopology()

        out.append("# Decompiled by topoc from " + inputList(b) + ".")
        out.append("topology: 1")
        out.append("name: \(t.name)")
        out.append("arch: \(t.arch.rawValue)")
        comments(.top, indent: "")
        let defaults = ACPIHeaderFields.defaults(forTopologyNamed: t.name, source: DecompileBuilder.nowhere)
        var header: [String] = []
        if t.acpi.oemID != defaults.oemID { header.append("oem-id: \(quoted(t.acpi.oemID))") }
        if t.acpi.oemTableID != defaults.oemTableID { header.append("oem-table-id: \(quoted(t.acpi.oemTableID))") }
        if t.acpi.oemRevision != defaults.oemRevision { header.append("oem-revision: \(hex(t.acpi.oemRevision))") }
        if t.acpi.creatorID != defaults.creatorID { header.append("creator-id: \(quoted(t.acpi.creatorID))") }
        if t.acpi.creatorRevision != defaults.creatorRevision { header.append("creator-revision: \(hex(t.acpi.creatorRevision))") }
        if t.acpi.iortRevision != defaults.iortRevision { header.append("iort-revision: \(t.acpi.iortRevision.rawValue)") }
        if let r = t.acpi.iortRootComplexRevision { header.append("iort-root-complex-revision: \(r)") }
        comments(.acpi, indent: "")
        if !header.isEmpty { out.append("acpi: { " + header.joined(separator: ", ") + " }") }

        if !t.msiControllers.isEmpty {
            out.append("")
            out.append("msi-controllers:")
            // The parser's default its-id: the ITS's position among the ITSs.
            var itsPosition: [UInt32] = []
            var itsCount: UInt32 = 0
            for c in t.msiControllers {
                itsPosition.append(itsCount)
                if c.isITS { itsCount += 1 }
            }
            for (i, c) in t.msiControllers.enumerated() {
                comments(.its(i), indent: "  ")
                var fields: [String]
                switch c.kind {
                case .gicv3ITS(let base, let itsID):
                    fields = ["type: gicv3-its", "base: \(hex(base))"]
                    if itsID != itsPosition[i] { fields.append("its-id: \(hex(itsID))") }
                case .gicv2m(let base, let spis):
                    fields = ["type: gicv2m", "base: \(hex(base))"]
                    if let spis { fields += ["spi-base: \(spis.base)", "spi-count: \(spis.count)"] }
                case .x86MSI:
                    continue
                }
                out.append("  \(c.name): { " + fields.joined(separator: ", ") + " }")
            }
        }

        out.append("")
        out.append("iommus:")
        if t.iommus.isEmpty { out[out.count - 1] = "iommus: {}" }
        for (i, iommu) in t.iommus.enumerated() {
            comments(.iommu(i), indent: "  ")
            out.append("  \(iommu.name):")
            out.append("    type: \(iommu.typeName)")
            defer { if let config = iommu.virtio { virtioLines(config).forEach { out.append($0) } } }
            switch iommu.kind {
            case .virtioPCI(let rc, let bdf):
                out.append("    root-complex: \(rc)")
                out.append("    bdf: \"\(bdf)\"")
            case .virtioMMIO(let base, let size, let interrupt):
                out.append("    base: \(hex(base))")
                if size != 0x200 { out.append("    size: \(hex(size))") }
                if let interrupt { out.append("    interrupt: \(hex(interrupt))") }
            case .smmuv3(let s):
                out.append("    base: \(hex(s.base))")
                if s.size != 0x20000 { out.append("    size: \(hex(s.size))") }
                if let irq = s.interrupts {
                    var parts: [String] = []
                    for (key, v) in irq.wired {
                        parts.append("\(key): \(hex(v))")
                    }
                    out.append("    interrupts: { " + parts.joined(separator: ", ") + " }")
                }
                if !s.coherent { out.append("    coherent: false") }
                if let msi = s.msi { out.append("    msi: \(msiTarget(msi))") }
                if let map = s.msiMap {
                    out.append("    msi-map:")
                    for e in map {
                        out.append("      - { ids: \(pair(e.inputs)), controller: \(e.controller)\(idField(e.id)) }")
                    }
                }
            }
        }

        if !t.rootComplexes.isEmpty {
            out.append("")
            out.append("root-complexes:")
        }
        for (r, rc) in t.rootComplexes.enumerated() {
            comments(.rc(r), indent: "  ")
            out.append("  \(rc.name):")
            out.append("    segment: \(hex(rc.segment))")
            out.append("    buses: [\(hex(rc.firstBus, digits: 2)), \(hex(rc.lastBus, digits: 2))]")
            if let ecam = rc.ecam { out.append("    ecam: \(hex(ecam))") }
            if let buses = rc.ecamBuses { out.append("    ecam-buses: [\(hex(buses.lowerBound, digits: 2)), \(hex(buses.upperBound, digits: 2))]") }
            if !rc.windows.isEmpty {
                out.append("    windows:")
                for w in rc.windows {
                    var parts = ["type: \(w.kind.rawValue)", "cpu: \(hex(w.cpu))"]
                    if w.pci != w.cpu { parts.append("pci: \(hex(w.pci))") }
                    parts.append("size: \(hex(w.size))")
                    if w.prefetchable { parts.append("prefetchable: true") }
                    out.append("      - { " + parts.joined(separator: ", ") + " }")
                }
            }
            if rc.reserveWindows { out.append("    reserve-windows: true") }
            if !rc.coherent { out.append("    coherent: false") }
            if rc.ats { out.append("    ats: true") }
            comments(.rcKey(r, "iommu-map"), indent: "    ")
            if !rc.iommuMap.isEmpty {
                out.append("    iommu-map:")
                for e in rc.iommuMap {
                    out.append("      - { rids: \(ridPair(e.rids)), iommu: \(e.iommu), id: \(hex(e.id)) }")
                }
            }
            comments(.rcKey(r, "msi-map"), indent: "    ")
            if !rc.msiMap.isEmpty {
                out.append("    msi-map:")
                for e in rc.msiMap {
                    out.append("      - { rids: \(ridPair(e.inputs)), controller: \(e.controller)\(idField(e.id)) }")
                }
            }
            regionLines(rc.reservedRegions).forEach { out.append($0) }
            if !rc.inDeviceTree { out.append("    dt: false") }
        }

        if !t.devices.isEmpty {
            out.append("")
            out.append("devices:")
        }
        let defaultPaths = defaultACPIPaths(t.devices)
        for (i, d) in t.devices.enumerated() {
            comments(.device(i), indent: "  ")
            out.append("  \(d.name):")
            out.append("    base: \(hex(d.base))")
            out.append("    size: \(hex(d.size))")
            if d.compatible != "virtio,mmio" { out.append("    compatible: \(quoted(d.compatible))") }
            if let interrupt = d.interrupt {
                out.append("    interrupt: \(hex(interrupt))")
                if d.interruptMode.trigger != .edge { out.append("    interrupt-trigger: \(d.interruptMode.trigger.rawValue)") }
                if d.interruptMode.polarity != .high { out.append("    interrupt-polarity: \(d.interruptMode.polarity.rawValue)") }
            }
            if let iommu = d.iommu, let ids = d.ids {
                out.append("    iommu: \(iommu)")
                out.append(ids.count == 1 ? "    id: \(hex(ids.first))" : "    ids: \(pair(ids))")
            }
            if let msi = d.msi { out.append("    msi: \(msiTarget(msi))") }
            if !d.acpiPath.isEmpty && d.acpiPath != defaultPaths[i] { out.append("    acpi-path: \(quoted(d.acpiPath))") }
            let defaultHID: String? = d.compatible == "virtio,mmio" ? DefaultACPIHID.virtioMMIO : nil
            if let hid = d.acpiHID, hid != defaultHID { out.append("    acpi-hid: \(quoted(hid))") }
            regionLines(d.reservedRegions).forEach { out.append($0) }
        }
        return Rendered(text: out.joined(separator: "\n") + "\n", lines: lines)
    }

    /// The virtio keys whose values differ from the format's defaults.
    static func virtioLines(_ c: VirtioIOMMUConfig) -> [String] {
        let d = VirtioIOMMUConfig()
        var lines: [String] = []
        if c.pageSizeMask != d.pageSizeMask { lines.append("    page-size-mask: \(hex(c.pageSizeMask))") }
        if c.inputRange != d.inputRange { lines.append("    input-range: [\(hex(c.inputRange.first)), \(hex(c.inputRange.last))]") }
        if c.domainFirst != d.domainFirst || c.domainLast != d.domainLast {
            lines.append("    domain-range: [\(hex(c.domainFirst)), \(hex(c.domainLast))]")
        }
        if c.bypass { lines.append("    bypass: true") }
        if c.mapMSIDoorbells { lines.append("    map-msi-doorbells: true") }
        if c.probeSize != d.probeSize { lines.append("    probe-size: \(c.probeSize)") }
        return lines + regionLines(c.reservedRegions)
    }

    static func regionLines(_ regions: [ReservedRegion]) -> [String] {
        guard !regions.isEmpty else { return [] }
        return ["    reserved-regions:"] + regions.map {
            "      - { base: \(hex($0.range.first)), last: \(hex($0.range.last)), kind: \($0.kind.rawValue) }"
        }
    }

    static func inputList(_ b: DecompileBuilder) -> String {
        var names: [String] = []
        if let dt = b.inputs.dt { names.append(base(dt.name)) }
        if let v = b.inputs.viot { names.append(base(v.name)) }
        if let i = b.inputs.iort { names.append(base(i.name)) }
        if let m = b.inputs.mcfg { names.append(base(m.name)) }
        if let m = b.inputs.madt { names.append(base(m.name)) }
        names += b.inputs.ssdts.map { base($0.name) }
        return names.joined(separator: ", ")
    }

    static func base(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    static func pair(_ r: IDRange) -> String { "[\(hex(r.first)), \(hex(r.last))]" }
    /// `, id: 0x10`, or nothing for a GICv2m route (no DeviceID).
    static func idField(_ id: UInt32?) -> String { id.map { ", id: \(hex($0))" } ?? "" }

    /// `{ controller: its, id: 0x10 }`, `{ controller: v2m }`.
    static func msiTarget(_ msi: MSITarget) -> String { "{ controller: \(msi.controller)\(idField(msi.id)) }" }

    static func ridPair(_ r: IDRange) -> String { "[\(hex(r.first, digits: 4)), \(hex(r.last, digits: 4))]" }

    /// A double-quoted YAML string (backslashes and quotes escaped).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            if c == "\\" || c == "\"" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    /// The `acpi-path` each device gets when the file gives none (`DefaultACPIPaths`, the rule the
    /// parser applies), assuming only the devices whose path differs write one; nil where none is
    /// left.
    static func defaultACPIPaths(_ devices: [PlatformDevice]) -> [String?] {
        // Fixed point: a device keeps its path implicit when the default rule gives it that path.
        var explicit = Array(repeating: false, count: devices.count)
        for _ in 0..<4 {
            let defaults = assign(devices, explicit: explicit)
            let next = devices.indices.map { !devices[$0].acpiPath.isEmpty && devices[$0].acpiPath != defaults[$0] }
            if next == explicit { return defaults }
            explicit = next
        }
        return assign(devices, explicit: explicit)
    }

    private static func assign(_ devices: [PlatformDevice], explicit: [Bool]) -> [String?] {
        DefaultACPIPaths.assign(
            names: devices.map(\.name), explicitPaths: devices.indices.map { explicit[$0] ? devices[$0].acpiPath : nil })
    }
}
