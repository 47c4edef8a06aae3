import Foundation
import Testing
import TopologyModel

@testable import TopologyParser

/// The event-built tree (the parser's fast path, without Yams' node tree) is the tree the Yams
/// path gives, and it steps aside for everything the Yams path must report or resolve.
struct EventTreeTests {
    static func dump(_ tree: YAMLTree) -> String {
        switch tree {
        case .scalar(let text, let quoted, let at):
            return "s(\(text.debugDescription),\(quoted),\(at.line):\(at.column))"
        case .sequence(let items, let at):
            return "q(\(at.line):\(at.column)[" + items.map(dump).joined(separator: ",") + "])"
        case .mapping(let pairs, let at):
            return "m(\(at.line):\(at.column)[" + pairs.map { dump($0.key) + "=" + dump($0.value) }.joined(separator: ",") + "])"
        }
    }

    static func eventTree(_ text: String) -> YAMLTree? {
        Array(text.utf8).withUnsafeBufferPointer { EventTree.build($0, file: "t.yaml") }
    }

    static func yamsTree(_ text: String) throws -> YAMLTree {
        guard case .success(let tree) = TopologyParser.locatedTree(text: text, file: "t.yaml") else {
            throw DiagnosticError([])
        }
        return tree
    }

    static var examples: [URL] {
        let directory = packageRoot.appendingPathComponent("Topologies")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test func examplesGiveTheYamsTree() throws {
        #expect(!Self.examples.isEmpty)
        for url in Self.examples {
            let text = try String(contentsOf: url, encoding: .utf8)
            let fast = try #require(Self.eventTree(text), "\(url.lastPathComponent)")
            #expect(Self.dump(fast) == Self.dump(try Self.yamsTree(text)), "\(url.lastPathComponent)")
        }
    }

    @Test func stylesAndLocationsMatch() throws {
        let text = """
            # comment
            a: plain
            b: 'single'
            c: "double\\tescape"
            d: |
              literal
            e: >
              folded
            f: [1, 0x2, "3", ~, ]
            g: { h: [ { i: j } ], k: "" }
            "quoted key": 1
            ? explicit
            : value
            l:
            - x
            -
            - - nested
            """
        let fast = try #require(Self.eventTree(text))
        #expect(Self.dump(fast) == Self.dump(try Self.yamsTree(text)))
    }

    @Test(arguments: [
        "a: &x 1\nb: *x\n",  // anchors and aliases: Yams resolves them, charged to the budget
        "a: 1\na: 2\n",  // a duplicate key: Yams reports it
        "'a': 1\na: 2\n",  // same text, other style: Yams decides
        "? [a]\n: 1\n",  // a key that is not a scalar
        "a: 1\n---\nb: 2\n",  // two documents: an error
        "",  // no document
        "a: [1, 2\n",  // a syntax error: Yams' message and location
        "a: b: c\n",
    ])
    func unusualInputTakesTheYamsPath(_ text: String) {
        #expect(Self.eventTree(text) == nil)
    }

    @Test func tooDeepTakesTheYamsPath() {
        let deep = String(repeating: "[", count: YAMLLimits.maxDepth + 2) + String(repeating: "]", count: YAMLLimits.maxDepth + 2)
        #expect(Self.eventTree(deep) == nil)
        let shallow = String(repeating: "[", count: YAMLLimits.maxDepth) + String(repeating: "]", count: YAMLLimits.maxDepth)
        #expect(Self.eventTree(shallow) != nil)
    }
}
