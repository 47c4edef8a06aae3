import TopologyModel

/// One 32-bit cell of a property value: a number, or a reference to a node that the
/// serializers turn into its phandle (DTB) or `&label` (DTS).
public enum DTCell: Hashable, Sendable {
    case u32(UInt32)
    /// A reference to the node whose `DTNode.key` is this key.
    case ref(String)
}

/// A property value in the shapes the topology needs.
public enum DTValue: Hashable, Sendable {
    /// A boolean property (`dma-coherent;`).
    case empty
    /// A string list (`compatible = "a", "b";`).
    case strings([String])
    /// Cells, grouped as they are written in dtc source (`<a b c d>, <e f g h>`). The grouping
    /// only affects the DTS text; the DTB holds the cells one after another.
    case cells([[DTCell]])

    /// One group of plain numbers.
    public static func u32(_ values: UInt32...) -> DTValue { .cells([values.map(DTCell.u32)]) }
}

public struct DTProperty: Hashable, Sendable {
    public var name: String
    public var value: DTValue

    public init(_ name: String, _ value: DTValue) {
        self.name = name
        self.value = value
    }
}

/// The in-memory device tree both serializers read, so the DTB and the DTS cannot drift.
public struct DTNode: Hashable, Sendable {
    /// Node name with unit address (`pcie@4010000000`); empty for the root.
    public var name: String
    /// The key other nodes' `DTCell.ref` use (the topology entity name); nil when unreferenced.
    public var key: String?
    /// The dtc label written in the DTS.
    public var label: String?
    public var properties: [DTProperty]
    public var children: [DTNode]
    /// Where the entity this node describes was declared (for diagnostics about the node).
    public var origin: SourceLocation?

    public init(
        name: String, key: String? = nil, label: String? = nil, properties: [DTProperty] = [],
        children: [DTNode] = [], origin: SourceLocation? = nil
    ) {
        self.name = name
        self.key = key
        self.label = label
        self.properties = properties
        self.children = children
        self.origin = origin
    }

    public mutating func add(_ name: String, _ value: DTValue) {
        properties.append(DTProperty(name, value))
    }

    /// The unit address part of the name (after `@`), or "".
    public var unitAddress: String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (every name topoc makes): one byte per character.
            guard let at = name.utf8.firstIndex(of: UInt8(ascii: "@")) else { return "" }
            return String(name[name.utf8.index(after: at)...])
        }
        guard let at = name.firstIndex(of: "@") else { return "" }
        return String(name[name.index(after: at)...])
    }

    /// Every node of the subtree, depth first, parents before children.
    public func allNodes() -> [DTNode] {
        [self] + children.flatMap { $0.allNodes() }
    }
}

/// The phandles and labels of the referenced nodes.
struct DTReferences {
    var phandles: [String: UInt32] = [:]
    var labels: [String: String] = [:]
}

extension DTValue {
    /// The length of `bytes(_:)`.
    var byteCount: Int {
        switch self {
        case .empty: 0
        case .strings(let list): list.reduce(0) { $0 + $1.utf8.count + 1 }
        case .cells(let groups): 4 * groups.reduce(0) { $0 + $1.count }
        }
    }

    /// The property bytes as the FDT holds them (big-endian cells, NUL-terminated strings).
    func bytes(_ refs: DTReferences) -> [UInt8] {
        var out: [UInt8] = []
        append(refs, to: &out)
        return out
    }

    /// Appends the value's bytes to `out` (the DTB writer reuses one buffer for every property).
    func append(_ refs: DTReferences, to out: inout [UInt8]) {
        switch self {
        case .empty:
            return
        case .strings(let list):
            for string in list {
                out.append(contentsOf: string.utf8)
                out.append(0)
            }
        case .cells(let groups):
            for group in groups {
                for cell in group {
                    let v: UInt32
                    switch cell {
                    case .u32(let x): v = x
                    case .ref(let key): v = refs.phandles[key] ?? 0
                    }
                    out.append(UInt8(v >> 24))
                    out.append(UInt8((v >> 16) & 0xff))
                    out.append(UInt8((v >> 8) & 0xff))
                    out.append(UInt8(v & 0xff))
                }
            }
        }
    }

    /// dtc source text of the value (what follows `name = `).
    func source(_ refs: DTReferences) -> String {
        switch self {
        case .empty:
            return ""
        case .strings(let list):
            return list.map(dtsQuoted).joined(separator: ", ")
        case .cells(let groups):
            return groups.map { group in
                "<" + group.map { cell in
                    switch cell {
                    case .u32(let x): return hex(x)
                    case .ref(let key): return "&" + (refs.labels[key] ?? key)
                    }
                }.joined(separator: " ") + ">"
            }.joined(separator: ", ")
        }
    }
}

/// A dtc string literal: printable ASCII kept, quotes and backslashes escaped, the rest `\xNN`.
func dtsQuoted(_ text: String) -> String {
    var out = "\""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "\""): out += "\\\""
        case UInt8(ascii: "\\"): out += "\\\\"
        case 0x20...0x7e: out.unicodeScalars.append(Unicode.Scalar(byte))
        default: out += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
    }
    return out + "\""
}

enum DTSWriter {
    /// The tree's dtc source, handed to `emit` in consecutive pieces of at least `chunk` bytes
    /// (the last may be shorter), so a large tree's source is never held whole.
    static func write(
        _ root: DTNode, _ refs: DTReferences, chunk: Int, into emit: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(chunk == .max ? 4096 : chunk + 4096)
        out += "/dts-v1/;\n\n".utf8
        try node(root, depth: 0, refs, &out) { full in
            if full.count >= chunk {
                try full.withUnsafeBytes(emit)
                full.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { try out.withUnsafeBytes(emit) }
    }

    private static func node(
        _ node: DTNode, depth: Int, _ refs: DTReferences, _ out: inout [UInt8], _ flush: (inout [UInt8]) throws -> Void
    ) rethrows {
        func indent(_ extra: Int = 0) { out.append(contentsOf: repeatElement(UInt8(ascii: "\t"), count: depth + extra)) }
        indent()
        if let label = node.label { out += label.utf8; out += ": ".utf8 }
        out += (node.name.isEmpty ? "/" : node.name).utf8
        out += " {\n".utf8
        for property in node.properties {
            indent(1)
            out += property.name.utf8
            if property.value != .empty {
                out += " = ".utf8
                out += property.value.source(refs).utf8
            }
            out += ";\n".utf8
        }
        try flush(&out)
        for child in node.children {
            out.append(0x0a)
            try self.node(child, depth: depth + 1, refs, &out, flush)
        }
        indent()
        out += "};\n".utf8
    }
}
