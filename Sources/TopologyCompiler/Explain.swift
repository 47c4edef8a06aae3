import DeviceTree
import FirmwareDecode
import TopologyModel

/// What `topoc explain` asks about: one PCI function, one platform device, or every run of
/// endpoints of `endpoints.json`.
public enum ExplainQuery: Hashable, Sendable {
    case pci(segment: UInt16, bdf: BDF)
    case device(String)
    case all

    /// Parses `0000:00:03.0`, `00:03.0` (segment 0) or a device name.
    ///
    /// Text with a `:` must be a PCI address; other text must be a topology name
    /// (`[a-z][a-z0-9_-]*`). Anything else is a usage error (exit 2); a well-formed address or
    /// name that the topology does not have is found out later (`ExplainError`, exit 1).
    public static func parse(_ text: String) -> Result<ExplainQuery, UsageError> {
        if text.contains(":") {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 3 {
                let segment = parts[0]
                guard !segment.isEmpty, segment.count <= 4, segment.allSatisfy(\.isHexDigit),
                    let value = UInt16(segment, radix: 16), let bdf = BDF(parsing: "\(parts[1]):\(parts[2])")
                else { return .failure(UsageError(badAddress(text))) }
                return .success(.pci(segment: value, bdf: bdf))
            }
            guard let bdf = BDF(parsing: text) else { return .failure(UsageError(badAddress(text))) }
            return .success(.pci(segment: 0, bdf: bdf))
        }
        guard Names.isComponentName(text) else {
            return .failure(
                UsageError("'\(text)' is neither a PCI address (SSSS:BB:DD.F or BB:DD.F, hex) nor a device name"))
        }
        return .success(.device(text))
    }

    private static func badAddress(_ text: String) -> String {
        "'\(text)' is not a PCI address: write SSSS:BB:DD.F or BB:DD.F in hex (device 0-1f, function 0-7)"
    }
}

/// The topology has no such device or PCI function (exit 1).
public struct ExplainError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// One place of the firmware that says something about an endpoint.
public struct FirmwareEvidence: Hashable, Sendable {
    public enum Format: String, Sendable, Hashable {
        case deviceTree = "dt"
        case viot, iort
    }

    public var format: Format
    /// The node: a device-tree path, or `VIOT`/`IORT` node kind and offset.
    public var node: String
    /// Byte offset of the node in its ACPI table (nil for the device tree).
    public var offset: Int?
    /// Index of the property entry or ID mapping that decides it.
    public var entry: Int?
    /// What it says, in the format's own words.
    public var text: String

    public init(format: Format, node: String, offset: Int? = nil, entry: Int? = nil, text: String) {
        self.format = format
        self.node = node
        self.offset = offset
        self.entry = entry
        self.text = text
    }
}

/// A reserved region the endpoint gets in PROBE, and why.
public struct ExplainedRegion: Hashable, Sendable {
    public var range: AddressRange
    public var kind: ReservedRegion.Kind
    /// Where it comes from, e.g. `doorbell of ITS 'its' (translation frame)`.
    public var origins: [String]
}

/// A line of the topology that decides something, with its location.
public struct TopologyEvidence: Hashable, Sendable {
    public var location: SourceLocation
    public var text: String
}

/// Everything `topoc explain` says about one endpoint or run of endpoints.
public struct Explanation: Hashable, Sendable {
    /// The endpoint(s): PCI RIDs of a root complex, or a platform device.
    public var source: EndpointSource
    /// The IOMMU that translates it, nil when it bypasses translation.
    public var iommu: String?
    public var iommuType: String?
    /// Its endpoint IDs (virtio) or StreamIDs (SMMUv3).
    public var ids: IDRange?
    /// Why it bypasses translation (nil when translated).
    public var bypassReason: String?
    public var msi: MSIRoute?
    public var reserved: [ExplainedRegion]
    public var topology: [TopologyEvidence]
    public var firmware: [FirmwareEvidence]

    /// `0000:00:03.0`, `0000:00:00.0-00:01.7` or the device name.
    public var subject: String {
        switch source {
        case .pci(_, let segment, let rids): pciName(segment, rids)
        case .device(let name, _): name
        }
    }
}

/// `topoc explain`: which IOMMU translates an endpoint, its IDs, MSI route and reserved regions,
/// and which device-tree property and ACPI node say so. The firmware side is read back from the
/// blobs a compile produces in memory (decoded with `FirmwareDecode`), so it shows what a guest
/// would read, not what the topology intended.
public enum Explainer {
    /// Compiles `bytes` (a topology file) in memory and explains `query`.
    ///
    /// - Returns: the compile's diagnostics, and the explanations (nil when the topology is
    ///   invalid).
    /// - Throws: `ExplainError` for an unknown device or a PCI address on no root complex.
    public static func explain(
        bytes: [UInt8], file: String, query: ExplainQuery, options: CompileOptions = .init()
    ) throws(ExplainError) -> (diagnostics: [Diagnostic], explanations: [Explanation]?) {
        let result = Compiler.compile(bytes: bytes, file: file, options: options)
        guard result.succeeded, let topology = result.topology else { return (result.diagnostics, nil) }
        let context = Context(topology: topology, files: result.files)
        return (result.diagnostics, try context.explain(query))
    }

    /// Explains `query` for a checked topology whose outputs are `files` (a `Compiler.compile`).
    public static func explain(_ query: ExplainQuery, topology: Topology, files: [OutputFile]) throws(ExplainError)
        -> [Explanation]
    {
        try Context(topology: topology, files: files).explain(query)
    }

    // MARK: Rendering

    public static func renderText(_ explanations: [Explanation]) -> String {
        explanations.map(renderText).joined(separator: "\n")
    }

    public static func renderText(_ e: Explanation) -> String {
        var out: String
        switch e.source {
        case .pci(let rc, let segment, let rids):
            let ridText = rids.count == 1 ? "RID \(hex(rids.first, digits: 4))" : "RIDs \(hex(rids.first, digits: 4))-\(hex(rids.last, digits: 4))"
            out = "\(e.subject) (\(ridText)) on root complex '\(rc)', segment \(segment)\n"
        case .device(let name, let base):
            out = "\(name): platform device at \(hex(base))\n"
        }
        if let iommu = e.iommu, let ids = e.ids {
            let what = e.iommuType == "smmuv3" ? "StreamID" : "endpoint ID"
            out += "  translated by: \(iommu) (\(e.iommuType ?? "?")), \(what)\(ids.count == 1 ? "" : "s") \(ids)\n"
        } else {
            out += "  translated by: nothing, bypasses translation: \(e.bypassReason ?? "")\n"
        }
        if let msi = e.msi {
            out += "  MSIs:          \(msi.controller), DeviceID\(msi.deviceIDs.count == 1 ? "" : "s") \(msi.deviceIDs)\n"
        } else {
            out += "  MSIs:          no MSI controller\n"
        }
        if e.reserved.isEmpty {
            out += "  reserved:      none\(e.iommuType.map { $0 == "smmuv3" ? " (an SMMUv3 has no PROBE)" : "" } ?? "")\n"
        } else {
            for (i, region) in e.reserved.enumerated() {
                out += (i == 0 ? "  reserved:      " : "                 ")
                out += "\(region.range) \(region.kind.rawValue): \(region.origins.joined(separator: "; "))\n"
            }
        }
        if !e.topology.isEmpty {
            out += "  decided by:\n"
            for t in e.topology { out += "    \(t.location): \(t.text)\n" }
        }
        for (format, title) in [(FirmwareEvidence.Format.deviceTree, "device tree"), (.viot, "VIOT"), (.iort, "IORT")] {
            let items = e.firmware.filter { $0.format == format }
            guard !items.isEmpty else { continue }
            out += "  \(title):\n"
            for item in items { out += "    \(item.node): \(item.text)\n" }
        }
        return out
    }

    /// One JSON object (or an array of them when `array`), keys in a fixed order.
    public static func renderJSON(_ explanations: [Explanation], array: Bool) -> String {
        if !array, let only = explanations.first, explanations.count == 1 { return renderJSON(only) + "\n" }
        return "[" + explanations.map { "\n  " + renderJSON($0) }.joined(separator: ",") + "\n]\n"
    }

    public static func renderJSON(_ e: Explanation) -> String {
        let q = JSONText.quote
        var fields: [String] = ["\"subject\": \(q(e.subject))"]
        switch e.source {
        case .pci(let rc, let segment, let rids):
            fields.append("\"kind\": \"pci\", \"root-complex\": \(q(rc)), \"segment\": \(segment), \"rids\": [\(rids.first), \(rids.last)]")
        case .device(let name, let base):
            fields.append("\"kind\": \"device\", \"device\": \(q(name)), \"base\": \(q(hex(base)))")
        }
        fields.append("\"iommu\": \(e.iommu.map(q) ?? "null")")
        fields.append("\"iommu-type\": \(e.iommuType.map(q) ?? "null")")
        fields.append("\"ids\": \(e.ids.map { "[\($0.first), \($0.last)]" } ?? "null")")
        fields.append("\"bypass\": \(e.bypassReason.map(q) ?? "null")")
        if let msi = e.msi {
            fields.append("\"msi\": {\"controller\": \(q(msi.controller)), \"ids\": [\(msi.deviceIDs.first), \(msi.deviceIDs.last)]}")
        } else {
            fields.append("\"msi\": null")
        }
        let regions = e.reserved.map {
            "{\"base\": \(q(hex($0.range.first))), \"last\": \(q(hex($0.range.last))), \"kind\": \(q($0.kind.rawValue)), "
                + "\"origins\": [\($0.origins.map(q).joined(separator: ", "))]}"
        }
        fields.append("\"reserved\": [\(regions.joined(separator: ", "))]")
        let topo = e.topology.map {
            "{\"file\": \(q($0.location.file)), \"line\": \($0.location.line), \"column\": \($0.location.column), \"text\": \(q($0.text))}"
        }
        fields.append("\"topology\": [\(topo.joined(separator: ", "))]")
        let firmware = e.firmware.map {
            "{\"format\": \(q($0.format.rawValue)), \"node\": \(q($0.node)), \"offset\": \($0.offset.map { String($0) } ?? "null"), "
                + "\"entry\": \($0.entry.map { String($0) } ?? "null"), \"text\": \(q($0.text))}"
        }
        fields.append("\"firmware\": [\(firmware.joined(separator: ", "))]")
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

private func pciName(_ segment: UInt16, _ rids: IDRange) -> String {
    let seg = hex(segment, digits: 4).dropFirst(2)
    let first = BDF(rid: UInt16(rids.first))
    if rids.count == 1 { return "\(seg):\(first)" }
    return "\(seg):\(first)-\(BDF(rid: UInt16(rids.last)))"
}

private struct Context {
    let topology: Topology
    let layout: EndpointLayout
    let dtRoot: DTNode?
    let dtPaths: [SourceLocation: String]
    let labels: [String: String]
    let viot: FirmwareDecode.VIOTTable?
    let iort: IORTTable?

    init(topology: Topology, files: [OutputFile]) {
        self.topology = topology
        layout = EndpointLayout(topology)
        let hasDT = files.contains { $0.name == "\(topology.name).dtb" }
        let root = hasDT ? try? DeviceTreeEmitter.tree(topology) : nil
        dtRoot = root
        var paths: [SourceLocation: String] = [:]
        var labels: [String: String] = [:]
        func walk(_ node: DTNode, _ path: String) {
            if let origin = node.origin, paths[origin] == nil { paths[origin] = path }
            if let key = node.key { labels[key] = node.label ?? key }
            for child in node.children { walk(child, path == "/" ? "/\(child.name)" : "\(path)/\(child.name)") }
        }
        if let root { walk(root, "/") }
        dtPaths = paths
        self.labels = labels
        viot = files.first { $0.name == "VIOT.aml" }.flatMap { try? FirmwareDecode.VIOTTable($0.bytes) }
        iort = files.first { $0.name == "IORT.aml" }.flatMap { try? IORTTable($0.bytes) }
    }

    func explain(_ query: ExplainQuery) throws(ExplainError) -> [Explanation] {
        switch query {
        case .all:
            return layout.records.map { explain($0) }
        case .device(let name):
            guard let device = topology.device(named: name) else {
                let others = topology.devices.map(\.name)
                var message = "no platform device named '\(name)'"
                // The parser's did-you-mean, with its one threshold of a plausible typo.
                if let close = closestMatch(to: name, in: others) {
                    message += "; did you mean '\(close)'?"
                } else if let iommu = topology.iommu(named: name) {
                    message += " ('\(iommu.name)' is an IOMMU)"
                } else if topology.rootComplex(named: name) != nil {
                    message += " ('\(name)' is a root complex: give a PCI address such as 00:03.0)"
                }
                if !others.isEmpty { message += " (devices: \(others.joined(separator: ", ")))" }
                throw ExplainError(message)
            }
            if let record = layout.records.first(where: { $0.source.name == name && $0.source == .device(name: name, base: device.base) }) {
                return [explain(record)]
            }
            return [explain(EndpointRecord(source: .device(name: name, base: device.base), iommu: nil, ids: nil, msi: nil, reserved: []))]
        case .pci(let segment, let bdf):
            let rid = UInt32(bdf.rid)
            guard let rc = topology.rootComplexes.first(where: { $0.segment == segment && $0.rids.contains(rid) }) else {
                let known = topology.rootComplexes.map {
                    "'\($0.name)' segment \($0.segment) buses \(hex($0.firstBus, digits: 2))-\(hex($0.lastBus, digits: 2))"
                }
                throw ExplainError(
                    "no root complex holds \(pciName(segment, IDRange(first: rid, count: 1)))"
                        + (known.isEmpty ? " (it has none)" : " (root complexes: \(known.joined(separator: "; ")))"))
            }
            let one = IDRange(first: rid, count: 1)
            for record in layout.records {
                guard case .pci(let name, _, let rids) = record.source, name == rc.name, rids.contains(rid) else { continue }
                let offset = rid - rids.first
                var narrowed = record
                narrowed.source = .pci(rootComplex: rc.name, segment: rc.segment, rids: one)
                narrowed.ids = record.ids.map { IDRange(first: $0.first + offset, count: 1) }
                narrowed.msi = record.msi.map { MSIRoute(controller: $0.controller, deviceIDs: IDRange(first: $0.deviceIDs.first + offset, count: 1)) }
                return [explain(narrowed)]
            }
            return [explain(EndpointRecord(source: .pci(rootComplex: rc.name, segment: rc.segment, rids: one), iommu: nil, ids: nil, msi: nil, reserved: []))]
        }
    }

    // MARK: One record

    func explain(_ record: EndpointRecord) -> Explanation {
        var e = Explanation(
            source: record.source, iommu: record.iommu, iommuType: record.iommu.flatMap { topology.iommu(named: $0)?.typeName },
            ids: record.ids, bypassReason: nil, msi: record.msi, reserved: [], topology: [], firmware: [])
        switch record.source {
        case .pci(let rcName, let segment, let rids):
            let rc = topology.rootComplex(named: rcName)!
            let selfIOMMU = topology.virtioPCIIOMMUs(on: rc.name).first { rids.contains(UInt32($0.bdf.rid)) }?.iommu
            let piece = rc.ridSegments().first { $0.rids.contains(rids.first) }
            if let i = piece?.iommuMapIndex {
                let entry = rc.iommuMap[i]
                e.topology.append(TopologyEvidence(
                    location: entry.source.location,
                    text: "iommu-map entry \(i) of root complex '\(rc.name)': RIDs \(entry.rids) -> \(entry.iommu) \(entry.outputIDs.map(\.description) ?? hex(entry.id))"))
            }
            if let selfIOMMU, record.iommu == nil {
                e.bypassReason = "it is the virtio-pci IOMMU '\(selfIOMMU.name)' itself; a device is never translated by itself"
                e.topology.append(TopologyEvidence(location: selfIOMMU.source["bdf"], text: "IOMMU '\(selfIOMMU.name)' sits at this BDF"))
            } else if record.iommu == nil {
                e.bypassReason = "no iommu-map entry of root complex '\(rc.name)' covers RID \(hex(rids.first, digits: 4))"
            }
            if let i = piece?.msiMapIndex {
                let entry = rc.msiMap[i]
                e.topology.append(TopologyEvidence(
                    location: entry.source.location,
                    text: "msi-map entry \(i) of root complex '\(rc.name)': RIDs \(entry.inputs) -> \(entry.controller) \(entry.outputIDs.map(\.description) ?? hex(entry.id))"))
            }
            e.firmware += deviceTreePCI(rc, rids: rids, selfIOMMU: selfIOMMU)
            e.firmware += viotPCI(segment: segment, rids: rids, selfIOMMU: selfIOMMU, iommu: record.iommu)
            e.firmware += iortPCI(segment: segment, rids: rids)
            e.reserved = regions(record, rootComplex: rc, device: nil)
        case .device(let name, _):
            let device = topology.device(named: name)!
            if device.iommu == nil { e.bypassReason = "device '\(name)' has no 'iommu' key" }
            if device.iommu != nil {
                let location = device.source.values["id"] ?? device.source.values["ids"] ?? device.source["iommu"]
                e.topology.append(TopologyEvidence(location: location, text: "device '\(name)': iommu \(device.iommu!), ID\(device.ids.map { $0.count == 1 ? " \($0)" : "s \($0)" } ?? "")"))
            }
            if let msi = device.msi {
                e.topology.append(TopologyEvidence(location: msi.source.location, text: "device '\(name)': msi \(msi.controller) DeviceID \(hex(msi.id))"))
            }
            e.firmware += deviceTreeDevice(device)
            e.firmware += viotDevice(device)
            e.firmware += iortDevice(device)
            e.reserved = regions(record, rootComplex: nil, device: device)
        }
        return e
    }

    // MARK: Reserved regions, with where each comes from

    func regions(_ record: EndpointRecord, rootComplex rc: RootComplex?, device: PlatformDevice?) -> [ExplainedRegion] {
        // The layout's own derivation, asked where each region comes from.
        let resolver = RegionResolver(topology)
        let contributions =
            if let rc { resolver.contributions(iommu: record.iommu, msiController: record.msi?.controller, rootComplex: rc) }
            else if let device { resolver.contributions(iommu: record.iommu, msiController: record.msi?.controller, device: device) }
            else { [(ResolvedRegion, RegionResolver.Origin)]() }
        return record.reserved.map { region in
            let origins = contributions.filter { $0.0 == region }.map { Self.describe($0.1) }
            return ExplainedRegion(range: region.range, kind: region.kind, origins: origins.isEmpty ? ["implied"] : origins)
        }
    }

    static func describe(_ origin: RegionResolver.Origin) -> String {
        switch origin {
        case .iommu(let name, let location): "reserved-regions of IOMMU '\(name)' (\(location))"
        case .rootComplex(let name, let location): "reserved-regions of root complex '\(name)' (\(location))"
        case .window(let kind, let rc): "\(kind.rawValue) window of root complex '\(rc)' (reserve-windows)"
        case .device(let name, let location): "reserved-regions of device '\(name)' (\(location))"
        case .x86MSIWindow: "MSI doorbell: the x86 MSI window"
        case .itsDoorbell(let name): "MSI doorbell: translation frame of ITS '\(name)'"
        }
    }

    // MARK: Device tree

    func cellsText(_ group: [DTCell]) -> String {
        "<" + group.map {
            switch $0 {
            case .u32(let v): hex(v)
            case .ref(let key): "&" + (labels[key] ?? key)
            }
        }.joined(separator: " ") + ">"
    }

    func property(_ node: DTNode, _ name: String) -> [[DTCell]]? {
        guard case .cells(let groups)? = node.properties.first(where: { $0.name == name })?.value else { return nil }
        return groups
    }

    func findNode(_ origin: SourceLocation) -> (DTNode, String)? {
        guard let root = dtRoot, let path = dtPaths[origin] else { return nil }
        return root.allNodes().first { $0.origin == origin }.map { ($0, path) }
    }

    func deviceTreePCI(_ rc: RootComplex, rids: IDRange, selfIOMMU: IOMMU?) -> [FirmwareEvidence] {
        guard dtRoot != nil else {
            return topology.arch == .x86_64 ? [] : [FirmwareEvidence(format: .deviceTree, node: "/", text: "no device tree emitted")]
        }
        guard let (node, path) = findNode(rc.source.location) else {
            return [FirmwareEvidence(format: .deviceTree, node: "root complex '\(rc.name)'", text: "not in the device tree (dt: false): only ACPI describes it")]
        }
        var out: [FirmwareEvidence] = []
        for (mapName, what) in [("iommu-map", "translation"), ("msi-map", "MSIs")] {
            let groups = property(node, mapName) ?? []
            if let (i, group) = groups.enumerated().first(where: { _, g in
                guard g.count == 4, case .u32(let base) = g[0], case .u32(let length) = g[3] else { return false }
                return UInt64(rids.first) >= UInt64(base) && UInt64(rids.first) < UInt64(base) + UInt64(length)
            }) {
                out.append(FirmwareEvidence(format: .deviceTree, node: path, entry: i, text: "\(mapName) entry \(i) \(cellsText(group))"))
            } else if mapName == "iommu-map", let selfIOMMU, rids.count == 1 {
                let child = findNode(selfIOMMU.source.location)?.1 ?? "(no node)"
                out.append(FirmwareEvidence(
                    format: .deviceTree, node: path,
                    text: groups.isEmpty ? "no iommu-map: not translated (the IOMMU itself is \(child))"
                        : "iommu-map leaves RID \(hex(rids.first, digits: 4)) out: it is the IOMMU itself, \(child)"))
            } else {
                out.append(FirmwareEvidence(
                    format: .deviceTree, node: path,
                    text: groups.isEmpty ? "no \(mapName): no \(what)" : "no \(mapName) entry covers RID \(hex(rids.first, digits: 4)): no \(what)"))
            }
        }
        return out
    }

    func deviceTreeDevice(_ device: PlatformDevice) -> [FirmwareEvidence] {
        guard dtRoot != nil, let (node, path) = findNode(device.source.location) else { return [] }
        var out: [FirmwareEvidence] = []
        if let groups = property(node, "iommus") {
            let shown = groups.prefix(4).map(cellsText).joined(separator: ", ")
            out.append(FirmwareEvidence(format: .deviceTree, node: path, text: "iommus = \(shown)\(groups.count > 4 ? ", ... (\(groups.count) specifiers)" : "")"))
        } else {
            out.append(FirmwareEvidence(format: .deviceTree, node: path, text: "no iommus property: not translated"))
        }
        if let groups = property(node, "msi-parent") {
            out.append(FirmwareEvidence(format: .deviceTree, node: path, text: "msi-parent = \(groups.map(cellsText).joined(separator: ", "))"))
        }
        return out
    }

    // MARK: VIOT

    func viotIOMMUText(_ offset: UInt16) -> String {
        guard let iommu = viot?.iommu(atOffset: Int(offset)) else { return "node at \(hex(offset))" }
        switch iommu.transport {
        case .pci(let segment, let bdf):
            let name = topology.iommus.first {
                if case .virtioPCI(let rc, let b) = $0.kind { return b.rid == bdf && topology.rootComplex(named: rc)?.segment == segment }
                return false
            }?.name
            return "virtio-pci IOMMU node at \(hex(offset)) (\(pciName(segment, IDRange(first: UInt32(bdf), count: 1)))\(name.map { ", '\($0)'" } ?? ""))"
        case .mmio(let base):
            let name = topology.iommus.first { $0.mmioRegion?.first == base }?.name
            return "virtio-mmio IOMMU node at \(hex(offset)) (\(hex(base))\(name.map { ", '\($0)'" } ?? ""))"
        }
    }

    func viotPCI(segment: UInt16, rids: IDRange, selfIOMMU: IOMMU?, iommu: String?) -> [FirmwareEvidence] {
        guard let viot else { return [] }
        guard let range = viot.pciRanges.first(where: { $0.covers(segment: segment, bdf: UInt16(rids.first)) }) else {
            let virtio = iommu.flatMap { topology.iommu(named: $0)?.isVirtio } ?? false
            guard virtio || selfIOMMU != nil else { return [] }
            return [FirmwareEvidence(format: .viot, node: "VIOT", text: "no PCI range node covers \(pciName(segment, IDRange(first: rids.first, count: 1)))")]
        }
        var text = "segment \(range.segmentStart), BDFs \(hex(range.bdfStart, digits: 4))-\(hex(range.bdfEnd, digits: 4)), "
            + "endpoint IDs from \(hex(range.endpointStart)) -> \(viotIOMMUText(range.outputNode))"
        if let selfIOMMU, rids.count == 1 {
            text += "; it covers '\(selfIOMMU.name)' itself, which Linux skips"
        } else {
            text += "; endpoint ID \(hex(range.endpointID(segment: segment, bdf: UInt16(rids.first))))"
        }
        return [FirmwareEvidence(format: .viot, node: "PCI range node at \(hex(range.offset))", offset: range.offset, text: text)]
    }

    func viotDevice(_ device: PlatformDevice) -> [FirmwareEvidence] {
        guard let viot else { return [] }
        guard let endpoint = viot.mmioEndpoints.first(where: { $0.baseAddress == device.base }) else {
            return device.iommu.flatMap { topology.iommu(named: $0)?.isVirtio } == true
                ? [FirmwareEvidence(format: .viot, node: "VIOT", text: "no MMIO endpoint node at \(hex(device.base))")] : []
        }
        return [FirmwareEvidence(
            format: .viot, node: "MMIO endpoint node at \(hex(endpoint.offset))", offset: endpoint.offset,
            text: "base \(hex(endpoint.baseAddress)), endpoint ID \(hex(endpoint.endpointID)) -> \(viotIOMMUText(endpoint.outputNode))")]
    }

    // MARK: IORT

    func iortNodeText(_ node: IORTNode) -> String {
        let at = "node at \(hex(node.offset))"
        switch node.kind {
        case .itsGroup(let ids):
            let names = topology.msiControllers.filter {
                if case .gicv3ITS(_, let id) = $0.kind { return ids.contains(id) }
                return false
            }.map { "'\($0.name)'" }
            return "ITS group \(at) (ITS \(ids.map { String($0) }.joined(separator: ", "))\(names.isEmpty ? "" : " = \(names.joined(separator: ", "))"))"
        case .namedComponent(let nc): return "named component \(nc.deviceName) \(at)"
        case .rootComplex(let rc): return "root complex \(at) (segment \(rc.pciSegment))"
        case .smmuV3(let s):
            let name = topology.iommus.first { if case .smmuv3(let t) = $0.kind { return t.base == s.baseAddress }; return false }?.name
            return "SMMUv3 \(at) (\(hex(s.baseAddress))\(name.map { ", '\($0)'" } ?? ""))"
        case .other(let type): return "type-\(type) \(at)"
        }
    }

    /// The mappings that take `inputs` out of `node`, followed through SMMUs down to the ITS.
    func iortHops(_ table: IORTTable, _ node: IORTNode, inputs: IDRange?, depth: Int = 0) -> [FirmwareEvidence] {
        guard depth < 4 else { return [] }
        var out: [FirmwareEvidence] = []
        for (i, m) in node.mappings.enumerated() where i != node.specialMappingIndex && m.outputReference != 0 {
            let mine: IDRange
            let produced: IDRange
            if m.isSingleMapping {
                guard node.nodeType == .namedComponent || node.nodeType == .rootComplex else { continue }
                mine = inputs ?? IDRange(first: m.inputBase, count: 1)
                produced = IDRange(first: m.outputBase, count: 1)
            } else {
                let range = IDRange(first: m.inputBase, count: UInt64(m.idCount) + 1)
                guard let wanted = inputs ?? Optional(range), let overlap = range.intersection(wanted) else { continue }
                mine = overlap
                guard let out = IDRange.checked(first: UInt64(m.outputBase) + UInt64(overlap.first - m.inputBase), count: overlap.count) else { continue }
                produced = out
            }
            guard let target = table.node(atOffset: Int(m.outputReference)) else { continue }
            let outName = target.nodeType == .smmuV3 ? "StreamID" : "DeviceID"
            var text = "mapping \(i)"
            if m.isSingleMapping {
                text += " (single ID)"
            } else {
                let outputs = IDRange.checked(first: UInt64(m.outputBase), count: UInt64(m.idCount) + 1).map(\.description) ?? hex(m.outputBase)
                text += " (\(IDRange(first: m.inputBase, count: UInt64(m.idCount) + 1)) -> \(outputs))"
            }
            text += " to \(iortNodeText(target)): \(outName)\(produced.count == 1 ? "" : "s") \(produced)"
            if !m.isSingleMapping && mine.count != UInt64(m.idCount) + 1 && inputs != nil { text += " for input \(mine)" }
            out.append(FirmwareEvidence(format: .iort, node: iortNodeText(node), offset: node.offset, entry: i, text: text))
            if target.nodeType == .smmuV3 {
                out += iortHops(table, target, inputs: produced, depth: depth + 1)
            }
        }
        return out
    }

    func iortPCI(segment: UInt16, rids: IDRange) -> [FirmwareEvidence] {
        guard let iort else { return [] }
        guard let node = iort.rootComplex(segment: UInt32(segment)) else {
            return [FirmwareEvidence(format: .iort, node: "IORT", text: "no root complex node for segment \(segment)")]
        }
        let hops = iortHops(iort, node, inputs: rids)
        return hops.isEmpty ? [FirmwareEvidence(format: .iort, node: iortNodeText(node), offset: node.offset, text: "no ID mapping covers RID \(hex(rids.first, digits: 4)): no IOMMU, no MSI route")] : hops
    }

    func iortDevice(_ device: PlatformDevice) -> [FirmwareEvidence] {
        guard let iort else { return [] }
        guard let node = iort.namedComponent(device.acpiPath) else {
            let matters = device.iommu.flatMap { topology.iommu(named: $0) }.map { !$0.isVirtio } ?? false
            return matters || device.msi != nil
                ? [FirmwareEvidence(format: .iort, node: "IORT", text: "no named component \(device.acpiPath)")] : []
        }
        return iortHops(iort, node, inputs: nil)
    }
}
