import TopologyModel

/// What `Compiler.compile(path:into:options:)` did.
public struct DirectoryCompileResult: Sendable {
    /// The model, when the topology parsed.
    public var topology: Topology?
    /// The parser's and the checker's findings: known before any output is built.
    public var checkDiagnostics: [Diagnostic]
    /// The backends' findings (a layout a requested format cannot express); nothing was written then.
    public var formatDiagnostics: [Diagnostic]
    /// The directory written (or that would have been), `<dir>` or `Output/<name>`.
    public var directory: String?
    /// Every file written, as `<directory>/<name>`, in the order they were built.
    public var written: [String]

    public var diagnostics: [Diagnostic] { checkDiagnostics + formatDiagnostics }
    /// The outputs are in place: no error was found and the directory was swapped in.
    public var succeeded: Bool { topology != nil && !diagnostics.contains { $0.severity == .error } }
}

extension Compiler {
    /// Compiles the topology file at `path` into `directory` (nil: `Output/<name>`), the whole of
    /// `topoc compile -o`: the file is read in pieces and checked, then each output is written
    /// into a staging directory as soon as it is built and released (at most one is held in
    /// memory), and the directory is swapped in atomically (`OutputDirectory.write`). A failed
    /// compile leaves the directory as it was.
    ///
    /// Which failure wins, as `topoc compile` reports it: an unreadable topology throws; parse
    /// and check errors come back in `checkDiagnostics`, with nothing built; a layout a format
    /// cannot express comes back in `formatDiagnostics` even when the directory also could not be
    /// written (the outputs are built again, writing nothing, to tell the two apart); otherwise a
    /// failure to write throws. Without `options.emit` this is a full compile, and earlier outputs
    /// it no longer produces are dropped.
    ///
    /// - Parameters:
    ///   - base: a device tree blob file to merge into (`--base`), read once the topology is
    ///     checked (an unreadable one throws before any finding is reported); it takes the place
    ///     of `options.baseDTB`, and its path names it in diagnostics.
    ///   - checked: called with the check's findings before any output is built, for a front end
    ///     that reports them as they are known (they are in the result too).
    public static func compile(
        path: String, into directory: String? = nil, base: String? = nil, options: CompileOptions = .init(),
        durability: Durability = .atomic, progress: ProgressReporter = .off(),
        checked report: ([Diagnostic]) -> Void = { _ in }
    ) throws(IOFailure) -> DirectoryCompileResult {
        progress.phase("checking \(path)")
        // The topology rules only: the backends' findings come from the emission itself.
        let checked = try check(path: path, options: options.checks, outputs: [])
        var options = options
        if let base {
            options.baseDTB = try SourceFile.read(base)
            options.baseDTBFile = base
        }
        report(checked.diagnostics)
        var result = DirectoryCompileResult(
            topology: checked.topology, checkDiagnostics: checked.diagnostics, formatDiagnostics: [], directory: nil, written: [])
        guard let topology = checked.topology, !checked.hasErrors else { return result }
        // Parsing freed far more than the model it kept (libyaml's events, the located tree), but
        // scattered through the heap, where malloc keeps it resident; hand it back before the
        // outputs are built, or their buffers come on top of it.
        OutputDirectory.releaseFreedMemory()
        let directory = directory ?? "Output/\(topology.name)"
        result.directory = directory
        let stale = options.emit == nil ? ownedFileNames(of: topology) : []
        let kinds = options.emit ?? OutputKind.defaults(for: topology)
        var written: [String] = []
        progress.phase("writing \(directory)", total: kinds.count)
        do {
            try OutputDirectory.write(to: directory, dropping: stale, durability: durability) { put in
                try emit(
                    topology, kinds: kinds, baseDTB: options.baseDTB, baseDTBFile: options.baseDTBFile,
                    beforeEach: OutputDirectory.releaseFreedMemory
                ) { name, contents in
                    try put(name, contents)
                    // A listing comes in pieces under one name: one file, one step.
                    if written.last != "\(directory)/\(name)" {
                        progress.advance()
                        written.append("\(directory)/\(name)")
                    }
                }
            }
        } catch let error as DiagnosticError {
            result.formatDiagnostics = error.diagnostics
            return result
        } catch let error as IOFailure {
            // An invalid layout is reported as such even when the directory could not be written
            // (as when every output was built before writing): emit again, writing nothing.
            do {
                try emit(topology, kinds: kinds, baseDTB: options.baseDTB, baseDTBFile: options.baseDTBFile) { _, _ in }
            } catch let formatError as DiagnosticError {
                result.formatDiagnostics = formatError.diagnostics
                return result
            } catch {
                preconditionFailure("a sink that drops bytes cannot fail: \(error)")
            }
            throw error
        } catch {
            preconditionFailure("writing outputs can only fail with an IOFailure or a DiagnosticError: \(error)")
        }
        result.written = written
        return result
    }
}
