import CLibfdt

/// A flattened device tree blob, validated with libfdt and read into memory, answering the
/// IOMMU/MSI topology questions Linux asks (`of_map_id`, `iommus`, `msi-parent`).
///
/// The blob is checked with `fdt_check_header`, its `totalsize` against the buffer, and
/// `fdt_check_full`; then every node and property is copied out through libfdt, so lookups never
/// touch the raw bytes again. Cell values are big-endian u32 as the format requires.
public struct DeviceTreeBlob: Sendable {
    /// The blob's bytes (exactly `totalsize` of them).
    public let bytes: [UInt8]
    /// Every node in blob (depth-first) order.
    public let nodes: [DeviceTreeNode]
    /// The memory reservation block, in blob order (the terminating all-zero entry left out).
    public let reservations: [DeviceTreeReservation]
    /// The header's `boot_cpuid_phys`.
    public let bootCPU: UInt32
    private let indexByPath: [String: Int]
    private let pathByPhandle: [UInt32: String]

    /// Validates and reads a DTB.
    /// - Throws: `DecodeError` (blob `"DTB"`) when the header is bad, `totalsize` exceeds the buffer,
    ///   libfdt's full check fails, a node or property cannot be read, a `phandle` property is not one
    ///   cell, or two nodes claim the same phandle.
    public init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 40 else {
            throw DecodeError("DTB", at: 0, "only \(bytes.count) bytes, an FDT header needs 40")
        }
        func be32(_ o: Int) -> UInt32 { Self.cells(Array(bytes[o..<(o + 4)]))[0] }
        guard be32(0) == 0xd00d_feed else {
            throw DecodeError("DTB", at: 0, "bad magic 0x\(String(be32(0), radix: 16)), expected 0xd00dfeed")
        }
        let totalSize = be32(4)
        guard UInt64(totalSize) <= UInt64(bytes.count) else {
            throw DecodeError("DTB", at: 4, "totalsize \(totalSize) exceeds the \(bytes.count) bytes available")
        }
        guard totalSize >= 40 else {
            throw DecodeError("DTB", at: 4, "totalsize \(totalSize) is smaller than the 40-byte header")
        }
        // Versions 16 and 17 are what dtc, QEMU and topoc write. Older layouts (full paths as node
        // names, no strings-block size) take paths through libfdt 1.6.1 that dereference a NULL
        // name on a malformed blob (found by `topoc-fuzz dtb`), so they are refused here.
        let version = be32(20)
        guard (16...17).contains(version) || (version > 17 && be32(24) <= 17) else {
            throw DecodeError("DTB", at: 20, "version \(version) (last compatible \(be32(24))) is not one topoc reads: it reads versions 16 and 17")
        }
        let blob = Array(bytes[0..<Int(totalSize)])
        let structBase = Int(be32(8))  // libfdt offsets count from the structure block
        let checked: Int32 = blob.withUnsafeBytes { raw in
            let h = fdt_check_header(raw.baseAddress)
            if h != 0 { return h }
            if let problem = Self.propertyLengthProblem(blob) { return problem }
            return fdt_check_full(raw.baseAddress, raw.count)
        }
        guard checked == 0 else {
            throw DecodeError("DTB", at: nil, "libfdt rejects the blob: \(Self.libfdtError(checked))")
        }

        let reservations = try Self.reservations(blob)

        var nodes: [DeviceTreeNode] = []
        var indexByPath: [String: Int] = [:]
        var pathByPhandle: [UInt32: String] = [:]
        let walkError: DecodeError? = blob.withUnsafeBytes { raw -> DecodeError? in
            let fdt = raw.baseAddress
            var stack: [Int] = []  // node indices by depth
            var depth: Int32 = 0
            var offset: Int32 = 0
            while offset >= 0 && depth >= 0 {
                var nameLen: Int32 = 0
                guard let namePtr = fdt_get_name(fdt, offset, &nameLen), nameLen >= 0 else {
                    return DecodeError("DTB", at: structBase + Int(offset), "cannot read node name: \(Self.libfdtError(nameLen))")
                }
                let name = String(decoding: UnsafeRawBufferPointer(start: namePtr, count: Int(nameLen)), as: UTF8.self)
                while stack.count > Int(depth) { stack.removeLast() }
                let parentIndex = stack.last
                let path: String
                if let parentIndex {
                    let parentPath = nodes[parentIndex].path
                    path = parentPath == "/" ? "/" + name : parentPath + "/" + name
                } else {
                    path = "/"
                }
                var props: [DeviceTreeProperty] = []
                var poff = fdt_first_property_offset(fdt, offset)
                while poff >= 0 {
                    var len: Int32 = 0
                    var pname: UnsafePointer<CChar>? = nil
                    guard let value = fdt_getprop_by_offset(fdt, poff, &pname, &len), len >= 0, let pname else {
                        return DecodeError("DTB", at: structBase + Int(poff), "cannot read a property of \(path): \(Self.libfdtError(len))")
                    }
                    let bytes = [UInt8](UnsafeRawBufferPointer(start: value, count: Int(len)))
                    props.append(DeviceTreeProperty(name: String(cString: pname), value: bytes, offset: structBase + Int(poff)))
                    poff = fdt_next_property_offset(fdt, poff)
                }
                if poff != -FDT_ERR_NOTFOUND {
                    return DecodeError("DTB", at: structBase + Int(offset), "cannot walk the properties of \(path): \(Self.libfdtError(poff))")
                }
                if indexByPath[path] != nil {
                    return DecodeError("DTB", at: structBase + Int(offset), "two nodes have the path \(path)")
                }
                for p in props where p.name == "phandle" || p.name == "linux,phandle" {
                    guard p.value.count == 4 else {
                        return DecodeError("DTB", at: structBase + Int(offset), "\(p.name) of \(path) is \(p.value.count) bytes, not one cell")
                    }
                    let ph = Self.cells(p.value)[0]
                    if let other = pathByPhandle[ph], other != path {
                        return DecodeError("DTB", at: structBase + Int(offset), "phandle 0x\(String(ph, radix: 16)) of \(path) is also used by \(other)")
                    }
                    pathByPhandle[ph] = path
                }
                let node = DeviceTreeNode(path: path, name: name, offset: structBase + Int(offset), parentPath: parentIndex.map { nodes[$0].path }, properties: props, childPaths: [])
                if let parentIndex { nodes[parentIndex].childPaths.append(path) }
                indexByPath[path] = nodes.count
                stack.append(nodes.count)
                nodes.append(node)
                offset = fdt_next_node(fdt, offset, &depth)
            }
            if offset < 0 && offset != -FDT_ERR_NOTFOUND {
                return DecodeError("DTB", at: nil, "cannot walk the node tree: \(Self.libfdtError(offset))")
            }
            return nil
        }
        if let walkError { throw walkError }
        guard !nodes.isEmpty else { throw DecodeError("DTB", at: nil, "the blob has no root node") }
        self.bytes = blob
        self.nodes = nodes
        self.reservations = reservations
        self.bootCPU = be32(28)
        self.indexByPath = indexByPath
        self.pathByPhandle = pathByPhandle
    }

    /// The memory reservation block: 16-byte (address, size) entries from `off_mem_rsvmap` up to
    /// the all-zero one, every entry inside the blob (libfdt's `fdt_num_mem_rsv` is not trusted
    /// with a blob from outside).
    private static func reservations(_ blob: [UInt8]) throws -> [DeviceTreeReservation] {
        func be64(_ at: Int) -> UInt64 { blob[at..<(at + 8)].reduce(0) { $0 << 8 | UInt64($1) } }
        let start = Int(cells(Array(blob[16..<20]))[0])  // the header's off_mem_rsvmap
        guard start % 8 == 0, start >= 40 else {
            throw DecodeError("DTB", at: 16, "off_mem_rsvmap \(start) is not an 8-byte aligned offset past the header")
        }
        var result: [DeviceTreeReservation] = []
        var at = start
        while true {
            guard at <= blob.count - 16 else {
                throw DecodeError("DTB", at: at, "the memory reservation block runs past the blob's end without its terminating entry")
            }
            let address = be64(at), size = be64(at + 8)
            if address == 0 && size == 0 { return result }
            result.append(DeviceTreeReservation(address: address, size: size, offset: at))
            at += 16
        }
    }

    private static func libfdtError(_ code: Int32) -> String {
        guard let s = fdt_strerror(code) else { return "libfdt error \(code)" }
        return String(cString: s) + " (\(code))"
    }

    static func cells(_ bytes: [UInt8]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(bytes.count / 4)
        var o = 0
        while o + 4 <= bytes.count {
            let b0 = UInt32(bytes[o]) << 24
            let b1 = UInt32(bytes[o + 1]) << 16
            let b2 = UInt32(bytes[o + 2]) << 8
            let b3 = UInt32(bytes[o + 3])
            result.append(b0 | b1 | b2 | b3)
            o += 4
        }
        return result
    }

    // MARK: - Nodes and properties

    /// All node paths in blob order.
    public var paths: [String] { nodes.map(\.path) }

    /// libfdt 1.6.1 (Debian's) `fdt_next_tag` adds a property's length to its offset unchecked:
    /// a length of 0xfffffff4 steps back onto the same tag and `fdt_check_full` never returns
    /// (found by `topoc-fuzz dtb`). Walks the structure block first and returns
    /// `-FDT_ERR_BADSTRUCTURE` for a property running past it. Call after `fdt_check_header`.
    static func propertyLengthProblem(_ blob: [UInt8]) -> Int32? {
        func be32(_ at: Int) -> Int { Int(blob[at]) << 24 | Int(blob[at + 1]) << 16 | Int(blob[at + 2]) << 8 | Int(blob[at + 3]) }
        let start = be32(8)
        let end = min(blob.count, be32(20) >= 17 ? start + be32(36) : blob.count)
        var i = start
        while i + 4 <= end {
            switch be32(i) {
            case 1:  // FDT_BEGIN_NODE: NUL-terminated name, padded to 4
                var j = i + 4
                while j < end && blob[j] != 0 { j += 1 }
                i = (j + 1 + 3) & ~3
            case 3:  // FDT_PROP: len, nameoff, value padded to 4
                guard i + 12 <= end else { return -Int32(FDT_ERR_BADSTRUCTURE) }
                let length = be32(i + 4)
                guard length <= end - (i + 12) else { return -Int32(FDT_ERR_BADSTRUCTURE) }
                i = (i + 12 + length + 3) & ~3
            case 9:  // FDT_END
                return nil
            default:  // FDT_END_NODE, FDT_NOP; anything else libfdt rejects on its own
                i += 4
            }
        }
        return nil
    }

    /// The node at `path`, if there is one.
    public func node(_ path: String) -> DeviceTreeNode? {
        indexByPath[path].map { nodes[$0] }
    }

    /// Blob offset of property `name` of `path` (of the node itself when `name` is nil or absent).
    func offset(of path: String, _ name: String?) -> Int? {
        guard let n = node(path) else { return nil }
        if let name, let p = n.properties.first(where: { $0.name == name }) { return p.offset }
        return n.offset
    }

    func requireNode(_ path: String) throws -> DeviceTreeNode {
        guard let n = node(path) else { throw DecodeError("DTB", at: nil, "no node at path \(path)") }
        return n
    }

    /// Raw bytes of property `name` of the node at `path`; `nil` when the property is absent.
    /// - Throws: `DecodeError` when there is no node at `path`.
    public func property(_ name: String, of path: String) throws -> [UInt8]? {
        try requireNode(path).property(name)
    }

    /// Property `name` as big-endian u32 cells; `nil` when absent.
    /// - Throws: `DecodeError` when the node is missing or the length is not a multiple of 4.
    public func u32Cells(_ name: String, of path: String) throws -> [UInt32]? {
        guard let v = try property(name, of: path) else { return nil }
        guard v.count % 4 == 0 else {
            throw DecodeError("DTB", at: offset(of: path, name), "\(path):\(name) is \(v.count) bytes, not a whole number of cells")
        }
        return Self.cells(v)
    }

    /// Property `name` as exactly one u32 cell; `nil` when absent.
    /// - Throws: `DecodeError` when the node is missing or the value is not 4 bytes.
    public func u32(_ name: String, of path: String) throws -> UInt32? {
        guard let c = try u32Cells(name, of: path) else { return nil }
        guard c.count == 1 else {
            throw DecodeError("DTB", at: offset(of: path, name), "\(path):\(name) has \(c.count) cells, expected 1")
        }
        return c[0]
    }

    /// Property `name` as a string list (each NUL-terminated); `nil` when absent.
    /// - Throws: `DecodeError` when the node is missing or the value does not end with NUL.
    public func stringList(_ name: String, of path: String) throws -> [String]? {
        guard let v = try property(name, of: path) else { return nil }
        guard v.last == 0 else {
            throw DecodeError("DTB", at: offset(of: path, name), "\(path):\(name) is not NUL-terminated")
        }
        return v.dropLast().split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Property `name` as a single string (the first of the list); `nil` when absent.
    /// - Throws: `DecodeError` when the node is missing or the value does not end with NUL.
    public func string(_ name: String, of path: String) throws -> String? {
        try stringList(name, of: path)?.first
    }

    /// The node's phandle (`phandle` or `linux,phandle`), if it has one.
    public func phandle(of path: String) -> UInt32? {
        guard let n = node(path), let v = n.property("phandle") ?? n.property("linux,phandle"), v.count == 4 else { return nil }
        return Self.cells(v)[0]
    }

    /// The path of the node whose phandle is `phandle`. 0 and 0xffffffff never resolve.
    public func path(ofPhandle phandle: UInt32) -> String? {
        guard phandle != 0, phandle != 0xffff_ffff else { return nil }
        return pathByPhandle[phandle]
    }

    /// Paths of nodes whose `compatible` list contains `compatible`, in blob order. Entries are
    /// compared as bytes, as the kernel compares them, without a `String` per entry (verify asks
    /// once per GIC compatible over every node of a large tree).
    public func nodes(compatibleWith compatible: String) -> [String] {
        let wanted = Array(compatible.utf8)
        return nodes.compactMap { n in
            guard let v = n.property("compatible"), v.last == 0 else { return nil }
            var start = v.startIndex
            for i in v.indices where v[i] == 0 {
                if v[start..<i].elementsEqual(wanted) { return n.path }
                start = i + 1
            }
            return nil
        }
    }

    // MARK: - Addresses

    /// `#address-cells` and `#size-cells` that apply to the children of `path` (DT spec defaults 2
    /// and 1 when absent).
    /// - Throws: `DecodeError` for a missing node, malformed cells, or more than 4 cells.
    public func cellCounts(forChildrenOf path: String) throws -> (address: Int, size: Int) {
        let a = try u32("#address-cells", of: path) ?? 2
        let s = try u32("#size-cells", of: path) ?? 1
        guard a <= 4, s <= 4 else {
            throw DecodeError("DTB", at: offset(of: path, nil), "\(path) has #address-cells \(a) / #size-cells \(s); at most 4 are supported")
        }
        return (Int(a), Int(s))
    }

    /// The `reg` entries of `path`, split with its parent's `#address-cells`/`#size-cells`; `nil`
    /// when there is no `reg`.
    /// - Throws: `DecodeError` when the node is missing, is the root, or `reg` is not a whole number
    ///   of entries.
    public func reg(of path: String) throws -> [DeviceTreeRegEntry]? {
        let n = try requireNode(path)
        guard let parent = n.parentPath else {
            throw DecodeError("DTB", at: nil, "the root node has no parent to give #address-cells for reg")
        }
        guard let cells = try u32Cells("reg", of: path) else { return nil }
        let (ac, sc) = try cellCounts(forChildrenOf: parent)
        let width = ac + sc
        guard width > 0 else {
            if cells.isEmpty { return [] }
            throw DecodeError("DTB", at: offset(of: path, "reg"), "\(path):reg has data but its parent \(parent) declares 0 address and size cells")
        }
        guard cells.count % width == 0 else {
            throw DecodeError("DTB", at: offset(of: path, "reg"), "\(path):reg has \(cells.count) cells, not a multiple of \(ac)+\(sc)")
        }
        return stride(from: 0, to: cells.count, by: width).map {
            DeviceTreeRegEntry(addressCells: Array(cells[$0..<($0 + ac)]), sizeCells: Array(cells[($0 + ac)..<($0 + width)]))
        }
    }

    /// The BDF of a PCI child node, from `reg`'s `phys.hi` cell (`BDF << 8`); `nil` without `reg`.
    /// - Throws: `DecodeError` when `reg` is malformed or the parent does not use 3 address cells.
    public func pciBDF(of path: String) throws -> UInt16? {
        guard let entries = try reg(of: path), let first = entries.first else { return nil }
        guard first.addressCells.count == 3 else {
            throw DecodeError("DTB", at: offset(of: path, "reg"), "\(path) is not a PCI child: its parent uses \(first.addressCells.count) address cells, not 3")
        }
        return UInt16(truncatingIfNeeded: first.addressCells[0] >> 8)
    }

    /// `bus-range = <first last>` of a host bridge; `nil` when absent.
    /// - Throws: `DecodeError` when the value is not two cells or last < first.
    public func busRange(of path: String) throws -> ClosedRange<UInt32>? {
        guard let c = try u32Cells("bus-range", of: path) else { return nil }
        guard c.count == 2, c[0] <= c[1] else {
            throw DecodeError("DTB", at: offset(of: path, "bus-range"), "\(path):bus-range must be two cells <first last> with first <= last, got \(c)")
        }
        return c[0]...c[1]
    }

    /// `linux,pci-domain` of a host bridge; `nil` when absent.
    /// - Throws: `DecodeError` when the value is not one cell.
    public func pciDomain(of path: String) throws -> UInt32? {
        try u32("linux,pci-domain", of: path)
    }

    // MARK: - Phandle references

    /// Parses a `<&node cells…>, …` list where each provider gives its cell count in `cellsName`.
    /// - Parameter optionalCells: when true a missing `cellsName` means 0 cells; otherwise it is an error.
    private func specifiers(_ name: String, of path: String, cellsName: String, optionalCells: Bool) throws -> [DeviceTreeSpecifier] {
        guard let cells = try u32Cells(name, of: path) else { return [] }
        var result: [DeviceTreeSpecifier] = []
        var i = 0
        while i < cells.count {
            let ph = cells[i]
            guard let target = self.path(ofPhandle: ph) else {
                throw DecodeError("DTB", at: offset(of: path, name), "\(path):\(name) cell \(i): phandle 0x\(String(ph, radix: 16)) does not resolve to a node")
            }
            let count: UInt32
            if let c = try u32(cellsName, of: target) {
                count = c
            } else if optionalCells {
                count = 0
            } else {
                throw DecodeError("DTB", at: offset(of: path, name), "\(path):\(name) refers to \(target), which has no \(cellsName)")
            }
            guard UInt64(count) <= UInt64(cells.count - i - 1) else {
                throw DecodeError("DTB", at: offset(of: path, name), "\(path):\(name) cell \(i): \(target) needs \(count) specifier cells, only \(cells.count - i - 1) remain")
            }
            result.append(DeviceTreeSpecifier(target: target, phandle: ph, cells: Array(cells[(i + 1)..<(i + 1 + Int(count))])))
            i += 1 + Int(count)
        }
        return result
    }

    /// The `iommus` entries of a platform device (each provider's `#iommu-cells` gives the
    /// specifier length); empty when the property is absent.
    /// - Throws: `DecodeError` for an unresolved phandle, a provider without `#iommu-cells`, or too few cells.
    public func iommus(of path: String) throws -> [DeviceTreeSpecifier] {
        try specifiers("iommus", of: path, cellsName: "#iommu-cells", optionalCells: false)
    }

    /// The `msi-parent` entries of a node (a provider without `#msi-cells` takes 0 cells, as Linux
    /// allows); empty when the property is absent.
    /// - Throws: `DecodeError` for an unresolved phandle or too few cells.
    public func msiParent(of path: String) throws -> [DeviceTreeSpecifier] {
        try specifiers("msi-parent", of: path, cellsName: "#msi-cells", optionalCells: true)
    }

    /// Linux `of_map_id` on the node at `path`, e.g. `ofMapID(node: host, id: rid, mapName:
    /// "iommu-map", maskName: "iommu-map-mask")`.
    ///
    /// * No `mapName` property → the ID passes through, no target.
    /// * The property must be non-empty and a multiple of 16 bytes (4-cell entries).
    /// * `masked = id & mask` (mask = first cell of `maskName`; all ones when it is absent or shorter
    ///   than a cell, as `of_property_read_u32` leaves the default).
    /// * Entries in order: an entry whose rid-base has bits outside the mask is an error; an entry
    ///   matches when `rid-base <= masked < rid-base + length` (u32 wrapping, as in C); the matching
    ///   entry's phandle must resolve; with `target` given, entries for other nodes are skipped.
    ///   First match wins: `masked - rid-base + out-base`.
    /// * No match → the unmasked ID passes through with no target.
    /// - Parameter target: restrict matches to entries pointing at this node path (Linux's pre-set target).
    /// - Throws: `DecodeError` for a missing node, a malformed map, a rid-base outside the
    ///   mask, or an unresolved phandle in a matching entry.
    public func ofMapID(node path: String, id: UInt32, mapName: String, maskName: String, target: String? = nil) throws -> MapResult {
        let n = try requireNode(path)
        guard let raw = n.property(mapName) else {
            return MapResult(id: id, target: nil, targetPhandle: nil, mapPresent: false)
        }
        guard !raw.isEmpty, raw.count % 16 == 0 else {
            throw DecodeError("DTB", at: offset(of: path, mapName), "\(path):\(mapName) is \(raw.count) bytes, not a non-zero multiple of 16 (4-cell entries)")
        }
        // Linux reads the mask with of_property_read_u32: a value shorter than one cell leaves the
        // default, a longer one contributes its first cell.
        var mask: UInt32 = 0xffff_ffff
        if let m = n.property(maskName), m.count >= 4 {
            mask = Self.cells(Array(m[0..<4]))[0]
        }
        let masked = id & mask
        let cells = Self.cells(raw)
        for e in stride(from: 0, to: cells.count, by: 4) {
            let ridBase = cells[e], ph = cells[e + 1], outBase = cells[e + 2], length = cells[e + 3]
            guard ridBase & ~mask == 0 else {
                throw DecodeError("DTB", at: offset(of: path, mapName), "\(path):\(mapName) entry \(e / 4): \(maskName) 0x\(String(mask, radix: 16)) ignores bits of rid-base 0x\(String(ridBase, radix: 16))")
            }
            if masked < ridBase || masked >= ridBase &+ length { continue }
            guard let node = self.path(ofPhandle: ph) else {
                throw DecodeError("DTB", at: offset(of: path, mapName), "\(path):\(mapName) entry \(e / 4): phandle 0x\(String(ph, radix: 16)) does not resolve to a node")
            }
            if let target, target != node { continue }
            return MapResult(id: masked &- ridBase &+ outBase, target: node, targetPhandle: ph, mapPresent: true)
        }
        return MapResult(id: id, target: nil, targetPhandle: nil, mapPresent: true)
    }
}
