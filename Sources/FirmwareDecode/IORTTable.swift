/// A decoded and validated Arm IORT (spec-reference §3) that can be walked the way Linux's
/// `drivers/acpi/arm64/iort.c` walks it.
///
/// Table revisions 0, 3 and 5 (and their node revisions) are understood; the node bodies of ITS
/// groups, named components, root complexes and SMMUv3s are decoded, other node types keep only
/// their header and mappings. Validation is strict: anything Linux would have to treat as a
/// firmware bug about the table's structure throws a `DecodeError`, including output references
/// that do not name a node and loops in the graph of output references.
public struct IORTTable: Sendable {
    /// The validated ACPI header; `header.revision` is the IORT table revision.
    public let header: ACPITableHeader
    /// Number of nodes (header field at 36).
    public let nodeCount: UInt32
    /// Offset of the node array (header field at 40).
    public let nodeOffset: UInt32
    /// All nodes in table order.
    public let nodes: [IORTNode]
    /// Node index by table offset, first root complex by segment, first named component by name:
    /// lookups in walks are O(1), so a table of thousands of nodes is walked in linear time.
    private let indexByOffset: [Int: Int]
    private let rootComplexBySegment: [UInt32: Int]
    private let namedComponentByName: [String: Int]

    /// The IORT table revision (ACPI header byte 8).
    public var revision: UInt8 { header.revision }

    /// Decodes an IORT.
    /// - Throws: `DecodeError` for a bad header or signature, nodes outside the table or shorter than
    ///   their fixed part, node length 0, mapping arrays outside their node, unterminated named
    ///   component names, output references that are not node offsets, an invalid SMMUv3 DeviceID
    ///   mapping index, or a loop in output references.
    public init(_ bytes: [UInt8]) throws {
        let (header, r) = try ACPITableHeader.decode(bytes, expecting: "IORT")
        try r.require(36, 12, "IORT header (node count, node offset, reserved)")
        let nodeCount = try r.u32(36, "node count")
        let nodeOffset = try r.u32(40, "node array offset")
        if nodeCount > 0 && nodeOffset < 48 {
            throw DecodeError("IORT", at: 40, "node array offset \(nodeOffset) points into the 48-byte IORT header")
        }
        var nodes: [IORTNode] = []
        var off = Int(nodeOffset)
        for index in 0..<UInt64(nodeCount) {
            let node = try Self.decodeNode(r, at: off, index: Int(index))
            nodes.append(node)
            off = try r.add(off, Int(node.length), at: off + 1, "next node offset")
        }

        // Every output reference must name a node header; the reference graph must be acyclic.
        var indexByOffset: [Int: Int] = [:]
        for (i, node) in nodes.enumerated() { indexByOffset[node.offset] = i }
        var edges: [[Int]] = Array(repeating: [], count: nodes.count)
        for (i, node) in nodes.enumerated() {
            for m in node.mappings {
                guard let target = indexByOffset[Int(m.outputReference)] else {
                    throw DecodeError("IORT", at: m.offset + 12, "output reference 0x\(String(m.outputReference, radix: 16)) of node at 0x\(String(node.offset, radix: 16)) is not the offset of an IORT node")
                }
                edges[i].append(target)
            }
        }
        // Iterative three-colour DFS.
        var colour = Array(repeating: 0, count: nodes.count)  // 0 new, 1 on stack, 2 done
        for root in 0..<nodes.count where colour[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            colour[root] = 1
            while let top = stack.last {
                if top.next < edges[top.node].count {
                    stack[stack.count - 1].next += 1
                    let child = edges[top.node][top.next]
                    if colour[child] == 1 {
                        throw DecodeError("IORT", at: nodes[top.node].offset, "loop in ID mapping output references: node at 0x\(String(nodes[top.node].offset, radix: 16)) leads back to node at 0x\(String(nodes[child].offset, radix: 16))")
                    }
                    if colour[child] == 0 {
                        colour[child] = 1
                        stack.append((child, 0))
                    }
                } else {
                    colour[top.node] = 2
                    stack.removeLast()
                }
            }
        }

        self.header = header
        self.nodeCount = nodeCount
        self.nodeOffset = nodeOffset
        self.nodes = nodes
        self.indexByOffset = indexByOffset
        var rcs: [UInt32: Int] = [:], ncs: [String: Int] = [:]
        for (i, node) in nodes.enumerated() {
            switch node.kind {
            case .rootComplex(let rc): if rcs[rc.pciSegment] == nil { rcs[rc.pciSegment] = i }
            case .namedComponent(let nc): if ncs[nc.deviceName] == nil { ncs[nc.deviceName] = i }
            default: break
            }
        }
        self.rootComplexBySegment = rcs
        self.namedComponentByName = ncs
    }

    private static func decodeNode(_ r: ByteReader, at off: Int, index: Int) throws -> IORTNode {
        try r.require(off, 16, "header of node \(index)")
        let type = try r.u8(off, "node type")
        let length = try r.u16(off + 1, "node length")
        guard length >= 16 else {
            throw DecodeError("IORT", at: off + 1, "node \(index) (type \(type)) has length \(length), less than the 16-byte node header")
        }
        try r.require(off, Int(length), "node \(index) (type \(type))")
        let revision = try r.u8(off + 3, "node revision")
        let identifier = try r.u32(off + 4, "node identifier")
        let mappingCount = try r.u32(off + 8, "number of ID mappings")
        let mappingOffset = try r.u32(off + 12, "reference to ID array")
        let len = Int(length)

        var mappings: [IORTIDMapping] = []
        if mappingCount > 0 {
            guard mappingOffset >= 16 else {
                throw DecodeError("IORT", at: off + 12, "node \(index) has \(mappingCount) ID mappings but its ID array offset is \(mappingOffset)")
            }
            let end = UInt64(mappingOffset) + UInt64(mappingCount) * 20
            guard end <= UInt64(len) else {
                throw DecodeError("IORT", at: off + 12, "ID array of node \(index) (\(mappingCount) mappings at +\(mappingOffset)) runs past the node's length \(len)")
            }
            for i in 0..<Int(mappingCount) {
                let m = off + Int(mappingOffset) + 20 * i
                mappings.append(IORTIDMapping(
                    offset: m,
                    inputBase: try r.u32(m, "ID mapping input base"),
                    idCount: try r.u32(m + 4, "ID mapping number of IDs"),
                    outputBase: try r.u32(m + 8, "ID mapping output base"),
                    outputReference: try r.u32(m + 12, "ID mapping output reference"),
                    flags: try r.u32(m + 16, "ID mapping flags")))
            }
        }
        // End of the fixed part/arrays: the ID array if any, else the node end.
        let bodyEnd = mappingCount > 0 ? Int(mappingOffset) : len
        func needFixed(_ size: Int, _ what: String) throws {
            guard bodyEnd >= size else {
                throw DecodeError("IORT", at: off + 1, "\(what) node \(index) (revision \(revision)) has \(bodyEnd) bytes before its ID array/end, needs \(size)")
            }
        }

        let kind: IORTNode.Kind
        var special: Int? = nil
        switch IORTNodeType(rawValue: type) {
        case .itsGroup:
            try needFixed(20, "ITS group")
            let n = try r.u32(off + 16, "number of ITSs")
            guard UInt64(20) + UInt64(n) * 4 <= UInt64(bodyEnd) else {
                throw DecodeError("IORT", at: off + 16, "ITS group node \(index) lists \(n) ITS identifiers, more than fit in its length \(len)")
            }
            var ids: [UInt32] = []
            for i in 0..<Int(n) { ids.append(try r.u32(off + 20 + 4 * i, "GIC ITS identifier")) }
            kind = .itsGroup(itsIdentifiers: ids)
        case .namedComponent:
            try needFixed(30, "named component")
            var nameBytes: [UInt8] = []
            var terminated = false
            for p in (off + 29)..<(off + bodyEnd) {
                let b = try r.u8(p, "device object name")
                if b == 0 { terminated = true; break }
                nameBytes.append(b)
            }
            guard terminated else {
                throw DecodeError("IORT", at: off + 29, "device object name of named component node \(index) is not NUL-terminated before its ID array/end")
            }
            kind = .namedComponent(IORTNamedComponent(
                nodeFlags: try r.u32(off + 16, "named component flags"),
                memoryAccess: try IORTMemoryAccessProperties.read(r, at: off + 20),
                memoryAddressSizeLimit: try r.u8(off + 28, "device memory address size limit"),
                deviceName: String(decoding: nameBytes, as: UTF8.self)))
        case .rootComplex:
            try needFixed(36, "root complex")
            let hasFlags = revision >= 4 && bodyEnd >= 40
            kind = .rootComplex(IORTRootComplex(
                memoryAccess: try IORTMemoryAccessProperties.read(r, at: off + 16),
                atsAttribute: try r.u32(off + 24, "ATS attribute"),
                pciSegment: try r.u32(off + 28, "PCI segment number"),
                memoryAddressSizeLimit: revision >= 1 ? try r.u8(off + 32, "memory address size limit") : nil,
                pasidCapabilities: revision >= 4 ? try r.u16(off + 33, "PASID capabilities") : nil,
                flags: hasFlags ? try r.u32(off + 36, "root complex flags") : nil))
        case .smmuV3:
            try needFixed(68, "SMMUv3")
            let smmu = IORTSMMUv3(
                baseAddress: try r.u64(off + 16, "SMMUv3 base address"),
                flags: try r.u32(off + 24, "SMMUv3 flags"),
                vatosAddress: try r.u64(off + 32, "VATOS address"),
                model: try r.u32(off + 40, "SMMUv3 model"),
                eventGSIV: try r.u32(off + 44, "event GSIV"),
                priGSIV: try r.u32(off + 48, "PRI GSIV"),
                gerrGSIV: try r.u32(off + 52, "GERR GSIV"),
                syncGSIV: try r.u32(off + 56, "sync GSIV"),
                proximityDomain: try r.u32(off + 60, "proximity domain"),
                deviceIDMappingIndex: try r.u32(off + 64, "DeviceID mapping index"))
            if smmu.deviceIDMappingIndexIsValid(nodeRevision: revision) && mappingCount > 0 {
                guard smmu.deviceIDMappingIndex < mappingCount else {
                    throw DecodeError("IORT", at: off + 64, "SMMUv3 DeviceID mapping index \(smmu.deviceIDMappingIndex) is not below its \(mappingCount) mappings")
                }
                special = Int(smmu.deviceIDMappingIndex)
            }
            kind = .smmuV3(smmu)
        case .pmcg:
            try needFixed(28, "PMCG")
            let overflowGSIV = try r.u32(off + 24, "PMCG overflow GSIV")
            if overflowGSIV == 0 && mappingCount > 0 { special = 0 }
            kind = .other(type: type)
        default:
            kind = .other(type: type)
        }
        return IORTNode(
            offset: off, type: type, length: length, revision: revision, identifier: identifier,
            mappingCount: mappingCount, mappingOffset: mappingOffset, mappings: mappings,
            kind: kind, specialMappingIndex: special)
    }

    // MARK: - Lookups

    /// The node whose header starts at table offset `offset`.
    public func node(atOffset offset: Int) -> IORTNode? {
        indexByOffset[offset].map { nodes[$0] }
    }

    /// The first root complex node with PCI segment number `segment` (Linux assumes one per segment).
    public func rootComplex(segment: UInt32) -> IORTNode? {
        rootComplexBySegment[segment].map { nodes[$0] }
    }

    /// The first named component whose device object name equals `path` exactly (Linux `strcmp`).
    public func namedComponent(_ path: String) -> IORTNode? {
        namedComponentByName[path].map { nodes[$0] }
    }

    // MARK: - Linux walks

    /// Linux `iort_node_map_id`: translate `id` from the node at `offset` through ID mappings until a
    /// node whose type is in `targetTypes`.
    ///
    /// Honours the special mapping index, single mappings (only on named components and root
    /// complexes), first-match order and Linux's off-by-one tolerance (a match at a range's last ID
    /// is tentative and yields to a later range starting at that ID). A walk that runs out of
    /// mappings stops with `reachedTarget == false`.
    public func mapID(fromNodeAt offset: Int, id: UInt32, to targetTypes: Set<IORTNodeType>) -> IORTWalk {
        var steps: [IORTWalk.Step] = []
        guard var node = node(atOffset: offset) else {
            return IORTWalk(steps: [], reachedTarget: false, itsIdentifiers: [])
        }
        var id = id
        // The reference graph is acyclic (checked at decode), so this bound is never the limit.
        for _ in 0...nodes.count {
            steps.append(.init(nodeOffset: node.offset, nodeType: node.type, id: id))
            if let t = node.nodeType, targetTypes.contains(t) {
                return IORTWalk(steps: steps, reachedTarget: true, itsIdentifiers: Self.itsIDs(node))
            }
            guard !node.mappings.isEmpty, node.mappings[0].outputReference != 0 else { break }
            var chosen: (ref: UInt32, id: UInt32)? = nil
            var tentative: (ref: UInt32, id: UInt32)? = nil
            for (i, m) in node.mappings.enumerated() where i != node.specialMappingIndex {
                if m.isSingleMapping {
                    if node.type == IORTNodeType.namedComponent.rawValue || node.type == IORTNodeType.rootComplex.rawValue {
                        chosen = (m.outputReference, m.outputBase)
                        break
                    }
                    continue  // FW_BUG: single mapping not allowed here, skipped
                }
                if id < m.inputBase || id > m.lastInputID { continue }
                if tentative != nil && id != m.inputBase { continue }  // conflicting mapping, ignored
                let out = m.output(of: id)
                if tentative == nil && m.idCount > 0 && id == m.lastInputID {
                    tentative = (m.outputReference, out)
                    continue
                }
                chosen = (m.outputReference, out)
                break
            }
            guard let next = chosen ?? tentative, let nextNode = self.node(atOffset: Int(next.ref)) else { break }
            node = nextNode
            id = next.id
        }
        return IORTWalk(steps: steps, reachedTarget: false, itsIdentifiers: [])
    }

    private static func itsIDs(_ node: IORTNode) -> [UInt32] {
        if case .itsGroup(let ids) = node.kind { return ids }
        return []
    }

    /// The walk Linux makes for PCI function `rid` of segment `segment`: root complex → (SMMU with
    /// StreamID →) ITS group with DeviceID. `walk.iommu` is the IOMMU lookup's answer (nil = no
    /// IOMMU), `walk.deviceID` the MSI DeviceID (when nil Linux uses the RID unchanged).
    /// Returns `nil` when no root complex has that segment.
    public func mapRID(segment: UInt32, rid: UInt32) -> IORTWalk? {
        guard let rc = rootComplex(segment: segment) else { return nil }
        return mapID(fromNodeAt: rc.offset, id: rid, to: [.itsGroup])
    }

    /// Linux `iort_node_get_id`: the single ID emitted by mapping `index` of the node at `offset`,
    /// and the node it goes to. Only single-flag mappings on named components, root complexes,
    /// SMMUv3s and PMCGs qualify.
    public func nodeGetID(nodeAt offset: Int, index: Int) -> IORTWalk.Step? {
        guard let node = node(atOffset: offset), index >= 0, index < node.mappings.count else { return nil }
        let m = node.mappings[index]
        guard m.outputReference != 0, m.isSingleMapping,
              [IORTNodeType.namedComponent, .rootComplex, .smmuV3, .pmcg].contains(where: { $0.rawValue == node.type }),
              let parent = self.node(atOffset: Int(m.outputReference))
        else { return nil }
        return .init(nodeOffset: parent.offset, nodeType: parent.type, id: m.outputBase)
    }

    /// Linux `iort_node_map_platform_id`: take the single ID of mapping `index`, then keep mapping
    /// it unless its parent already has a type in `targetTypes`. `nil` when either step fails.
    public func mapPlatformID(nodeAt offset: Int, to targetTypes: Set<IORTNodeType>, index: Int) -> IORTWalk? {
        guard let node = node(atOffset: offset), let first = nodeGetID(nodeAt: offset, index: index) else { return nil }
        let start = IORTWalk.Step(nodeOffset: node.offset, nodeType: node.type, id: first.id)
        if let t = IORTNodeType(rawValue: first.nodeType), targetTypes.contains(t) {
            let its = self.node(atOffset: first.nodeOffset).map(Self.itsIDs) ?? []
            return IORTWalk(steps: [start, first], reachedTarget: true, itsIdentifiers: its)
        }
        let rest = mapID(fromNodeAt: first.nodeOffset, id: first.id, to: targetTypes)
        guard rest.reachedTarget else { return nil }
        return IORTWalk(steps: [start] + rest.steps, reachedTarget: true, itsIdentifiers: rest.itsIdentifiers)
    }

    /// The StreamIDs Linux gives the named component `path` (`iort_nc_iommu_map`): for mapping
    /// index 0, 1, … while `mapPlatformID(…, to: [.smmuV1V2, .smmuV3], index:)` succeeds, the SMMU
    /// node and StreamID reached. Empty when the component is unknown or has no IOMMU.
    public func streamIDs(ofNamedComponent path: String) -> [IORTWalk.Step] {
        guard let nc = namedComponent(path) else { return [] }
        var result: [IORTWalk.Step] = []
        var index = 0
        while let walk = mapPlatformID(nodeAt: nc.offset, to: [.smmuV1V2, .smmuV3], index: index), let last = walk.steps.last {
            result.append(last)
            index += 1
        }
        return result
    }

    /// The MSI DeviceID Linux gives the named component `path` (`iort_pmsi_get_dev_id`): the first
    /// mapping index whose platform walk reaches an ITS group. `nil` when none does.
    public func deviceID(ofNamedComponent path: String) -> IORTWalk.Step? {
        guard let nc = namedComponent(path) else { return nil }
        return deviceID(ofNodeAt: nc.offset)
    }

    /// The MSI DeviceID of the node at `offset` as `iort_pmsi_get_dev_id` computes it: through the
    /// special mapping index when the node has a valid one (an SMMUv3's own DeviceID mapping, a
    /// PMCG without overflow GSIV), else the first mapping index whose platform walk reaches an ITS.
    public func deviceID(ofNodeAt offset: Int) -> IORTWalk.Step? {
        guard let node = node(atOffset: offset) else { return nil }
        if let special = node.specialMappingIndex {
            return nodeGetID(nodeAt: offset, index: special)
        }
        for index in node.mappings.indices {
            if let walk = mapPlatformID(nodeAt: offset, to: [.itsGroup], index: index), let last = walk.steps.last {
                return last
            }
        }
        return nil
    }

    /// The SMMUv3 at `offset`'s own MSI DeviceID, from the mapping named by its DeviceID mapping
    /// index when Linux considers that index valid (§3.10). `nil` when the index is not valid (e.g. all
    /// four GSIVs wired in a node of revision < 5) or the mapping is not a single mapping.
    public func smmuOwnDeviceID(smmuAt offset: Int) -> IORTWalk.Step? {
        guard let node = node(atOffset: offset), case .smmuV3 = node.kind, let special = node.specialMappingIndex else { return nil }
        return nodeGetID(nodeAt: offset, index: special)
    }
}
