import FirmwareDecode
import TopologyModel

/// A read-only snapshot of a flattened device tree: every node with its properties (raw bytes, in
/// blob order) and children (in blob order), indexed for the merge. The merge analyses a base tree
/// with it before changing anything (libfdt offsets move on every write), and the DTS decompiler
/// renders any blob from it.
///
/// It is read by FirmwareDecode's `DeviceTreeBlob`, the one hardened reader of blobs from outside
/// (the version gate and the structure walk that keep libfdt 1.6.1 from hanging or crashing on a
/// malformed blob), shared by verify, decompile and `compile --base`. Sharing it does not weaken
/// verify: what verify must judge independently, how maps and specifiers are interpreted, stays
/// in FirmwareDecode alone; this is only the reading of bytes.
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

    /// Reads a blob from outside; throws `DecodeError` (with the offset where there is one) when
    /// it is not a sound FDT of version 16 or 17.
    init(_ bytes: [UInt8]) throws(DecodeError) {
        let blob: DeviceTreeBlob
        do {
            blob = try DeviceTreeBlob(bytes)
        } catch let error as DecodeError {
            throw error
        } catch {
            throw DecodeError("DTB", at: nil, "\(error)")
        }
        self.init(blob)
    }

    init(_ blob: DeviceTreeBlob) {
        bootCPU = blob.bootCPU
        reservations = blob.reservations.map { ($0.address, $0.size) }
        var indexByPath: [String: Int] = [:]
        for node in blob.nodes {
            let index = nodes.count
            let parent = node.parentPath.flatMap { indexByPath[$0] }
            nodes.append(Node(name: node.name, path: node.path, parent: parent, properties: node.properties.map { ($0.name, $0.value) }))
            if let parent { nodes[parent].children.append(index) }
            indexByPath[node.path] = index
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
