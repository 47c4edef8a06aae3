import ArgumentParser
import TopologyCheck
import TopologyCompiler
import TopologyModel

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Validate a topology, then write its device tree, ACPI tables and endpoint map.",
        discussion: "Outputs are written atomically: a failed compile leaves the output directory as it was.")

    @Argument(help: "The topology file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output directory (default: Output/<name>).", valueName: "dir"), completion: .directory)
    var output: String?

    @Option(help: ArgumentHelp("Outputs to write, comma separated: dtb,dts,viot,iort,mcfg,ssdt,json.", valueName: "list"),
        completion: .outputKinds)
    var emit: String?

    @Option(
        help: ArgumentHelp(
            "Merge the topology's nodes into this device tree blob (a VMM's tree) instead of an empty one.",
            valueName: "file.dtb"), completion: .file())
    var base: String?

    @Option(help: ArgumentHelp("Write a make-style dependency file.", valueName: "file"), completion: .file())
    var depfile: String?

    @Option(help: ArgumentHelp(
        "Also write a Swift source file embedding the outputs as constants (what the SwiftPM plugin uses); without -o, only that file is written.",
        valueName: "file"), completion: .file())
    var swift: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    @OptionGroup var progressOptions: ProgressOptions

    @OptionGroup var durabilityOptions: DurabilityOptions

    func validate() throws {
        try rejectEmptyPath(output, "-o")
        try rejectEmptyPath(base, "--base")
        try rejectEmptyPath(depfile, "--depfile")
        try rejectEmptyPath(swift, "--swift")
    }

    func run() throws {
        var kinds: Set<OutputKind>?
        if let emit {
            switch OutputKind.parseList(emit) {
            case .success(let parsed): kinds = parsed
            case .failure(let error): throw ValidationError(error.description)
            }
        }
        let printer = DiagnosticPrinter(format: diagnostics.diagnosticsFormat)
        // Resolved once: resolving the overrides against every rule costs more than it looks.
        let checks = try diagnostics.checkOptions()
        if swift == nil {
            try compileIntoDirectory(checks: checks, kinds: kinds, printer: printer)
            return
        }
        let bytes = try readTopology(file, printer: printer)
        let baseDTB = try base.map { try readInput($0, printer: printer) }
        let options = CompileOptions(emit: kinds, checks: checks, baseDTB: baseDTB, baseDTBFile: base ?? "base.dtb")
        let result = Compiler.compile(bytes: bytes, file: file, options: options)
        printer.print(result.diagnostics)
        guard result.succeeded, let topology = result.topology else { throw ExitCode(Status.invalid) }

        // With --swift, the outputs are held whole (they are embedded); an output directory is
        // written only with -o (without it, the SwiftPM plugin's case, none is).
        let directory = output
        // Without --emit this is a full compile: earlier outputs it no longer produces are stale.
        let stale = kinds == nil ? Compiler.ownedFileNames(of: topology) : []
        do {
            var written: [String] = []
            if let directory {
                try OutputDirectory.write(result.files, to: directory, dropping: stale, durability: durabilityOptions.durability)
                written += result.files.map { "\(directory)/\($0.name)" }
            }
            if let swift {
                let source = SwiftSource.render(result.files, topology: topology, sourceFile: baseName(file))
                try OutputDirectory.replaceFile(at: swift, with: Array(source.utf8), durability: durabilityOptions.durability)
                written.append(swift)
            }
            try writeDepfile(outputs: written)
        } catch {
            throw writeFailed(error, printer: printer)
        }
    }

    /// The output directory alone (no `--swift`): the library's streaming, atomic compile
    /// (`Compiler.compile(path:into:)`), its findings printed as they are known.
    private func compileIntoDirectory(checks: CheckOptions, kinds: Set<OutputKind>?, printer: DiagnosticPrinter) throws {
        let progress = progressOptions.reporter("compile")
        defer { progress.finish() }
        let result: DirectoryCompileResult
        do {
            result = try Compiler.compile(
                path: file, into: output, base: base, options: CompileOptions(emit: kinds, checks: checks),
                durability: durabilityOptions.durability, progress: progress, checked: { printer.print($0) })
        } catch {
            printer.print(error)
            throw ExitCode(Status.usage)
        }
        printer.print(result.formatDiagnostics)
        guard result.succeeded else { throw ExitCode(Status.invalid) }
        do {
            try writeDepfile(outputs: result.written)
        } catch {
            throw writeFailed(error, printer: printer)
        }
    }

    private func writeDepfile(outputs written: [String]) throws(IOFailure) {
        guard let depfile else { return }
        let inputs = [file] + (base.map { [$0] } ?? [])
        try OutputDirectory.replaceFile(
            at: depfile, with: Array(Depfile.render(outputs: written, inputs: inputs).utf8), durability: durabilityOptions.durability)
    }

    private func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
