import TopologyModel

/// The ACPI tables topoc can emit.
public enum ACPITableKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case viot, iort, mcfg, ssdt

    /// The table signature, which is also the output file's base name (`VIOT.aml`).
    public var signature: String { rawValue.uppercased() }

    public static func < (a: ACPITableKind, b: ACPITableKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One emitted table: its bytes and its source (iasl data-table syntax, or ASL for the SSDT).
public struct ACPITableOutput: Sendable, Hashable {
    public var kind: ACPITableKind
    /// The table as firmware hands it to the OS, checksum included.
    public var aml: [UInt8]
    /// The `.dsl` file written next to it, as UTF-8 bytes (held as bytes so that a large listing
    /// is not copied into a `String` and back on its way to the file).
    public var dslBytes: [UInt8]
    /// The `.dsl` text written next to it.
    public var dsl: String {
        get { String(decoding: dslBytes, as: UTF8.self) }
        set { dslBytes = Array(newValue.utf8) }
    }

    public init(kind: ACPITableKind, aml: [UInt8], dsl: String) {
        self.init(kind: kind, aml: aml, dslBytes: Array(dsl.utf8))
    }

    public init(kind: ACPITableKind, aml: [UInt8], dslBytes: [UInt8]) {
        self.kind = kind
        self.aml = aml
        self.dslBytes = dslBytes
    }
}

/// Entry point of the ACPI backend: a checked topology in, tables out.
public enum ACPIEmitter {
    /// The tables of `requested` whose condition (cli.md) holds for `topology`, in the order
    /// VIOT, IORT, MCFG, SSDT. Errors of a format that is not requested are not reported.
    ///
    /// - Throws: every error found in the requested tables (`viot-offset-overflow`,
    ///   `iort-msi-map-conflict`, `iort-smmu-msi-map-mismatch`, `iort-smmu-msi-index`).
    public static func tables(
        for topology: Topology, requested: Set<ACPITableKind> = Set(ACPITableKind.allCases)
    ) throws(DiagnosticError) -> [ACPITableOutput] {
        var outputs: [ACPITableOutput] = []
        var errors: [Diagnostic] = []
        for kind in ACPITableKind.allCases where requested.contains(kind) && applies(kind, to: topology) {
            do {
                outputs.append(try table(kind, for: topology))
            } catch {
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return outputs
    }

    /// One table, built whether or not cli.md's condition holds (see `applies`): for callers that
    /// write each table before building the next, so only one is in memory at a time.
    public static func table(_ kind: ACPITableKind, for topology: Topology) throws(DiagnosticError) -> ACPITableOutput {
        switch kind {
        case .viot: try VIOTTable.build(topology)
        case .iort: try IORTTable.build(topology)
        case .mcfg: MCFGTable.build(topology)
        case .ssdt: try SSDTTable.build(topology)
        }
    }

    /// The finished writer of a data table (VIOT, IORT, MCFG; nil for the SSDT, whose source is
    /// ASL): its `bytes` are the `.aml` and `DataTableDSL.render(_:title:chunk:into:)` prints the
    /// `.dsl` in pieces, for callers that write the listing without holding all of it.
    public static func dataTableWriter(_ kind: ACPITableKind, for topology: Topology) throws(DiagnosticError) -> ACPITableWriter? {
        switch kind {
        case .viot: try VIOTTable.writer(topology)
        case .iort: try IORTTable.writer(topology)
        case .mcfg: MCFGTable.writer(topology)
        case .ssdt: nil
        }
    }

    /// Whether cli.md emits `kind` for this topology.
    public static func applies(_ kind: ACPITableKind, to t: Topology) -> Bool {
        switch kind {
        case .viot:
            return t.iommus.contains { $0.isVirtio }
        case .iort:
            guard t.arch == .arm64 else { return false }
            let hasITS = t.msiControllers.contains { if case .gicv3ITS = $0.kind { true } else { false } }
            let hasSMMU = t.iommus.contains { if case .smmuv3 = $0.kind { true } else { false } }
            return hasITS || hasSMMU
        case .mcfg:
            return t.rootComplexes.contains { $0.ecam != nil }
        case .ssdt:
            let hasMMIOIOMMU = t.iommus.contains { if case .virtioMMIO = $0.kind { true } else { false } }
            return hasMMIOIOMMU || !t.devices.isEmpty || !t.rootComplexes.isEmpty
        }
    }
}
