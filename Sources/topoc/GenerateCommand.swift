import ArgumentParser
import TopologyCompiler

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a large, valid topology for benchmarks and scale tests.",
        discussion: """
            Scale N is N copies of a small arm64 machine: each adds a GICv3 ITS, a virtio-pci IOMMU, an SMMUv3, \
            a virtio-mmio IOMMU, two root complexes on their own segments with 32 iommu-map and 32 msi-map \
            entries each, and 32 platform devices (about 15 KiB of YAML). The same N always gives the same bytes. \
            Without -o the topology goes to standard output.
            """)

    @Option(help: ArgumentHelp("How many units the layout has (1-\(TopologyGenerator.maxScale)).", valueName: "n"))
    var scale: Int

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "file"), completion: .file())
    var output: String?

    @OptionGroup var durabilityOptions: DurabilityOptions

    func validate() throws {
        try rejectEmptyPath(output, "-o")
        guard (1...TopologyGenerator.maxScale).contains(scale) else {
            throw ValidationError("generate: --scale must be between 1 and \(TopologyGenerator.maxScale): \(scale)")
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter(format: .text)
        let text = TopologyGenerator.generate(scale: scale)
        guard let output else {
            FileHandleOutput.stdout(text)
            return
        }
        do {
            try OutputDirectory.replaceFile(at: output, with: Array(text.utf8), durability: durabilityOptions.durability)
        } catch {
            throw writeFailed(error, printer: printer)
        }
    }
}
