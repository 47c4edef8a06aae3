import ArgumentParser
import TopologyCheck
import TopologyCompiler
import TopologyModel

#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered writes to the standard streams (diagnostics must not interleave badly with make).
enum FileHandleOutput {
    static func stderr(_ text: String) { write(2, text.hasSuffix("\n") ? text : text + "\n") }
    static func stdout(_ text: String) { write(1, text.hasSuffix("\n") ? text : text + "\n") }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { return }
            offset += n
        }
    }
}

/// Prints diagnostics in the compiler form (`file:line:col: error: message [id]`, a blob's
/// `file:0xOFFSET: ...`) or as JSON, one object per line, all in one schema (docs/cli.md):
/// `severity`, `id`, `file`, `line`, `column`, `blob`, `offset`, `message`, `notes`; a position
/// the finding does not have is null (an I/O error has neither line nor offset).
struct DiagnosticPrinter {
    var format: DiagnosticFormat

    /// The format chosen on the command line, for errors raised before the options are parsed
    /// (usage errors): a scan of the raw arguments, so `--diagnostics-format json` holds for them too.
    static var requested: DiagnosticFormat {
        let args = CommandLine.arguments
        for (i, arg) in args.enumerated() {
            if arg == "--diagnostics-format", i + 1 < args.count, let f = DiagnosticFormat(rawValue: args[i + 1]) { return f }
            if arg.hasPrefix("--diagnostics-format="), let f = DiagnosticFormat(rawValue: String(arg.dropFirst(21))) { return f }
        }
        return .text
    }

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch format {
            case .text: FileHandleOutput.stderr(diagnostic.description)
            case .json: FileHandleOutput.stderr(json(diagnostic))
            }
        }
    }

    /// An input or output that could not be read or written (exit 2), as a diagnostic `io-error`.
    func print(_ failure: IOFailure) {
        switch format {
        case .text: FileHandleOutput.stderr(CommandDiagnostics.IOError.diagnostic(failure.reason, at: .file(failure.path)).description)
        case .json: print([CommandDiagnostics.IOError.diagnostic(failure.reason, at: .file(failure.path))])
        }
    }

    func json(_ d: Diagnostic) -> String {
        let notes = d.notes.map { "{\(position($0.location)), \"message\": \(quote($0.message))}" }
        return "{\"severity\": \(quote(d.severity.rawValue)), \"id\": \(quote(d.id)), \(position(d.location)), "
            + "\"message\": \(quote(d.message)), \"notes\": [\(notes.joined(separator: ", "))]}"
    }

    /// `file`, `line`, `column`, `blob`, `offset`: always all five keys, null where not known.
    private func position(_ l: SourceLocation) -> String {
        let file = l.file.isEmpty ? "null" : quote(l.file)
        if let offset = l.byteOffset {
            return "\"file\": \(file), \"line\": null, \"column\": null, \"blob\": \(file), \"offset\": \(offset)"
        }
        if l.isWholeFile {
            return "\"file\": \(file), \"line\": null, \"column\": null, \"blob\": null, \"offset\": null"
        }
        return "\"file\": \(file), \"line\": \(l.line), \"column\": \(l.column), \"blob\": null, \"offset\": null"
    }

    private func quote(_ text: String) -> String { JSONText.quote(text) }
}

/// `Compiler.check(path:options:)`: the topology read in pieces; an I/O failure is printed and
/// becomes exit status 2 (cli.md). `outputs: []` checks the topology rules only (compile, which
/// then emits, passes it).
func checkInput(_ path: String, options: CheckOptions, outputs: Set<OutputKind>? = nil, printer: DiagnosticPrinter) throws -> CheckedTopology {
    do {
        return try Compiler.check(path: path, options: options, outputs: outputs)
    } catch {
        printer.print(error)
        throw ExitCode(Status.usage)
    }
}

/// A firmware blob's bytes (bounded: `SourceFile.maxBlobSize`); an I/O failure exits 2.
func readInput(_ path: String, printer: DiagnosticPrinter) throws -> [UInt8] {
    do {
        return try SourceFile.read(path)
    } catch {
        printer.print(error)
        throw ExitCode(Status.usage)
    }
}

/// A topology's bytes (bounded, binary refused early); a file too large is reported and exits 1,
/// an I/O failure exits 2.
func readTopology(_ path: String, printer: DiagnosticPrinter) throws -> [UInt8] {
    do {
        guard let bytes = try SourceFile.readTopology(path) else {
            printer.print(SourceFile.tooLarge(path))
            throw ExitCode(Status.invalid)
        }
        return bytes
    } catch let error as IOFailure {
        printer.print(error)
        throw ExitCode(Status.usage)
    }
}

/// Writing failed (exit 2).
func writeFailed(_ error: Error, printer: DiagnosticPrinter) -> ExitCode {
    if let failure = error as? IOFailure { printer.print(failure) } else { FileHandleOutput.stderr("\(error)") }
    return ExitCode(Status.usage)
}

/// A usage error: in text, the message and the usage of the subcommand that was running (an
/// error raised by `run()` carries no command, and ArgumentParser would show the root's usage);
/// in JSON, one `usage` diagnostic.
func reportUsageError(_ error: Error, in command: ParsableCommand.Type) {
    let message = command == Topoc.self ? Topoc.fullMessage(for: error) : subcommandMessage(error, command)
    switch DiagnosticPrinter.requested {
    case .text:
        FileHandleOutput.stderr(message)
    case .json:
        let first = Topoc.message(for: error).split(separator: "\n").first.map(String.init) ?? "usage error"
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
        DiagnosticPrinter(format: .json).print([CommandDiagnostics.Usage.diagnostic(text, at: .file(""))])
    }
}

private func subcommandMessage(_ error: Error, _ command: ParsableCommand.Type) -> String {
    let usage = Topoc.usageString(for: command)
    return "Error: \(Topoc.message(for: error))\nUsage: \(usage)\n  See 'topoc \(command.configuration.commandName ?? "") --help' for more information."
}

extension Topoc {
    /// The usage line of `command` as `topoc <name> ...`.
    static func usageString(for command: ParsableCommand.Type) -> String {
        let own = command.usageString()
        let name = command.configuration.commandName ?? ""
        return own.hasPrefix("topoc ") ? own : own.hasPrefix(name) ? "topoc " + own : own
    }
}

/// `-o ""` and the like: a usage error, not an I/O error about a file with no name.
func rejectEmptyPath(_ value: String?, _ flag: String) throws {
    if value == "" { throw ValidationError("\(flag) needs a file name, not an empty string") }
}
