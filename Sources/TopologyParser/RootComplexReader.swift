import TopologyModel

/// Reads `root-complexes:` entries.
struct RootComplexReader {
    let sink: DiagnosticSink
    let names: NameRegistry

    static let keys = [
        "segment", "buses", "ecam", "ecam-buses", "windows", "reserve-windows", "coherent", "ats", "iommu-map", "msi-map",
        "reserved-regions", "dt",
    ]

    func read(_ entries: consuming [NamedEntry]) -> [RootComplex] {
        var result: [RootComplex] = []
        result.reserveCapacity(entries.count)
        readEach(entries) { name, at, value in
            if let rc = read(name: name, at: at, value) { result.append(rc) }
        }
        return result
    }

    private func read(name: String, at: SourceLocation, _ value: YAMLTree) -> RootComplex? {
        names.register(name, at: at)
        let context = "root complex '\(name)'"
        let components = ComponentReader(sink: sink, names: names)
        guard let fields = Fields(value, context: context, allowed: Self.keys, sink: sink) else { return nil }
        let errorsBefore = sink.diagnostics.count
        let segment = fields.integer("segment", bits: 16, required: true)
        let buses = fields.required("buses").flatMap { Values.pair($0, what: "'buses' of \(context)", bits: 8, sink: sink) }
        let ecam = components.aligned(fields, "ecam", to: 1 << 20)
        let ecamBuses = fields["ecam-buses"].flatMap { Values.pair($0, what: "'ecam-buses' of \(context)", bits: 8, sink: sink) }
        if let tree = fields["ecam-buses"], fields["ecam"] == nil {
            sink.error(ParseDiagnostics.InvalidValue.self, "\(context) gives 'ecam-buses' but no 'ecam' (the ECAM window they span)", at: tree.location)
        }
        let windows = (fields.list("windows") ?? []).enumerated().compactMap { i, item in
            window(item, what: "window \(i) of \(context)")
        }
        let iommuMap = (fields.list("iommu-map") ?? []).enumerated().compactMap { i, item in
            iommuMapEntry(item, what: "iommu-map entry \(i) of \(context)")
        }
        let msiMap = (fields.list("msi-map") ?? []).enumerated().compactMap { i, item in
            components.msiMapEntry(item, inputKey: "rids", what: "msi-map entry \(i) of \(context)")
        }
        let regions = RegionReader(sink: sink).read(fields.list("reserved-regions") ?? [], owner: context)
        let reserveWindows = fields.bool("reserve-windows") ?? false
        let coherent = fields.bool("coherent") ?? true
        let ats = fields.bool("ats") ?? false
        let inDT = fields.bool("dt") ?? true
        guard sink.diagnostics.count == errorsBefore, let segment, let buses else { return nil }
        var map = fields.sourceMap
        map.location = at
        return RootComplex(
            name: name, segment: UInt16(segment), firstBus: UInt8(buses.0), lastBus: UInt8(buses.1), ecam: ecam,
            ecamBuses: ecamBuses.map { UInt8($0.0)...UInt8($0.1) }, windows: windows, reserveWindows: reserveWindows, coherent: coherent, ats: ats, iommuMap: iommuMap,
            msiMap: msiMap, reservedRegions: regions, inDeviceTree: inDT, source: map)
    }

    private func iommuMapEntry(_ tree: YAMLTree, what: String) -> IOMMUMapEntry? {
        guard let fields = Fields(tree, context: what, allowed: ["rids", "iommu", "id"], sink: sink) else { return nil }
        let rids = fields.required("rids").flatMap { Values.ridRange($0, what: "'rids' of \(what)", sink: sink) }
        let iommu = fields.string("iommu", required: true)
        let id = fields.integer("id", bits: 32, required: true)
        guard let rids, let iommu, let id else { return nil }
        return IOMMUMapEntry(rids: rids, iommu: iommu, id: UInt32(id), source: fields.sourceMap)
    }

    private func window(_ tree: YAMLTree, what: String) -> PCIWindow? {
        let keys = ["type", "cpu", "pci", "size", "prefetchable"]
        guard let fields = Fields(tree, context: what, allowed: keys, sink: sink) else { return nil }
        var kind: PCIWindow.Kind?
        if let text = fields.string("type", required: true) {
            kind = PCIWindow.Kind(rawValue: text)
            if kind == nil {
                sink.error(ParseDiagnostics.InvalidValue.self, "'type' of \(what) must be mem32, mem64 or io, found '\(text)'", at: fields["type"]!.location)
            }
        }
        let cpu = fields.integer("cpu", bits: 64, required: true)
        let size = fields.integer("size", bits: 64, required: true)
        // The PCI-side address defaults to the CPU address (an identity window).
        let pci = fields.integer("pci", bits: 64) ?? cpu
        let prefetchable = fields.bool("prefetchable") ?? false
        guard let kind, let cpu, let size, let pci else { return nil }
        guard size > 0, AddressRange.checked(base: cpu, size: size) != nil, AddressRange.checked(base: pci, size: size) != nil else {
            sink.error(ParseDiagnostics.NumberRange.self, "\(what) is empty or runs past 2^64", at: fields["size"]!.location)
            return nil
        }
        // mem32 and io windows are 32-bit on the PCI side.
        if kind != .mem64, pci + (size - 1) > UInt64(UInt32.max) {
            sink.error(ParseDiagnostics.NumberRange.self, "\(what) is \(kind.rawValue), so its PCI range must end below 4 GiB (ends at \(hex(pci + (size - 1))))", at: fields["pci"]?.location ?? fields["size"]!.location)
            return nil
        }
        return PCIWindow(kind: kind, cpu: cpu, pci: pci, size: size, prefetchable: prefetchable, source: fields.sourceMap)
    }
}
