import CLibfdt
import TopologyModel

/// A read-only snapshot of a flattened device tree, read with libfdt: every node with its
/// properties (raw bytes, in blob order) and children (in blob order). The merge analyses a base
/// tree with it before changing anything (libfdt offsets move on every write), and the DTS
/// decompiler renders any blob from it.
struct FlatTree {
    struct Node {
        var name: String
        /// `/`, `/intc@8000000/its@8080000`...
        var path: String
        var parent: Int?
        var children: [Int] = []
        var properties: [(name: String, value: [UInt8])] = []

        func property(_ name: String) -> [UInt8]? { properties.first { $0.name == name }?.value }

        func cells(_ name: String) -> [UInt32]? { property(name).flatMap(FlatTree.cells) }

        func strings(_ name: String) -> [String]? { property(name).flatMap(FlatTree.strings) }

        var phandle: UInt32? {
            guard let cells = cells("phandle") ?? cells("linux,phandle"), cells.count == 1,
                cells[0] != 0, cells[0] != 0xffff_ffff
            else { return nil }
            return cells[0]
        }
    }

    /// Index 0 is the root.
    var nodes: [Node] = []
    /// The memory reservation block.
    var reservations: [(address: UInt64, size: UInt64)] = []
    var bootCPU: UInt32 = 0

    /// Checks a blob from outside: the header, the sizes, and the whole structure block
    /// (`fdt_check_full`). Returns libfdt's complaint, or nil when the blob is sound.
    static func problem(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 40 else { return "\(bytes.count) bytes is shorter than an FDT header (40 bytes)" }
        return bytes.withUnsafeBytes { raw -> String? in
            let fdt = raw.baseAddress!
            let header = fdt_check_header(fdt)
            if header != 0 { return String(cString: fdt_strerror(header)) }
            let total = Int(Self.be32(bytes, 4))
            if total > bytes.count { return "the header's totalsize (\(total)) is larger than the file (\(bytes.count) bytes)" }
            let full = fdt_check_full(fdt, bytes.count)
            if full != 0 { return String(cString: fdt_strerror(full)) }
            return nil
        }
    }

    /// Reads a blob that `problem` accepted.
    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            let fdt = raw.baseAddress!
            bootCPU = Self.be32(bytes, 28)
            let count = fdt_num_mem_rsv(fdt)
            if count > 0 {
                for index in 0..<count {
                    var address: UInt64 = 0, size: UInt64 = 0
                    if fdt_get_mem_rsv(fdt, index, &address, &size) == 0 { reservations.append((address, size)) }
                }
            }
            read(fdt, offset: 0, name: "", path: "/", parent: nil)
        }
    }

    private mutating func read(_ fdt: UnsafeRawPointer, offset: Int32, name: String, path: String, parent: Int?) {
        var node = Node(name: name, path: path, parent: parent)
        var property = fdt_first_property_offset(fdt, offset)
        while property >= 0 {
            var namePointer: UnsafePointer<CChar>?
            var length: Int32 = 0
            if let value = fdt_getprop_by_offset(fdt, property, &namePointer, &length), let namePointer, length >= 0 {
                node.properties.append(
                    (String(cString: namePointer), Array(UnsafeRawBufferPointer(start: value, count: Int(length)))))
            }
            property = fdt_next_property_offset(fdt, property)
        }
        let index = nodes.count
        nodes.append(node)
        if let parent { nodes[parent].children.append(index) }
        var child = fdt_first_subnode(fdt, offset)
        while child >= 0 {
            let childName = fdt_get_name(fdt, child, nil).map { String(cString: $0) } ?? ""
            read(fdt, offset: child, name: childName, path: path == "/" ? "/" + childName : path + "/" + childName,
                parent: index)
            child = fdt_next_subnode(fdt, child)
        }
    }

    static func be32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }

    static func cells(_ bytes: [UInt8]) -> [UInt32]? {
        guard bytes.count % 4 == 0 else { return nil }
        return stride(from: 0, to: bytes.count, by: 4).map { be32(bytes, $0) }
    }

    static func strings(_ bytes: [UInt8]) -> [String]? {
        guard bytes.last == 0 else { return nil }
        return bytes.dropLast().split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    // MARK: Addressing

    /// `#address-cells` of a node (the default 2 when absent, as the specification says).
    func addressCells(_ index: Int) -> Int { Int(nodes[index].cells("#address-cells")?.first ?? 2) }

    /// `#size-cells` of a node (the default 1 when absent).
    func sizeCells(_ index: Int) -> Int { Int(nodes[index].cells("#size-cells")?.first ?? 1) }

    /// The first `reg` entry of a node in its parent's address space: (address, size).
    func firstReg(_ index: Int) -> (address: UInt64, size: UInt64)? {
        guard let parent = nodes[index].parent, let reg = nodes[index].cells("reg") else { return nil }
        let ac = addressCells(parent), sc = sizeCells(parent)
        guard (1...2).contains(ac), (0...2).contains(sc), reg.count >= ac + sc else { return nil }
        return (Self.number(reg[0..<ac]), Self.number(reg[ac..<(ac + sc)]))
    }

    /// The CPU address of a node's first `reg` entry, translated through its ancestors' `ranges`;
    /// nil when the node has no `reg`, or sits on a bus whose addresses are not CPU addresses
    /// (PCI: 3 address cells, or a bus without `ranges`).
    func cpuAddress(_ index: Int) -> UInt64? {
        guard var address = firstReg(index)?.address, var bus = nodes[index].parent else { return nil }
        while let up = nodes[bus].parent {
            guard let ranges = nodes[bus].cells("ranges") else { return nil }
            if !ranges.isEmpty {
                let cac = addressCells(bus), pac = addressCells(up), csc = sizeCells(bus)
                guard (1...2).contains(cac), (1...2).contains(pac), (1...2).contains(csc) else { return nil }
                let width = cac + pac + csc
                var translated: UInt64?
                for start in stride(from: 0, to: ranges.count - width + 1, by: width) {
                    let child = Self.number(ranges[start..<(start + cac)])
                    let parent = Self.number(ranges[(start + cac)..<(start + cac + pac)])
                    let size = Self.number(ranges[(start + cac + pac)..<(start + width)])
                    if address >= child && address - child < size {
                        translated = parent &+ (address - child)
                        break
                    }
                }
                guard let translated else { return nil }
                address = translated
            }
            bus = up
        }
        return address
    }

    static func number(_ cells: ArraySlice<UInt32>) -> UInt64 {
        cells.reduce(0) { ($0 << 32) | UInt64($1) }
    }

    func node(phandle: UInt32) -> Int? { nodes.indices.first { nodes[$0].phandle == phandle } }

    func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        var current = nodes[index].parent
        while let c = current {
            if c == ancestor { return true }
            current = nodes[c].parent
        }
        return false
    }
}

// MARK: - DTS text of any blob

extension FlatTree {
    /// dtc source for the tree: nodes and properties in blob order, phandles as numbers (there are
    /// no labels in a blob), values shown as strings, cells or bytes the way `dtc -O dts` guesses.
    /// `dtc -I dts -O dtb` of the text gives the same tree.
    func dts() -> String {
        var text = "/dts-v1/;\n"
        for reservation in reservations {
            text += "/memreserve/ \(hex(reservation.address)) \(hex(reservation.size));\n"
        }
        text += "\n"
        write(0, depth: 0, &text)
        return text
    }

    private func write(_ index: Int, depth: Int, _ text: inout String) {
        let node = nodes[index]
        let indent = String(repeating: "\t", count: depth)
        text += indent + (index == 0 ? "/" : node.name) + " {\n"
        for property in node.properties {
            text += indent + "\t" + property.name
            if !property.value.isEmpty { text += " = " + Self.source(property.value) }
            text += ";\n"
        }
        for child in node.children {
            text += "\n"
            write(child, depth: depth + 1, &text)
        }
        text += indent + "};\n"
    }

    /// A property value as dtc source.
    static func source(_ value: [UInt8]) -> String {
        if looksLikeStrings(value), let list = strings(value) {
            return list.map(dtsQuoted).joined(separator: ", ")
        }
        if let cells = cells(value) {
            return "<" + cells.map { hex($0) }.joined(separator: " ") + ">"
        }
        return "[" + value.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ") + "]"
    }

    /// Printable text, NUL-terminated, no empty strings (dtc's guess).
    static func looksLikeStrings(_ value: [UInt8]) -> Bool {
        guard value.count > 1, value.first != 0, value.last == 0 else { return false }
        var previous: UInt8 = 1
        for byte in value.dropLast() {
            if byte == 0 {
                if previous == 0 { return false }
            } else if byte < 0x20 || byte > 0x7e {
                return false
            }
            previous = byte
        }
        return true
    }
}
