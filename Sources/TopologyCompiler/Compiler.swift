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
    /// Parses and checks topology text (bytes as read from `file`; the name is used in diagnostics).
    public static func check(bytes: [UInt8], file: String, options: CheckOptions = .init()) -> CheckedTopology {
        let parsed = TopologyParser.parse(bytes: bytes, file: file)
        guard let topology = parsed.topology else {
            return CheckedTopology(topology: nil, diagnostics: parsed.diagnostics)
        }
        let findings = TopologyChecker.check(topology, options: options)
        return CheckedTopology(topology: topology, diagnostics: parsed.diagnostics + findings)
    }

    /// Reads, parses, checks and emits. Nothing is written: see `OutputDirectory.write`.
    public static func compile(bytes: [UInt8], file: String, options: CompileOptions = .init()) -> CompileResult {
        let checked = check(bytes: bytes, file: file, options: options.checks)
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
        var errors: [Diagnostic] = []
        if !kinds.isDisjoint(with: [.dtb, .dts]) {
            do {
                let tree =
                    if let baseDTB {
                        try DeviceTreeMerge.merge(topology, into: baseDTB, file: baseDTBFile)
                    } else {
                        try DeviceTreeEmitter.emit(topology)
                    }
                if kinds.contains(.dtb) { files.append(OutputFile(name: "\(topology.name).dtb", bytes: tree.dtb)) }
                if kinds.contains(.dts) { files.append(OutputFile(name: "\(topology.name).dts", text: tree.dts)) }
            } catch {
                errors += error.diagnostics
            }
        }
        let tables = kinds.intersection([.viot, .iort, .mcfg, .ssdt])
        if !tables.isEmpty {
            do {
                let requested = Set(tables.compactMap(ACPITableKind.init(outputKind:)))
                for table in try ACPIEmitter.tables(for: topology, requested: requested) {
                    let signature = table.kind.signature
                    files.append(OutputFile(name: "\(signature).aml", bytes: table.aml))
                    files.append(OutputFile(name: "\(signature).dsl", text: table.dsl))
                }
            } catch {
                errors += error.diagnostics
            }
        }
        if kinds.contains(.json) {
            files.append(OutputFile(name: "endpoints.json", text: EndpointsJSON.render(EndpointLayout(topology), topologyName: topology.name)))
        }
        guard errors.isEmpty else { throw DiagnosticError(errors.sorted { $0.location < $1.location }) }
        return files
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
