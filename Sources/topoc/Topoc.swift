import ArgumentParser
import TopologyCompiler

/// The `topoc` command: parses arguments, prints, and sets exit statuses. Everything else is in
/// the `TopologyCompiler` library.
struct Topoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topoc",
        abstract: "Compile a firmware I/O topology into device trees and ACPI tables, and verify them.",
        discussion: Manual.description,
        version: TopocVersion.string,
        subcommands: [
            CheckCommand.self, CompileCommand.self, VerifyCommand.self, DecompileCommand.self, ExplainCommand.self,
            GraphCommand.self, GenerateCommand.self, ManualSectionsCommand.self,
        ]
    )
}

/// Options shared by every command that reads a topology.
struct DiagnosticOptions: ParsableArguments {
    @Flag(help: "Treat warnings as errors.")
    var werror = false

    @Option(name: .customLong("diagnostics-format"), help: "How to print diagnostics: text or json (one object per line).")
    var diagnosticsFormat: DiagnosticFormat = .text

    @Option(name: .customLong("error"), help: ArgumentHelp("Make the warning with this id an error (repeatable).", valueName: "id"), completion: .ruleIDs)
    var errorIDs: [String] = []

    @Option(name: .customLong("no-warn"), help: ArgumentHelp("Silence the warning with this id (repeatable).", valueName: "id"), completion: .ruleIDs)
    var silencedIDs: [String] = []
}

/// `--fsync`: for commands that write files. Outputs are swapped in atomically either way.
struct DurabilityOptions: ParsableArguments {
    @Flag(help: "Sync every output file and directory to disk before returning (for media that must survive power loss; atomic either way).")
    var fsync = false

    var durability: Durability { fsync ? .synced : .atomic }
}

/// `--quiet`: the progress line of long work (shown only on a terminal, after about a second) is off.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Show no progress line (it appears only when standard error is a terminal and the work takes over a second).")
    var quiet = false

    func reporter(_ command: String) -> ProgressReporter { .standardError(command, quiet: quiet) }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The exit statuses of cli.md.
enum Status {
    static let invalid: Int32 = 1
    static let usage: Int32 = 2
}
