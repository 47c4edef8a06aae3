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
    public func validate() throws(CheckOptionsError) {
        let problems = resolve().refusals.map(\.message)
        if !problems.isEmpty { throw CheckOptionsError(problems: problems) }
    }

    struct Refusal {
        var id: String
        var message: String
    }

    /// Effective severity per rule id (nil: disabled), and the overrides that were refused.
    func resolve() -> (severity: [String: Severity?], refusals: [Refusal]) {
        var effective: [String: Severity?] = [:]
        var refusals: [Refusal] = []
        let rules = Dictionary(uniqueKeysWithValues: TopologyChecker.allRules.map { ($0.id, $0) })
        for id in Set(severity.keys).union(disabled).sorted() where rules[id] == nil {
            refusals.append(Refusal(id: "unknown-rule", message: "no check has the id '\(id)'; the override is ignored"))
        }
        for rule in TopologyChecker.allRules {
            var level: Severity? = rule.defaultSeverity
            let weakenable = rule.defaultSeverity < .error
            if disabled.contains(rule.id) {
                if weakenable {
                    level = nil
                } else {
                    refusals.append(Refusal(id: "rule-override-refused", message: "check '\(rule.id)' finds errors and cannot be disabled; the override is ignored"))
                }
            }
            if let wanted = severity[rule.id], level != nil {
                if wanted == .error || weakenable {
                    level = wanted
                } else {
                    refusals.append(Refusal(id: "rule-override-refused", message: "check '\(rule.id)' finds errors and cannot be made a \(wanted.rawValue); the override is ignored"))
                }
            }
            // An explicit per-rule severity wins over --werror (like -Wno-error=foo).
            if werror, level == .warning, severity[rule.id] == nil { level = .error }
            effective[rule.id] = .some(level)
        }
        return (effective, refusals)
    }
}

/// Overrides that `CheckOptions.validate()` refuses, one message each.
public struct CheckOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
