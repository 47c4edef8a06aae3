// swift-tools-version:6.1
// An example VMM package: its topology is compiled at build time by topoc's plugin, and the
// same topology is compiled and verified in-process through the TopologyCompiler library.
import PackageDescription

let package = Package(
    name: "SwiftVMM",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "topoc", path: "../..")],
    targets: [
        .executableTarget(
            name: "SwiftVMM",
            dependencies: [.product(name: "TopologyCompiler", package: "topoc")],
            plugins: [.plugin(name: "TopocBuildPlugin", package: "topoc")]
        )
    ]
)
