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
/// An MSI controller of the GIC: an ITS, or a GICv2m frame (`gicv2m`).
struct DraftITS {
    var name: String?
    var base: UInt64?
    var itsID: UInt32?
    var dtPath: String?
    var iortOffset: Int?
    /// A GICv2m frame (DT `arm,gic-v2m-frame`, MADT GIC MSI frame): no DeviceIDs, no IORT node.
    var gicv2m = false
    var spis: MSIController.GICv2mSPIs?
    /// Where the MADT gives it (ITS or MSI frame structure offset).
    var madtOffset: Int?
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

/// The own-RID rule (`TopologyModel`'s `virtioPCIIOMMUs(on:)`, `ownRIDs(of:)`) over the drafts,
/// with root complexes by index.
extension DraftIOMMU: VirtioPCIPlacement {
    var virtioPCIPlacement: (rootComplex: Int, bdf: BDF)? {
        guard case .pci(let rc, let bdf) = kind else { return nil }
        return (rc, bdf)
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
    /// The MCFG window's buses when they are wider than the root complex's (`ecam-buses`).
    var ecamBuses: ClosedRange<UInt8>?
    /// Set when the root complex's `_CRS` gave no bus range (a `Method`, or none): its last bus
    /// is settled once every host bridge is read. The message says why.
    var busesUnknown: String?
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
    /// How the interrupt signals, when a blob says (DT GIC flags, the `_CRS` descriptor's flags).
    var interruptMode: InterruptMode?
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
    /// Findings located in a blob rather than in the YAML (a byte offset says more than a line).
    var located: [Diagnostic] = []

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
    /// Set when the blobs expand past `options.maxEntries`: what did it, in which blob and where.
    var overBudget: (what: String, file: String, offset: Int)?

    /// Charges `count` entries that `what` (at `offset` of `file`) expands to; false (and `overBudget` set) when
    /// that passes the budget. Charged before each piece is made (a VIOT range, all its segments
    /// at once), so an overrun stops the work rather than following it.
    mutating func charge(_ count: Int, for what: @autoclosure () -> String, in file: String, at offset: Int) -> Bool {
        guard overBudget == nil else { return false }
        entriesMade += count
        if entriesMade > options.maxEntries { overBudget = (what(), file, offset) }
        return overBudget == nil
    }

    /// The root complexes of `segment`, in `rcs` order.
    func rcIndices(onSegment segment: UInt16) -> [Int] { rcsBySegment[segment] ?? [] }

    mutating func note(_ anchor: Anchor, _ kind: Finding.Kind, _ message: String, _ blobs: [String]) {
        findings.append(Finding(anchor: anchor, kind: kind, message: message, blobs: blobs, index: findings.count))
    }

    mutating func run() {
        let gicInMADT = inputs.madt.map { !$0.table.distributors.isEmpty || !$0.table.itss.isEmpty || !$0.table.msiFrames.isEmpty } ?? false
        arch = options.arch ?? (inputs.dt != nil || inputs.iort != nil || gicInMADT ? .arm64 : .x86_64)
        readDeviceTree()
        readSSDTs()
        readMCFG()
        readIORT()
        readMADT()
        guard overBudget == nil else { return }
        readVIOT()
        guard overBudget == nil else { return }
        reconcileMaps()
        routePCIMSIsToTheFirstFrame()
        placeACPIOnlyRootComplexes()
        decideSMMUMSIMaps()
        readHeaders()
        assignNames()
        resolveLabels()
    }

    // MARK: - What the readers gather (they are in the files named after each blob)

    /// Root children of the DT with `reg` and `compatible` that are not known to be devices (no
    /// IOMMU, no MSIs, no /__symbols__ name), by base address: an SSDT device there is one of them.
    var dtDeviceCandidates: [UInt64: DraftDevice] = [:]

    /// Names of virtio-pci IOMMUs from `_ADR` objects, by (segment, RID).
    var pciIOMMUNames: [PCIAddress: String] = [:]
    var ssdtOnlyDevices: [Int] = []

    /// Per root complex, what the IORT says: RIDs -> SMMU StreamIDs, RIDs -> ITS DeviceIDs.
    var iortTranslation: [UInt16: [MapPiece]] = [:]
    var iortMSI: [UInt16: [MapPiece]] = [:]

    var viotTranslation: [UInt16: [MapPiece]] = [:]
}

extension Array where Element: Hashable {
    var uniqued: [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}


