import TopologyModel
import Yams

/// A YAML node with the location of its first character. Converted from Yams' tree once, so
/// the readers never see aliases: an alias becomes a second reference to the same subtree, and
/// the conversion charges every node it visits to a budget, so an alias bomb ("billion laughs")
/// ends in a located error instead of exhausting memory.
///
/// Not `indirect`: children live in arrays, so a node is a 32-byte value stored inline in its
/// parent's array rather than a separately allocated box (the boxes, with their pointers and
/// malloc headers, were half of a large topology's parse tree).
enum YAMLTree {
    case scalar(String, quoted: Bool, at: SourceLocation)
    case mapping([(key: YAMLTree, value: YAMLTree)], at: SourceLocation)
    case sequence([YAMLTree], at: SourceLocation)

    /// What `readEach` leaves in place of an entry it has handed out.
    static let released = YAMLTree.scalar("", quoted: false, at: SourceLocation(file: "", line: 0, column: 0))

    var location: SourceLocation {
        switch self {
        case .scalar(_, _, let at), .mapping(_, let at), .sequence(_, let at): at
        }
    }

    /// What a user would call this value in "expected X, found Y".
    var kindName: String {
        switch self {
        case .scalar(let text, let quoted, _):
            quoted ? "a string" : (text.isEmpty || text == "~" || text == "null" ? "nothing" : "'\(text.prefix(40))'")
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

/// Limits that keep hostile input from costing more than a real topology ever could.
enum YAMLLimits {
    /// Nodes visited while expanding aliases. A 10,000-device topology has about 200,000.
    static let maxNodes = 4_000_000
    /// Nesting depth. Topologies nest five levels deep.
    static let maxDepth = 64
}

struct YAMLBudgetExceeded: Error {
    var location: SourceLocation
    var reason: String
}

extension YAMLTree {
    /// Converts a composed Yams node, charging `budget` one per node visited.
    static func from(
        _ node: Node, file: SourceFileID, budget: inout Int, depth: Int = 0
    ) throws(YAMLBudgetExceeded) -> YAMLTree {
        let at = SourceLocation(in: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        budget -= 1
        if budget < 0 {
            throw YAMLBudgetExceeded(
                location: at,
                reason: "the document expands to more than \(YAMLLimits.maxNodes) nodes (an alias bomb?)")
        }
        if depth > YAMLLimits.maxDepth {
            throw YAMLBudgetExceeded(location: at, reason: "values nest more than \(YAMLLimits.maxDepth) levels deep")
        }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                || scalar.style == .literal || scalar.style == .folded
            return .scalar(scalar.string, quoted: quoted, at: at)
        case .mapping(let mapping):
            var pairs: [(key: YAMLTree, value: YAMLTree)] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                pairs.append(
                    (
                        try from(key, file: file, budget: &budget, depth: depth + 1),
                        try from(value, file: file, budget: &budget, depth: depth + 1)
                    ))
            }
            return .mapping(pairs, at: at)
        case .sequence(let sequence):
            var items: [YAMLTree] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try from(item, file: file, budget: &budget, depth: depth + 1))
            }
            return .sequence(items, at: at)
        case .alias(let alias):
            // Yams resolves aliases while composing; an unresolved one is an error.
            throw YAMLBudgetExceeded(location: at, reason: "unresolved alias '\(alias.anchor.rawValue)'")
        }
    }
}
