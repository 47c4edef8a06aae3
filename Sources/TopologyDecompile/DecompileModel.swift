import TopologyModel

/// The model the builder's state describes.
extension DecompileBuilder {
    // MARK: - The model

    static let nowhere = SourceMap(location: .start(of: "<decompiled>"))

    func provisionalName(iommu i: Int) -> String { iommus[i].name ?? "iommu\(i)-" }

    /// The position of ITS draft `i` among the ITSs (the default `its-id`), GICv2m frames skipped.
    func itsOrdinal(_ i: Int) -> UInt32 { UInt32(its[..<i].filter { !$0.gicv2m }.count) }

    /// The drafts that are ITSs (not GICv2m frames), in order.
    var itsIndices: [Int] { its.indices.filter { !its[$0].gicv2m } }

    /// The model of what has been read so far (names may still be provisional).
    func provisionalTopology() -> Topology {
        let itsName = { (i: Int) in self.its[i].name ?? "its\(i)-" }
        let rcName = { (i: Int) in self.rcs[i].name ?? "rc\(i)-" }
        let deviceName = { (i: Int) in self.devices[i].name ?? "dev\(i)-" }
        let nowhere = Self.nowhere
        let msiControllers = its.indices.map { i in
            MSIController(
                name: itsName(i),
                kind: its[i].gicv2m ? .gicv2m(base: its[i].base ?? 0, spis: its[i].spis) : .gicv3ITS(base: its[i].base ?? 0, itsID: its[i].itsID ?? itsOrdinal(i)),
                source: nowhere)
        }
        // A route to a GICv2m frame has no DeviceID, whatever ID the DT's map writes.
        let deviceID = { (i: Int, id: UInt32) -> UInt32? in self.its[i].gicv2m ? nil : id }
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
                m.msi = s.msi.map { MSITarget(controller: itsName($0.its), id: deviceID($0.its, $0.id), source: nowhere) }
                m.msiMap = s.msiMap.map { $0.map { MSIMapEntry(inputs: $0.rids, controller: itsName($0.target), id: deviceID($0.target, $0.id), source: nowhere) } }
                return IOMMU(name: provisionalName(iommu: i), kind: .smmuv3(m), virtio: nil, source: nowhere)
            }
        }
        let rcModels = rcs.indices.map { r -> RootComplex in
            let d = rcs[r]
            return RootComplex(
                name: rcName(r), segment: d.segment, firstBus: d.firstBus, lastBus: d.lastBus, ecam: d.ecam, ecamBuses: d.ecamBuses, windows: d.windows,
                reserveWindows: d.reserveWindows, coherent: d.coherent, ats: d.ats,
                iommuMap: d.iommuMap.map { IOMMUMapEntry(rids: $0.rids, iommu: provisionalName(iommu: $0.target), id: $0.id, source: nowhere) },
                msiMap: d.msiMap.map { MSIMapEntry(inputs: $0.rids, controller: itsName($0.target), id: deviceID($0.target, $0.id), source: nowhere) },
                reservedRegions: d.reservedRegions, inDeviceTree: d.inDT, source: nowhere)
        }
        let deviceModels = devices.indices.map { i -> PlatformDevice in
            let d = devices[i]
            return PlatformDevice(
                name: deviceName(i), base: d.base, size: d.size ?? 0x200, compatible: d.compatible ?? "virtio,mmio",
                interrupt: d.interrupt, interruptMode: d.interruptMode ?? InterruptMode(), iommu: d.iommu.map { provisionalName(iommu: $0) }, ids: d.ids,
                msi: d.msi.map { MSITarget(controller: itsName($0.its), id: deviceID($0.its, $0.id), source: nowhere) },
                acpiPath: d.acpiPath ?? "", acpiHID: d.acpiHID, reservedRegions: d.reservedRegions, source: nowhere)
        }
        return Topology(
            file: "<decompiled>", name: name, arch: arch,
            acpi: acpi ?? ACPIHeaderFields.defaults(forTopologyNamed: name, source: nowhere), msiControllers: arch == .arm64 ? msiControllers : [],
            iommus: iommuModels, rootComplexes: rcModels, devices: deviceModels, source: nowhere)
    }
}
