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
        let context = ExplainContext(topology: topology, files: result.files)
        return (result.diagnostics, try context.explain(query))
    }

    /// Explains `query` for a checked topology whose outputs are `files` (a `Compiler.compile`).
    public static func explain(_ query: ExplainQuery, topology: Topology, files: [OutputFile]) throws(ExplainError)
        -> [Explanation]
    {
        try ExplainContext(topology: topology, files: files).explain(query)
    }
}

/// `0000:00:03.0`, or a run of them (`0000:00:03.0-00:03.7`).
func pciName(_ segment: UInt16, _ rids: IDRange) -> String {
    let seg = hex(segment, digits: 4).dropFirst(2)
    let first = BDF(rid: UInt16(rids.first))
    if rids.count == 1 { return "\(seg):\(first)" }
    return "\(seg):\(first)-\(BDF(rid: UInt16(rids.last)))"
}
