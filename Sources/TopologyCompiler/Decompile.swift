@_exported import enum TopologyDecompile.DecompileDiagnostics
@_exported import struct TopologyDecompile.DecompileOptions
import TopologyDecompile
import TopologyModel

/// The outcome of `decompile`: the topology text (nil when a blob is malformed) and every finding.
public struct DecompileResult: Sendable {
    public var yaml: String?
    /// The topology the text describes (as parsed back).
    public var topology: Topology?
    public var diagnostics: [Diagnostic]

    /// The blobs contradict each other, or a blob is malformed: `topoc decompile` exits 1.
    public var failed: Bool { yaml == nil || diagnostics.contains { $0.severity == .error } }
}

/// `topoc decompile`: firmware blobs (a DTB and ACPI tables, made by anything) in, the topology
/// file that describes them out (`TopologyDecompile` reads them), parsed back and checked.
public enum Decompiler {
    public static func decompile(dtb: FirmwareBlob?, acpi: [FirmwareBlob], options: DecompileOptions = .init())
        -> DecompileResult
    {
        let read = BlobDecompiler.decompile(dtb: dtb, acpi: acpi, options: options)
        guard let yaml = read.yaml else { return DecompileResult(yaml: nil, topology: nil, diagnostics: read.diagnostics) }
        // The text must be a valid topology: parse and check it as `compile` would.
        let checked = Compiler.check(bytes: Array(yaml.utf8), file: options.outputFile, outputs: [])
        return DecompileResult(
            yaml: yaml, topology: checked.topology, diagnostics: read.diagnostics + checked.diagnostics.filter { $0.severity == .error })
    }
}
