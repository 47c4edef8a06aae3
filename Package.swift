// swift-tools-version:6.1
// topoc: a firmware topology description compiler.
//
// Data flows one way; each stage is one module and depends only on the stages before it. Every
// target declares exactly what its sources import (Tests/TopocTests/PackageGraphTests.swift):
//
//   TopologyModel  (the model, and the endpoint layout derived from it: verify's oracle)
//                  <- TopologyParser (YAML text -> model through libyaml, with source locations)
//                  <- TopologyCheck  (the validity rules and their diagnostics)
//                  <- DeviceTree, ACPI (emitters: model -> bytes; they trust a checked model and
//                     import no rule)
//   VirtioIOMMU    (the embedded device; knows nothing of topologies)
//   FirmwareDecode (independent readers of DTB/VIOT/IORT/MCFG blobs and SSDT/DSDT device objects)
//                  <- Verify (drives the device with what the blobs say; the model's layout is
//                     the expectation, and no rule of TopologyCheck is consulted)
//                  <- DeviceTree, for `--base` only: the one hardened reader of outside DTBs
//                     (bytes only; how maps are interpreted stays FirmwareDecode's alone)
//                  <- TopologyDecompile (blobs -> topology text, through FirmwareDecode's readers)
//   TopologyCompiler (the library a VMM links: compile, emit, write atomically, verify, decompile)
//                  <- topoc (the thin command-line front end)
import PackageDescription

let package = Package(
    name: "topoc",
    // Linux is where topoc is built and tested; on macOS, `Synchronization.Mutex` needs 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "topoc", targets: ["topoc"]),
        .library(name: "TopologyCompiler", targets: ["TopologyCompiler"]),
        .library(name: "VirtioIOMMU", targets: ["VirtioIOMMU"]),
        .plugin(name: "TopocBuildPlugin", targets: ["TopocBuildPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libfdt from Debian's libfdt-dev (no pkg-config file, so a plain module map).
        .systemLibrary(name: "CLibfdt", path: "Sources/CLibfdt"),
        // libyaml from Debian's libyaml-dev: topologies are composed from its events. (Yams did it
        // before; its Foundation dependency was half of the executable and a third of start-up.)
        .systemLibrary(name: "CLibyaml", path: "Sources/CLibyaml"),

        // renameat2(RENAME_EXCHANGE), for swapping a finished output directory into place.
        .target(name: "CAtomicRename"),

        .target(name: "TopologyModel"),
        .target(name: "TopologyParser", dependencies: ["TopologyModel", "CLibyaml"]),
        .target(name: "TopologyCheck", dependencies: ["TopologyModel"]),
        // FirmwareDecode: its DeviceTreeBlob is the one hardened reader of blobs from outside (`--base`).
        .target(name: "DeviceTree", dependencies: ["TopologyModel", "FirmwareDecode", "CLibfdt"]),
        .target(name: "ACPI", dependencies: ["TopologyModel"]),
        .target(name: "VirtioIOMMU"),
        .target(name: "FirmwareDecode", dependencies: ["CLibfdt"]),
        .target(name: "Verify", dependencies: ["TopologyModel", "VirtioIOMMU", "FirmwareDecode"]),
        // Blobs back to topology text: bytes are read only through FirmwareDecode; ACPI's IORT
        // planner says whether an SMMU's mappings are the ones topoc derives (to leave them out).
        .target(name: "TopologyDecompile", dependencies: ["TopologyModel", "FirmwareDecode", "ACPI"]),
        .target(
            name: "TopologyCompiler",
            dependencies: [
                "TopologyModel", "TopologyParser", "TopologyCheck", "DeviceTree", "ACPI", "Verify", "FirmwareDecode",
                "TopologyDecompile", "CAtomicRename",
            ]),
        .executableTarget(
            name: "topoc",
            dependencies: [
                "TopologyCompiler", "TopologyModel", "TopologyCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `make bench`: virtqueue throughput and the time of an exhaustive verify.
        .executableTarget(name: "topoc-bench", dependencies: ["TopologyCompiler", "VirtioIOMMU"]),
        // `make fuzz`: libFuzzer targets (built with --sanitize fuzzer --sanitize address and
        // -DTOPOC_LIBFUZZER; a normal build makes a replayer that runs a target once per file).
        .executableTarget(name: "topoc-fuzz", dependencies: ["TopologyCompiler", "FirmwareDecode", "VirtioIOMMU"]),

        // Build-tool plugin: `*.topology.yaml` files of a target become Swift constants.
        .plugin(name: "TopocBuildPlugin", capability: .buildTool(), dependencies: ["topoc"]),

        // Test support, not a product: the one locator of QEMU's golden blobs in Tests/Goldens.
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "TopologyParserTests", dependencies: ["TopologyParser", "TopologyModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TopologyCheckTests", dependencies: ["TopologyCheck", "TopologyParser", "TopologyModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DeviceTreeTests", dependencies: ["DeviceTree", "TopologyParser", "TopologyModel", "CLibfdt", "TestSupport"]),
        .testTarget(name: "ACPITests", dependencies: ["ACPI", "TopologyParser", "TopologyModel", "TestSupport"]),
        .testTarget(name: "VirtioIOMMUTests", dependencies: ["VirtioIOMMU"]),
        .testTarget(name: "FirmwareDecodeTests", dependencies: ["FirmwareDecode", "TestSupport"]),
        .testTarget(name: "VerifyTests", dependencies: ["Verify", "TopologyCompiler", "TopologyModel", "FirmwareDecode", "TestSupport"]),
        .testTarget(
            name: "TopocTests",
            dependencies: ["TopologyCompiler", "TopologyModel", "FirmwareDecode", "TestSupport"],
            // Topology files the tests hand to the topoc executable by path, not bundle resources.
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
