import ArgumentParser
import TopologyCompiler
import TopologyModel

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the topology: components as boxes, ID ranges on the edges (DOT or SVG).",
        discussion: """
            -o OUT.dot writes Graphviz source (the same bytes for the same input); -o OUT.svg runs Graphviz's \
            `dot -Tsvg` (exit 2 when it is not installed). The file is replaced atomically.
            """)

    @Argument(help: "The topology file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, .dot or .svg.", valueName: "out"), completion: .file(extensions: ["dot", "svg"]))
    var output: String

    @OptionGroup var diagnostics: DiagnosticOptions

    @OptionGroup var durabilityOptions: DurabilityOptions

    func validate() throws {
        try rejectEmptyPath(output, "-o")
        guard output.hasSuffix(".dot") || output.hasSuffix(".svg") else {
            throw ValidationError("graph: the output file must end in .dot or .svg: '\(output)'")
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter(format: diagnostics.diagnosticsFormat)
        let bytes = try readTopology(file, printer: printer)
        let checked = Compiler.check(bytes: bytes, file: file, options: try diagnostics.checkOptions())
        printer.print(checked.diagnostics)
        guard let topology = checked.topology, !checked.hasErrors else { throw ExitCode(Status.invalid) }
        do {
            let rendered = try TopologyGraph.render(topology, to: output)
            try OutputDirectory.replaceFile(at: output, with: rendered, durability: durabilityOptions.durability)
        } catch let error as TopologyGraph.GraphError {
            printer.print([CommandDiagnostics.GraphvizFailed.diagnostic(error.description, at: .file(output))])
            throw ExitCode(Status.usage)
        } catch {
            throw writeFailed(error, printer: printer)
        }
    }
}
