import TopologyModel

/// A YAML node with the location of its first character, composed from libyaml's events
/// (`YAMLComposer`), so the readers never see aliases: an alias becomes a second reference to the
/// same subtree, and every node it stands for is charged to a budget, so an alias bomb
/// ("billion laughs") ends in a located error instead of exhausting memory.
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
