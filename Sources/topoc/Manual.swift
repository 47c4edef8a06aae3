import ArgumentParser

/// The man page's own sections, the one source for them: `make docs` puts `description` into
/// the generated page's DESCRIPTION (it is also `topoc --help`'s discussion) and appends
/// `sections()` (EXAMPLES, FILES, EXIT STATUS, SEE ALSO) after the generated option list.
/// DocsTests keeps the examples in step with the parser (every subcommand has one; every
/// option they use exists) and the committed page in step with this file.
enum Manual {
    static let description = """
        topoc reads one YAML file that describes a machine's I/O topology (PCI root complexes, \
        IOMMUs, MSI controllers, platform devices and the ID maps between them) and writes what \
        firmware hands the OS: a device tree (DTB and DTS), ACPI tables (VIOT, IORT, MCFG, an SSDT, \
        as .aml and as iasl .dsl listings) and endpoints.json. topoc verify reads the blobs back with \
        independent decoders and drives an embedded virtio-iommu model through them; topoc decompile \
        goes the other way, from blobs made by anything to a topology. \
        Exit status: 0 success, 1 the input is invalid or a check failed, 2 usage error or I/O failure.
        """

    struct Example {
        var subcommand: String
        var arguments: [String]
        var what: String
        var line: String { (["topoc", subcommand] + arguments).joined(separator: " ") }
    }

    static let examples: [Example] = [
        Example(subcommand: "check", arguments: ["board.yaml"], what: "Check a topology; print every finding as file:line:column."),
        Example(
            subcommand: "check", arguments: ["--werror", "--diagnostics-format", "json", "board.yaml"],
            what: "Treat warnings as errors and print one JSON object per finding (for CI)."),
        Example(subcommand: "compile", arguments: ["board.yaml", "-o", "out"], what: "Write board.dtb, board.dts, the ACPI tables and endpoints.json into out/, atomically."),
        Example(
            subcommand: "compile", arguments: ["board.yaml", "--emit", "dtb,iort", "--base", "vmm.dtb"],
            what: "Write only the DTB and IORT, merging the topology into a VMM's device tree."),
        Example(subcommand: "verify", arguments: ["board.yaml"], what: "Compile in memory and check what a guest sees through the virtio-iommu model."),
        Example(
            subcommand: "verify", arguments: ["board.yaml", "--dtb", "board.dtb", "--acpi", "VIOT.aml", "IORT.aml"],
            what: "Verify blobs made elsewhere (by a VMM, by dtc or iasl) against the topology."),
        Example(
            subcommand: "decompile", arguments: ["--dtb", "qemu.dtb", "--acpi", "IORT.aml", "MCFG.aml", "-o", "qemu.yaml"],
            what: "Write the topology that a QEMU machine's blobs describe."),
        Example(subcommand: "explain", arguments: ["board.yaml", "0000:00:01.0"], what: "Say how a PCI function is translated and which firmware node says so."),
        Example(subcommand: "graph", arguments: ["board.yaml", "-o", "board.svg"], what: "Draw the topology (Graphviz's dot for SVG; .dot needs nothing)."),
        Example(subcommand: "generate", arguments: ["--scale", "100", "-o", "big.yaml"], what: "Write a large valid layout for benchmarks."),
    ]

    static let files: [(String, String)] = [
        ("Output/<name>/", "compile's default output directory: <name>.dtb, <name>.dts, VIOT, IORT, MCFG and SSDT as .aml and .dsl, endpoints.json"),
        ("<table>.dsl", "iasl data-table listings (ASL for the SSDT); a current iasl compiles each to the .aml's bytes"),
        ("endpoints.json", "every endpoint's IDs and the IOMMU that translates them"),
        ("docs/cli.md", "the full command-line reference, with the JSON diagnostic schema"),
    ]

    static let exitStatus: [(Int, String)] = [
        (0, "success (warnings may have been printed)"),
        (1, "the input is invalid, a check failed, a blob is malformed, or verify found a mismatch"),
        (2, "usage error, or a file could not be read or written"),
    ]

    static let seeAlso = ["dtc 1", "fdtdump 1", "fdtget 1", "iasl 1", "acpidump 1"]

    /// The mdoc text of the EXAMPLES, FILES, EXIT STATUS and SEE ALSO sections.
    static func sections() -> String {
        var out = [".Sh EXAMPLES"]
        for e in examples {
            out += [e.what, ".Pp", ".Dl \(e.line)", ".Pp"]
        }
        out += [".Sh FILES", ".Bl -tag -width Ds"]
        for (file, what) in files { out += [".It Pa \(file)", what] }
        out += [".El", ".Sh \"EXIT STATUS\"", ".Bl -tag -width Ds"]
        for (status, what) in exitStatus { out += [".It \(status)", what] }
        out += [".El", ".Sh \"SEE ALSO\""]
        out += seeAlso.enumerated().map { i, page in ".Xr \(page)" + (i < seeAlso.count - 1 ? " ," : "") }
        return out.joined(separator: "\n") + "\n"
    }
}

/// `topoc manual-sections`: prints `Manual.sections()` for `make docs` (hidden from help).
struct ManualSectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual-sections", abstract: "Print the man page's hand-written sections (make docs).", shouldDisplay: false)

    @Flag(help: "Print docs/diagnostics.md instead, generated from the diagnostic registry.")
    var diagnostics = false

    func run() throws { FileHandleOutput.stdout(diagnostics ? DiagnosticsReference.markdown() : Manual.sections()) }
}
