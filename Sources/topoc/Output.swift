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

/// Prints diagnostics in the compiler form (`file:line:col: error: message [id]`) or as JSON.
struct DiagnosticPrinter {
    var format: DiagnosticFormat

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch format {
            case .text: FileHandleOutput.stderr(diagnostic.description)
            case .json: FileHandleOutput.stderr(json(diagnostic))
            }
        }
    }

    func json(_ d: Diagnostic) -> String {
        let notes = d.notes.map {
            "{\"file\": \(quote($0.location.file)), \"line\": \($0.location.line), \"column\": \($0.location.column), \"message\": \(quote($0.message))}"
        }
        return "{\"severity\": \(quote(d.severity.rawValue)), \"id\": \(quote(d.id)), \"file\": \(quote(d.location.file)), "
            + "\"line\": \(d.location.line), \"column\": \(d.location.column), \"message\": \(quote(d.message)), "
            + "\"notes\": [\(notes.joined(separator: ", "))]}"
    }

    private func quote(_ text: String) -> String { JSONText.quote(text) }
}

/// Reads an input file; an I/O failure is printed and becomes exit status 2 (cli.md).
/// `Compiler.check(path:options:)`: the topology read in pieces; exits 2 as `readInput` does
/// when the file cannot be read.
/// `outputs: []` checks the topology rules only (compile, which then emits, passes it).
func checkInput(_ path: String, options: CheckOptions, outputs: Set<OutputKind>? = nil) throws -> CheckedTopology {
    do {
        return try Compiler.check(path: path, options: options, outputs: outputs)
    } catch {
        FileHandleOutput.stderr(error.description)
        throw ExitCode(Status.usage)
    }
}

func readInput(_ path: String) throws -> [UInt8] {
    do {
        return try SourceFile.read(path)
    } catch {
        FileHandleOutput.stderr(error.description)
        throw ExitCode(Status.usage)
    }
}
