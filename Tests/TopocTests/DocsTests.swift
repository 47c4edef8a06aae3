import Foundation
import Testing

/// The committed man page and shell completions are generated from the argument parser
/// (`make docs`); these tests fail when a command or option changes without regenerating them.
@Suite struct DocsTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptIsCurrent(shell: String) throws {
        let generated = try topoc("--generate-completion-script", shell)
        #expect(generated.status == 0)
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/completions/topoc.\(shell)"), encoding: .utf8)
        #expect(generated.stdout == committed, "docs/completions/topoc.\(shell) is stale: run `make docs`")
    }

    @Test func manPageDocumentsEveryCommandAndOption() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/man/topoc.1"), encoding: .utf8)
        let dump = try topoc("--experimental-dump-help")
        #expect(dump.status == 0)
        let help = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        func visit(_ command: [String: Any]) {
            if let name = command["commandName"] as? String, !page.contains(name) { missing.append(name) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    let long = name["name"] as? String ?? ""
                    // mdoc writes a long option as `Fl -name` (Fl adds the first dash), or `Fl o , -name`.
                    if !page.contains("Fl -" + long) && !page.contains(", -" + long) {
                        missing.append("--" + long)
                    }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub) }
        }
        visit(try #require(help["command"] as? [String: Any]))
        #expect(missing.isEmpty, "docs/man/topoc.1 lacks \(Set(missing).sorted()): run `make docs`")
    }
}
