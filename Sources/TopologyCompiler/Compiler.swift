import ACPI
import DeviceTree
import TopologyCheck
import TopologyModel
import TopologyParser

/// What to produce, and how strictly to check.
public struct CompileOptions: Sendable {
    /// The outputs to produce; nil means the defaults for the topology's arch (cli.md).
    public var emit: Set<OutputKind>?
    public var checks: CheckOptions
    /// A device tree blob to merge the topology's nodes into (`--base`), instead of an empty
    /// tree: `<name>.dtb` and `<name>.dts` are then the merged tree (`DeviceTreeMerge`).
    public var baseDTB: [UInt8]?
    /// The name of `baseDTB` in diagnostics (the `--base` argument).
    public var baseDTBFile: String

    public init(
        emit: Set<OutputKind>? = nil, checks: CheckOptions = .init(), baseDTB: [UInt8]? = nil,
        baseDTBFile: String = "base.dtb"
    ) {
        self.emit = emit
        self.checks = checks
        self.baseDTB = baseDTB
        self.baseDTBFile = baseDTBFile
    }
}

/// A parsed and checked topology: the model when it is valid, and every finding.
public struct CheckedTopology: Sendable {
    public var topology: Topology?
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The outcome of a compile: the files (empty when it failed) and every finding.
public struct CompileResult: Sendable {
    public var topology: Topology?
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]

    public var succeeded: Bool { topology != nil && !diagnostics.contains { $0.severity == .error } }
}

/// The library a VMM links: the whole pipeline in-process, with no file system access except
/// where a function says so. The `topoc` executable is a thin front end over it.
public enum Compiler {
    /// Every rule a backend reports (the device tree's, then ACPI's), beside the topology
    /// checker's `TopologyChecker.allRules`: `--error` may name them.
    public static let formatRules: [any DiagnosticRule.Type] = DeviceTreeEmitter.rules + ACPIEmitter.rules

    /// Parses and checks topology text (bytes as read from `file`; the name is used in
    /// diagnostics): everything `compile` checks, except writing. When the topology rules pass,
    /// the outputs (`outputs`; nil: the defaults for the topology, as `compile` without `--emit`)
    /// are built in memory and discarded, so every finding of the backends' rules
    /// (`formatRules`), format limits included, is reported as `compile` reports it. `outputs: []`
    /// checks the topology rules only (what `compile` does before it emits).
    public static func check(
        bytes: [UInt8], file: String, options: CheckOptions = .init(), outputs: Set<OutputKind>? = nil
    ) -> CheckedTopology {
        check(TopologyParser.parse(bytes: bytes, file: file), options: options, outputs: outputs)
    }

    /// The checks of a parsed file, with the parser's diagnostics first, then the topology
    /// rules', then the backends' (those only when the topology rules found no error: the
    /// emitters assume a checked model, and compile stops there too).
    static func check(_ parsed: ParseResult, options: CheckOptions, outputs: Set<OutputKind>?) -> CheckedTopology {
        guard let topology = parsed.topology else {
            return CheckedTopology(topology: nil, diagnostics: parsed.diagnostics)
        }
        let findings = TopologyChecker.check(topology, options: options, alsoKnown: formatRules + verifyRules)
        var checked = CheckedTopology(topology: topology, diagnostics: parsed.diagnostics + findings)
        let kinds = outputs ?? OutputKind.defaults(for: topology)
        guard !checked.hasErrors, !kinds.isEmpty else { return checked }
        checked.diagnostics += formatDiagnostics(of: topology, kinds: kinds, options: options)
        return checked
    }

    /// The backends' findings for `kinds`: the outputs are emitted exactly as `compile` emits
    /// them, into a sink that drops the bytes (one output in memory at a time). Building the
    /// outputs, rather than re-deriving the backends' rules, is what makes check and compile
    /// agree for every input: a format limit hit while laying out a table is found the same way.
    static func formatDiagnostics(of topology: Topology, kinds: Set<OutputKind>, options: CheckOptions) -> [Diagnostic] {
        // Text renderings of what is built anyway find nothing of their own: the listings, the
        // DTS beside the DTB (the same tree), endpoints.json. Only the blobs are built.
        var kinds = kinds
        kinds.remove(.json)
        if kinds.contains(.dtb) { kinds.remove(.dts) }
        do {
            try emit(topology, kinds: kinds, listings: false) { _, _ in }
            return []
        } catch let error as DiagnosticError {
            return options.apply(to: error.diagnostics, rules: formatRules)
        } catch {
            preconditionFailure("a sink that drops bytes cannot fail: \(error)")
        }
    }

    /// Reads, parses, checks and emits. Nothing is written: see `OutputDirectory.write`.
    public static func compile(bytes: [UInt8], file: String, options: CompileOptions = .init()) -> CompileResult {
        let checked = check(bytes: bytes, file: file, options: options.checks, outputs: [])
        guard let topology = checked.topology, !checked.hasErrors else {
            return CompileResult(topology: checked.topology, files: [], diagnostics: checked.diagnostics)
        }
        do {
            let files = try emit(
                topology, kinds: options.emit ?? OutputKind.defaults(for: topology), baseDTB: options.baseDTB,
                baseDTBFile: options.baseDTBFile)
            return CompileResult(topology: topology, files: files, diagnostics: checked.diagnostics)
        } catch {
            return CompileResult(topology: topology, files: [], diagnostics: checked.diagnostics + error.diagnostics)
        }
    }

    /// Emits the requested outputs of a checked topology, in a fixed order. Format-level errors
    /// (a layout a requested format cannot express) come back together as one `DiagnosticError`.
    /// With `baseDTB`, the device tree is the topology's nodes merged into that blob.
    public static func emit(
        _ topology: Topology, kinds: Set<OutputKind>, baseDTB: [UInt8]? = nil, baseDTBFile: String = "base.dtb"
    ) throws(DiagnosticError) -> [OutputFile] {
        var files: [OutputFile] = []
        do {
            try emit(topology, kinds: kinds, baseDTB: baseDTB, baseDTBFile: baseDTBFile) { name, bytes in
                if files.last?.name == name {
                    files[files.count - 1].bytes += bytes
                } else {
                    files.append(OutputFile(name: name, bytes: Array(bytes)))
                }
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            preconditionFailure("collecting outputs cannot fail: \(error)")
        }
        return files
    }

    /// Emits the requested outputs one at a time, in the order and with the errors of
    /// `emit(_:kinds:baseDTB:baseDTBFile:)`, handing each file's bytes to `sink` and releasing them
    /// before the next output is built: at most one output is in memory at a time (with a --base
    /// merge, the DTB and DTS together). The DTS, a data table's `.dsl` listing and
    /// `endpoints.json` come in consecutive pieces of about 64 KiB as they are rendered (calls
    /// with the same name continue one file), so they are never held whole. `beforeEach` runs
    /// before each output (the device tree, each table, the endpoint map) is built: the CLI hands
    /// freed memory back to the system there. Outputs handed over before a
    /// format error is found are not withdrawn: a caller writing them somewhere must discard them
    /// when this throws (`OutputDirectory.write(to:dropping:producing:)` does). Throws a
    /// `DiagnosticError` for format errors, or what `sink` throws. With `listings` false the
    /// tables' `.dsl` listings are not rendered (verify and check read only the blobs; the format
    /// rules are all found while the tables are laid out, never while they are listed).
    public static func emit(
        _ topology: Topology, kinds: Set<OutputKind>, baseDTB: [UInt8]? = nil, baseDTBFile: String = "base.dtb",
        listings: Bool = true, beforeEach: () -> Void = {},
        into sink: (_ name: String, _ bytes: UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var errors: [Diagnostic] = []
        if !kinds.isDisjoint(with: [.dtb, .dts]) {
            beforeEach()
            let (dtb, dts) = (kinds.contains(.dtb), kinds.contains(.dts))
            if let baseDTB {
                var tree: DeviceTreeOutput?
                do {
                    tree = try DeviceTreeMerge.merge(topology, into: baseDTB, file: baseDTBFile)
                } catch {
                    errors += error.diagnostics
                }
                if var tree {
                    if dtb { try tree.dtb.withUnsafeBytes { try sink("\(topology.name).dtb", $0) } }
                    if dts { try tree.dts.withUTF8 { try sink("\(topology.name).dts", UnsafeRawBufferPointer($0)) } }
                }
            } else {
                do {
                    try DeviceTreeEmitter.emit(topology, dtb: dtb, dts: dts) { bytes, isDTS in
                        try sink("\(topology.name).\(isDTS ? "dts" : "dtb")", bytes)
                    }
                } catch let error as DiagnosticError {
                    errors += error.diagnostics
                }
            }
        }
        let tables = kinds.intersection([.viot, .iort, .mcfg, .ssdt])
        if !tables.isEmpty {
            let requested = Set(tables.compactMap(ACPITableKind.init(outputKind:)))
            for kind in ACPITableKind.allCases where requested.contains(kind) && ACPIEmitter.applies(kind, to: topology) {
                beforeEach()
                let signature = kind.signature
                if kind != .ssdt {
                    let writer: ACPITableWriter?
                    do {
                        writer = try ACPIEmitter.dataTableWriter(kind, for: topology)
                    } catch {
                        errors += error.diagnostics
                        continue
                    }
                    guard let writer else { continue }
                    try writer.bytes.withUnsafeBytes { try sink("\(signature).aml", $0) }
                    if listings {
                        try DataTableDSL.render(writer, title: signature, chunk: 1 << 16) { try sink("\(signature).dsl", $0) }
                    }
                    continue
                }
                let table: ACPITableOutput
                do {
                    table = try ACPIEmitter.table(kind, for: topology)
                } catch {
                    errors += error.diagnostics
                    continue
                }
                try table.aml.withUnsafeBytes { try sink("\(signature).aml", $0) }
                if listings { try table.dslBytes.withUnsafeBytes { try sink("\(signature).dsl", $0) } }
            }
        }
        if kinds.contains(.json) {
            beforeEach()
            try EndpointsJSON.render(EndpointLayout(topology), topologyName: topology.name, chunk: 64 << 10) {
                try sink("endpoints.json", $0)
            }
        }
        guard errors.isEmpty else { throw DiagnosticError(errors.sorted { $0.location < $1.location }) }
    }

    /// Every file name a full compile of this topology could own, for dropping stale outputs.
    public static func ownedFileNames(of topology: Topology) -> Set<String> {
        Set(OutputKind.allCases.flatMap { $0.fileNames(topologyName: topology.name) })
    }
}

extension ACPITableKind {
    init?(outputKind: OutputKind) {
        switch outputKind {
        case .viot: self = .viot
        case .iort: self = .iort
        case .mcfg: self = .mcfg
        case .ssdt: self = .ssdt
        default: return nil
        }
    }
}
