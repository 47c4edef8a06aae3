import FirmwareDecode
import TopologyModel

/// Reading the device tree: host bridges, IOMMUs, ITSs, devices and their maps.
extension DecompileBuilder {
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
        /// The trigger and polarity of a node's first GIC interrupt (its third cell).
        func interruptMode(_ path: String) -> InterruptMode? {
            guard let cells = try? dt.u32Cells("interrupts", of: path), cells.count >= 3, cells[0] == 0 else { return nil }
            return InterruptMode(gicFlags: cells[2])
        }
        func regEntry(_ path: String) -> DeviceTreeRegEntry? { (try? dt.reg(of: path))??.first }

        for path in dt.nodes(compatibleWith: "arm,gic-v3-its") {
            its.append(DraftITS(name: symbols[path], base: regEntry(path)?.address, dtPath: path))
        }
        // GICv2m frames (the GIC's MSI controllers when it is a GICv2), with their SPIs when the
        // DT overrides MSI_TYPER (Linux takes the pair only when both are there).
        for path in dt.nodes(compatibleWith: "arm,gic-v2m-frame") {
            var frame = DraftITS(name: symbols[path], base: regEntry(path)?.address, dtPath: path, gicv2m: true)
            if let base = (try? dt.u32("arm,msi-base-spi", of: path)) ?? nil, let count = (try? dt.u32("arm,msi-num-spis", of: path)) ?? nil {
                frame.spis = MSIController.GICv2mSPIs(base: base, count: count)
            }
            its.append(frame)
        }
        // Declaration order: topoc numbers the GIC's MSI controllers' phandles first, in order.
        its = its.enumerated().sorted { a, b in
            (a.element.dtPath.flatMap { dt.phandle(of: $0) } ?? .max, a.offset) < (b.element.dtPath.flatMap { dt.phandle(of: $0) } ?? .max, b.offset)
        }.map(\.element)
        for (i, frame) in its.enumerated() where frame.gicv2m {
            guard let path = frame.dtPath, let size = regEntry(path)?.size, size != MSIController.v2mFrameSize else { continue }
            note(.its(i), .complement, "the GICv2m frame \(path) has a reg of \(hex(size)) bytes; a frame is \(hex(MSIController.v2mFrameSize)) (4 KiB) in the topology", [file])
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
                        return GICInterrupt.id(ofSPI: spi)
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
                let id = parent.cells.first ?? (its[itsIndex].gicv2m ? 0 : nil)  // a GICv2m frame takes no cells
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
            for (_, bdf) in iommus.virtioPCIIOMMUs(on: r) {
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
                    d.interruptMode = interruptMode(node.path)
                    d.reservedRegions = DeviceFactsReader.reservedRegions(dt, node.path)
                    dtDeviceCandidates[reg.address] = d
                }
                continue
            }
            var d = DraftDevice(name: symbols[node.path], base: reg.address, size: reg.size, compatible: compatible.first)
            d.dtPath = node.path
            d.interrupt = interrupts(node.path).first ?? nil
            d.interruptMode = interruptMode(node.path)
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
                let id = parent.cells.first ?? (its[target].gicv2m ? 0 : nil)
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
}
