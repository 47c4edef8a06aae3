/// A reserved region reported to endpoints in PROBE `RESV_MEM` properties.
public struct ReservedRegion: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The driver must not map it; accesses fault.
        case reserved
        /// An MSI doorbell: accesses bypass translation.
        case msi
    }

    public var range: AddressRange
    public var kind: Kind
    public var source: SourceMap

    public init(range: AddressRange, kind: Kind, source: SourceMap) {
        self.range = range
        self.kind = kind
        self.source = source
    }
}

/// "Send MSIs to `controller` with DeviceID `id`" (a platform device's or an SMMU's own MSIs).
/// `id` is nil for a GICv2m frame, whose MSIs carry no DeviceID (`msi: {controller: v2m}`).
public struct MSITarget: Hashable, Sendable {
    public var controller: String
    public var id: UInt32?
    public var source: SourceMap

    public init(controller: String, id: UInt32?, source: SourceMap) {
        self.controller = controller
        self.id = id
        self.source = source
    }
}

/// An MSI controller: where devices' interrupt messages land.
public struct MSIController: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A GICv3 ITS: 128 KiB of registers at `base`, translation frame at `base + 0x10000`.
        case gicv3ITS(base: UInt64, itsID: UInt32)
        /// A GICv2m MSI frame (a GICv2's MSI extension): 4 KiB of registers at `base`; a device
        /// signals SPI n by writing n to `MSI_SETSPI_NS` at `base + 0x40`. MSIs carry no DeviceID.
        /// `spis`: the SPIs it raises, when firmware overrides the frame's `MSI_TYPER` (DT
        /// `arm,msi-base-spi`/`arm,msi-num-spis`, the MADT's SPI base/count with its flag).
        case gicv2m(base: UInt64, spis: GICv2mSPIs?)
        /// The fixed x86 MSI window `0xfee00000-0xfeefffff`.
        case x86MSI
    }

    /// The SPIs a GICv2m frame raises, as GIC interrupt IDs (the first SPI is ID 32).
    public struct GICv2mSPIs: Hashable, Sendable {
        public var base: UInt32
        public var count: UInt32

        public init(base: UInt32, count: UInt32) {
            self.base = base
            self.count = count
        }

        /// Linux's bounds (`drivers/irqchip/irq-gic-v2m.c`): at least SPI 32, at least one, and
        /// `base + count` at most 1019.
        public static let firstID: UInt32 = GICInterrupt.firstSPIID
        public static let endLimit: UInt64 = 1019

        /// `SPIs 80-143`, as messages say them.
        public var text: String { "SPIs \(base)-\(UInt64(base) + UInt64(count) - 1)" }
    }

    public var name: String
    public var kind: Kind
    public var source: SourceMap

    public init(name: String, kind: Kind, source: SourceMap) {
        self.name = name
        self.kind = kind
        self.source = source
    }

    public static let itsRegisterSize: UInt64 = 0x20000
    /// A GICv2m frame's registers: one 4 KiB page.
    public static let v2mFrameSize: UInt64 = 0x1000
    /// `MSI_SETSPI_NS`, the GICv2m doorbell, from the frame's base.
    public static let v2mSetSPIOffset: UInt64 = 0x40
    public static let x86MSIWindow = AddressRange(first: 0xfee0_0000, last: 0xfeef_ffff)

    /// This controller's own frame that a virtio IOMMU reports as kind `msi`: the ITS
    /// translation frame (`GITS_TRANSLATER` page), the whole GICv2m frame (what QEMU reports: the
    /// `MSI_SETSPI_NS` page), or the x86 window. Which frames an endpoint gets is
    /// `Topology.doorbells(of:)`.
    public var doorbellRegion: AddressRange {
        switch kind {
        case .gicv3ITS(let base, _): AddressRange(first: base + 0x10000, last: base + 0x1ffff)
        case .gicv2m(let base, _): AddressRange(first: base, last: base + MSIController.v2mFrameSize - 1)
        case .x86MSI: MSIController.x86MSIWindow
        }
    }

    /// The MMIO registers this controller occupies (nil for the x86 window, which is not a device).
    public var mmioRegion: AddressRange? {
        switch kind {
        case .gicv3ITS(let base, _): AddressRange.checked(base: base, size: MSIController.itsRegisterSize)
        case .gicv2m(let base, _): AddressRange.checked(base: base, size: MSIController.v2mFrameSize)
        case .x86MSI: nil
        }
    }

    /// Whether MSIs sent here carry a DeviceID (an ITS's do; a GICv2m frame's do not, so a route
    /// to one has no `id`). The x86 window keeps the format's `id`.
    public var takesDeviceIDs: Bool {
        if case .gicv2m = kind { return false }
        return true
    }

    public var isGICv2m: Bool { !takesDeviceIDs }

    public var isITS: Bool {
        if case .gicv3ITS = kind { return true }
        return false
    }

    /// The `type` key as written.
    public var typeName: String {
        switch kind {
        case .gicv3ITS: "gicv3-its"
        case .gicv2m: "gicv2m"
        case .x86MSI: "x86-msi"
        }
    }
}

/// The GIC architecture an arm64 topology implies: its MSI controllers decide it.
public enum GICVersion: Int, Sendable, Hashable {
    /// GICv2 with GICv2m frames, what QEMU builds (a GICv3 without LPIs could hold them too:
    /// Linux probes frames on a GIC without LPIs).
    case v2 = 2
    /// GICv3, with or without ITSs (also the default when no MSI controller says otherwise).
    case v3 = 3
}

extension Topology {
    /// GICv2 when the topology has a GICv2m frame (QEMU's choice), else GICv3. ITSs and GICv2m
    /// frames together are the error `msi-gic-version`.
    public var gicVersion: GICVersion {
        msiControllers.contains(where: \.isGICv2m) ? .v2 : .v3
    }

    /// The doorbells an endpoint whose MSIs reach `controllerName` writes to, with the controller
    /// of each: an ITS's translation frame, the x86 window, or, for a GICv2m frame, EVERY GICv2m
    /// frame of the topology in declaration order: Linux (`irq-gic-v2m.c`) puts the SPIs of all
    /// frames behind one MSI domain and allocates a vector from the first frame with one free,
    /// so a device routed to the first frame may be given any frame's `MSI_SETSPI_NS`.
    public func doorbells(of controllerName: String) -> [(region: AddressRange, controller: MSIController)] {
        doorbellsByController()[controllerName] ?? []
    }

    /// `doorbells(of:)` of every MSI controller, by name (the first of a name, as
    /// `msiController(named:)` finds it), derived in one pass: the layout and the checks ask per
    /// endpoint run, and searching the controllers each time is quadratic in large layouts.
    public func doorbellsByController() -> [String: [(region: AddressRange, controller: MSIController)]] {
        let frames = msiControllers.filter(\.isGICv2m).map { (region: $0.doorbellRegion, controller: $0) }
        var byName: [String: [(region: AddressRange, controller: MSIController)]] = [:]
        for c in msiControllers where byName[c.name] == nil {
            byName[c.name] = c.isGICv2m ? frames : [(c.doorbellRegion, c)]
        }
        return byName
    }
}

/// The values a virtio IOMMU advertises in its config space, and what it reports in PROBE.
public struct VirtioIOMMUConfig: Hashable, Sendable {
    public var pageSizeMask: UInt64 = 0xffff_ffff_ffff_f000
    public var inputRange = AddressRange(first: 0, last: .max)
    public var domainFirst: UInt32 = 0
    public var domainLast: UInt32 = .max
    public var bypass = false
    public var mapMSIDoorbells = false
    public var probeSize: UInt32 = 512
    public var reservedRegions: [ReservedRegion] = []

    public init() {}
}

/// The SMMUv3's four interrupts (GSIVs), as IORT and the DT `interrupts` carry them.
/// 0 means "not wired", as in IORT (GSIV 0 is never an SPI).
public struct SMMUInterrupts: Hashable, Sendable {
    public var eventq: UInt32
    public var priq: UInt32
    public var cmdqSync: UInt32
    public var gerror: UInt32

    public init(eventq: UInt32, priq: UInt32, cmdqSync: UInt32, gerror: UInt32) {
        self.eventq = eventq
        self.priq = priq
        self.cmdqSync = cmdqSync
        self.gerror = gerror
    }

    public var all: [UInt32] { [eventq, priq, cmdqSync, gerror] }
    public var allWired: Bool { all.allSatisfy { $0 != 0 } }

    /// The wired ones with their names, in this order: the topology's keys, which are the
    /// `arm,smmu-v3` binding's `interrupt-names`.
    public var wired: [(name: String, gsiv: UInt32)] {
        [("eventq", eventq), ("priq", priq), ("cmdq-sync", cmdqSync), ("gerror", gerror)].filter { $0.1 != 0 }
    }
}

/// One IOMMU of the machine.
public struct IOMMU: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case virtioPCI(rootComplex: String, bdf: BDF)
        case virtioMMIO(base: UInt64, size: UInt64, interrupt: UInt32?)
        case smmuv3(SMMUv3)
    }

    public struct SMMUv3: Hashable, Sendable {
        public var base: UInt64
        public var size: UInt64 = 0x20000
        public var interrupts: SMMUInterrupts?
        public var coherent = true
        /// The SMMU's own MSIs.
        public var msi: MSITarget?
        /// How the SMMU turns StreamIDs into DeviceIDs in IORT; nil means "derive the fewest".
        public var msiMap: [MSIMapEntry]?

        public init(base: UInt64) { self.base = base }
    }

    public var name: String
    public var kind: Kind
    /// Present for the virtio kinds only.
    public var virtio: VirtioIOMMUConfig?
    public var source: SourceMap

    public init(name: String, kind: Kind, virtio: VirtioIOMMUConfig?, source: SourceMap) {
        self.name = name
        self.kind = kind
        self.virtio = virtio
        self.source = source
    }

    public var isVirtio: Bool { virtio != nil }

    /// The `type` key as written.
    public var typeName: String {
        switch kind {
        case .virtioPCI: "virtio-pci"
        case .virtioMMIO: "virtio-mmio"
        case .smmuv3: "smmuv3"
        }
    }

    /// MMIO registers of the IOMMU (nil for virtio-pci, which lives in PCI config space).
    public var mmioRegion: AddressRange? {
        switch kind {
        case .virtioPCI: nil
        case .virtioMMIO(let base, let size, _): AddressRange.checked(base: base, size: size)
        case .smmuv3(let s): AddressRange.checked(base: s.base, size: s.size)
        }
    }
}

/// `{rids, iommu, id}`: RIDs are translated by `iommu` with endpoint ID `id + (rid - rids.first)`.
public struct IOMMUMapEntry: Hashable, Sendable {
    public var rids: IDRange
    public var iommu: String
    public var id: UInt32
    public var source: SourceMap

    public init(rids: IDRange, iommu: String, id: UInt32, source: SourceMap) {
        self.rids = rids
        self.iommu = iommu
        self.id = id
        self.source = source
    }

    /// The endpoint IDs this entry produces (nil when they would run past 0xffffffff).
    public var outputIDs: IDRange? { rids.moved(to: UInt64(id)) }
}

/// `{rids|ids, controller, id}`: MSIs from the input IDs go to `controller` with DeviceID
/// `id + (input - first)`. Inputs are RIDs on a root complex, StreamIDs on an SMMUv3. `id` is nil
/// for a GICv2m frame, whose MSIs carry no DeviceID.
public struct MSIMapEntry: Hashable, Sendable {
    public var inputs: IDRange
    public var controller: String
    public var id: UInt32?
    public var source: SourceMap

    public init(inputs: IDRange, controller: String, id: UInt32?, source: SourceMap) {
        self.inputs = inputs
        self.controller = controller
        self.id = id
        self.source = source
    }

    /// The DeviceIDs this entry produces (nil without an `id`, or when they would run past
    /// 0xffffffff).
    public var outputIDs: IDRange? { id.flatMap { inputs.moved(to: UInt64($0)) } }

    /// The DeviceIDs as messages write them: `DeviceIDs 0x0-0xffff` (the base alone when they
    /// would run past 0xffffffff), `no DeviceID` for a GICv2m route.
    public var deviceIDText: String {
        guard let id else { return "no DeviceID" }
        return "DeviceIDs " + (outputIDs.map(\.description) ?? hex(id))
    }
}

extension MSITarget {
    /// `DeviceID 0x10`, `no DeviceID` for a GICv2m route.
    public var deviceIDText: String { id.map { "DeviceID \(hex($0))" } ?? "no DeviceID" }
}

/// A window of CPU address space forwarded to PCI (DT `ranges`, SSDT `_CRS`).
public struct PCIWindow: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case mem32, mem64, io
    }

    public var kind: Kind
    public var cpu: UInt64
    public var pci: UInt64
    public var size: UInt64
    public var prefetchable: Bool
    public var source: SourceMap

    public init(kind: Kind, cpu: UInt64, pci: UInt64, size: UInt64, prefetchable: Bool, source: SourceMap) {
        self.kind = kind
        self.cpu = cpu
        self.pci = pci
        self.size = size
        self.prefetchable = prefetchable
        self.source = source
    }
}

/// The address spaces a PCI window's CPU side can live in. On arm64 every window, I/O included,
/// is a range of the physical memory map (the I/O window is memory-mapped port space); on x86_64
/// an I/O window is in the separate port space and only collides with other port ranges.
public enum CPUAddressSpace: String, Sendable, Hashable {
    case memory, port
}

extension PCIWindow {
    /// Where the CPU side of this window lives on `arch`.
    public func cpuSpace(on arch: Architecture) -> CPUAddressSpace {
        kind == .io && arch == .x86_64 ? .port : .memory
    }

    /// The CPU addresses the window claims; nil when `cpu + size` runs past 2^64 (the parser
    /// reports that) or the size is 0.
    public var cpuRegion: AddressRange? { AddressRange.checked(base: cpu, size: size) }
}

/// A PCI root complex (host bridge) on one segment.
public struct RootComplex: Hashable, Sendable {
    public var name: String
    public var segment: UInt16
    public var firstBus: UInt8
    public var lastBus: UInt8
    /// The ECAM window's base: the configuration space of bus `ecamBusRange.lowerBound`.
    public var ecam: UInt64?
    /// `ecam-buses` (topoc's extension): the buses the ECAM window spans when it is wider than
    /// this root complex's own (QEMU's MCFG covers buses 0-0xff of a segment whose expander
    /// bridges take buses from 0x10). nil: the root complex's buses.
    public var ecamBuses: ClosedRange<UInt8>?
    public var windows: [PCIWindow]
    public var reserveWindows: Bool
    public var coherent: Bool
    public var ats: Bool
    public var iommuMap: [IOMMUMapEntry]
    public var msiMap: [MSIMapEntry]
    public var reservedRegions: [ReservedRegion]
    /// `false` leaves this root complex out of the device tree (ACPI-only expander bridges).
    public var inDeviceTree: Bool
    public var source: SourceMap

    public init(
        name: String, segment: UInt16, firstBus: UInt8, lastBus: UInt8, ecam: UInt64? = nil,
        ecamBuses: ClosedRange<UInt8>? = nil, windows: [PCIWindow] = [], reserveWindows: Bool = false, coherent: Bool = true, ats: Bool = false,
        iommuMap: [IOMMUMapEntry] = [], msiMap: [MSIMapEntry] = [], reservedRegions: [ReservedRegion] = [],
        inDeviceTree: Bool = true, source: SourceMap
    ) {
        self.name = name
        self.segment = segment
        self.firstBus = firstBus
        self.lastBus = lastBus
        self.ecam = ecam
        self.ecamBuses = ecamBuses
        self.windows = windows
        self.reserveWindows = reserveWindows
        self.coherent = coherent
        self.ats = ats
        self.iommuMap = iommuMap
        self.msiMap = msiMap
        self.reservedRegions = reservedRegions
        self.inDeviceTree = inDeviceTree
        self.source = source
    }

    public var busCount: Int { Int(lastBus) - Int(firstBus) + 1 }
    /// All RIDs of the bus range.
    public var rids: IDRange { IDRange(first: UInt32(firstBus) << 8, last: UInt32(lastBus) << 8 | 0xff) }
    /// The buses the ECAM window spans: `ecam-buses`, else the root complex's own.
    public var ecamBusRange: ClosedRange<UInt8> { ecamBuses ?? firstBus...lastBus }
    /// The ECAM window: 1 MiB per bus of `ecamBusRange`.
    public var ecamRegion: AddressRange? {
        ecam.flatMap { AddressRange.checked(base: $0, size: UInt64(ecamBusRange.count) << 20) }
    }
    /// The configuration space of this root complex's own buses, the part of the ECAM window a
    /// device tree's host bridge `reg` names (Linux reads bus B of a DT host bridge at
    /// `reg + ((B - bus-range first) << 20)`); nil without `ecam` or when `ecam-buses` does not
    /// hold the first bus (the checker reports that).
    public var ownECAMRegion: AddressRange? {
        guard let ecam, ecamBusRange.contains(firstBus) else { return nil }
        let (start, overflow) = ecam.addingReportingOverflow(UInt64(firstBus - ecamBusRange.lowerBound) << 20)
        return overflow ? nil : AddressRange.checked(base: start, size: UInt64(busCount) << 20)
    }
}

/// How a wired interrupt signals (topoc's extension: `interrupt-trigger`, `interrupt-polarity`).
/// The default, edge-triggered and active-high, is what topoc wrote before the keys existed.
public struct InterruptMode: Hashable, Sendable {
    public enum Trigger: String, Sendable, Hashable, CaseIterable { case edge, level }
    public enum Polarity: String, Sendable, Hashable, CaseIterable { case high, low }

    public var trigger: Trigger
    public var polarity: Polarity

    public init(trigger: Trigger = .edge, polarity: Polarity = .high) {
        self.trigger = trigger
        self.polarity = polarity
    }

    /// The third cell of a GIC `interrupts` specifier (Linux's IRQ_TYPE_*): 1 edge rising,
    /// 2 edge falling, 4 level high, 8 level low.
    public var gicFlags: UInt32 {
        switch (trigger, polarity) {
        case (.edge, .high): 1
        case (.edge, .low): 2
        case (.level, .high): 4
        case (.level, .low): 8
        }
    }

    /// The mode a GIC specifier's flags give (nil for a value that is not one mode).
    public init?(gicFlags: UInt32) {
        switch gicFlags & 0xf {
        case 1: self.init(trigger: .edge, polarity: .high)
        case 2: self.init(trigger: .edge, polarity: .low)
        case 4: self.init(trigger: .level, polarity: .high)
        case 8: self.init(trigger: .level, polarity: .low)
        default: return nil
        }
    }
}

/// A platform (MMIO) device, such as a virtio-mmio device.
public struct PlatformDevice: Hashable, Sendable {
    public var name: String
    public var base: UInt64
    public var size: UInt64
    public var compatible: String
    public var interrupt: UInt32?
    /// How `interrupt` signals (DT GIC flags, the SSDT's Extended Interrupt flags).
    public var interruptMode: InterruptMode
    public var iommu: String?
    /// Its endpoint/stream IDs on `iommu` (one ID is a range of one).
    public var ids: IDRange?
    public var msi: MSITarget?
    /// Full ACPI path with 4-character segments, e.g. `\_SB_.VR00`.
    public var acpiPath: String
    public var acpiHID: String?
    public var reservedRegions: [ReservedRegion]
    public var source: SourceMap

    public init(
        name: String, base: UInt64, size: UInt64, compatible: String = "virtio,mmio", interrupt: UInt32? = nil,
        interruptMode: InterruptMode = InterruptMode(), iommu: String? = nil, ids: IDRange? = nil, msi: MSITarget? = nil, acpiPath: String, acpiHID: String? = nil,
        reservedRegions: [ReservedRegion] = [], source: SourceMap
    ) {
        self.name = name
        self.base = base
        self.size = size
        self.compatible = compatible
        self.interrupt = interrupt
        self.interruptMode = interruptMode
        self.iommu = iommu
        self.ids = ids
        self.msi = msi
        self.acpiPath = acpiPath
        self.acpiHID = acpiHID
        self.reservedRegions = reservedRegions
        self.source = source
    }

    public var mmioRegion: AddressRange? { AddressRange.checked(base: base, size: size) }
}
