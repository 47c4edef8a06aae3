import FirmwareDecode
import TopologyModel

/// Reading the SSDT/DSDT device objects and the MCFG.
extension DecompileBuilder {
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
                var mode: InterruptMode?
                if case .interrupt(let gsiv, let edge, let activeLow)? = resources.first(where: { if case .interrupt = $0 { true } else { false } }) {
                    interrupt = arch == .arm64 ? GICInterrupt.spi(ofID: gsiv) : gsiv
                    mode = InterruptMode(trigger: edge ? .edge : .level, polarity: activeLow ? .low : .high)
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
                    if devices[d].size != size || devices[d].interrupt != interrupt || !Self.sameMode(devices[d].interruptMode, mode) {
                        note(.device(d), .contradiction, "the DT and \(file) give this device different sizes or interrupts", [dtName, file])
                    }
                    continue
                }
                // A DT node at this base that names no IOMMU or ITS: the same device.
                if var d = dtDeviceCandidates.removeValue(forKey: base) {
                    d.name = object.description
                    d.acpiPath = object.path
                    d.acpiHID = hid
                    if d.size != size || d.interrupt != interrupt || !Self.sameMode(d.interruptMode, mode) {
                        note(.device(devices.count), .contradiction, "the DT and \(file) give this device different sizes or interrupts", [dtName, file])
                    }
                    devices.append(d)
                    continue
                }
                // Not in the DT: an IOMMU if VIOT says so (read later), else a device.
                var d = DraftDevice(name: object.description, base: base, size: size, interrupt: interrupt)
                d.interruptMode = mode
                d.acpiPath = object.path
                d.acpiHID = hid
                // The DT compatible Linux binds the same driver to; a _HID without one is named
                // by itself (the topology needs a compatible; nothing matches it).
                d.compatible = DefaultACPIHID.compatible(forHID: hid)
                ssdtOnlyDevices.append(devices.count)
                devices.append(d)
                if d.compatible == nil {
                    devices[devices.count - 1].compatible = "acpi,\(hid.lowercased())"
                    note(.device(devices.count - 1), .guess, "no device-tree compatible is known for _HID \(hid) (\(object.path) in \(file)); 'acpi,\(hid.lowercased())' written", [file])
                }
                if inputs.dt != nil {
                    note(.device(devices.count - 1), .complement, "\(file) describes this device; the DT does not", [file, dtName])
                }
            }
        }
        settleUnknownBusRanges()
    }

    /// A DT mode and an SSDT mode agree when either blob does not say (the DT default is edge).
    static func sameMode(_ a: InterruptMode?, _ b: InterruptMode?) -> Bool { a == nil || b == nil || a == b }

    /// Host bridges whose `_CRS` gave no bus range: buses from their `_BBN` up to the bus before
    /// the next host bridge of the segment (or 0xff), so that no two overlap; a warning says so.
    mutating func settleUnknownBusRanges() {
        for r in rcs.indices {
            guard let why = rcs[r].busesUnknown else { continue }
            let first = rcs[r].firstBus
            let next = rcIndices(onSegment: rcs[r].segment).filter { $0 != r && rcs[$0].firstBus > first }.map { rcs[$0].firstBus }.min()
            rcs[r].lastBus = next.map { $0 - 1 } ?? 0xff
            rcs[r].busesUnknown = nil
            let bound = next.map { "up to the next host bridge's bus \(hex($0, digits: 2))" } ?? "to the end of the segment"
            note(.rc(r), .guess, "\(why): buses \(hex(first, digits: 2))-\(hex(rcs[r].lastBus, digits: 2)) assumed, from its _BBN \(bound)", [])
        }
    }


    struct PCIAddress: Hashable {
        var segment: UInt16
        var rid: UInt16
    }

    mutating func readSSDTRootComplex(_ object: SSDTContents.DeviceObject, file: String, order: Int) {
        let segment = UInt16(truncatingIfNeeded: object.integer("_SEG") ?? 0)
        var first = UInt8(truncatingIfNeeded: object.integer("_BBN") ?? 0)
        var last: UInt8 = 0xff
        var busRangeRead = false
        var windows: [PCIWindow] = []
        for resource in object.resources {
            guard case .window(let type, let cacheability, let min, let length, let translation, let qword) = resource else { continue }
            switch type {
            case 2:
                first = UInt8(truncatingIfNeeded: min)
                last = UInt8(truncatingIfNeeded: min &+ length &- 1)
                busRangeRead = true
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
        if !busRangeRead {
            rc.busesUnknown = object.methods.contains("_CRS")
                ? "the _CRS of host bridge \(object.path) in \(file) is a method (computed when the OS runs it), which decompile does not run"
                : "host bridge \(object.path) in \(file) has no constant _CRS with a bus range"
        }
        rc.windows = windows
        rc.ssdtPath = object.path
        rc.ssdtOrder = order
        addRC(rc)
    }

    // MARK: - MCFG

    mutating func readMCFG() {
        guard let (mcfg, file) = inputs.mcfg else { return }
        for entry in mcfg.entries {
            // The window's base: the configuration space of its first bus.
            let ecam = entry.baseAddress &+ (UInt64(entry.startBus) << 20)
            let window = entry.startBus...max(entry.startBus, entry.endBus)
            // Its owner: the host bridge whose buses start where the window does. A window wider
            // than that bridge's buses (QEMU's MCFG spans buses 0-0xff while expander bridges take
            // 0x10 and up) is its `ecam-buses`; the bridges inside it use it.
            if let r = rcIndices(onSegment: entry.segment).first(where: { rcs[$0].firstBus == entry.startBus }) {
                let own = rcs[r].firstBus...rcs[r].lastBus
                if let dtECAM = rcs[r].ecam, dtECAM != ecam || rcs[r].lastBus > entry.endBus {
                    note(.rc(r), .contradiction, "the ECAM window differs: \(hex(dtECAM)) buses \(hex(rcs[r].firstBus))-\(hex(rcs[r].lastBus)) in the DT, \(hex(ecam)) buses \(hex(entry.startBus))-\(hex(entry.endBus)) in \(file)", [dtName, file])
                    continue
                }
                if rcs[r].ecam == nil, rcs[r].inDT {
                    note(.rc(r), .complement, "\(file) gives this host bridge an ECAM window; the DT does not", [file, dtName])
                }
                rcs[r].ecam = ecam
                if window != own {
                    if window.contains(own.lowerBound) && window.contains(own.upperBound) {
                        rcs[r].ecamBuses = window
                    } else {
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
}
