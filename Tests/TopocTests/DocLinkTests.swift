import Foundation
import Testing

/// The documentation stands alone: every relative link of the README and of docs/ reaches a file
/// (and, with `#anchor`, a heading) inside the repository, and nothing the project ships points
/// outside it — a user's clone has nothing beside it.
@Suite struct DocLinkTests {
    /// README.md, CHANGELOG.md and every Markdown file under docs/.
    static func documents() throws -> [URL] {
        let docs = packageRoot.appendingPathComponent("docs")
        let walker = try #require(FileManager.default.enumerator(at: docs, includingPropertiesForKeys: nil))
        let pages = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
        return [packageRoot.appendingPathComponent("README.md"), packageRoot.appendingPathComponent("CHANGELOG.md")] + pages.sorted { $0.path < $1.path }
    }

    /// The targets of `[text](target)` links, outside code blocks and code spans.
    static func links(in text: String) -> [String] {
        var result: [String] = []
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            // Drop code spans: a link inside backticks is an example, not a link.
            let prose = line.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            var rest = Substring(prose)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                result.append(String(after[..<close]))
                rest = after[close...]
            }
        }
        return result
    }

    /// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes.
    static func anchor(of heading: String) -> String {
        String(heading.lowercased().compactMap { c -> Character? in
            if c == " " { return "-" }
            return c.isLetter || c.isNumber || c == "-" || c == "_" ? c : nil
        })
    }

    static func anchors(in text: String) -> Set<String> {
        var result = Set<String>()
        var inFence = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence, line.hasPrefix("#") else { continue }
            result.insert(anchor(of: String(line.drop { $0 == "#" }.drop { $0 == " " })))
        }
        return result
    }

    @Test func everyRelativeLinkResolvesInsideTheRepository() throws {
        let root = packageRoot.standardizedFileURL.path
        var broken: [String] = []
        var checked = 0
        for page in try Self.documents() {
            let text = try String(contentsOf: page, encoding: .utf8)
            for link in Self.links(in: text) {
                if link.contains("://") || link.hasPrefix("mailto:") { continue }
                checked += 1
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0])
                let target = path.isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                let name = "\(page.lastPathComponent): \(link)"
                guard target.path == root || target.path.hasPrefix(root + "/") else { broken.append("\(name) (outside the repository)"); continue }
                guard FileManager.default.fileExists(atPath: target.path) else { broken.append("\(name) (no such file)"); continue }
                if parts.count == 2, target.pathExtension == "md" {
                    let headings = Self.anchors(in: try String(contentsOf: target, encoding: .utf8))
                    if !headings.contains(String(parts[1])) { broken.append("\(name) (no such heading)") }
                }
            }
        }
        #expect(checked > 20, "found only \(checked) relative links: the link reader is broken")
        #expect(broken.isEmpty, "broken links:\n\(broken.joined(separator: "\n"))")
    }

    @Test func linkReaderFindsLinksAndSkipsCode() {
        let text = "see [a](x.md) and `[b](y.md)`\n```\n[c](z.md)\n```\n[d](w.md#part)"
        #expect(Self.links(in: text) == ["x.md", "w.md#part"])
        #expect(Self.anchor(of: "topoc's extensions and interpretations") == "topocs-extensions-and-interpretations")
    }

    /// A user's clone has nothing beside it: no file the project ships (docs, tests, fuzzing, build
    /// and CI scripts, sources, examples) names a path outside the repository.
    @Test func nothingShippedPointsOutsideTheRepository() throws {
        // Spelled in pieces so that this file does not match itself.
        let needles = [".." + "/shared", "TOPOC_" + "SHARED", " /" + "work/", "(/" + "work/", "\"/" + "work/"]
        var found: [String] = []
        var scanned = 0
        let roots = ["README.md", "CHANGELOG.md", "Makefile", "Package.swift", "docs", "Tests", "Fuzz", ".ci", "Sources", "Topologies", "Examples", "scripts"]
        for name in roots {
            let url = packageRoot.appendingPathComponent(name)
            var files: [URL] = [url]
            if let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) {
                files = walker.compactMap { $0 as? URL }.filter { !$0.path.contains("/.build") }
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else { continue }
                scanned += 1
                for needle in needles where text.contains(needle) {
                    found.append("\(file.path.replacingOccurrences(of: packageRoot.path + "/", with: "")): \(needle)")
                }
            }
        }
        #expect(scanned > 100, "scanned only \(scanned) files: the walk is broken")
        #expect(found.isEmpty, "these files point outside the repository, which a user's clone does not have: \(found)")
    }
}
