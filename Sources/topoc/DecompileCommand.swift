import ArgumentParser
import TopologyCompiler
import TopologyModel

struct DecompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decompile",
        abstract: "Read a device tree and/or ACPI tables made by anything and write the topology that describes them.",
        discussion: """
            ACPI tables are recognised by signature (VIOT, IORT, MCFG, MADT (APIC), SSDT/DSDT device objects; others are \
            ignored with a note). Where the blobs disagree, the YAML gets a '# topoc:' comment and a diagnostic \
            is printed; exit 1 when they contradict each other or a blob is malformed, 2 when a file cannot be read.
            """)

    @Option(help: ArgumentHelp("A flattened device tree.", valueName: "file.dtb"), completion: .file())
    var dtb: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("ACPI tables (one or more files).", valueName: "table.aml"), completion: .file())
    var acpi: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the topology here (default: standard output).", valueName: "file.yaml"), completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("The topology name (default: the output file's base name, else from the blobs).", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("arm64 or x86_64 (default: arm64 with a DTB or an IORT, else x86_64).", valueName: "arch"), completion: .list(["arm64", "x86_64"]))
    var arch: String?

    @Option(
        name: .customLong("max-entries"),
        help: ArgumentHelp(
            "Stop with decompile-too-large when the blobs expand to more root complexes and map entries than this .",
            valueName: "n"))
    var maxEntries: Int = DecompileOptions.defaultMaxEntries

    @Option(name: .customLong("diagnostics-format"), help: "How to print diagnostics: text or json (one object per line).")
    var diagnosticsFormat: DiagnosticFormat = .text

    @OptionGroup var progressOptions: ProgressOptions

    @OptionGroup var durabilityOptions: DurabilityOptions

    func validate() throws {
        try rejectEmptyPath(output, "-o")
        try rejectEmptyPath(dtb, "--dtb")
        if maxEntries < 1 { throw ValidationError("--max-entries must be at least 1") }
        if dtb == nil && acpi.isEmpty { throw ValidationError("give --dtb and/or --acpi") }
        if let arch, Architecture(rawValue: arch) == nil { throw ValidationError("--arch must be arm64 or x86_64") }
        if let name, !Names.isTopologyName(name) {
            throw ValidationError("--name must match [a-z0-9][a-z0-9_-]*, found '\(name)'")
        }
        if let name, name.utf8.count > 251 {
            throw ValidationError("--name is \(name.utf8.count) bytes; at most 251 fit in a file name with its suffix (name-too-long)")
        }
    }

    /// The output file's base name without `.yaml`/`.yml`, made a valid topology name.
    static func name(fromOutput path: String) -> String? {
        var base = String(path.split(separator: "/").last ?? "")
        for ext in [".yaml", ".yml"] where base.hasSuffix(ext) { base.removeLast(ext.count) }
        let cleaned = String(base.lowercased().map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-") ? c : "-"
        })
        return Names.isTopologyName(cleaned) ? cleaned : nil
    }

    func run() throws {
        let printer = DiagnosticPrinter(format: diagnosticsFormat)
        let progress = progressOptions.reporter("decompile")
        defer { progress.finish() }
        progress.phase("reading blobs", total: (dtb == nil ? 0 : 1) + acpi.count)
        let dtbBlob = try dtb.map { path in
            defer { progress.advance() }
            return FirmwareBlob(name: path, bytes: try readInput(path, printer: printer))
        }
        let tables = try acpi.map { path in
            defer { progress.advance() }
            return FirmwareBlob(name: path, bytes: try readInput(path, printer: printer))
        }
        progress.phase("decoding and building the topology")
        let options = DecompileOptions(
            name: name ?? output.flatMap(Self.name(fromOutput:)), arch: arch.flatMap(Architecture.init(rawValue:)),
            outputFile: output ?? "<stdout>", maxEntries: maxEntries)
        let result = Decompiler.decompile(dtb: dtbBlob, acpi: tables, options: options)
        progress.finish()
        printer.print(result.diagnostics)
        guard let yaml = result.yaml else { throw ExitCode(Status.invalid) }
        if let output {
            do {
                try OutputDirectory.replaceFile(at: output, with: Array(yaml.utf8), durability: durabilityOptions.durability)
            } catch {
                throw writeFailed(error, printer: printer)
            }
        } else {
            FileHandleOutput.stdout(yaml)
        }
        if result.failed { throw ExitCode(Status.invalid) }
    }
}
