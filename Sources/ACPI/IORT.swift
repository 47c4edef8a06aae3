import TopologyModel

/// Arm IORT (DEN0049) at table revision 0, 3 or 5 with the node revisions of each (spec reference
/// §3.1): ITS group 0/1/1, named component 2/4/4, root complex 1/3/4, SMMUv3 2/4/4; a revision-5
/// table may carry revision-3 root complex nodes instead (`acpi.iort-root-complex-revision`, as
/// QEMU 11 writes them).
///
/// Node order (cli.md): ITS groups, SMMUv3 nodes, named components, root complexes by segment;
/// identifiers 0, 1, 2... in that order (revision 0: the field is Reserved and zero).
///
/// One ITS group node per ITS, in declaration order, each listing that one ITS: Linux takes an ITS
/// group's first identifier as the MSI domain, so grouping several ITSs would send every MSI to
/// the first. For one ITS this is exactly QEMU's node.
public enum IORTTable {
    /// Node revisions for one table: those of its revision, the root complex's as `acpi` says.
    public struct NodeRevisions: Hashable, Sendable {
        public var its: UInt8, namedComponent: UInt8, rootComplex: UInt8, smmuv3: UInt8

        public init(_ acpi: ACPIHeaderFields) {
            switch acpi.iortRevision {
            case .r0: (its, namedComponent, smmuv3) = (0, 2, 2)
            case .r3, .r5: (its, namedComponent, smmuv3) = (1, 4, 4)
            }
            rootComplex = acpi.rootComplexNodeRevision
        }

        /// Root complex nodes from revision 4 on end with PASID capabilities and Flags (40 bytes).
        var rootComplexHasFlags: Bool { rootComplex >= 4 }
    }

    static let headerSize = 48
    static let nodeHeaderSize = 16
    static let mappingSize = 20
    static let smmuFixedSize = 68
    static let ncFixedSize = 29
    /// Memory address size limit written for root complexes and named components (no limit).
    static let addressSizeLimit: UInt8 = 64

    enum Node {
        case its(MSIController, itsID: UInt32)
        case smmu(IOMMU, IOMMU.SMMUv3, mappings: [IORTIDMapping], ownMSIIndex: Int?)
        case namedComponent(PlatformDevice, mappings: [IORTIDMapping])
        case rootComplex(IORTRootComplexPlan, RootComplex)

        var mappings: [IORTIDMapping] {
            switch self {
            case .its: []
            case .smmu(_, _, let m, _), .namedComponent(_, let m): m
            case .rootComplex(let plan, _): plan.mappings
            }
        }
    }

    /// The name area after a named component's fixed part: the NUL-terminated path, zero padded
    /// to a multiple of 4 bytes (edk2's rule), with at least one padding byte: iasl 20200925's
    /// disassembler rejects a zero-length padding ("Invalid zero length subtable"). Readers find
    /// the mappings through the node's mapping offset, so any padding is valid.
    static func nameArea(_ path: String) -> Int { (path.utf8.count + 2 + 3) & ~3 }

    static func fixedSize(_ node: Node, _ nodeRev: NodeRevisions) -> Int {
        switch node {
        case .its: nodeHeaderSize + 4 + 4
        case .smmu: smmuFixedSize
        case .namedComponent(let d, _): ncFixedSize + nameArea(d.acpiPath)
        case .rootComplex: nodeRev.rootComplexHasFlags ? 40 : 36
        }
    }

    /// Builds the IORT of `t` at `t.acpi.iortRevision`.
    ///
    /// - Throws: the errors of `IORTMappingPlanner.diagnostics(for:)`.
    public static func build(_ t: Topology) throws(DiagnosticError) -> ACPITableOutput {
        let w = try writer(t)
        return ACPITableOutput(kind: .iort, aml: w.bytes, dslBytes: DataTableDSL.renderBytes(w, title: "IORT"))
    }

    /// The finished table with its fields, for rendering the listing in pieces (`DataTableDSL.render(_:title:into:)`).
    ///
    /// - Throws: also `iort-node-too-long` (a node past its 16-bit Length) and
    ///   `acpi-table-too-long` (the table past its 32-bit Length), found before anything is written.
    static func writer(_ t: Topology, limits: ACPILimits = .formats) throws(DiagnosticError) -> ACPITableWriter {
        let targets = IORTMappingPlanner.IORTTargets(t)
        let errors = IORTMappingPlanner.diagnostics(for: t, targets: targets)
        if !errors.isEmpty { throw DiagnosticError(errors) }
        let rev = t.acpi.iortRevision
        let nodeRev = NodeRevisions(t.acpi)

        // Plan every node, then lay them out so that references are known before writing.
        var nodes: [Node] = []
        for c in t.msiControllers {
            if case .gicv3ITS(_, let itsID) = c.kind {
                nodes.append(.its(c, itsID: itsID))
            }
        }
        let demands = IORTMappingPlanner.msiDemandsBySMMU(in: t, targets: targets)
        for iommu in t.iommus {
            guard case .smmuv3(let s) = iommu.kind else { continue }
            var mappings = try IORTMappingPlanner.smmuMappings(for: iommu, in: t, demands: demands[iommu.name] ?? [], targets: targets)
            var own: Int?
            if let m = IORTMappingPlanner.smmuOwnMSIMapping(for: iommu, targets: targets) {
                own = mappings.count
                mappings.append(m)
            }
            nodes.append(.smmu(iommu, s, mappings: mappings, ownMSIIndex: own))
        }
        for d in t.devices {
            let m = IORTMappingPlanner.namedComponentMappings(for: d, targets: targets)
            if !m.isEmpty { nodes.append(.namedComponent(d, mappings: m)) }
        }
        for plan in IORTMappingPlanner.rootComplexPlans(for: t) {
            nodes.append(.rootComplex(plan, t.rootComplex(named: plan.rootComplexes[0])!))
        }

        var offsets: [Int] = []
        var reference: [IORTIDMapping.Target: Int] = [:]
        var cursor = headerSize
        for node in nodes {
            offsets.append(cursor)
            switch node {
            case .its(let c, _): reference[.its(c.name)] = cursor
            case .smmu(let iommu, _, _, _): reference[.smmu(iommu.name)] = cursor
            default: break
            }
            cursor += fixedSize(node, nodeRev) + mappingSize * node.mappings.count
        }
        let sizeErrors = Self.sizeErrors(nodes, in: t, limits: limits)
        if !sizeErrors.isEmpty { throw DiagnosticError(sizeErrors) }
        // From here every narrowing is safe: a node's length fits 16 bits, so its mapping count
        // (at most 3,274) and mapping offset fit 32; the table fits 32 bits, so every node offset
        // (Output Reference) and the node count (< table length / 16) do too.

        var w = ACPITableWriter()
        w.header(signature: "IORT", revision: UInt8(rev.rawValue), fields: t.acpi, tableName: "IO Remapping Table")
        w.group()
        w.u32(UInt32(nodes.count), "Node Count")
        w.u32(UInt32(headerSize), "Node Offset")
        w.u32(0, "Reserved")

        for (index, node) in nodes.enumerated() {
            precondition(w.offset == offsets[index])
            let start = w.offset
            let identifier = rev == .r0 ? 0 : UInt32(index)
            let fixed = fixedSize(node, nodeRev)
            let mappings = node.mappings
            let length = fixed + mappingSize * mappings.count
            func header(_ type: UInt8, _ revision: UInt8) {
                w.group()
                w.u8(type, "Type")
                w.u16(UInt16(length), "Length")
                w.u8(revision, "Revision")
                w.u32(identifier, rev == .r0 ? "Reserved" : "Identifier")
                w.u32(UInt32(mappings.count), "Mapping Count")
                w.u32(mappings.isEmpty ? 0 : UInt32(fixed), "Mapping Offset")
                w.group()
            }
            switch node {
            case .its(_, let itsID):
                header(0, nodeRev.its)
                w.u32(1, "ItsCount")
                w.u32(itsID, "Identifiers")
            case .smmu(_, let s, _, let own):
                header(4, nodeRev.smmuv3)
                w.u64(s.base, "Base Address")
                // The listing names follow ACPICA's current template (`iasl -T IORT`), which has
                // the same fields for every revision (the bits are zero where a revision lacks them).
                let bits = [
                    ACPIFlagBit("COHACC Override", bit: 0), ACPIFlagBit("HTTU Override", bit: 1, width: 2),
                    ACPIFlagBit("Proximity Domain Valid", bit: 3), ACPIFlagBit("DeviceID Valid", bit: 4),
                ]
                w.u32(s.coherent ? 1 : 0, "Flags (decoded below)", flags: bits)
                w.u32(0, "Reserved")
                w.u64(0, "VATOS Address")
                w.u32(0, "Model")
                let irq = s.interrupts ?? SMMUInterrupts(eventq: 0, priq: 0, cmdqSync: 0, gerror: 0)
                w.u32(irq.eventq, "Event GSIV")
                w.u32(irq.priq, "PRI GSIV")
                w.u32(irq.gerror, "GERR GSIV")
                w.u32(irq.cmdqSync, "Sync GSIV")
                w.u32(0, "Proximity Domain")
                w.u32(UInt32(own ?? 0), "Device ID Mapping Index")
            case .namedComponent(let d, _):
                header(1, nodeRev.namedComponent)
                w.u32(0, "Node Flags")
                memoryProperties(&w, coherent: true, rev: rev)
                w.u8(addressSizeLimit, "Memory Size Limit")
                w.cString(d.acpiPath, "Device Name")
                w.raw([UInt8](repeating: 0, count: nameArea(d.acpiPath) - d.acpiPath.utf8.count - 1), "Padding")
            case .rootComplex(let plan, let rc):
                header(2, nodeRev.rootComplex)
                memoryProperties(&w, coherent: rc.coherent, rev: rev)
                w.u32(rc.ats ? 1 : 0, "ATS Attribute")
                w.u32(UInt32(plan.segment), "PCI Segment Number")
                w.u8(addressSizeLimit, "Memory Size Limit")
                // Revision 0 has three reserved bytes here; ACPICA's template (all revisions) lists
                // them as PASID Capabilities and one Reserved byte: the same zero bytes.
                w.u16(0, "PASID Capabilities")
                w.u8(0, "Reserved")
                if nodeRev.rootComplexHasFlags {
                    w.u32(0, "Flags", outsideTemplate: "root complex node revision 4; ACPICA has no such field, iasl omits these 4 bytes")
                }
            }
            for m in mappings {
                w.group()
                w.u32(m.single ? 0 : m.input.first, "Input base")
                w.u32(m.numberOfIDs, "ID Count")
                w.u32(m.outputBase, "Output Base")
                w.u32(UInt32(reference[m.target]!), "Output Reference")
                w.u32(m.single ? 1 : 0, "Flags (decoded below)", flags: [ACPIFlagBit("Single Mapping", bit: 0)])
            }
            precondition(w.offset - start == length)
        }
        w.finish()
        return w
    }

    /// Where a node's size error points, and what to call the node.
    static func origin(_ node: Node, in t: Topology) -> (what: String, at: SourceLocation, notes: [DiagnosticNote]) {
        switch node {
        case .its(let c, _): return ("ITS '\(c.name)'", c.source.location, [])
        case .smmu(let iommu, _, _, _):
            return ("SMMUv3 '\(iommu.name)'", iommu.source[iommu.source.wrote("msi-map") ? "msi-map" : "type"], [])
        case .namedComponent(let d, _): return ("device '\(d.name)'", d.source.location, [])
        case .rootComplex(let plan, _):
            // The root complex of the segment with the most map entries, the others as notes.
            let rcs = plan.rootComplexes.compactMap { t.rootComplex(named: $0) }
            let main = rcs.max { $0.iommuMap.count + $0.msiMap.count < $1.iommuMap.count + $1.msiMap.count } ?? rcs[0]
            let at = main.source[main.source.wrote("iommu-map") ? "iommu-map" : main.source.wrote("msi-map") ? "msi-map" : "segment"]
            let notes = rcs.filter { $0.name != main.name }.map {
                DiagnosticNote("root complex '\($0.name)' shares the node (segment \(plan.segment))", at: $0.source.location)
            }
            return ("root complex '\(main.name)' (the node of segment \(plan.segment))", at, notes)
        }
    }

    /// `iort-node-too-long` for each node longer than its Length field holds, and
    /// `acpi-table-too-long` at the node with which the table passes its Length field.
    static func sizeErrors(_ nodes: [Node], in t: Topology, limits: ACPILimits) -> [Diagnostic] {
        let nodeRev = NodeRevisions(t.acpi)
        var errors: [Diagnostic] = []
        var total = headerSize
        for node in nodes {
            let fixed = fixedSize(node, nodeRev)
            let length = fixed + mappingSize * node.mappings.count
            total += length
            if length > limits.iortNodeLength {
                let (what, at, notes) = origin(node, in: t)
                let most = (limits.iortNodeLength - fixed) / mappingSize
                errors.append(
                    IORTNodeTooLong.diagnostic(
                        "IORT cannot describe \(what): its node needs \(node.mappings.count) ID mappings (\(length) bytes), more than the \(most) that fit a node's 16-bit Length (\(limits.iortNodeLength) bytes)",
                        at: at, notes: notes))
            }
            if total > limits.tableLength && total - length <= limits.tableLength {
                let (what, at, notes) = origin(node, in: t)
                errors.append(
                    ACPITableTooLong.diagnostic(
                        "IORT cannot describe \(what): with its node the table passes \(limits.tableLength) bytes, the most its 32-bit Length holds",
                        at: at, notes: notes))
            }
        }
        return errors
    }

    /// Memory access properties: coherent is CCA 1 with CPM | DACS (QEMU's values), else all zero.
    static func memoryProperties(_ w: inout ACPITableWriter, coherent: Bool, rev: IORTRevision) {
        w.label("Memory Properties", "IORT Memory Access Properties", width: 8)
        w.u32(coherent ? 1 : 0, "Cache Coherency")
        w.u8(
            0, "Hints (decoded below)",
            flags: [
                ACPIFlagBit("Transient", bit: 0), ACPIFlagBit("Write Allocate", bit: 1),
                ACPIFlagBit("Read Allocate", bit: 2), ACPIFlagBit("Override", bit: 3),
            ])
        w.u16(0, "Reserved")
        // Bit 2 (E.f's CANWBS) is listed at every revision, as ACPICA's template does.
        let bits = [
            ACPIFlagBit("Coherency", bit: 0), ACPIFlagBit("Device Attribute", bit: 1),
            ACPIFlagBit("Ensured Coherency of Accesses", bit: 2),
        ]
        w.u8(coherent ? 3 : 0, "Memory Flags (decoded below)", flags: bits)
    }
}
