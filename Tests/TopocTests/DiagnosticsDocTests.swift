import Foundation
import Testing

/// docs/diagnostics.md lists every diagnostic id the sources can produce, and nothing else.
@Suite struct DiagnosticsDocTests {
    /// Ids as the sources write them: rule types' `static let id`, `Diagnostic(id:)` and other
    /// `id:` arguments, the parser's `sink.error("id", ...)` and `failure("id", ...)`, and
    /// decompile's finding kinds (`case .x: "blob-..."`).
    static func idsInSources() throws -> [String: String] {
        let patterns = [
            /static let id = "([a-z0-9]+(?:-[a-z0-9]+)*)"/,
            /\bid: "([a-z0-9]+(?:-[a-z0-9]+)*)"/,
            /(?:error|failure|warning)\(\s*"([a-z0-9]+(?:-[a-z0-9]+)*)",/,
            /case \.\w+: "(blob-[a-z0-9-]+)"/,
        ]
        var found: [String: String] = [:]
        let sources = packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for pattern in patterns {
                for match in text.matches(of: pattern) {
                    found[String(match.1)] = url.path.replacingOccurrences(of: packageRoot.path + "/", with: "")
                }
            }
        }
        return found
    }

    /// The ids of the doc's table rows (`| \`id\` | ...`).
    static func idsInDoc() throws -> Set<String> {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line in
            line.wholeMatch(of: /\| `([a-z0-9-]+)` \|.*/).map { String($0.1) }
        })
    }

    @Test func everyIdInTheSourcesIsDocumented() throws {
        let sources = try Self.idsInSources()
        let documented = try Self.idsInDoc()
        #expect(sources.count > 60, "found only \(sources.count) ids: the source scan is broken")
        let missing = sources.keys.filter { !documented.contains($0) }.sorted().map { "\($0) (\(sources[$0]!))" }
        #expect(missing.isEmpty, "ids missing from docs/diagnostics.md: \(missing)")
    }

    @Test func everyDocumentedIdIsStillInTheSources() throws {
        let sources = try Self.idsInSources()
        let stale = try Self.idsInDoc().filter { sources[$0] == nil }.sorted()
        #expect(stale.isEmpty, "docs/diagnostics.md lists ids no source produces: \(stale)")
    }

    @Test func theScanFindsEachKindOfDeclaration() throws {
        let sources = try Self.idsInSources()
        // One of each form above; if a form stops matching, the doc check above goes blind to it.
        for id in ["bus-overlap", "iort-node-too-long", "verify-mismatch", "type-mismatch", "yaml-syntax", "blob-contradiction", "unaligned", "usage"] {
            #expect(sources[id] != nil, "\(id) not found")
        }
    }
}
