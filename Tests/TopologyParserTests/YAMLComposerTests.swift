import Foundation
import Testing
import TopologyModel

@testable import TopologyParser

/// The YAML composer over libyaml's events: the tree it builds (scalars, styles, locations,
/// aliases expanded), and the located diagnostics of everything a topology file must not be. The
/// expected messages and locations are the ones Yams gave before it was replaced, recorded from
/// topoc 0.1.0 on the same inputs, so that scripts matching them see no change.
struct YAMLComposerTests {
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

    static func compose(_ text: String) -> Result<YAMLTree, YAMLComposer.Failure> {
        Array(text.utf8).withUnsafeBufferPointer { YAMLComposer.compose($0, file: "t.yaml") }
    }

    /// The text handed over `piece` bytes at a time, as `topoc check` reads a pipe.
    static func composeInPieces(_ text: String, piece: Int, limit: Int = 1 << 20) -> YAMLTree? {
        let bytes = Array(text.utf8)
        var offset = 0
        return YAMLComposer.compose(file: "t.yaml", limit: limit) { buffer in
            let count = min(piece, buffer.count, bytes.count - offset)
            for i in 0..<count { buffer[i] = bytes[offset + i] }
            offset += count
            return count
        }
    }

    static func failure(_ text: String) throws -> Diagnostic {
        guard case .failure(let failure) = compose(text) else {
            Issue.record("composed without error: \(text.debugDescription)")
            throw DiagnosticError([])
        }
        return failure.diagnostic
    }

    @Test func stylesAndLocations() throws {
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
            ? explicit
            : value
            l:
            - x
            -
            - - nested
            """
        let tree = try Self.compose(text).get()
        #expect(Self.dump(tree) == #"m(2:1[s("a",false,2:1)=s("plain",false,2:4),s("b",false,3:1)=s("single",true,3:4),s("c",false,4:1)=s("double\tescape",true,4:4),s("d",false,5:1)=s("literal\n",true,5:4),s("e",false,7:1)=s("folded\n",true,7:4),s("f",false,9:1)=q(9:4[s("1",false,9:5),s("0x2",false,9:8),s("3",true,9:13),s("~",false,9:18)]),s("g",false,10:1)=m(10:4[s("h",false,10:6)=q(10:9[m(10:11[s("i",false,10:13)=s("j",false,10:16)])]),s("k",false,10:23)=s("",true,10:26)]),s("explicit",false,11:3)=s("value",false,12:3),s("l",false,13:1)=q(14:1[s("x",false,14:3),s("",false,15:2),q(16:3[s("nested",false,16:5)])])])"#)
    }

    @Test func aliasesAreExpandedCopies() throws {
        let tree = try Self.compose("a: &x [1, 2]\nb: *x\n").get()
        #expect(Self.dump(tree) == #"m(1:1[s("a",false,1:1)=q(1:4[s("1",false,1:8),s("2",false,1:11)]),s("b",false,2:1)=q(1:4[s("1",false,1:8),s("2",false,1:11)])])"#)
    }

    @Test func piecesGiveTheSameTree() throws {
        let url = packageRoot.appendingPathComponent("Topologies/multi-segment.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let whole = Self.dump(try Self.compose(text).get())
        for piece in [1, 7, 4096] {
            #expect(Self.composeInPieces(text, piece: piece).map(Self.dump) == whole, "pieces of \(piece)")
        }
        #expect(Self.composeInPieces(text, piece: 64, limit: 100) == nil, "past the limit, the caller reads the whole text")
        #expect(Self.composeInPieces("a: [1\n", piece: 3) == nil, "an error: the caller reads the whole text and reports it")
    }

    /// (input, id, message, line, column), as Yams reported them.
    static let errors: [(String, String, String, Int, Int)] = [
        ("a: 1\na: 2\n", "yaml-syntax", "duplicate key 'a' in one mapping", 1, 1),
        ("'a': 1\na: 2\n", "yaml-syntax", "duplicate key 'a' in one mapping", 1, 1),
        ("topology: 1\nname: a\nname: b\n", "yaml-syntax", "duplicate key 'name' in one mapping", 2, 1),
        ("a: 1\n---\nb: 2\n", "yaml-syntax", "YAML syntax: expected a single document in the stream: but found another document", 2, 1),
        ("a: *nope\n", "yaml-syntax", "YAML syntax: found undefined alias", 1, 4),
        ("a: [1, 2\n", "yaml-syntax", "YAML syntax: while parsing a flow sequence: did not find expected ',' or ']'", 2, 1),
        ("a: b: c\n", "yaml-syntax", "YAML syntax: mapping values are not allowed in this context", 1, 5),
        ("\t a: 1\n", "yaml-syntax", "YAML syntax: while scanning for the next token: found character that cannot start any token", 1, 1),
        ("a:\n  - 1\n - 2\n", "yaml-syntax", "YAML syntax: while parsing a block mapping: did not find expected key", 3, 2),
        ("\"abc\n", "yaml-syntax", "YAML syntax: while scanning a quoted scalar: found unexpected end of stream", 2, 1),
        ("", "missing-key", "file is empty: a topology needs at least 'topology', 'name', 'arch' and 'iommus'", 1, 1),
        ("# only a comment\n", "missing-key", "file is empty: a topology needs at least 'topology', 'name', 'arch' and 'iommus'", 1, 1),
    ]

    @Test(arguments: errors.indices)
    func errorsAreLocatedAsBefore(index: Int) throws {
        let (text, id, message, line, column) = Self.errors[index]
        let d = try Self.failure(text)
        #expect(d.id == id, "\(text.debugDescription)")
        #expect(d.message == message, "\(text.debugDescription)")
        #expect((d.location.line, d.location.column) == (line, column), "\(text.debugDescription): \(d.location)")
        #expect(d.location.file == "t.yaml")
    }

    @Test func anAliasBombIsALocatedErrorAtTheAliasThatBlowsTheBudget() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let d = try Self.failure(text)
        #expect(d.id == "yaml-too-complex")
        #expect(d.message == "the document expands to more than \(YAMLLimits.maxNodes) nodes (an alias bomb?)")
        #expect(d.location.line == 7, "\(d.location)")
    }

    @Test func depthIsLimitedThroughAliasesToo() throws {
        let deep = String(repeating: "[", count: YAMLLimits.maxDepth + 2) + String(repeating: "]", count: YAMLLimits.maxDepth + 2)
        #expect(try Self.failure(deep).message == "values nest more than \(YAMLLimits.maxDepth) levels deep")
        let shallow = String(repeating: "[", count: YAMLLimits.maxDepth) + String(repeating: "]", count: YAMLLimits.maxDepth)
        #expect((try? Self.compose(shallow).get()) != nil)
        // Each part alone is shallow enough; the alias puts one inside the other.
        let half = YAMLLimits.maxDepth / 2 + 2
        let nested = "a: &a " + String(repeating: "[", count: half) + String(repeating: "]", count: half) + "\n"
            + "b: " + String(repeating: "[", count: half) + "*a" + String(repeating: "]", count: half) + "\n"
        #expect(try Self.failure(nested).id == "yaml-too-complex")
    }
}
