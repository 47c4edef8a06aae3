import TopologyCompiler
import TopologyModel

/// `docs/diagnostics.md`, generated from the registry (`topoc manual-sections --diagnostics`, run
/// by `make docs`); DiagnosticsDocTests fails when the committed page differs.
enum DiagnosticsReference {
    static func markdown() -> String {
        let overridable = Set(DiagnosticRegistry.overridable.map { $0.id })
        var text = """
            # Diagnostics

            <!-- Generated from DiagnosticRegistry by `make docs`; edit the rule types, not this page. -->

            Every finding topoc reports has a stable id, printed at the end of the line
            (`file:line:col: error: message [id]`, or `blob:0xOFFSET: ...` for a position in a binary)
            and given as `"id"` in `--diagnostics-format json` ([cli.md](cli.md#--diagnostics-format-json)).
            Scripts may match on ids; messages may be reworded. Each id is declared once, in a small
            type in the module that finds it, and `DiagnosticRegistry` (in `TopologyCompiler`) lists
            them all.

            - **Severity** is the default. The ids marked *overridable* are the rules `check`, `compile`
              and `verify` run: a warning among them can be made an error with `--error ID` (or all of
              them with `--werror`) and silenced with `--no-warn ID`; an error cannot be weakened, and an
              unknown id is a usage error with a hint ([cli.md](cli.md#overriding-rules)).
            - **Examples** show each message's form. Beside a *fixture* (a topology that trips exactly that
              finding: `topoc check` it for the located message) or a *command* (run from the
              repository's root, for the findings of verify, decompile and the command line) the
              example is what that reports, and a test holds it so; elsewhere names and numbers are
              illustrative.


            """
        for stage in DiagnosticRegistry.stages {
            text += "## \(stage.title)\n\n\(stage.summary)\n\n"
            text += "| id | severity | meaning | example |\n|---|---|---|---|\n"
            for kind in stage.kinds {
                let severity = kind.defaultSeverity.rawValue + (overridable.contains(kind.id) ? ", overridable" : "")
                var example = kind.example.isEmpty ? "" : "`\(kind.example.replacingPipes)`"
                if let fixture = kind.fixture {
                    example += (example.isEmpty ? "" : " ") + "([fixture](../\(fixture)))"
                } else if let invocation = kind.fixtureInvocation {
                    example += (example.isEmpty ? "" : " ") + "(command: `topoc \(invocation.joined(separator: " "))`)"
                }
                text += "| `\(kind.id)` | \(severity) | \(kind.summary.replacingPipes) | \(example) |\n"
            }
            text += "\n"
        }
        return String(text.dropLast())
    }
}

extension String {
    /// A table cell: `|` would end it.
    fileprivate var replacingPipes: String {
        var out = ""
        for c in self { out += c == "|" ? "\\|" : String(c) }
        return out
    }
}
