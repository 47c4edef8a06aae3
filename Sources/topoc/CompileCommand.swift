import ArgumentParser
import TopologyCompiler
import TopologyModel

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Validate a topology, then write its device tree, ACPI tables and endpoint map.",
        discussion: "Outputs are written atomically: a failed compile leaves the output directory as it was.")

    @Argument(help: "The topology file.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output directory (default: Output/<name>).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("Outputs to write, comma separated: dtb,dts,viot,iort,mcfg,ssdt,json.", valueName: "list"))
    var emit: String?

    @Option(
        help: ArgumentHelp(
            "Merge the topology's nodes into this device tree blob (a VMM's tree) instead of an empty one.",
            valueName: "file.dtb"))
    var base: String?

    @Option(help: ArgumentHelp("Write a make-style dependency file.", valueName: "file"))
    var depfile: String?

    @Option(help: ArgumentHelp(
        "Also write a Swift source file embedding the outputs as constants (what the SwiftPM plugin uses); without -o, only that file is written.",
        valueName: "file"))
    var swift: String?

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        var kinds: Set<OutputKind>?
        if let emit {
            switch OutputKind.parseList(emit) {
            case .success(let parsed): kinds = parsed
            case .failure(let error): throw ValidationError(error.description)
            }
        }
        let bytes = try readInput(file)
        let baseDTB = try base.map(readInput)
        let options = CompileOptions(
            emit: kinds, checks: try diagnostics.checkOptions(), baseDTB: baseDTB, baseDTBFile: base ?? "base.dtb")
        let result = Compiler.compile(bytes: bytes, file: file, options: options)
        DiagnosticPrinter(format: diagnostics.diagnosticsFormat).print(result.diagnostics)
        guard result.succeeded, let topology = result.topology else { throw ExitCode(Status.invalid) }

        // With only --swift, no output directory is written (the SwiftPM plugin's case).
        let directory: String? = output ?? (swift == nil ? "Output/\(topology.name)" : nil)
        // Without --emit this is a full compile: earlier outputs it no longer produces are stale.
        let stale = kinds == nil ? Compiler.ownedFileNames(of: topology) : []
        do {
            var written: [String] = []
            if let directory {
                try OutputDirectory.write(result.files, to: directory, dropping: stale)
                written += result.files.map { "\(directory)/\($0.name)" }
            }
            if let swift {
                let source = SwiftSource.render(result.files, topology: topology, sourceFile: baseName(file))
                try OutputDirectory.replaceFile(at: swift, with: Array(source.utf8))
                written.append(swift)
            }
            if let depfile {
                let inputs = [file] + (base.map { [$0] } ?? [])
                try OutputDirectory.replaceFile(at: depfile, with: Array(Depfile.render(outputs: written, inputs: inputs).utf8))
            }
        } catch {
            FileHandleOutput.stderr(error.description)
            throw ExitCode(Status.usage)
        }
    }

    private func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
