import ACPI
import FirmwareDecode
import TopologyModel

/// A place in the YAML where a `# topoc:` comment goes.
enum Anchor: Hashable {
    case top
    case acpi
    case its(Int)
    case iommu(Int)
    case rc(Int)
    case rcKey(Int, String)
    case device(Int)
}

/// Something the blobs say about each other, written as a comment and a diagnostic.
struct Finding {
    enum Kind {
        /// Two blobs give one fact different values: exit 1.
        case contradiction
        /// One blob says what another does not: exit 0.
        case complement
        /// A value no blob carries, filled in.
        case guess

        /// The finding's kind in the registry (contradictions are errors, the rest warnings).
        var rule: any DiagnosticRule.Type {
            switch self {
            case .contradiction: DecompileDiagnostics.BlobContradiction.self
            case .complement: DecompileDiagnostics.BlobComplement.self
            case .guess: DecompileDiagnostics.BlobGuess.self
            }
        }
    }

    var anchor: Anchor
    var kind: Kind
    var message: String
    var blobs: [String]
    /// Its position in `findings`, the key of its line number in the rendered text.
    var index = 0
}

/// A RID -> (target, ID) run: `rids` go to entity `target` (an index) with IDs from `id`.
struct MapPiece: Equatable {
    var rids: IDRange
    var target: Int
    var id: UInt32

    func value(at rid: UInt32) -> (Int, UInt64) { (target, UInt64(id) + UInt64(rid - rids.first)) }

    func clipped(to domain: IDRange) -> MapPiece? {
        guard let common = rids.intersection(domain) else { return nil }
        return MapPiece(rids: common, target: target, id: id &+ (common.first - rids.first))
    }
}

// Draft entities: what the blobs say, before names are given.
struct DraftITS {
    var name: String?
    var base: UInt64?
    var itsID: UInt32?
    var dtPath: String?
    var iortOffset: Int?
}

struct DraftIOMMU {
    enum Kind {
        case pci(rc: Int, bdf: BDF)
        case mmio(base: UInt64, size: UInt64, interrupt: UInt32?)
        case smmu(IOMMU.SMMUv3Draft)
    }
    var name: String?
    var kind: Kind
    var dtPath: String?
    var dtPhandle: UInt32?
    var viotOffset: Int?
    var iortOffset: Int?
    var ssdtPath: String?
    /// What a virtio IOMMU advertises, from the DT's `topoc,` properties (defaults otherwise).
    var virtio = VirtioIOMMUConfig()
    /// Stable identity (creation order), for naming it in messages before names are given.
    var uid = 0
    var derivedStem: String {
        switch kind {
        case .pci: "viommu"
        case .mmio: "vmmio"
        case .smmu: "smmu"
        }
    }
}

extension IOMMU {
    struct SMMUv3Draft {
        var base: UInt64
        var size: UInt64 = 0x20000
        var interrupts: SMMUInterrupts?
        var coherent = true
        var msi: (its: Int, id: UInt32)?
        /// The IORT's StreamID -> DeviceID mappings (own-MSI mapping excluded).
        var iortMSIMappings: [MapPiece]?
        var msiMap: [MapPiece]?
    }
}

struct DraftRC {
    var name: String?
    var segment: UInt16
    var firstBus: UInt8
    var lastBus: UInt8
    var ecam: UInt64?
    var windows: [PCIWindow] = []
    var coherent = true
    var ats = false
    var iommuMap: [MapPiece] = []
    var msiMap: [MapPiece] = []
    var inDT = false
    var reserveWindows = false
    var reservedRegions: [ReservedRegion] = []
    var dtPath: String?
    var ssdtPath: String?
    var ssdtOrder: Int?

    var rids: IDRange { IDRange(first: UInt32(firstBus) << 8, last: UInt32(lastBus) << 8 | 0xff) }
}

struct DraftDevice {
    var name: String?
    var base: UInt64
    var size: UInt64?
    var compatible: String?
    var interrupt: UInt32?
    var iommu: Int?
    var ids: IDRange?
    var msi: (its: Int, id: UInt32)?
    var acpiPath: String?
    var acpiHID: String?
    var reservedRegions: [ReservedRegion] = []
    var dtPath: String?
    /// Read as a device, then found to be a virtio-mmio IOMMU.
    var dropped = false
}

/// Reads the decoded blobs into draft entities, reconciles what they say, and names everything.
struct DecompileBuilder {
    let inputs: DecodedBlobs
    let options: DecompileOptions

    var arch: Architecture = .arm64
    var name = "decompiled"
    var acpi: ACPIHeaderFields?
    var its: [DraftITS] = []
    var iommus: [DraftIOMMU] = []
    var rcs: [DraftRC] = []
    /// Indices into `rcs` by segment. A 100-byte VIOT range can name 65,536 segments, so every
    /// lookup by segment goes through this index rather than a scan of all root complexes.
    var rcsBySegment: [UInt16: [Int]] = [:]
    var devices: [DraftDevice] = []
    var findings: [Finding] = []

    /// DT node path -> entity name from `/__symbols__`.
    var symbols: [String: String] = [:]

    init(inputs: DecodedBlobs, options: DecompileOptions) {
        self.inputs = inputs
        self.options = options
    }

    var dtName: String { inputs.dt?.name ?? "DTB" }

    /// Appends `rc`, indexed by its segment; the only way root complexes are added.
    @discardableResult
    mutating func addRC(_ rc: DraftRC) -> Int {
        rcs.append(rc)
        rcsBySegment[rc.segment, default: []].append(rcs.count - 1)
        return rcs.count - 1
    }

    /// Root complexes and map entries made so far beyond what the blobs list one by one.
    var entriesMade = 0
    /// Set when the blobs expand past `options.maxEntries`: what did it, and in which blob.
    var overBudget: (what: String, file: String)?

    /// Charges `count` entries that `what` in `file` expands to; false (and `overBudget` set) when
    /// that passes the budget. Charged before each piece is made (a VIOT range, all its segments
    /// at once), so an overrun stops the work rather than following it.
    mutating func charge(_ count: Int, for what: @autoclosure () -> String, in file: String) -> Bool {
        guard overBudget == nil else { return false }
        entriesMade += count
        if entriesMade > options.maxEntries { overBudget = (what(), file) }
        return overBudget == nil
    }

    /// The root complexes of `segment`, in `rcs` order.
    func rcIndices(onSegment segment: UInt16) -> [Int] { rcsBySegment[segment] ?? [] }

    mutating func note(_ anchor: Anchor, _ kind: Finding.Kind, _ message: String, _ blobs: [String]) {
        findings.append(Finding(anchor: anchor, kind: kind, message: message, blobs: blobs, index: findings.count))
    }

    mutating func run() {
        arch = options.arch ?? (inputs.dt != nil || inputs.iort != nil ? .arm64 : .x86_64)
        readDeviceTree()
        readSSDTs()
        readMCFG()
        readIORT()
        guard overBudget == nil else { return }
        readVIOT()
        guard overBudget == nil else { return }
        reconcileMaps()
        placeACPIOnlyRootComplexes()
        decideSMMUMSIMaps()
        readHeaders()
        assignNames()
        resolveLabels()
    }

    // MARK: - Device tree

    mutating func readDeviceTree() {
        guard let (dt, file) = inputs.dt else { return }
        if let symbolsNode = dt.node("/__symbols__") {
            for p in symbolsNode.properties {
                guard let v = p.value.split(separator: 0).first else { continue }
                let path = String(decoding: v, as: UTF8.self)
                if symbols[path] == nil, Names.isComponentName(p.name) { symbols[path] = p.name }
            }
        }
        if let model = try? dt.string("model", of: "/"), Names.isTopologyName(model) { name = model }

        func interrupts(_ path: String) -> [UInt32?] {
            guard let cells = try? dt.u32Cells("interrupts", of: path), cells.count % 3 == 0 else { return [] }
            return stride(from: 0, to: cells.count, by: 3).map { cells[$0] == 0 ? cells[$0 + 1] : nil }
        }
        func regEntry(_ path: String) -> DeviceTreeRegEntry? { (try? dt.reg(of: path))??.first }

        for path in dt.nodes(compatibleWith: "arm,gic-v3-its") {
            its.append(DraftITS(name: symbols[path], base: regEntry(path)?.address, dtPath: path))
        }
        // IOMMUs at the top level: SMMUv3 and virtio-mmio (a virtio,mmio node that provides #iommu-cells).
        var top: [DraftIOMMU] = []
        for node in dt.nodes {
            let path = node.path
            guard let compatible = try? dt.stringList("compatible", of: path) else { continue }
            if compatible.contains("arm,smmu-v3"), let reg = regEntry(path) {
                var s = IOMMU.SMMUv3Draft(base: reg.address)
                s.size = reg.size
                s.coherent = node.property("dma-coherent") != nil
                let irqs = interrupts(path)
                let names = (try? dt.stringList("interrupt-names", of: path)) ?? []
                if !irqs.isEmpty {
                    func gsiv(_ n: String) -> UInt32 {
                        guard let i = names.firstIndex(of: n), i < irqs.count, let spi = irqs[i] else { return 0 }
                        return spi + 32
                    }
                    s.interrupts = SMMUInterrupts(eventq: gsiv("eventq"), priq: gsiv("priq"), cmdqSync: gsiv("cmdq-sync"), gerror: gsiv("gerror"))
                }
                top.append(DraftIOMMU(name: symbols[path], kind: .smmu(s), dtPath: path, dtPhandle: dt.phandle(of: path)))
            } else if compatible.contains("virtio,mmio"), node.property("#iommu-cells") != nil, let reg = regEntry(path) {
                var draft = DraftIOMMU(
                    name: symbols[path], kind: .mmio(base: reg.address, size: reg.size, interrupt: interrupts(path).first ?? nil),
                    dtPath: path, dtPhandle: dt.phandle(of: path))
                draft.virtio = DeviceFactsReader.virtioConfig(dt, path)
                top.append(draft)
            }
        }
        for d in top { appendIOMMU(d) }
        // SMMU own MSIs (the ITSs are known now).
        for i in iommus.indices {
            guard case .smmu(var s) = iommus[i].kind, let path = iommus[i].dtPath,
                let parent = (try? dt.msiParent(of: path))?.first, let itsIndex = its.firstIndex(where: { $0.dtPath == parent.target }),
                let id = parent.cells.first
            else { continue }
            s.msi = (itsIndex, id)
            iommus[i].kind = .smmu(s)
        }

        // Host bridges, and the virtio-pci IOMMUs under them.
        let bridges = dt.nodes.filter { n in
            guard n.parentPath == "/" else { return false }
            let compatible = (try? dt.stringList("compatible", of: n.path)) ?? []
            return compatible.contains("pci-host-ecam-generic") || (try? dt.string("device_type", of: n.path)) == "pci"
        }
        var segmentCounter: UInt16 = 0
        for bridge in bridges {
            let path = bridge.path
            let buses = (try? dt.busRange(of: path)) ?? 0...0xff
            let segment = (try? dt.pciDomain(of: path)).flatMap { $0 }.map { UInt16(truncatingIfNeeded: $0) } ?? segmentCounter
            segmentCounter = segment &+ 1
            var rc = DraftRC(
                name: symbols[path], segment: segment, firstBus: UInt8(truncatingIfNeeded: buses.lowerBound),
                lastBus: UInt8(truncatingIfNeeded: min(buses.upperBound, 0xff)))
            rc.inDT = true
            rc.dtPath = path
            rc.coherent = bridge.property("dma-coherent") != nil
            rc.reserveWindows = bridge.property("topoc,reserve-windows") != nil
            rc.reservedRegions = DeviceFactsReader.reservedRegions(dt, path)
            if let reg = regEntry(path) { rc.ecam = reg.address }
            rc.windows = windows(dt, path)
            let rcIndex = addRC(rc)
            for child in bridge.childPaths {
                guard let compatible = try? dt.stringList("compatible", of: child), compatible.contains("virtio,pci-iommu"),
                    let bdf = (try? dt.pciBDF(of: child)) ?? nil
                else { continue }
                var draft = DraftIOMMU(name: symbols[child], kind: .pci(rc: rcIndex, bdf: BDF(rid: bdf)), dtPath: child, dtPhandle: dt.phandle(of: child))
                draft.virtio = DeviceFactsReader.virtioConfig(dt, child)
                appendIOMMU(draft)
            }
        }
        // Declaration order: topoc numbers IOMMU phandles in declaration order (after the ITSs).
        iommus.sort { ($0.dtPhandle ?? .max) < ($1.dtPhandle ?? .max) }

        // Maps of the host bridges (the IOMMUs are known now).
        for r in rcs.indices {
            guard let path = rcs[r].dtPath else { continue }
            if dt.node(path)?.property("iommu-map-mask") != nil || dt.node(path)?.property("msi-map-mask") != nil {
                note(.rc(r), .complement, "the host bridge's iommu-map-mask/msi-map-mask is not part of the topology format; ignored", [file])
            }
            let iommuPaths = iommus.map(\.dtPath), itsPaths = its.map(\.dtPath)
            var pieces = map(dt, path, "iommu-map") { target in iommuPaths.firstIndex { $0 == target } }
            // topoc leaves a virtio-pci IOMMU's own RID out of the DT iommu-map: merge the split back.
            for (_, iommu) in iommus.enumerated() {
                guard case .pci(let rcIndex, let bdf) = iommu.kind, rcIndex == r else { continue }
                let rid = UInt32(bdf.rid)
                if let a = pieces.firstIndex(where: { $0.rids.end == UInt64(rid) }),
                    let b = pieces.firstIndex(where: { $0.rids.first == rid &+ 1 }),
                    pieces[a].target == pieces[b].target, UInt64(pieces[a].id) + pieces[a].rids.count + 1 == UInt64(pieces[b].id)
                {
                    let merged = MapPiece(
                        rids: IDRange(first: pieces[a].rids.first, last: pieces[b].rids.last), target: pieces[a].target, id: pieces[a].id)
                    pieces[a] = merged
                    pieces.remove(at: b)
                }
            }
            rcs[r].iommuMap = pieces
            rcs[r].msiMap = map(dt, path, "msi-map") { target in itsPaths.firstIndex { $0 == target } }
        }

        // Platform devices: nodes that use an IOMMU or an ITS, virtio-mmio transports, and
        // children of the root with `reg` and `compatible` that /__symbols__ names (topoc labels
        // every entity it writes, so a device with neither IOMMU nor MSIs, a pl031 RTC, is kept).
        // Other such root children are kept aside: an SSDT device at the same base takes its
        // DT identity (compatible, node) from them instead of being "not in the DT".
        let known = Set(its.compactMap(\.dtPath) + iommus.compactMap(\.dtPath) + rcs.compactMap(\.dtPath))
        for node in dt.nodes where !known.contains(node.path) && node.path != "/" {
            if let parent = node.parentPath, known.contains(parent) { continue }
            let compatible = (try? dt.stringList("compatible", of: node.path)) ?? []
            let uses = node.property("iommus") != nil || node.property("msi-parent") != nil || compatible.contains("virtio,mmio")
            let plain = !uses && node.parentPath == "/" && !compatible.isEmpty
            guard uses || plain, let reg = regEntry(node.path) else { continue }
            if plain && symbols[node.path] == nil {
                if dtDeviceCandidates[reg.address] == nil {
                    var d = DraftDevice(base: reg.address, size: reg.size, compatible: compatible.first)
                    d.dtPath = node.path
                    d.interrupt = interrupts(node.path).first ?? nil
                    d.reservedRegions = DeviceFactsReader.reservedRegions(dt, node.path)
                    dtDeviceCandidates[reg.address] = d
                }
                continue
            }
            var d = DraftDevice(name: symbols[node.path], base: reg.address, size: reg.size, compatible: compatible.first)
            d.dtPath = node.path
            d.interrupt = interrupts(node.path).first ?? nil
            d.reservedRegions = DeviceFactsReader.reservedRegions(dt, node.path)
            if let specs = try? dt.iommus(of: node.path), let first = specs.first,
                let target = iommus.firstIndex(where: { $0.dtPath == first.target }), let id0 = first.cells.first
            {
                d.iommu = target
                let ids = specs.compactMap(\.cells.first)
                let contiguous = ids.enumerated().allSatisfy { UInt64($0.element) == UInt64(id0) + UInt64($0.offset) }
                d.ids = IDRange.checked(first: UInt64(id0), count: contiguous ? UInt64(ids.count) : 1)
                if !contiguous || specs.contains(where: { $0.target != first.target }) {
                    note(.device(devices.count), .complement, "the node's 'iommus' lists IDs that are not one contiguous range on one IOMMU; only the first is kept", [file])
                }
            }
            if let parent = (try? dt.msiParent(of: node.path))?.first, let target = its.firstIndex(where: { $0.dtPath == parent.target }),
                let id = parent.cells.first
            {
                d.msi = (target, id)
            }
            devices.append(d)
        }
    }

    /// The `ranges` of a host bridge as windows.
    func windows(_ dt: DeviceTreeBlob, _ path: String) -> [PCIWindow] {
        guard let cells = try? dt.u32Cells("ranges", of: path), let parent = dt.node(path)?.parentPath else { return [] }
        let ac = Int(((try? dt.u32("#address-cells", of: path)) ?? nil) ?? 3)
        let sc = Int(((try? dt.u32("#size-cells", of: path)) ?? nil) ?? 2)
        let pac = (try? dt.cellCounts(forChildrenOf: parent))?.address ?? 2
        let width = ac + pac + sc
        guard ac == 3, width > 0, cells.count % width == 0 else { return [] }
        func combine(_ c: ArraySlice<UInt32>) -> UInt64 { c.suffix(2).reduce(UInt64(0)) { $0 << 32 | UInt64($1) } }
        return stride(from: 0, to: cells.count, by: width).compactMap { o in
            let flags = cells[o]
            let kind: PCIWindow.Kind
            switch (flags >> 24) & 3 {
            case 1: kind = .io
            case 2: kind = .mem32
            case 3: kind = .mem64
            default: return nil
            }
            return PCIWindow(
                kind: kind, cpu: combine(cells[(o + 3)..<(o + 3 + pac)]), pci: combine(cells[(o + 1)..<(o + 3)]),
                size: combine(cells[(o + 3 + pac)..<(o + width)]), prefetchable: kind != .io && flags & 0x4000_0000 != 0,
                source: Self.nowhere)
        }
    }

    /// An `iommu-map`/`msi-map` (4-cell entries) as pieces; entries naming unknown nodes dropped.
    mutating func map(_ dt: DeviceTreeBlob, _ path: String, _ property: String, _ resolve: (String) -> Int?) -> [MapPiece] {
        guard let cells = try? dt.u32Cells(property, of: path) else { return [] }
        guard cells.count % 4 == 0 else {
            note(.rc(rcs.firstIndex { $0.dtPath == path } ?? 0), .complement, "\(property) of \(path) is not made of 4-cell entries; ignored", [dtName])
            return []
        }
        var out: [MapPiece] = []
        for e in stride(from: 0, to: cells.count, by: 4) {
            guard cells[e + 3] > 0, let target = dt.path(ofPhandle: cells[e + 1]).flatMap(resolve),
                let rids = IDRange.checked(first: UInt64(cells[e]), count: UInt64(cells[e + 3]))
            else {
                note(.rc(rcs.firstIndex { $0.dtPath == path } ?? 0), .complement, "\(property) entry \(e / 4) of \(path) names no IOMMU or ITS topoc knows; ignored", [dtName])
                continue
            }
            out.append(MapPiece(rids: rids, target: target, id: cells[e + 2]))
        }
        return out
    }

    // MARK: - SSDT

    mutating func readSSDTs() {
        var rcOrder = 0
        for (contents, file) in inputs.ssdts {
            if contents.skipped {
                note(.top, .complement, "\(file) holds AML that decompile does not read (methods, regions...); only constant device objects were read", [file])
            }
            for object in contents.devices {
                let hid = object.hid
                if hid == "PNP0A08" || hid == "PNP0A03" {
                    readSSDTRootComplex(object, file: file, order: rcOrder)
                    rcOrder += 1
                }
            }
            // Children with _ADR under host bridges: virtio-pci IOMMU names (matched later by BDF).
            for object in contents.devices where object.hid == nil {
                guard let adr = object.integer("_ADR"), let name = object.description, let dot = object.path.lastIndex(of: "."),
                    case let parentPath = String(object.path[..<dot]),
                    let r = rcs.firstIndex(where: { $0.ssdtPath == parentPath })
                else { continue }
                let bdf = BDF(bus: rcs[r].firstBus, device: UInt8((adr >> 16) & 0x1f), function: UInt8(adr & 7))
                pciIOMMUNames[PCIAddress(segment: rcs[r].segment, rid: bdf.rid)] = name
            }
            for object in contents.devices {
                guard let hid = object.hid, hid != "PNP0A08", hid != "PNP0A03" else { continue }
                let resources = object.resources
                guard case .memory(let base, let size)? = resources.first(where: { if case .memory = $0 { true } else { false } })
                else { continue }
                var interrupt: UInt32?
                if case .interrupt(let gsiv)? = resources.first(where: { if case .interrupt = $0 { true } else { false } }) {
                    interrupt = arch == .arm64 ? gsiv &- 32 : gsiv
                }
                // A virtio-mmio IOMMU (DT) at this base?
                if let i = iommus.firstIndex(where: { if case .mmio(let b, _, _) = $0.kind { b == base } else { false } }) {
                    if iommus[i].name == nil { iommus[i].name = object.description }
                    iommus[i].ssdtPath = object.path
                    if case .mmio(_, let dtSize, let dtIRQ) = iommus[i].kind, dtSize != size || dtIRQ != interrupt {
                        note(.iommu(i), .contradiction, "the DT and \(file) give this IOMMU different sizes or interrupts", [dtName, file])
                    }
                    continue
                }
                if let d = devices.firstIndex(where: { $0.base == base }) {
                    if devices[d].name == nil { devices[d].name = object.description }
                    devices[d].acpiPath = object.path
                    devices[d].acpiHID = hid
                    if devices[d].size != size || devices[d].interrupt != interrupt {
                        note(.device(d), .contradiction, "the DT and \(file) give this device different sizes or interrupts", [dtName, file])
                    }
                    continue
                }
                // A DT node at this base that names no IOMMU or ITS: the same device.
                if var d = dtDeviceCandidates.removeValue(forKey: base) {
                    d.name = object.description
                    d.acpiPath = object.path
                    d.acpiHID = hid
                    if d.size != size || d.interrupt != interrupt {
                        note(.device(devices.count), .contradiction, "the DT and \(file) give this device different sizes or interrupts", [dtName, file])
                    }
                    devices.append(d)
                    continue
                }
                // Not in the DT: an IOMMU if VIOT says so (read later), else a device.
                var d = DraftDevice(name: object.description, base: base, size: size, interrupt: interrupt)
                d.acpiPath = object.path
                d.acpiHID = hid
                d.compatible = hid == DefaultACPIHID.virtioMMIO ? "virtio,mmio" : nil
                ssdtOnlyDevices.append(devices.count)
                devices.append(d)
                if inputs.dt != nil {
                    note(.device(devices.count - 1), .complement, "\(file) describes this device; the DT does not", [file, dtName])
                }
            }
        }
    }

    /// Root children of the DT with `reg` and `compatible` that are not known to be devices (no
    /// IOMMU, no MSIs, no /__symbols__ name), by base address: an SSDT device there is one of them.
    var dtDeviceCandidates: [UInt64: DraftDevice] = [:]

    /// Names of virtio-pci IOMMUs from `_ADR` objects, by (segment, RID).
    var pciIOMMUNames: [PCIAddress: String] = [:]
    var ssdtOnlyDevices: [Int] = []

    struct PCIAddress: Hashable {
        var segment: UInt16
        var rid: UInt16
    }

    mutating func readSSDTRootComplex(_ object: SSDTContents.DeviceObject, file: String, order: Int) {
        let segment = UInt16(truncatingIfNeeded: object.integer("_SEG") ?? 0)
        var first = UInt8(truncatingIfNeeded: object.integer("_BBN") ?? 0)
        var last: UInt8 = 0xff
        var windows: [PCIWindow] = []
        for resource in object.resources {
            guard case .window(let type, let cacheability, let min, let length, let translation, let qword) = resource else { continue }
            switch type {
            case 2:
                first = UInt8(truncatingIfNeeded: min)
                last = UInt8(truncatingIfNeeded: min &+ length &- 1)
            case 1:
                windows.append(PCIWindow(kind: .io, cpu: min &+ translation, pci: min, size: length, prefetchable: false, source: Self.nowhere))
            case 0:
                let kind: PCIWindow.Kind = qword || min &+ length &- 1 > 0xffff_ffff ? .mem64 : .mem32
                windows.append(
                    PCIWindow(kind: kind, cpu: min &+ translation, pci: min, size: length, prefetchable: cacheability == 3, source: Self.nowhere))
            default: break
            }
        }
        if let r = rcIndices(onSegment: segment).first(where: { rcs[$0].firstBus == first && rcs[$0].ssdtPath == nil }) {
            if rcs[r].name == nil { rcs[r].name = object.description }
            rcs[r].ssdtPath = object.path
            rcs[r].ssdtOrder = order
            if rcs[r].lastBus != last {
                note(.rc(r), .contradiction, "the DT gives buses up to \(hex(rcs[r].lastBus)), \(file) up to \(hex(last))", [dtName, file])
            }
            // Windows: the DT says mem32 or mem64; compare addresses only.
            let a = rcs[r].windows.map { [$0.cpu, $0.pci, $0.size] }, b = windows.map { [$0.cpu, $0.pci, $0.size] }
            if a != b {
                note(.rc(r), .contradiction, "the DT's ranges and the windows of \(file)'s _CRS differ", [dtName, file])
            }
            return
        }
        var rc = DraftRC(name: object.description, segment: segment, firstBus: first, lastBus: max(first, last))
        rc.windows = windows
        rc.ssdtPath = object.path
        rc.ssdtOrder = order
        addRC(rc)
    }

    // MARK: - MCFG

    mutating func readMCFG() {
        guard let (mcfg, file) = inputs.mcfg else { return }
        for entry in mcfg.entries {
            let ecam = entry.baseAddress &+ (UInt64(entry.startBus) << 20)
            if let r = rcIndices(onSegment: entry.segment).first(where: { rcs[$0].firstBus == entry.startBus }) {
                if let dtECAM = rcs[r].ecam, dtECAM != ecam || rcs[r].lastBus != entry.endBus {
                    note(.rc(r), .contradiction, "the ECAM window differs: \(hex(dtECAM)) buses \(hex(rcs[r].firstBus))-\(hex(rcs[r].lastBus)) in the DT, \(hex(ecam)) buses \(hex(entry.startBus))-\(hex(entry.endBus)) in \(file)", [dtName, file])
                } else if rcs[r].ecam == nil {
                    if rcs[r].inDT {
                        note(.rc(r), .complement, "\(file) gives this host bridge an ECAM window; the DT does not", [file, dtName])
                    }
                    rcs[r].ecam = ecam
                    if rcs[r].lastBus != entry.endBus {
                        note(.rc(r), .contradiction, "the bus range differs: up to \(hex(rcs[r].lastBus)) elsewhere, \(hex(entry.endBus)) in \(file)", [file])
                    }
                }
            } else {
                var rc = DraftRC(segment: entry.segment, firstBus: entry.startBus, lastBus: entry.endBus)
                rc.ecam = ecam
                addRC(rc)
                if inputs.dt != nil {
                    note(.rc(rcs.count - 1), .complement, "\(file) describes this ECAM window; the DT has no host bridge for it", [file, dtName])
                }
            }
        }
    }

    /// The root complex of `segment` whose buses hold `bus`, creating one (buses 0-0xff, or what
    /// is left of the segment) when there is none.
    mutating func rootComplex(segment: UInt16, bus: UInt8) -> Int {
        if let r = rcIndices(onSegment: segment).first(where: { rcs[$0].firstBus <= bus && bus <= rcs[$0].lastBus }) { return r }
        let taken = rcIndices(onSegment: segment).map { rcs[$0] }
        var first: UInt8 = 0, last: UInt8 = 0xff
        for other in taken {
            if other.lastBus < bus { first = max(first, other.lastBus + 1) }
            if other.firstBus > bus { last = min(last, other.firstBus - 1) }
        }
        return addRC(DraftRC(segment: segment, firstBus: first, lastBus: last))
    }

    // MARK: - IORT

    /// Per root complex, what the IORT says: RIDs -> SMMU StreamIDs, RIDs -> ITS DeviceIDs.
    var iortTranslation: [UInt16: [MapPiece]] = [:]
    var iortMSI: [UInt16: [MapPiece]] = [:]

    mutating func readIORT() {
        guard let (iort, file) = inputs.iort else { return }
        // ITS groups, in order: the k-th group is the k-th ITS.
        var itsByOffset: [Int: Int] = [:]
        var groupIndex = 0
        for node in iort.nodes {
            guard case .itsGroup(let ids) = node.kind else { continue }
            for (k, id) in ids.enumerated() {
                let index: Int
                if groupIndex < its.count && its[groupIndex].iortOffset == nil {
                    index = groupIndex
                } else {
                    its.append(DraftITS(base: nil))
                    index = its.count - 1
                    if inputs.dt != nil {
                        note(.its(index), .complement, "\(file) has an ITS the DT does not describe", [file, dtName])
                    }
                }
                its[index].itsID = id
                if k == 0 { itsByOffset[node.offset] = index; its[index].iortOffset = node.offset }
                groupIndex += 1
            }
        }
        if inputs.dt != nil && groupIndex < its.count {
            for i in groupIndex..<its.count {
                note(.its(i), .complement, "the DT describes this ITS; \(file) has no ITS group for it", [dtName, file])
            }
        }
        var smmuByOffset: [Int: Int] = [:]
        for node in iort.nodes {
            guard case .smmuV3(let body) = node.kind else { continue }
            var index: Int
            if let i = iommus.firstIndex(where: { if case .smmu(let s) = $0.kind { s.base == body.baseAddress } else { false } }) {
                index = i
            } else {
                appendIOMMU(DraftIOMMU(kind: .smmu(IOMMU.SMMUv3Draft(base: body.baseAddress))))
                index = iommus.count - 1
                if inputs.dt != nil { note(.iommu(index), .complement, "\(file) describes this SMMUv3; the DT does not", [file, dtName]) }
            }
            smmuByOffset[node.offset] = index
            iommus[index].iortOffset = node.offset
            guard case .smmu(var s) = iommus[index].kind else { continue }
            let gsivs = SMMUInterrupts(eventq: body.eventGSIV, priq: body.priGSIV, cmdqSync: body.syncGSIV, gerror: body.gerrGSIV)
            let iortIRQ: SMMUInterrupts? = gsivs.all.allSatisfy { $0 == 0 } ? nil : gsivs
            if iommus[index].dtPath != nil {
                if s.interrupts != iortIRQ {
                    note(.iommu(index), .contradiction, "the DT and \(file) give the SMMU different interrupts", [dtName, file])
                }
                if s.coherent != body.cohacc {
                    note(.iommu(index), .contradiction, "the DT says the SMMU is\(s.coherent ? "" : " not") coherent, \(file) says it is\(body.cohacc ? "" : " not")", [dtName, file])
                }
            } else {
                s.interrupts = iortIRQ
                s.coherent = body.cohacc
            }
            var pieces: [MapPiece] = []
            for (i, m) in node.mappings.enumerated() where i != node.specialMappingIndex && !m.isSingleMapping {
                guard let target = itsByOffset[Int(m.outputReference)],
                    let range = IDRange.checked(first: UInt64(m.inputBase), count: UInt64(m.idCount) + 1)
                else { continue }
                pieces.append(MapPiece(rids: range, target: target, id: m.outputBase))
            }
            s.iortMSIMappings = pieces
            if let own = iort.smmuOwnDeviceID(smmuAt: node.offset), let target = itsByOffset[own.nodeOffset] {
                if let dtMSI = s.msi, dtMSI.its != target || dtMSI.id != own.id {
                    note(.iommu(index), .contradiction, "the SMMU's own MSIs: DeviceID \(hex(dtMSI.id)) in the DT, \(hex(own.id)) in \(file)", [dtName, file])
                } else if s.msi == nil {
                    if iommus[index].dtPath != nil {
                        note(.iommu(index), .complement, "\(file) gives the SMMU its own MSIs; the DT does not", [file, dtName])
                    }
                    s.msi = (target, own.id)
                }
            }
            iommus[index].kind = .smmu(s)
        }
        // Named components: platform devices by ACPI path.
        for node in iort.nodes {
            guard case .namedComponent(let nc) = node.kind else { continue }
            guard let d = devices.firstIndex(where: { $0.acpiPath == nc.deviceName }) else {
                note(.top, .complement, "\(file) has a named component \(nc.deviceName) that no DT node or SSDT object locates; left out", [file])
                continue
            }
            // StreamIDs: Linux reads them index by index from single mappings (topoc writes one
            // per ID); other producers may write one range mapping. Either way, one ID range.
            var streams: [(smmu: Int, ids: IDRange)] = []
            for m in node.mappings {
                guard let smmu = smmuByOffset[Int(m.outputReference)] else { continue }
                let ids = m.isSingleMapping ? IDRange(first: m.outputBase, count: 1) : IDRange.checked(first: UInt64(m.outputBase), count: UInt64(m.idCount) + 1)
                guard let ids else { continue }
                if let last = streams.last, last.smmu == smmu, last.ids.end == UInt64(ids.first) {
                    streams[streams.count - 1].ids = IDRange(first: last.ids.first, count: last.ids.count + ids.count)
                } else {
                    streams.append((smmu, ids))
                }
            }
            if streams.count > 1 {
                note(.device(d), .contradiction, "\(file) gives the device StreamIDs that are not one contiguous range on one SMMU", [file])
            } else if let (smmu, ids) = streams.first {
                if let dIOMMU = devices[d].iommu, dIOMMU != smmu || devices[d].ids != ids {
                    note(.device(d), .contradiction, "the device's StreamIDs differ between the DT and \(file)", [dtName, file])
                } else if devices[d].iommu == nil {
                    devices[d].iommu = smmu
                    devices[d].ids = ids
                    if devices[d].dtPath != nil { note(.device(d), .complement, "\(file) puts this device behind an SMMU; the DT does not", [file, dtName]) }
                }
            }
            for m in node.mappings {
                if smmuByOffset[Int(m.outputReference)] != nil {
                    continue
                } else if let target = itsByOffset[Int(m.outputReference)], m.isSingleMapping {
                    if let msi = devices[d].msi, msi.its != target || msi.id != m.outputBase {
                        note(.device(d), .contradiction, "the device's MSI DeviceID is \(hex(msi.id)) in the DT, \(hex(m.outputBase)) in \(file)", [dtName, file])
                    } else if devices[d].msi == nil {
                        devices[d].msi = (target, m.outputBase)
                        if devices[d].dtPath != nil { note(.device(d), .complement, "\(file) gives this device MSIs; the DT does not", [file, dtName]) }
                    }
                }
            }
        }
        // Root complexes: coherency, ATS and the RID maps, per segment.
        for node in iort.nodes {
            guard case .rootComplex(let body) = node.kind else { continue }
            let segment = UInt16(truncatingIfNeeded: body.pciSegment)
            if rcIndices(onSegment: segment).isEmpty { _ = rootComplex(segment: segment, bus: 0) }
            for r in rcIndices(onSegment: segment) {
                let coherent = body.memoryAccess.isCoherent
                if rcs[r].inDT && rcs[r].coherent != coherent {
                    note(.rc(r), .contradiction, "the DT says this host bridge is\(rcs[r].coherent ? "" : " not") coherent, \(file) says it is\(coherent ? "" : " not")", [dtName, file])
                } else {
                    rcs[r].coherent = coherent
                }
                rcs[r].ats = body.atsSupported
            }
            var translation: [MapPiece] = []
            var msi: [MapPiece] = []
            // Each mapping to an SMMU continues through that SMMU's mappings to ITSs, so a node's
            // pieces can number its mappings times the SMMU's: each is charged as it is made.
            let what = "the root complex node at offset \(hex(node.offset))"
            for m in node.mappings where !m.isSingleMapping {
                guard let rids = IDRange.checked(first: UInt64(m.inputBase), count: UInt64(m.idCount) + 1) else { continue }
                guard charge(1, for: what, in: file) else { return }
                if let target = itsByOffset[Int(m.outputReference)] {
                    msi.append(MapPiece(rids: rids, target: target, id: m.outputBase))
                } else if let smmu = smmuByOffset[Int(m.outputReference)] {
                    translation.append(MapPiece(rids: rids, target: smmu, id: m.outputBase))
                    // MSIs continue through the SMMU's StreamID -> DeviceID mappings.
                    guard case .smmu(let s) = iommus[smmu].kind else { continue }
                    // StreamIDs past 2^32 - 1 (a blob's output base near the top) reach no mapping.
                    guard let streams = IDRange.checked(first: UInt64(m.outputBase), count: rids.count) else { continue }
                    for sm in s.iortMSIMappings ?? [] {
                        guard let common = streams.intersection(sm.rids) else { continue }
                        guard charge(1, for: what, in: file) else { return }
                        let ridFirst = rids.first + (common.first - streams.first)
                        // 32-bit output IDs, as Linux's iort_id_map computes them.
                        let deviceID = sm.id &+ (common.first - sm.rids.first)
                        msi.append(MapPiece(rids: IDRange(first: ridFirst, count: common.count), target: sm.target, id: deviceID))
                    }
                }
            }
            iortTranslation[segment, default: []] += translation
            iortMSI[segment, default: []] += msi
        }
    }

    // MARK: - VIOT

    var viotTranslation: [UInt16: [MapPiece]] = [:]

    mutating func readVIOT() {
        guard let (viot, file) = inputs.viot else { return }
        var byOffset: [Int: Int] = [:]
        for iommu in viot.iommus {
            switch iommu.transport {
            case .pci(let segment, let rid):
                let bdf = BDF(rid: rid)
                if let i = iommus.firstIndex(where: {
                    if case .pci(let r, let b) = $0.kind { rcs[r].segment == segment && b == bdf } else { false }
                }) {
                    byOffset[iommu.nodeOffset] = i
                } else {
                    let r = rootComplex(segment: segment, bus: bdf.bus)
                    appendIOMMU(DraftIOMMU(kind: .pci(rc: r, bdf: bdf)))
                    byOffset[iommu.nodeOffset] = iommus.count - 1
                    if inputs.dt != nil && rcs[r].inDT {
                        note(.iommu(iommus.count - 1), .complement, "\(file) describes this IOMMU; the DT does not", [file, dtName])
                    }
                }
            case .mmio(let base):
                if let i = iommus.firstIndex(where: { if case .mmio(let b, _, _) = $0.kind { b == base } else { false } }) {
                    byOffset[iommu.nodeOffset] = i
                } else if let d = devices.firstIndex(where: { $0.base == base && $0.dtPath == nil }) {
                    // The SSDT object at this base is the IOMMU, not a device.
                    let dev = devices[d]
                    appendIOMMU(
                        DraftIOMMU(name: dev.name, kind: .mmio(base: base, size: dev.size ?? 0x200, interrupt: dev.interrupt), ssdtPath: dev.acpiPath))
                    byOffset[iommu.nodeOffset] = iommus.count - 1
                    devices[d].dropped = true
                } else {
                    appendIOMMU(DraftIOMMU(kind: .mmio(base: base, size: 0x200, interrupt: nil)))
                    byOffset[iommu.nodeOffset] = iommus.count - 1
                    if inputs.dt != nil { note(.iommu(iommus.count - 1), .complement, "\(file) describes this IOMMU; the DT does not", [file, dtName]) }
                }
            }
            let i = byOffset[iommu.nodeOffset]!
            iommus[i].viotOffset = iommu.nodeOffset
        }
        for range in viot.pciRanges {
            guard let iommu = byOffset[Int(range.outputNode)] else { continue }
            let segments = Int(range.segmentEnd) - Int(range.segmentStart) + 1
            guard
                charge(
                    2 * max(segments, 0),
                    for: "the PCI range node at offset \(hex(range.offset)) (segments \(hex(range.segmentStart))-\(hex(range.segmentEnd)))",
                    in: file)
            else { return }
            for segment in range.segmentStart...range.segmentEnd {
                let delta = UInt32(segment - range.segmentStart) << 16
                viotTranslation[segment, default: []].append(
                    MapPiece(rids: IDRange(first: UInt32(range.bdfStart), last: UInt32(range.bdfEnd)), target: iommu, id: range.endpointStart &+ delta))
                if rcIndices(onSegment: segment).isEmpty { _ = rootComplex(segment: segment, bus: UInt8(range.bdfStart >> 8)) }
            }
        }
        for ep in viot.mmioEndpoints {
            guard let iommu = byOffset[Int(ep.outputNode)] else { continue }
            if let d = devices.firstIndex(where: { $0.base == ep.baseAddress }) {
                if let dIOMMU = devices[d].iommu, dIOMMU != iommu || devices[d].ids?.first != ep.endpointID {
                    note(.device(d), .contradiction, "the device's endpoint ID is \(devices[d].ids.map { hex($0.first) } ?? "-") in the DT, \(hex(ep.endpointID)) in \(file)", [dtName, file])
                } else if devices[d].iommu == nil {
                    devices[d].iommu = iommu
                    devices[d].ids = IDRange(first: ep.endpointID, count: 1)
                    if devices[d].dtPath != nil { note(.device(d), .complement, "\(file) puts this device behind an IOMMU; the DT does not", [file, dtName]) }
                }
            } else {
                var d = DraftDevice(base: ep.baseAddress, size: nil)
                d.iommu = iommu
                d.ids = IDRange(first: ep.endpointID, count: 1)
                devices.append(d)
                note(.device(devices.count - 1), .guess, "\(file) names only this device's base address; size 0x200 assumed", [file])
            }
        }
    }


    // MARK: - Maps

    /// Reconciles the DT's maps of each root complex with VIOT's and IORT's.
    mutating func reconcileMaps() {
        let dtFile = dtName
        let viotFile = inputs.viot?.name ?? "VIOT"
        let iortFile = inputs.iort?.name ?? "IORT"
        for r in rcs.indices {
            let domain = rcs[r].rids
            let seg = rcs[r].segment
            let viot = (viotTranslation[seg] ?? []).compactMap { $0.clipped(to: domain) }
            let iortT = (iortTranslation[seg] ?? []).compactMap { $0.clipped(to: domain) }
            let iortM = coalesce((iortMSI[seg] ?? []).compactMap { $0.clipped(to: domain) })

            // Translation: the DT's entries; without a DT node, VIOT's ranges and IORT's mappings.
            var translation = rcs[r].iommuMap
            let haveDT = rcs[r].inDT
            if !haveDT { translation = [] }
            for (source, file) in [(viot, viotFile), (iortT, iortFile)] {
                for piece in source {
                    for gap in uncovered(piece, by: translation) {
                        translation.append(gap)
                        if haveDT {
                            note(.rcKey(r, "iommu-map"), .complement, "RIDs \(gap.rids) are translated by \(iommuLabel(gap.target)) in \(file) but not in the DT", [file, dtFile])
                        }
                    }
                }
            }
            translation.sort { $0.rids.first < $1.rids.first }
            // What each blob says about the final map.
            let virtio = translation.filter { isVirtio($0.target) }
            let smmu = translation.filter { !isVirtio($0.target) }
            if inputs.viot != nil {
                compare(r, "iommu-map", final: virtio, source: viot, file: viotFile, against: haveDT ? dtFile : nil, ignoring: selfRIDs(r))
            }
            if inputs.iort != nil {
                compare(r, "iommu-map", final: smmu, source: iortT, file: iortFile, against: haveDT ? dtFile : nil, ignoring: [])
            }
            rcs[r].iommuMap = translation

            var msi = haveDT ? rcs[r].msiMap : []
            for piece in iortM {
                for gap in uncovered(piece, by: msi) {
                    msi.append(gap)
                    if haveDT {
                        note(.rcKey(r, "msi-map"), .complement, "MSIs of RIDs \(gap.rids) reach \(itsLabel(gap.target)) in \(iortFile) but not in the DT", [iortFile, dtFile])
                    }
                }
            }
            msi.sort { $0.rids.first < $1.rids.first }
            if !haveDT { msi = coalesce(msi) }
            if inputs.iort != nil && arch == .arm64 {
                compare(r, "msi-map", final: msi, source: iortM, file: iortFile, against: haveDT ? dtFile : nil, ignoring: [], msi: true)
            }
            rcs[r].msiMap = msi
        }
        // RIDs a table translates on a segment where no root complex has those buses.
        for (segment, pieces) in viotTranslation.merging(iortTranslation, uniquingKeysWith: +).sorted(by: { $0.key < $1.key }) {
            let covered = rcIndices(onSegment: segment).map { MapPiece(rids: rcs[$0].rids, target: 0, id: 0) }
            for piece in pieces {
                for gap in uncovered(piece, by: covered) {
                    note(.top, .complement, "RIDs \(gap.rids) of segment \(segment) are translated by \(iommuLabel(gap.target)), but no root complex has those buses; left out", [viotFile, iortFile])
                }
            }
        }
    }

    func selfRIDs(_ r: Int) -> [UInt32] {
        iommus.compactMap { if case .pci(let rc, let bdf) = $0.kind, rc == r { UInt32(bdf.rid) } else { nil } }
    }

    func isVirtio(_ i: Int) -> Bool {
        if case .smmu = iommus[i].kind { return false }
        return true
    }

    /// Placeholders resolved to names once names are given (`resolveLabels`).
    func iommuLabel(_ i: Int) -> String { "\u{1}iommu:\(iommus[i].uid)\u{1}" }
    func itsLabel(_ i: Int) -> String { "\u{1}its:\(i)\u{1}" }

    mutating func appendIOMMU(_ d: DraftIOMMU) {
        var d = d
        d.uid = iommus.count + iommus.map(\.uid).reduce(0, max) + 1
        iommus.append(d)
    }

    /// Replaces the placeholders of `iommuLabel`/`itsLabel` in every finding with quoted names.
    mutating func resolveLabels() {
        var names: [String: String] = [:]
        for d in iommus { names["iommu:\(d.uid)"] = d.name }
        for (i, d) in its.enumerated() { names["its:\(i)"] = d.name }
        for k in findings.indices {
            let parts = findings[k].message.split(separator: "\u{1}", omittingEmptySubsequences: false)
            findings[k].message = parts.enumerated().map { n, part in
                n % 2 == 1 ? "'\(names[String(part)] ?? String(part))'" : String(part)
            }.joined()
        }
    }

    /// The parts of `piece`'s RIDs no piece of `map` covers.
    func uncovered(_ piece: MapPiece, by map: [MapPiece]) -> [MapPiece] {
        var out: [MapPiece] = []
        var cursor = UInt64(piece.rids.first)
        for m in map.sorted(by: { $0.rids.first < $1.rids.first }) where m.rids.overlaps(piece.rids) {
            if UInt64(m.rids.first) > cursor {
                out += IDRange.checked(first: cursor, count: UInt64(m.rids.first) - cursor).flatMap { piece.clipped(to: $0) }.map { [$0] } ?? []
            }
            cursor = max(cursor, m.rids.end)
        }
        if cursor < piece.rids.end {
            out += IDRange.checked(first: cursor, count: piece.rids.end - cursor).flatMap { piece.clipped(to: $0) }.map { [$0] } ?? []
        }
        return out
    }

    /// Merges pieces that continue each other (same target, RIDs and IDs contiguous).
    func coalesce(_ pieces: [MapPiece]) -> [MapPiece] {
        var out: [MapPiece] = []
        for p in pieces.sorted(by: { $0.rids.first < $1.rids.first }) {
            if let last = out.last, last.target == p.target, last.rids.end == UInt64(p.rids.first),
                UInt64(last.id) + last.rids.count == UInt64(p.id)
            {
                out[out.count - 1].rids = IDRange(first: last.rids.first, count: last.rids.count + p.rids.count)
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Compares the final map of one kind with what one table says, RID run by RID run.
    mutating func compare(
        _ r: Int, _ key: String, final: [MapPiece], source: [MapPiece], file: String, against: String?, ignoring: [UInt32],
        msi: Bool = false
    ) {
        var cuts = Set<UInt64>()
        for p in final + source {
            cuts.insert(UInt64(p.rids.first))
            cuts.insert(p.rids.end)
        }
        for rid in ignoring {
            cuts.insert(UInt64(rid))
            cuts.insert(UInt64(rid) + 1)
        }
        let edges = cuts.sorted()
        func find(_ map: [MapPiece], _ rid: UInt32) -> MapPiece? { map.first { $0.rids.contains(rid) } }
        let label = msi ? itsLabel : iommuLabel
        let what = msi ? "DeviceID" : "endpoint ID"
        var reported = 0
        for (lo, hi) in zip(edges, edges.dropFirst()) where reported < 8 {
            let rid = UInt32(lo)
            if ignoring.contains(rid) { continue }
            let range = IDRange(first: rid, count: hi - lo)
            let a = find(final, rid), b = find(source, rid)
            switch (a, b) {
            case (let a?, let b?):
                let (ta, ia) = a.value(at: rid), (tb, ib) = b.value(at: rid)
                if ta != tb || ia != ib {
                    note(.rcKey(r, key), .contradiction, "RIDs \(range): \(label(ta)) \(what) \(hex(ia)) in \(against ?? "the other tables"), \(label(tb)) \(what) \(hex(ib)) in \(file)", [against ?? file, file].uniqued)
                    reported += 1
                }
            case (let a?, nil):
                if let against {
                    note(.rcKey(r, key), .complement, "RIDs \(range) \(msi ? "send MSIs to" : "are translated by") \(label(a.target)) in \(against) but \(file) does not say so", [against, file])
                    reported += 1
                }
            default: break
            }
        }
    }

    // MARK: - Root complexes only ACPI describes

    mutating func placeACPIOnlyRootComplexes() {
        // Declaration order: the SSDT's when it lists them all, else DT's then by (segment, bus).
        let order = rcs.indices.sorted { a, b in
            let ka = (rcs[a].ssdtOrder ?? Int.max, rcs[a].inDT ? 0 : 1, rcs[a].segment, rcs[a].firstBus)
            let kb = (rcs[b].ssdtOrder ?? Int.max, rcs[b].inDT ? 0 : 1, rcs[b].segment, rcs[b].firstBus)
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return ka.1 < kb.1 }
            return (ka.2, ka.3) < (kb.2, kb.3)
        }
        reorderRootComplexes(order)
        if inputs.dt == nil {
            // No DT given: the first root complex of each segment goes in the tree, the others cannot.
            var seen = Set<UInt16>()
            for r in rcs.indices { rcs[r].inDT = seen.insert(rcs[r].segment).inserted }
        }
        // virtio-pci IOMMU names carried by `_ADR` objects.
        for i in iommus.indices where iommus[i].name == nil {
            if case .pci(let r, let bdf) = iommus[i].kind {
                iommus[i].name = pciIOMMUNames[PCIAddress(segment: rcs[r].segment, rid: bdf.rid)]
            }
        }
        // Keep IOMMU declaration order: DT phandle order, then VIOT's, then IORT's.
        let sorted = iommus.indices.sorted { a, b in
            let x = iommus[a], y = iommus[b]
            return (x.dtPhandle ?? .max, a) < (y.dtPhandle ?? .max, b)
        }
        // Those the DT does not describe go before the next one VIOT lists after them.
        var iommuOrder = sorted.filter { iommus[$0].dtPhandle != nil }
        let viotOrder = iommus.indices.filter { iommus[$0].viotOffset != nil }.sorted { iommus[$0].viotOffset! < iommus[$1].viotOffset! }
        for (k, i) in viotOrder.enumerated() where iommus[i].dtPhandle == nil {
            let later = viotOrder[(k + 1)...].first { iommuOrder.contains($0) }
            if let later, let at = iommuOrder.firstIndex(of: later) { iommuOrder.insert(i, at: at) } else { iommuOrder.append(i) }
        }
        iommuOrder += iommus.indices.filter { !iommuOrder.contains($0) }.sorted { (iommus[$0].iortOffset ?? .max, $0) < (iommus[$1].iortOffset ?? .max, $1) }
        reorderIOMMUs(iommuOrder)
    }

    mutating func reorderRootComplexes(_ order: [Int]) {
        var newIndex = [Int](repeating: 0, count: rcs.count)
        for (n, old) in order.enumerated() { newIndex[old] = n }
        rcs = order.map { rcs[$0] }
        rcsBySegment = [:]
        for r in rcs.indices { rcsBySegment[rcs[r].segment, default: []].append(r) }
        for i in iommus.indices {
            if case .pci(let r, let bdf) = iommus[i].kind { iommus[i].kind = .pci(rc: newIndex[r], bdf: bdf) }
        }
        findings = findings.map { f in
            var f = f
            switch f.anchor {
            case .rc(let r): f.anchor = .rc(newIndex[r])
            case .rcKey(let r, let k): f.anchor = .rcKey(newIndex[r], k)
            default: break
            }
            return f
        }
    }

    mutating func reorderIOMMUs(_ order: [Int]) {
        var newIndex = [Int](repeating: 0, count: iommus.count)
        for (n, old) in order.enumerated() { newIndex[old] = n }
        iommus = order.map { iommus[$0] }
        for r in rcs.indices {
            rcs[r].iommuMap = rcs[r].iommuMap.map { var p = $0; p.target = newIndex[p.target]; return p }
        }
        for d in devices.indices { devices[d].iommu = devices[d].iommu.map { newIndex[$0] } }
        findings = findings.map { f in
            var f = f
            if case .iommu(let i) = f.anchor { f.anchor = .iommu(newIndex[i]) }
            return f
        }
    }

    // MARK: - SMMU msi-map

    /// An SMMU gets an explicit `msi-map` when the IORT's StreamID -> DeviceID mappings are not
    /// the ones topoc derives from the root complexes' and devices' MSI routes.
    mutating func decideSMMUMSIMaps() {
        for i in iommus.indices {
            guard case .smmu(var s) = iommus[i].kind, let written = s.iortMSIMappings else { continue }
            s.msiMap = nil
            iommus[i].kind = .smmu(s)
            let model = provisionalTopology()
            guard let iommu = model.iommus.first(where: { $0.name == provisionalName(iommu: i) }) else { continue }
            let derived = try? IORTMappingPlanner.smmuMappings(for: iommu, in: model)
            let wanted = written.map { "\($0.rids.first)-\($0.rids.count)-\($0.target)-\($0.id)" }
            let have = (derived ?? []).map { m -> String in
                let target = model.msiControllers.firstIndex { $0.name == m.target.name } ?? -1
                return "\(m.input.first)-\(m.input.count)-\(target)-\(m.outputBase)"
            }
            if derived == nil || wanted != have {
                s.msiMap = written
                iommus[i].kind = .smmu(s)
            }
        }
    }

    // MARK: - ACPI header

    mutating func readHeaders() {
        guard let first = inputs.headers.first else { return }
        let h = first.header
        for (other, file) in inputs.headers.dropFirst() {
            if other.oemID != h.oemID || other.oemTableID != h.oemTableID || other.oemRevision != h.oemRevision
                || other.creatorID != h.creatorID || other.creatorRevision != h.creatorRevision
            {
                note(.acpi, .complement, "\(file)'s header fields differ from \(first.name)'s; \(first.name)'s are kept", [file, first.name])
            }
        }
        var revision = IORTRevision.r3
        if let (iort, file) = inputs.iort {
            if let r = IORTRevision(rawValue: Int(iort.revision)) {
                revision = r
            } else {
                note(.acpi, .complement, "\(file) is IORT revision \(iort.revision), which topoc does not emit; revision 3 assumed", [file])
            }
        }
        acpi = ACPIHeaderFields(
            oemID: h.oemID, oemTableID: h.oemTableID, oemRevision: h.oemRevision, creatorID: h.creatorID,
            creatorRevision: h.creatorRevision, iortRevision: revision, source: Self.nowhere)
        if inputs.dt == nil {
            let candidate = h.oemTableID.trimming(" ").lowercased()
            if Names.isTopologyName(candidate) { name = candidate }
        }
    }

    // MARK: - Names

    mutating func assignNames() {
        if let given = options.name { name = given }
        // Devices that turned out to be IOMMUs go; findings about the others keep their place.
        var newIndex: [Int: Int] = [:]
        for (old, d) in devices.enumerated() where !d.dropped { newIndex[old] = newIndex.count }
        devices = devices.filter { !$0.dropped }
        findings = findings.map { f in
            var f = f
            if case .device(let d) = f.anchor { f.anchor = newIndex[d].map { .device($0) } ?? .top }
            return f
        }
        var used = Set<String>()
        // Carried names first (in entity order), then derived ones.
        func claim(_ n: String?) -> String? {
            guard let n, Names.isComponentName(n), used.insert(n).inserted else { return nil }
            return n
        }
        for i in its.indices { its[i].name = claim(its[i].name) }
        for i in iommus.indices { iommus[i].name = claim(iommus[i].name) }
        for i in rcs.indices { rcs[i].name = claim(rcs[i].name) }
        for i in devices.indices { devices[i].name = claim(devices[i].name) }
        /// `stem` (when `bare`), then `stem1`, `stem2`...; numbered from `start` when not bare.
        /// Each stem remembers the last number it handed out, so naming thousands of devices
        /// `dev1`...`devN` is linear, not a search from 1 for each.
        var nextNumber: [String: Int] = [:]
        func derive(_ stem: String, bare: Bool, start: Int = 1) -> String {
            if bare, used.insert(stem).inserted { return stem }
            var n = max(start, nextNumber[stem] ?? start)
            while !used.insert("\(stem)\(n)").inserted { n += 1 }
            nextNumber[stem] = n + 1
            return "\(stem)\(n)"
        }
        for i in its.indices where its[i].name == nil { its[i].name = derive("its", bare: true) }
        for i in iommus.indices where iommus[i].name == nil { iommus[i].name = derive(iommus[i].derivedStem, bare: true) }
        for i in rcs.indices where rcs[i].name == nil { rcs[i].name = derive("pcie", bare: false, start: i) }
        for i in devices.indices where devices[i].name == nil {
            var stem = "dev"
            if let path = devices[i].dtPath, let last = path.split(separator: "/").last {
                stem = sanitize(String(last))
            } else if let acpiPath = devices[i].acpiPath, let last = acpiPath.split(separator: ".").last {
                stem = sanitize(String(last).trimming("_"))
            }
            devices[i].name = derive(stem, bare: true)
        }
        // Missing facts that the format requires.
        for i in its.indices where its[i].base == nil {
            let base = 0x0808_0000 + UInt64(i) * 0x20000
            its[i].base = base
            note(.its(i), .guess, "the ITS base address is not in the IORT (it is in the MADT); \(hex(base)) (QEMU virt's layout) assumed", [inputs.iort?.name ?? "IORT"])
        }
        for d in devices.indices where devices[d].size == nil { devices[d].size = 0x200 }
    }

    func sanitize(_ text: String) -> String {
        var out = ""
        for c in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" {
                out.unicodeScalars.append(c)
            } else {
                out += "-"
            }
        }
        if let f = out.unicodeScalars.first, !("a"..."z").contains(f) { out = "dev-" + out }
        return out.isEmpty ? "dev" : out
    }

    // MARK: - The model

    static let nowhere = SourceMap(location: .start(of: "<decompiled>"))

    func provisionalName(iommu i: Int) -> String { iommus[i].name ?? "iommu\(i)-" }

    /// The model of what has been read so far (names may still be provisional).
    func provisionalTopology() -> Topology {
        let itsName = { (i: Int) in self.its[i].name ?? "its\(i)-" }
        let rcName = { (i: Int) in self.rcs[i].name ?? "rc\(i)-" }
        let deviceName = { (i: Int) in self.devices[i].name ?? "dev\(i)-" }
        let nowhere = Self.nowhere
        let msiControllers = its.indices.map { i in
            MSIController(name: itsName(i), kind: .gicv3ITS(base: its[i].base ?? 0, itsID: its[i].itsID ?? UInt32(i)), source: nowhere)
        }
        let iommuModels = iommus.indices.map { i -> IOMMU in
            let d = iommus[i]
            switch d.kind {
            case .pci(let r, let bdf):
                return IOMMU(name: provisionalName(iommu: i), kind: .virtioPCI(rootComplex: rcName(r), bdf: bdf), virtio: d.virtio, source: nowhere)
            case .mmio(let base, let size, let irq):
                return IOMMU(name: provisionalName(iommu: i), kind: .virtioMMIO(base: base, size: size, interrupt: irq), virtio: d.virtio, source: nowhere)
            case .smmu(let s):
                var m = IOMMU.SMMUv3(base: s.base)
                m.size = s.size
                m.interrupts = s.interrupts
                m.coherent = s.coherent
                m.msi = s.msi.map { MSITarget(controller: itsName($0.its), id: $0.id, source: nowhere) }
                m.msiMap = s.msiMap.map { $0.map { MSIMapEntry(inputs: $0.rids, controller: itsName($0.target), id: $0.id, source: nowhere) } }
                return IOMMU(name: provisionalName(iommu: i), kind: .smmuv3(m), virtio: nil, source: nowhere)
            }
        }
        let rcModels = rcs.indices.map { r -> RootComplex in
            let d = rcs[r]
            return RootComplex(
                name: rcName(r), segment: d.segment, firstBus: d.firstBus, lastBus: d.lastBus, ecam: d.ecam, windows: d.windows,
                reserveWindows: d.reserveWindows, coherent: d.coherent, ats: d.ats,
                iommuMap: d.iommuMap.map { IOMMUMapEntry(rids: $0.rids, iommu: provisionalName(iommu: $0.target), id: $0.id, source: nowhere) },
                msiMap: d.msiMap.map { MSIMapEntry(inputs: $0.rids, controller: itsName($0.target), id: $0.id, source: nowhere) },
                reservedRegions: d.reservedRegions, inDeviceTree: d.inDT, source: nowhere)
        }
        let deviceModels = devices.indices.map { i -> PlatformDevice in
            let d = devices[i]
            return PlatformDevice(
                name: deviceName(i), base: d.base, size: d.size ?? 0x200, compatible: d.compatible ?? "virtio,mmio",
                interrupt: d.interrupt, iommu: d.iommu.map { provisionalName(iommu: $0) }, ids: d.ids,
                msi: d.msi.map { MSITarget(controller: itsName($0.its), id: $0.id, source: nowhere) },
                acpiPath: d.acpiPath ?? "", acpiHID: d.acpiHID, reservedRegions: d.reservedRegions, source: nowhere)
        }
        return Topology(
            file: "<decompiled>", name: name, arch: arch,
            acpi: acpi ?? ACPIHeaderFields.defaults(forTopologyNamed: name, source: nowhere), msiControllers: arch == .arm64 ? msiControllers : [],
            iommus: iommuModels, rootComplexes: rcModels, devices: deviceModels, source: nowhere)
    }
}

extension Array where Element: Hashable {
    var uniqued: [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}


