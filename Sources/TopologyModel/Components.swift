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
public struct MSITarget: Hashable, Sendable {
    public var controller: String
    public var id: UInt32
    public var source: SourceMap

    public init(controller: String, id: UInt32, source: SourceMap) {
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
        /// The fixed x86 MSI window `0xfee00000-0xfeefffff`.
        case x86MSI
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
    public static let x86MSIWindow = AddressRange(first: 0xfee0_0000, last: 0xfeef_ffff)

    /// The region a virtio IOMMU reports as kind `msi` for endpoints whose MSIs land here:
    /// the ITS translation frame, or the x86 window.
    public var doorbellRegion: AddressRange {
        switch kind {
        case .gicv3ITS(let base, _): AddressRange(first: base + 0x10000, last: base + 0x1ffff)
        case .x86MSI: MSIController.x86MSIWindow
        }
    }

    /// The MMIO registers this controller occupies (nil for the x86 window, which is not a device).
    public var mmioRegion: AddressRange? {
        switch kind {
        case .gicv3ITS(let base, _): AddressRange.checked(base: base, size: MSIController.itsRegisterSize)
        case .x86MSI: nil
        }
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
/// `id + (input - first)`. Inputs are RIDs on a root complex, StreamIDs on an SMMUv3.
public struct MSIMapEntry: Hashable, Sendable {
    public var inputs: IDRange
    public var controller: String
    public var id: UInt32
    public var source: SourceMap

    public init(inputs: IDRange, controller: String, id: UInt32, source: SourceMap) {
        self.inputs = inputs
        self.controller = controller
        self.id = id
        self.source = source
    }

    public var outputIDs: IDRange? { inputs.moved(to: UInt64(id)) }
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
