import FirmwareDecode
import TopologyModel

/// What `decompile` needs besides the blobs.
public struct DecompileOptions: Sendable {
    /// The topology name; nil: the DT `model` when it is a valid name, else the ACPI OEM table ID
    /// when it is one, else `decompiled`.
    public var name: String?
    /// nil: arm64 when a DTB or an IORT is given, else x86_64.
    public var arch: Architecture?
    /// The file name diagnostics point at (where the YAML goes).
    public var outputFile: String
    /// The most root complexes and map entries the blobs may expand to. A 24-byte VIOT PCI range
    /// can cover 65,536 segments and an IORT's RC -> SMMU -> ITS chains multiply, so a small blob
    /// can describe a huge topology; past this budget decompile stops with `decompile-too-large`
    /// instead of running for minutes. The default admits `topoc generate --scale 1000` (2,000
    /// root complexes, 128,000 map entries) with room to spare and keeps the YAML well inside the
    /// parser's node budget.
    public var maxEntries: Int

    /// The default `maxEntries`.
    public static let defaultMaxEntries = 500_000

    public init(
        name: String? = nil, arch: Architecture? = nil, outputFile: String = "<stdout>",
        maxEntries: Int = DecompileOptions.defaultMaxEntries
    ) {
        self.name = name
        self.arch = arch
        self.outputFile = outputFile
        self.maxEntries = maxEntries
    }
}

/// What reading the blobs back gives: the topology text (nil when a blob is malformed, or they
/// describe nothing a topology can hold) and every finding, located in the text.
public struct DecompiledText: Sendable {
    public var yaml: String?
    public var diagnostics: [Diagnostic]
}

/// `topoc decompile`'s reading: firmware blobs (a DTB and ACPI tables, made by anything) in, the
/// text of the topology file that describes them out. See docs/topology-format.md for what is
/// read from where. The text is not checked here: `TopologyCompiler.Decompiler` parses and
/// checks it as `compile` would, which needs the parser and the rules this module does not.
public enum BlobDecompiler {
    public static func decompile(dtb: FirmwareBlob?, acpi: [FirmwareBlob], options: DecompileOptions = .init())
        -> DecompiledText
    {
        var inputs = DecodedBlobs()
        var diagnostics: [Diagnostic] = []
        func malformed(_ blob: FirmwareBlob, _ error: Error) {
            diagnostics.append(
                DecompileDiagnostics.BlobMalformed.diagnostic(
                    "\(blob.name) is not a valid firmware blob: \(error)",
                    at: .blob(blob.name, offset: (error as? DecodeError)?.offset ?? 0)))
        }
        if let dtb {
            do {
                inputs.dt = (try DeviceTreeBlob(dtb.bytes), dtb.name)
            } catch {
                malformed(dtb, error)
            }
        }
        for blob in acpi {
            do {
                let header = try ACPITableHeader.decode(blob.bytes)
                func duplicate() {
                    diagnostics.append(
                        DecompileDiagnostics.BlobDuplicate.diagnostic(
                            "\(blob.name): a second \(header.signature) table; only the first is read",
                            at: .blob(blob.name, offset: 0)))
                }
                switch try ACPITable.decode(blob.bytes) {
                case .viot(let t): if inputs.viot == nil { inputs.viot = (t, blob.name) } else { duplicate(); continue }
                case .iort(let t): if inputs.iort == nil { inputs.iort = (t, blob.name) } else { duplicate(); continue }
                case .mcfg(let t): if inputs.mcfg == nil { inputs.mcfg = (t, blob.name) } else { duplicate(); continue }
                case .madt(let t): if inputs.madt == nil { inputs.madt = (t, blob.name) } else { duplicate(); continue }
                case .other(let signature, _):
                    guard signature == "SSDT" || signature == "DSDT" else {
                        diagnostics.append(
                            DecompileDiagnostics.ACPIIgnored.diagnostic(
                                "\(blob.name): \(signature) table ignored (decompile reads VIOT, IORT, MCFG, MADT and SSDT/DSDT device objects)",
                                at: .blob(blob.name, offset: 0)))
                        continue
                    }
                    let contents = try SSDTContents(blob.bytes, signature: signature)
                    inputs.ssdts.append((contents, blob.name))
                    if signature == "DSDT" { continue }  // a DSDT's header says nothing about the topology
                }
                inputs.headers.append((header, blob.name))
            } catch {
                malformed(blob, error)
            }
        }
        if diagnostics.contains(where: { $0.id == DecompileDiagnostics.BlobMalformed.id }) {
            return DecompiledText(yaml: nil, diagnostics: diagnostics)
        }
        if inputs.dt == nil && inputs.viot == nil && inputs.iort == nil && inputs.mcfg == nil && inputs.madt == nil && inputs.ssdts.isEmpty {
            diagnostics.append(
                DecompileDiagnostics.BlobNone.diagnostic("no device tree or ACPI table to decompile", at: .start(of: options.outputFile)))
            return DecompiledText(yaml: nil, diagnostics: diagnostics)
        }
        var builder = DecompileBuilder(inputs: inputs, options: options)
        builder.run()
        diagnostics += builder.located
        if let overrun = builder.overBudget {
            diagnostics.append(
                DecompileDiagnostics.DecompileTooLarge.diagnostic(
                    "\(overrun.what) makes the topology larger than decompile's budget of \(options.maxEntries) root complexes and map entries",
                    at: .blob(overrun.file, offset: overrun.offset)))
            return DecompiledText(yaml: nil, diagnostics: diagnostics)
        }
        if builder.iommus.isEmpty && builder.its.isEmpty {
            // A topology describes translation and MSI routing: blobs with neither (an MCFG
            // alone, say) have nothing to describe. Nothing is written. A machine with MSI
            // controllers and no IOMMU (QEMU's default virt) is written with `iommus: {}`.
            let names = ([inputs.dt?.name] + inputs.headers.map(\.name) + inputs.ssdts.map(\.name)).compactMap { $0 }
            diagnostics.append(
                DecompileDiagnostics.DecompileNoIOMMU.diagnostic(
                    "the blobs describe no IOMMU and no MSI controller (no VIOT node, IORT SMMUv3 node or ITS group, device-tree iommu/iommu-map or msi-controller, MADT ITS or GICv2m frame): a topology describes translation and MSI routing, so there is nothing to decompile",
                    at: .blob(names.first ?? options.outputFile, offset: 0)))
            return DecompiledText(yaml: nil, diagnostics: diagnostics)
        }
        let rendered = TopologyYAML.render(builder)
        for finding in builder.findings {
            let line = rendered.lines[finding.index] ?? 1
            diagnostics.append(
                finding.kind.rule.diagnostic(
                    finding.message,
                    at: SourceLocation(file: options.outputFile, line: line, column: 1)))
        }
        return DecompiledText(yaml: rendered.text, diagnostics: diagnostics)
    }
}

struct DecodedBlobs {
    var dt: (blob: DeviceTreeBlob, name: String)?
    var viot: (table: VIOTTable, name: String)?
    var iort: (table: IORTTable, name: String)?
    var mcfg: (table: MCFGTable, name: String)?
    var madt: (table: MADTTable, name: String)?
    var ssdts: [(contents: SSDTContents, name: String)] = []
    var headers: [(header: ACPITableHeader, name: String)] = []
}
