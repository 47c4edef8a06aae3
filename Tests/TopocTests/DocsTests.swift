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
            if command["shouldDisplay"] as? Bool == false { return }  // hidden (manual-sections, for make docs)
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

    /// What bash's completion function offers, run as bash runs it: the committed script
    /// sourced, COMP_WORDS/COMP_CWORD set, `_topoc topoc CUR PREV` called, COMPREPLY printed.
    func bashOffers(_ words: [String]) throws -> [String] {
        let script = packageRoot.appendingPathComponent("docs/completions/topoc.bash").path
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _topoc topoc "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let r = try run("/bin/bash", ["-c", program], in: packageRoot)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesFilesForEveryFileArgument() throws {
        #expect(try bashOffers(["topoc", "check", "Topologies/arm"]) == ["Topologies/arm-soc-iort-rev0.yaml"])
        let dtb = "Output/qemu-virt-viommu/qemu-virt-viommu.dtb"
        for words in [["topoc", "decompile", "--dtb"], ["topoc", "decompile", "--acpi"], ["topoc", "compile", "x.yaml", "--base"], ["topoc", "verify", "x.yaml", "--dtb"]] {
            #expect(try bashOffers(words + ["Output/qemu-virt-viommu/qemu-virt-viommu.dt"]).contains(dtb), "\(words)")
        }
        #expect(try bashOffers(["topoc", "compile", "x.yaml", "-o", "Outp"]).contains("Output"))
        #expect(try bashOffers(["topoc", "decompile", "--dtb", "x.dtb", "-o", "Topologies/multi"]) == ["Topologies/multi-segment.yaml"])
    }

    @Test func bashCompletesOutputKindsAndRuleIDs() throws {
        #expect(try bashOffers(["topoc", "compile", "x.yaml", "--emit", ""]) == ["dtb", "dts", "viot", "iort", "mcfg", "ssdt", "json"])
        #expect(try bashOffers(["topoc", "check", "x.yaml", "--no-warn", "iommu-u"]) == ["iommu-unused"])
        let all = try bashOffers(["topoc", "verify", "x.yaml", "--error", ""])
        for id in ["map-overlap", "name-too-long", "rc-no-iommu-map", "msi-controller-unused"] { #expect(all.contains(id), "\(id)") }
    }

    /// The hand-written sections (Sources/topoc/Manual.swift) are in the committed page, and
    /// every subcommand has an example whose options the parser knows.
    @Test func manPageHasExamplesFilesExitStatusAndSeeAlso() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/man/topoc.1"), encoding: .utf8)
        let sections = try topoc("manual-sections")
        #expect(sections.status == 0)
        #expect(page.hasSuffix(sections.stdout), "docs/man/topoc.1 is stale: run `make docs`")
        for heading in [".Sh DESCRIPTION", ".Sh EXAMPLES", ".Sh FILES", ".Sh \"EXIT STATUS\"", ".Sh \"SEE ALSO\"", ".Xr dtc 1", ".Xr iasl 1", ".Xr fdtdump 1"] {
            #expect(page.contains(heading), "\(heading)")
        }
        #expect(page.components(separatedBy: ".Sh \"EXIT STATUS\"").count == 2, "one EXIT STATUS section")
        #expect(!page.contains(">0"), "0/1/2, not >0 on error")
        let dump = try topoc("--experimental-dump-help")
        let help = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let root = try #require(help["command"] as? [String: Any])
        let examples = page.split(separator: "\n").filter { $0.hasPrefix(".Dl topoc ") }.map { $0.split(separator: " ").map(String.init) }
        for sub in root["subcommands"] as? [[String: Any]] ?? [] {
            guard let name = sub["commandName"] as? String, name != "help", sub["shouldDisplay"] as? Bool != false else { continue }
            let mine = examples.filter { $0.count > 2 && $0[2] == name }
            #expect(!mine.isEmpty, "no example of topoc \(name)")
            var longs: Set<String> = [], shorts: Set<String> = []
            for argument in sub["arguments"] as? [[String: Any]] ?? [] {
                for n in argument["names"] as? [[String: Any]] ?? [] {
                    let value = n["name"] as? String ?? ""
                    if n["kind"] as? String == "long" { longs.insert(value) } else { shorts.insert(value) }
                }
            }
            for example in mine {
                for word in example.dropFirst(3) where word.hasPrefix("-") {
                    let known = word.hasPrefix("--") ? longs.contains(String(word.dropFirst(2))) : shorts.contains(String(word.dropFirst()))
                    #expect(known, "\(example.joined(separator: " ")): \(word) is not an option of topoc \(name)")
                }
            }
        }
    }
}
