import ArgumentParser
import TopologyCompiler
import TopologyModel

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Feed firmware blobs to the embedded virtio-iommu devices and check the layout a guest sees.",
        discussion: """
            Without --dtb/--acpi, FILE is compiled in memory and its own outputs are verified. ACPI tables \
            are recognized by their signature. Every ID is proven piece by piece (docs/verify.md); the first, \
            last and a few inner IDs of every piece go through the device, or every ID with --exhaustive. \
            Prints every blob with what it was read as (DTB, VIOT, IORT, MCFG, MADT, or not read) and what was \
            checked, a table of ID ranges, then 'verified: N endpoints, M requests, K mismatches'; each \
            mismatch is explained on standard error. A table verify does not read is a warning \
            (verify-blob-not-read); blobs of which none is read are an error (verify-nothing-read).
            """)

    @Argument(help: "The topology file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(help: ArgumentHelp("A device tree blob to verify.", valueName: "file.dtb"), completion: .file())
    var dtb: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("ACPI tables to verify (VIOT, IORT, MCFG, MADT are read; any other table is a warning).", valueName: "table.aml"), completion: .file())
    var acpi: [String] = []

    @Flag(help: "Send every ID of every piece through the device, not only its first, last and a few inside.")
    var exhaustive = false

    @Option(name: .customLong("max-ids"), help: "With --exhaustive: IDs sent through the device one by one before the rest are sampled.")
    var maxIDs: Int = 1 << 20

    @OptionGroup var diagnostics: DiagnosticOptions

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard maxIDs >= 1 else { throw ValidationError("--max-ids must be at least 1") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(format: diagnostics.diagnosticsFormat)
        // Phase level only: the verifier's own loops report nothing yet (Sources/Verify is being reworked).
        let progress = progressOptions.reporter("verify")
        defer { progress.finish() }
        progress.phase("reading inputs", total: 1 + (dtb == nil ? 0 : 1) + acpi.count)
        let source = try readTopology(file, printer: printer)
        let dtbBlob = try dtb.map { FirmwareBlob(name: $0, bytes: try readInput($0, printer: printer)) }
        let tables = try acpi.map { FirmwareBlob(name: $0, bytes: try readInput($0, printer: printer)) }

        progress.advance(1 + (dtb == nil ? 0 : 1) + acpi.count)
        progress.phase("checking \(file)")
        let checkOptions = try diagnostics.checkOptions()
        // The topology rules only. With blobs made elsewhere they are what matters: a layout topoc's
        // own backends cannot write (a VIOT for a device's ID range) may still be what a VMM's DT
        // says. Without blobs, `Compiler.verify` builds the blobs it reads (DTB, VIOT, IORT, MCFG)
        // and reports their format rules then; building every output here as well (listings, DTS,
        // JSON) only to drop them was half of a large verify.
        let checked = Compiler.check(bytes: source, file: file, options: checkOptions, outputs: [])
        printer.print(checked.diagnostics)
        guard let topology = checked.topology, !checked.hasErrors else { throw ExitCode(Status.invalid) }

        let report: VerificationReport
        progress.phase(dtb == nil && acpi.isEmpty ? "compiling and verifying in memory" : "verifying the blobs")
        do {
            report = try Compiler.verify(topology, dtb: dtbBlob, acpiTables: tables, options: VerifyOptions(maxIDs: maxIDs, exhaustive: exhaustive))
        } catch {
            switch error {
            case .invalidTopology(let found): printer.print(found)
            case .malformedBlob(let e):
                printer.print([DecompileDiagnostics.BlobMalformed.diagnostic(e.description, at: .blob(e.blob, offset: Self.offset(in: e.reason)))])
            }
            throw ExitCode(Status.invalid)
        }
        progress.finish()
        FileHandleOutput.stdout(report.table())
        // --werror, --error and --no-warn apply to the report's findings too (verify-blob-not-read).
        let found = checkOptions.apply(to: report.diagnostics(file: file), rules: Compiler.verifyRules)
        printer.print(found)
        FileHandleOutput.stdout(report.summary)
        if !report.passed || found.contains(where: { $0.severity == .error }) { throw ExitCode(Status.invalid) }
    }

    /// The byte offset a decoder's reason names (`...: at byte 52 (0x34): ...`), else 0: Verify's
    /// error keeps the decoder's text, not its offset.
    static func offset(in reason: String) -> Int {
        guard let range = reason.firstRange(of: "at byte ") else { return 0 }
        return Int(reason[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }
}
