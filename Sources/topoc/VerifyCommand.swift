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
            Prints a table of ID ranges, then 'verified: N endpoints, M requests, K mismatches'; each \
            mismatch is explained on standard error.
            """)

    @Argument(help: "The topology file.")
    var file: String

    @Option(help: ArgumentHelp("A device tree blob to verify.", valueName: "file.dtb"))
    var dtb: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("ACPI tables to verify (VIOT, IORT, MCFG; others are ignored).", valueName: "table.aml"))
    var acpi: [String] = []

    @Flag(help: "Send every ID of every piece through the device, not only its first, last and a few inside.")
    var exhaustive = false

    @Option(name: .customLong("max-ids"), help: "With --exhaustive: IDs sent through the device one by one before the rest are sampled (default 1048576).")
    var maxIDs: Int = 1 << 20

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard maxIDs >= 1 else { throw ValidationError("--max-ids must be at least 1") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(format: diagnostics.diagnosticsFormat)
        let source = try readInput(file)
        let dtbBlob = try dtb.map { FirmwareBlob(name: $0, bytes: try readInput($0)) }
        let tables = try acpi.map { FirmwareBlob(name: $0, bytes: try readInput($0)) }

        let checked = Compiler.check(bytes: source, file: file, options: try diagnostics.checkOptions())
        printer.print(checked.diagnostics)
        guard let topology = checked.topology, !checked.hasErrors else { throw ExitCode(Status.invalid) }

        let report: VerificationReport
        do {
            report = try Compiler.verify(topology, dtb: dtbBlob, acpiTables: tables, options: VerifyOptions(maxIDs: maxIDs, exhaustive: exhaustive))
        } catch {
            switch error {
            case .invalidTopology(let found): printer.print(found)
            case .malformedBlob(let e):
                printer.print([Diagnostic(id: "malformed-blob", e.description, at: .start(of: e.blob))])
            }
            throw ExitCode(Status.invalid)
        }
        FileHandleOutput.stdout(report.table())
        printer.print(report.diagnostics(file: file))
        FileHandleOutput.stdout(report.summary)
        if !report.passed { throw ExitCode(Status.invalid) }
    }
}
