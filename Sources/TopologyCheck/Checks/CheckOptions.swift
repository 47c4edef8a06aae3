import TopologyModel

/// How a caller adjusts the rules: `--werror`, and per-rule overrides by id.
///
/// Only warning-level rules may be weakened. An error-level rule (every rule of "What makes a file
/// invalid") cannot be overridden to `.warning`/`.note` nor disabled: the emitters rely on errors
/// stopping compilation (they assume, for instance, that map entries do not overlap and that every
/// reference resolves). Promoting any rule to `.error` is always allowed.
///
/// `TopologyChecker.check` never throws: it ignores a refused override (the rule keeps its default
/// severity) and returns a `rule-override-refused` warning saying so (`unknown-rule` for an id no
/// rule has). Front ends that want to refuse bad options up front call `validate()` first.
public struct CheckOptions: Sendable, Hashable {
    /// Promote every warning to an error, as `--werror` does; a rule given an explicit
    /// `severity` keeps it (so `severity[id] = .warning` is the `-Wno-error=id` of topoc).
    public var werror: Bool
    /// Per-rule severity by rule id. `.error` is allowed for every rule; `.warning` and `.note`
    /// only for warning-level rules.
    public var severity: [String: Severity]
    /// Rule ids not to run; only warning-level rules may be disabled.
    public var disabled: Set<String>

    public init(werror: Bool = false, severity: [String: Severity] = [:], disabled: Set<String> = []) {
        self.werror = werror
        self.severity = severity
        self.disabled = disabled
    }

    /// Throws when an override names no rule or would weaken an error-level rule.
    /// `alsoKnown`: rules run outside the topology checker (the backends' format rules), which
    /// overrides may name too.
    public func validate(alsoKnown: [any DiagnosticRule.Type] = []) throws(CheckOptionsError) {
        // No override, nothing to refuse (and no walk over every rule, on every compile).
        if severity.isEmpty && disabled.isEmpty { return }
        let problems = resolve(alsoKnown: alsoKnown).refusals.map(\.message)
        if !problems.isEmpty { throw CheckOptionsError(problems: problems) }
    }

    struct Refusal {
        var kind: any DiagnosticRule.Type
        var message: String
    }

    /// Effective severity per rule id (nil: disabled), and the overrides that were refused.
    func resolve(alsoKnown: [any DiagnosticRule.Type] = []) -> (severity: [String: Severity?], refusals: [Refusal]) {
        var effective: [String: Severity?] = [:]
        var refusals: [Refusal] = []
        let all: [any DiagnosticRule.Type] = TopologyChecker.allRules + alsoKnown
        let rules = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(severity.keys).union(disabled).sorted() where rules[id] == nil {
            let hint = closestMatch(to: id, in: all.map { $0.id }).map { "; did you mean '\($0)'?" } ?? ""
            refusals.append(Refusal(kind: CheckOptionsDiagnostics.UnknownRule.self, message: "no check has the id '\(id)'\(hint); the override is ignored"))
        }
        for rule in all {
            var level: Severity? = rule.defaultSeverity
            let weakenable = rule.defaultSeverity < .error
            if disabled.contains(rule.id) {
                if weakenable {
                    level = nil
                } else {
                    refusals.append(Refusal(kind: CheckOptionsDiagnostics.RuleOverrideRefused.self, message: "check '\(rule.id)' finds errors and cannot be disabled; the override is ignored"))
                }
            }
            if let wanted = severity[rule.id], level != nil {
                if wanted == .error || weakenable {
                    level = wanted
                } else {
                    refusals.append(Refusal(kind: CheckOptionsDiagnostics.RuleOverrideRefused.self, message: "check '\(rule.id)' finds errors and cannot be made a \(wanted.rawValue); the override is ignored"))
                }
            }
            // An explicit per-rule severity wins over --werror (like -Wno-error=foo).
            if werror, level == .warning, severity[rule.id] == nil { level = .error }
            effective[rule.id] = .some(level)
        }
        return (effective, refusals)
    }

    /// The severities these options give `diagnostics` of the `rules` (findings of other ids keep
    /// theirs); a disabled rule's findings are dropped. Refused overrides are ignored here
    /// (`TopologyChecker.check(_:options:alsoKnown:)` reports them).
    public func apply(to diagnostics: [Diagnostic], rules: [any DiagnosticRule.Type]) -> [Diagnostic] {
        let levels = resolve(alsoKnown: rules).severity
        return diagnostics.compactMap { d in
            guard let level = levels[d.id] else { return d }
            guard let level else { return nil }
            var d = d
            d.severity = level
            return d
        }
    }
}

/// Overrides that `CheckOptions.validate()` refuses, one message each.
public struct CheckOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
