import ArgumentParser
import TopologyCheck
import TopologyCompiler

/// Every rule id `--error` and `--no-warn` accept, for shell completion: the checker's registry.
/// One function, so rule lists of other stages (backend rules, when they are types with ids)
/// are added here once and reach every shell's completions (`make docs`).
enum RuleIDs {
    static func all() -> [String] {
        TopologyChecker.allRules.map { $0.id }
    }
}

extension CompletionKind {
    /// Rule ids (`--error`, `--no-warn`).
    static var ruleIDs: CompletionKind { .list(RuleIDs.all()) }
    /// Output kinds (`--emit`).
    static var outputKinds: CompletionKind { .list(OutputKind.allCases.map(\.rawValue)) }
}
