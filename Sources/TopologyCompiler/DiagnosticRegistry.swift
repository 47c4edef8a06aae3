import ACPI
import DeviceTree
import TopologyCheck
import TopologyModel
import TopologyParser
import Verify

/// Every kind of finding topoc can report, grouped by the stage that finds it: the one registry
/// of diagnostic ids. Each id is declared once, in its type (`DiagnosticRule`); this lists the
/// types. `docs/diagnostics.md` is generated from it (`topoc diagnostics-reference`, run by
/// `make docs`), and tests fail when the page is stale, when two kinds share an id, or when a
/// string literal is used as an id anywhere in the sources.
public enum DiagnosticRegistry {
    public struct Stage: Sendable {
        public let title: String
        /// What the stage is, for the reference page.
        public let summary: String
        public let kinds: [any DiagnosticRule.Type]
    }

    public static let stages: [Stage] = [
        Stage(
            title: "Parse", summary: "The text into the model (`TopologyParser`); every error is located at the value.",
            kinds: ParseDiagnostics.all),
        Stage(
            title: "Topology rules",
            summary: "The format's validity rules (`TopologyCheck`), each a small type in `Sources/TopologyCheck/Checks/` with a fixture that trips it alone. The last two are about `--error`/`--no-warn` themselves: the library warns and ignores the override, the command line refuses it (exit 2).",
            kinds: TopologyChecker.allRules + CheckOptionsDiagnostics.all),
        Stage(
            title: "Device tree",
            summary: "What the device tree (or a `--base` merge) cannot carry (`Sources/DeviceTree/Rules/`). `check` builds the tree in memory, so it reports these as `compile` does.",
            kinds: DeviceTreeEmitter.rules),
        Stage(
            title: "ACPI",
            summary: "What the ACPI tables cannot carry: mapping rules and every format limit (`Sources/ACPI/Rules/`, [format-limits.md](format-limits.md)).",
            kinds: ACPIEmitter.rules),
        Stage(
            title: "Verify", summary: "What `verify` finds when it reads blobs back and drives the embedded device (`Sources/Verify/Rules/`).",
            kinds: Verifier.rules),
        Stage(
            title: "Decompile", summary: "What reading blobs back finds: `decompile` reconciling them (and `verify` refusing a blob it cannot read).",
            kinds: DecompileDiagnostics.all),
        Stage(
            title: "The command line", summary: "What a front end reports about the run rather than the input.",
            kinds: CommandDiagnostics.all),
    ]

    /// Every kind, in the order of `stages`.
    public static var all: [any DiagnosticRule.Type] { stages.flatMap(\.kinds) }

    /// The kinds `--error` and `--no-warn` may name: the rules `check` and `compile` run, and
    /// verify's.
    public static var overridable: [any DiagnosticRule.Type] { TopologyChecker.allRules + Compiler.formatRules + Compiler.verifyRules }

    /// The kind with this id.
    public static func kind(id: String) -> (any DiagnosticRule.Type)? { all.first { $0.id == id } }
}
