import Foundation
import Testing

/// The module graph in Package.swift is the code's: every target declares exactly the modules
/// its sources import. A dependency nothing imports hides a wrong arrow in the graph; an import
/// of a module not declared builds only by luck of another target's dependencies.
@Suite struct PackageGraphTests {
    /// Modules of the toolchain and the platform, imported without being declared.
    static let platformModules: Set<String> = [
        "Foundation", "Testing", "XCTest", "Glibc", "Musl", "Darwin", "Dispatch", "Synchronization",
    ]

    @Test func everyTargetDeclaresExactlyWhatItsSourcesImport() throws {
        let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let targets = PackageTargets.parse(manifest)
        // The reading of the manifest is itself checked: a parser that found nothing would pass.
        #expect(targets.count >= 15, "read only \(targets.map(\.name)) from Package.swift")
        #expect(targets.contains { $0.name == "TopologyCompiler" && $0.dependencies.contains("ACPI") })
        var differences: [String] = []
        for target in targets {
            let imported = try Self.imports(under: packageRoot.appendingPathComponent(target.path))
                .subtracting(Self.platformModules).subtracting([target.name])
            let declared = Set(target.dependencies)
            for missing in imported.subtracting(declared).sorted() {
                differences.append("\(target.name) imports \(missing) without declaring it")
            }
            for unused in declared.subtracting(imported).sorted() {
                differences.append("\(target.name) declares \(unused) without importing it")
            }
        }
        #expect(differences.isEmpty, "Package.swift and the imports differ:\n\(differences.joined(separator: "\n"))")
    }

    @Test func importLinesAreRecognizedInEveryForm() {
        // Spelled IMPORT here, so that this file's own lines are not read as its imports.
        let source = [
            "IMPORT TopologyModel",
            "@testable IMPORT Verify",
            "@_exported IMPORT struct FirmwareDecode.FirmwareBlob",
            "public IMPORT ACPI",
            "  IMPORT DeviceTree  // indented, with a comment",
            "// IMPORT NotAnImport",
            "let text = \"IMPORT AlsoNot\"",
        ].joined(separator: "\n").replacingOccurrences(of: "IMPORT", with: "import")
        #expect(Self.imports(in: source) == ["TopologyModel", "Verify", "FirmwareDecode", "ACPI", "DeviceTree"])
    }

    @Test func targetDeclarationsAreReadWithTheirPathsAndProducts() {
        let manifest = """
            .target(name: "A"),
            .target(name: "B", dependencies: ["A", "C"]),
            .target(name: "TestSupport", path: "Tests/TestSupport"),
            .executableTarget(
                name: "tool",
                dependencies: ["B", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
            .testTarget(name: "BTests", dependencies: ["B"], resources: [.copy("Fixtures")]),
            .systemLibrary(name: "CLib", path: "Sources/CLib"),
            .plugin(name: "P", capability: .buildTool(), dependencies: ["tool"]),
            """
        let targets = PackageTargets.parse(manifest)
        #expect(targets.map(\.name) == ["A", "B", "TestSupport", "tool", "BTests"])
        #expect(targets.map(\.path) == ["Sources/A", "Sources/B", "Tests/TestSupport", "Sources/tool", "Tests/BTests"])
        #expect(targets.map(\.dependencies) == [[], ["A", "C"], [], ["B", "ArgumentParser"], ["B"]])
    }

    static func imports(under directory: URL) throws -> Set<String> {
        var modules: Set<String> = []
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", !file.path.contains("/Fixtures/") else { continue }
            modules.formUnion(imports(in: try String(contentsOf: file, encoding: .utf8)))
        }
        return modules
    }

    /// The module of every `import` line: attributes, access level and `import struct M.T` included.
    static func imports(in source: String) -> [String] {
        source.split(separator: "\n").compactMap { line -> String? in
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal"].contains(first) {
                words = words.dropFirst()
            }
            guard words.first == "import", words.count >= 2 else { return nil }
            words = words.dropFirst()
            let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
            if let kind = words.first, kinds.contains(kind), words.count >= 2 { words = words.dropFirst() }
            return words.first.map { String($0.split(separator: ".")[0]) }
        }
    }
}

/// The Swift targets of a manifest: name, source directory and the modules they depend on.
struct PackageTargets {
    var name: String
    var path: String
    var dependencies: [String]

    static func parse(_ manifest: String) -> [PackageTargets] {
        var targets: [PackageTargets] = []
        let text = Array(manifest.unicodeScalars)
        let kinds = [(".target(", "Sources"), (".executableTarget(", "Sources"), (".testTarget(", "Tests")]
        var i = 0
        while i < text.count {
            guard let (opening, root) = kinds.first(where: { text[i...].starts(with: $0.0.unicodeScalars) }) else {
                i += 1
                continue
            }
            let start = i + opening.unicodeScalars.count
            let end = closingParenthesis(in: text, from: start)
            let body = String(String.UnicodeScalarView(text[start..<end]))
            if let name = stringArgument("name", in: body) {
                let path = stringArgument("path", in: body) ?? "\(root)/\(name)"
                targets.append(PackageTargets(name: name, path: path, dependencies: dependencies(in: body)))
            }
            i = end
        }
        return targets
    }

    private static func closingParenthesis(in text: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 1
        var i = start
        while i < text.count {
            if text[i] == "(" { depth += 1 }
            if text[i] == ")" { depth -= 1; if depth == 0 { return i } }
            i += 1
        }
        return text.count
    }

    /// The first `label: "value"` at the top level of a declaration.
    private static func stringArgument(_ label: String, in body: String) -> String? {
        guard let range = body.range(of: "\(label): \"") else { return nil }
        let rest = body[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The names in `dependencies: [...]`: plain target names and `.product(name: "X", ...)`.
    private static func dependencies(in body: String) -> [String] {
        guard let range = body.range(of: "dependencies: [") else { return [] }
        var depth = 1
        var list = ""
        for character in body[range.upperBound...] {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1; if depth == 0 { break } }
            list.append(character)
        }
        var names: [String] = []
        var rest = Substring(list)
        while let quote = rest.firstIndex(of: "\"") {
            let before = rest[..<quote]
            let afterQuote = rest[rest.index(after: quote)...]
            guard let close = afterQuote.firstIndex(of: "\"") else { break }
            let value = String(afterQuote[..<close])
            // Inside `.product(...)` only the name counts; the package argument is not a module.
            if !before.hasSuffix("package: ") { names.append(value) }
            rest = afterQuote[afterQuote.index(after: close)...]
        }
        return names
    }
}
