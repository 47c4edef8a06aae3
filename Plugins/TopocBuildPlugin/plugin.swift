import PackagePlugin

/// Compiles every `*.topology.yaml` file of a target with `topoc`, at build time, into a Swift
/// source that embeds the firmware blobs (`<Topology>.dtb`, `.viot`, `.iort`... as `[UInt8]`).
///
/// A plugin must name its outputs before the tool runs, and topoc's file names depend on what the
/// topology says (its name, which tables it needs); one Swift file per topology is known up front.
@main
struct TopocBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let topoc = try context.tool(named: "topoc")
        return target.sourceFiles.filter { Self.isTopology($0.url.lastPathComponent) }.map { file in
            let stem = String(file.url.lastPathComponent.dropLast(".topology.yaml".count))
            let output = context.pluginWorkDirectoryURL.appending(path: "\(stem).topology.swift")
            return .buildCommand(
                displayName: "topoc: compiling \(file.url.lastPathComponent)",
                executable: topoc.url,
                arguments: ["compile", file.url.path(percentEncoded: false), "--swift", output.path(percentEncoded: false)],
                inputFiles: [file.url],
                outputFiles: [output])
        }
    }

    static func isTopology(_ name: String) -> Bool { name.hasSuffix(".topology.yaml") }
}
