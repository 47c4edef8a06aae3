/// The machine architecture a topology describes. It decides which outputs exist (x86_64 has no
/// device tree unless asked for, no IORT) and which component types are allowed.
public enum Architecture: String, Sendable, Hashable, CaseIterable {
    case arm64
    case x86_64 = "x86_64"
}

/// One machine's I/O translation layout, as written in a topology file (format 1).
///
/// Every list keeps declaration order: outputs follow it, so the same file always yields the same
/// bytes. Names are unique across the whole file.
public struct Topology: Hashable, Sendable {
    public var file: String
    public var formatVersion: Int
    public var name: String
    public var arch: Architecture
    public var acpi: ACPIHeaderFields
    public var msiControllers: [MSIController]
    public var iommus: [IOMMU]
    public var rootComplexes: [RootComplex]
    public var devices: [PlatformDevice]
    /// Locations of the top-level keys' values.
    public var source: SourceMap

    public init(
        file: String, formatVersion: Int = 1, name: String, arch: Architecture,
        acpi: ACPIHeaderFields, msiControllers: [MSIController] = [], iommus: [IOMMU] = [],
        rootComplexes: [RootComplex] = [], devices: [PlatformDevice] = [], source: SourceMap
    ) {
        self.file = file
        self.formatVersion = formatVersion
        self.name = name
        self.arch = arch
        self.acpi = acpi
        self.msiControllers = msiControllers
        self.iommus = iommus
        self.rootComplexes = rootComplexes
        self.devices = devices
        self.source = source
    }

    public func msiController(named name: String) -> MSIController? { msiControllers.first { $0.name == name } }
    public func iommu(named name: String) -> IOMMU? { iommus.first { $0.name == name } }
    public func rootComplex(named name: String) -> RootComplex? { rootComplexes.first { $0.name == name } }
    public func device(named name: String) -> PlatformDevice? { devices.first { $0.name == name } }
}

/// IORT table revisions topoc can emit, each with the node revisions that go with it.
public enum IORTRevision: Int, Sendable, Hashable, CaseIterable {
    case r0 = 0
    case r3 = 3
    case r5 = 5

    /// The root complex node revisions a table of this revision carries, its default first:
    /// 1 in revision-0 tables, 3 in revision-3 ones. A revision-5 table (DEN0049 E.d) has the
    /// 40-byte revision-4 node (PASID capabilities, Flags), or the 36-byte revision-3 node that
    /// QEMU 11 still writes into it: readers (Linux, ACPICA) go by each node's own revision and
    /// Length, so both are read alike (`acpi.iort-root-complex-revision` chooses).
    public var rootComplexNodeRevisions: [UInt8] {
        switch self {
        case .r0: [1]
        case .r3: [3]
        case .r5: [4, 3]
        }
    }
}

/// ACPI table header fields (the `acpi` section), already padded to their fixed widths.
public struct ACPIHeaderFields: Hashable, Sendable {
    /// Exactly 6 bytes (ASCII, space padded).
    public var oemID: String
    /// Exactly 8 bytes.
    public var oemTableID: String
    public var oemRevision: UInt32
    /// Exactly 4 bytes.
    public var creatorID: String
    public var creatorRevision: UInt32
    public var iortRevision: IORTRevision
    /// `iort-root-complex-revision`, one of `iortRevision.rootComplexNodeRevisions` (the parser
    /// makes sure); `nil` when not given.
    public var iortRootComplexRevision: UInt8?
    public var source: SourceMap

    public init(
        oemID: String, oemTableID: String, oemRevision: UInt32 = 1, creatorID: String = "TOPC",
        creatorRevision: UInt32 = 1, iortRevision: IORTRevision = .r3, iortRootComplexRevision: UInt8? = nil,
        source: SourceMap
    ) {
        self.oemID = oemID
        self.oemTableID = oemTableID
        self.oemRevision = oemRevision
        self.creatorID = creatorID
        self.creatorRevision = creatorRevision
        self.iortRevision = iortRevision
        self.iortRootComplexRevision = iortRootComplexRevision
        self.source = source
    }

    /// The revision of the IORT's root complex nodes: the one given, else the table revision's default.
    public var rootComplexNodeRevision: UInt8 { iortRootComplexRevision ?? iortRevision.rootComplexNodeRevisions[0] }

    /// The defaults of the format page: `"TOPOC "`, the name upper-cased and cut or padded to 8,
    /// revision 1, creator `"TOPC"` revision 1, IORT revision 3.
    public static func defaults(forTopologyNamed name: String, source: SourceMap) -> ACPIHeaderFields {
        ACPIHeaderFields(
            oemID: "TOPOC ", oemTableID: padded(name.uppercased(), to: 8), source: source)
    }

    /// Cuts or space-pads ASCII text to exactly `width` bytes.
    public static func padded(_ text: String, to width: Int) -> String {
        let cut = String(text.prefix(width))
        return cut + String(repeating: " ", count: max(0, width - cut.utf8.count))
    }
}
