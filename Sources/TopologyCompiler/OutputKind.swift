import TopologyModel

/// The outputs `topoc compile` can write, named as `--emit` takes them.
public enum OutputKind: String, CaseIterable, Sendable, Hashable, Comparable {
    case dtb, dts, viot, iort, mcfg, ssdt, json

    /// The files this kind writes for a topology named `name`.
    public func fileNames(topologyName name: String) -> [String] {
        switch self {
        case .dtb: ["\(name).dtb"]
        case .dts: ["\(name).dts"]
        case .viot: ["VIOT.aml", "VIOT.dsl"]
        case .iort: ["IORT.aml", "IORT.dsl"]
        case .mcfg: ["MCFG.aml", "MCFG.dsl"]
        case .ssdt: ["SSDT.aml", "SSDT.dsl"]
        case .json: ["endpoints.json"]
        }
    }

    /// What `compile` writes without `--emit`: everything whose condition of cli.md holds, except
    /// the device tree on x86_64.
    public static func defaults(for topology: Topology) -> Set<OutputKind> {
        var kinds: Set<OutputKind> = [.json]
        if topology.arch == .arm64 { kinds.formUnion([.dtb, .dts]) }
        kinds.formUnion(applicableTables(topology))
        return kinds
    }

    /// The ACPI tables whose condition holds (cli.md's "when" column).
    public static func applicableTables(_ topology: Topology) -> Set<OutputKind> {
        var kinds: Set<OutputKind> = []
        if topology.iommus.contains(where: \.isVirtio) { kinds.insert(.viot) }
        let hasITS = topology.msiControllers.contains { if case .gicv3ITS = $0.kind { true } else { false } }
        let hasSMMU = topology.iommus.contains { if case .smmuv3 = $0.kind { true } else { false } }
        if topology.arch == .arm64 && (hasITS || hasSMMU) { kinds.insert(.iort) }
        if topology.rootComplexes.contains(where: { $0.ecam != nil }) { kinds.insert(.mcfg) }
        let hasMMIOIOMMU = topology.iommus.contains { if case .virtioMMIO = $0.kind { true } else { false } }
        if hasMMIOIOMMU || !topology.devices.isEmpty || !topology.rootComplexes.isEmpty { kinds.insert(.ssdt) }
        return kinds
    }

    /// Parses an `--emit` list such as `dtb,dts,json`.
    public static func parseList(_ text: String) -> Result<Set<OutputKind>, UsageError> {
        var kinds: Set<OutputKind> = []
        for item in text.split(separator: ",").map({ String($0).trimming(" ") }) where !item.isEmpty {
            guard let kind = OutputKind(rawValue: item.lowercased()) else {
                return .failure(UsageError("unknown output '\(item)' in --emit (valid: \(allCases.map(\.rawValue).joined(separator: ",")))"))
            }
            kinds.insert(kind)
        }
        return kinds.isEmpty ? .failure(UsageError("--emit needs at least one output")) : .success(kinds)
    }

    public static func < (a: OutputKind, b: OutputKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A mistake in how topoc was invoked (exit status 2).
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
