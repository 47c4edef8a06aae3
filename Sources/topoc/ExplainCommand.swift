import ArgumentParser
import TopologyCompiler
import TopologyModel

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain how one endpoint is translated, and which firmware node says so.",
        discussion: """
            WHAT is a PCI function (SSSS:BB:DD.F or BB:DD.F, segment 0 by default) or a platform device name; \
            --all explains every run of endpoints.json. A malformed address is a usage error (exit 2); an \
            address on no root complex or an unknown device name is invalid input (exit 1).
            """)

    @Argument(help: "The topology file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Argument(help: ArgumentHelp("PCI function or device name.", valueName: "what"))
    var what: String?

    @Flag(help: "Explain every run of endpoints.")
    var all = false

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if all == (what != nil) { throw ValidationError("give either a PCI address or device name, or --all") }
        if let what, case .failure(let error) = ExplainQuery.parse(what) { throw ValidationError(error.description) }
    }

    func run() throws {
        let query: ExplainQuery
        if all {
            query = .all
        } else {
            switch ExplainQuery.parse(what!) {
            case .success(let q): query = q
            case .failure(let error): throw ValidationError(error.description)
            }
        }
        let printer = DiagnosticPrinter(format: diagnostics.diagnosticsFormat)
        let bytes = try readTopology(file, printer: printer)
        do {
            let (found, explanations) = try Explainer.explain(
                bytes: bytes, file: file, query: query, options: CompileOptions(checks: try diagnostics.checkOptions()))
            printer.print(found)
            guard let explanations else { throw ExitCode(Status.invalid) }
            switch format {
            case .text: FileHandleOutput.stdout(Explainer.renderText(explanations))
            case .json: FileHandleOutput.stdout(Explainer.renderJSON(explanations, array: all))
            }
        } catch let error as ExplainError {
            printer.print([CommandDiagnostics.ExplainNotFound.diagnostic(error.description, at: .file(file))])
            throw ExitCode(Status.invalid)
        }
    }
}
