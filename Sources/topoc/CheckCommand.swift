import ArgumentParser
import TopologyCheck
import TopologyCompiler
import TopologyModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Parse and validate topology files; write nothing.")

    @Argument(help: "Topology files.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let printer = DiagnosticPrinter(format: diagnostics.diagnosticsFormat)
        var failed = false
        for file in files {
            let checked = try checkInput(file, options: try diagnostics.checkOptions(), printer: printer)
            printer.print(checked.diagnostics)
            failed = failed || checked.hasErrors
        }
        if failed { throw ExitCode(Status.invalid) }
    }
}

extension DiagnosticOptions {
    func checkOptions() throws -> CheckOptions {
        var options = CheckOptions()
        options.werror = werror
        for id in errorIDs { options.severity[id] = .error }
        for id in silencedIDs { options.disabled.insert(id) }
        // An error cannot be silenced or demoted: emitters rely on errors stopping a compile.
        do {
            try options.validate(alsoKnown: Compiler.formatRules + Compiler.verifyRules)
        } catch {
            // The library ignores a refused override and says so; the command line refuses it (exit 2).
            throw ValidationError(error.problems.map { problem in
                problem.hasSuffix("; the override is ignored") ? String(problem.dropLast(25)) : problem
            }.joined(separator: "\n"))
        }
        return options
    }
}
