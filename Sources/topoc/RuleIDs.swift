import ArgumentParser
import TopologyCompiler

/// Every rule id `--error` and `--no-warn` accept, for shell completion: the registry's
/// overridable kinds (the topology rules, the backends' and verify's), in every shell's
/// completions (`make docs`).
enum RuleIDs {
    static func all() -> [String] {
        DiagnosticRegistry.overridable.map { $0.id }
    }
}

extension CompletionKind {
    /// Rule ids (`--error`, `--no-warn`).
    static var ruleIDs: CompletionKind { .list(RuleIDs.all()) }
    /// Output kinds (`--emit`).
    static var outputKinds: CompletionKind { .list(OutputKind.allCases.map(\.rawValue)) }
}
