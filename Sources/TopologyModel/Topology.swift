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
    public var source: SourceMap

    public init(
        oemID: String, oemTableID: String, oemRevision: UInt32 = 1, creatorID: String = "TOPC",
        creatorRevision: UInt32 = 1, iortRevision: IORTRevision = .r3, source: SourceMap
    ) {
        self.oemID = oemID
        self.oemTableID = oemTableID
        self.oemRevision = oemRevision
        self.creatorID = creatorID
        self.creatorRevision = creatorRevision
        self.iortRevision = iortRevision
        self.source = source
    }

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
