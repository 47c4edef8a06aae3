import TopologyModel

/// One IORT ID mapping before it is laid out: input IDs `input` become `outputBase...` at `target`.
public struct IORTIDMapping: Hashable, Sendable, CustomStringConvertible {
    /// The node a mapping points at.
    public enum Target: Hashable, Sendable {
        /// An SMMUv3 node (by IOMMU name): outputs are StreamIDs.
        case smmu(String)
        /// The ITS group node of one ITS (by MSI controller name): outputs are DeviceIDs.
        case its(String)

        public var name: String {
            switch self {
            case .smmu(let n), .its(let n): n
            }
        }
    }

    public var input: IDRange
    public var outputBase: UInt32
    public var target: Target
    /// The single-mapping flag: the node itself emits the one ID `outputBase` (input ignored).
    public var single: Bool

    public init(input: IDRange, outputBase: UInt32, target: Target, single: Bool = false) {
        self.input = input
        self.outputBase = outputBase
        self.target = target
        self.single = single
    }

    /// The IORT "Number of IDs" field: count - 1.
    public var numberOfIDs: UInt32 { UInt32(input.count - 1) }

    /// Whether `next` continues this mapping (same target, input and output both contiguous).
    public func isContinued(by next: IORTIDMapping) -> Bool {
        !single && !next.single && target == next.target && input.end == UInt64(next.input.first)
            && UInt64(outputBase) + input.count == UInt64(next.outputBase)
    }

    public var description: String {
        "\(input) -> \(target.name)@\(hex(outputBase))\(single ? " (single)" : "")"
    }
}

/// The ID mappings of one IORT root complex node: every root complex of one PCI segment.
public struct IORTRootComplexPlan: Hashable, Sendable {
    public var segment: UInt16
    /// The root complexes merged into this node, in declaration order.
    public var rootComplexes: [String]
    public var mappings: [IORTIDMapping]
}

/// Pure functions that turn a topology's maps into IORT ID mappings, following "How maps become
/// IORT ID mappings" of the topology format page. The compiler can call `diagnostics(for:)` to
/// report IORT's errors without building the table.
public enum IORTMappingPlanner {
    // MARK: Root complexes

    /// The IORT root complex nodes, one per PCI segment, sorted by segment.
    public static func rootComplexPlans(for t: Topology) -> [IORTRootComplexPlan] {
        let segments = Set(t.rootComplexes.map(\.segment)).sorted()
        return segments.map { seg in
            let rcs = t.rootComplexes.filter { $0.segment == seg }
            return IORTRootComplexPlan(
                segment: seg, rootComplexes: rcs.map(\.name), mappings: rootComplexMappings(rcs, in: t))
        }
    }

    /// The mappings of one root complex node covering `rootComplexes` (all of one segment):
    /// RIDs sent to an SMMUv3 map to it (RID -> StreamID); RIDs with an MSI route to an ITS and no
    /// SMMUv3 (untranslated, or translated by a virtio IOMMU) map straight to the ITS group.
    /// Continuing mappings are merged, also across root complexes; IOMMU mappings come first,
    /// each group sorted by input base.
    public static func rootComplexMappings(_ rootComplexes: [RootComplex], in t: Topology) -> [IORTIDMapping] {
        var mappings: [IORTIDMapping] = []
        var smmu: [String: Bool] = [:], its: [String: Bool] = [:]  // isSMMU/isITS, asked once per name
        for rc in rootComplexes {
            for piece in rc.ridSegments() {
                if let tr = piece.translation, smmu[tr.name] ?? { let v = isSMMU(tr.name, in: t); smmu[tr.name] = v; return v }() {
                    mappings.append(IORTIDMapping(input: piece.rids, outputBase: tr.first, target: .smmu(tr.name)))
                } else if let msi = piece.msi, let first = msi.first,
                          its[msi.name] ?? { let v = isITS(msi.name, in: t); its[msi.name] = v; return v }() {
                    mappings.append(IORTIDMapping(input: piece.rids, outputBase: first, target: .its(msi.name)))
                }
            }
        }
        return ordered(mappings, iommusFirst: true)
    }

    // MARK: SMMUv3

    /// One StreamID range that needs given DeviceIDs at an ITS, and who asked for it.
    struct MSIDemand {
        var streams: IDRange
        var controller: String
        var deviceFirst: UInt32
        /// Where an error about it points, and what to call it in messages.
        var location: SourceLocation
        var who: Who
        var what: String {
            switch who {
            case .rids(let rids, let rc, let entry): "RIDs \(rids) of root complex '\(rc)' (msi-map entry \(entry))"
            case .device(let name): "device '\(name)'"
            }
        }

        /// Who asked, made into text only for a message (a large layout has a demand per map entry).
        enum Who {
            case rids(IDRange, rootComplex: String, entry: Int)
            case device(String)
        }
        /// true when the demand comes from a root complex's `msi-map` (preferred error location).
        var fromMSIMap: Bool

        func deviceID(forStream s: UInt32) -> UInt64 { UInt64(deviceFirst) + UInt64(s - streams.first) }
    }

    /// Every StreamID of `smmuName` whose MSIs must reach an ITS, with the DeviceID they need:
    /// root complex RIDs the SMMU translates that an `msi-map` covers, and SMMU-translated platform
    /// devices with `msi` (a device's MSIs use its first StreamID).
    static func msiDemands(of smmuName: String, in t: Topology) -> [MSIDemand] {
        msiDemandsBySMMU(in: t)[smmuName] ?? []
    }

    /// `msiDemands(of:in:)` of every SMMUv3, by name, in one pass over the root complexes and
    /// devices (asking per SMMU cut every root complex's maps once per SMMU: quadratic in large
    /// layouts). Each SMMU's demands are in the same order: root complexes, then devices.
    static func msiDemandsBySMMU(in t: Topology, targets: IORTTargets? = nil) -> [String: [MSIDemand]] {
        var demands: [String: [MSIDemand]] = [:]
        let targets = targets ?? IORTTargets(t)
        let smmus = targets.smmus, itss = targets.itss
        for rc in t.rootComplexes {
            for piece in rc.ridSegments() {
                guard let tr = piece.translation, smmus.contains(tr.name), let msi = piece.msi, let deviceFirst = msi.first,
                    itss.contains(msi.name), let streams = tr.ids(for: piece.rids), let mi = piece.msiMapIndex
                else { continue }
                demands[tr.name, default: []].append(
                    MSIDemand(
                        streams: streams, controller: msi.name, deviceFirst: deviceFirst,
                        location: rc.msiMap[mi].source.location,
                        who: .rids(piece.rids, rootComplex: rc.name, entry: mi),
                        fromMSIMap: true))
            }
        }
        for d in t.devices {
            guard let smmuName = d.iommu, smmus.contains(smmuName), let ids = d.ids, let msi = d.msi, let deviceID = msi.id,
                itss.contains(msi.controller)
            else { continue }
            demands[smmuName, default: []].append(
                MSIDemand(
                    streams: IDRange(first: ids.first, count: 1), controller: msi.controller, deviceFirst: deviceID,
                    location: msi.source.location, who: .device(d.name), fromMSIMap: false))
        }
        return demands
    }

    /// The StreamID -> DeviceID mappings of an SMMUv3 node (without its own-MSI mapping).
    ///
    /// With an explicit `msi-map` the entries are used as written (sorted by input base, continuing
    /// ones merged) and checked: every StreamID that carries MSIs must get the DeviceID its
    /// `msi-map` (or device `msi`) asks for. Without one, the fewest mappings that reproduce every
    /// demand are derived.
    ///
    /// - Throws: `iort-msi-map-conflict` when two demands share a StreamID but need different
    ///   DeviceIDs; `iort-smmu-msi-map-mismatch` when an explicit map disagrees with a demand.
    public static func smmuMappings(for smmu: IOMMU, in t: Topology) throws(DiagnosticError) -> [IORTIDMapping] {
        try smmuMappings(for: smmu, in: t, demands: msiDemands(of: smmu.name, in: t))
    }

    /// `smmuMappings(for:in:)` with the SMMU's demands already known (`msiDemandsBySMMU`).
    static func smmuMappings(for smmu: IOMMU, in t: Topology, demands: [MSIDemand], targets: IORTTargets? = nil) throws(DiagnosticError) -> [IORTIDMapping] {
        guard case .smmuv3(let s) = smmu.kind else { return [] }
        if let explicit = s.msiMap {
            let targets = targets ?? IORTTargets(t)
            let written = explicit.compactMap { e -> IORTIDMapping? in
                guard targets.itss.contains(e.controller), let id = e.id else { return nil }
                return IORTIDMapping(input: e.inputs, outputBase: id, target: .its(e.controller))
            }
            var errors: [Diagnostic] = []
            for d in demands {
                if let problem = explicitMismatch(d, explicit) {
                    errors.append(
                        IORTSMMUMSIMapMismatch.diagnostic("IORT cannot reproduce the MSI route of \(d.what) through SMMUv3 '\(smmu.name)': \(problem.message)",
                            at: d.location,
                            notes: [DiagnosticNote(problem.note, at: problem.location ?? smmu.source["msi-map"])]))
                }
            }
            if !errors.isEmpty { throw DiagnosticError(errors) }
            return ordered(written, iommusFirst: false)
        }
        return try derive(demands, smmuName: smmu.name)
    }

    private static func explicitMismatch(_ d: MSIDemand, _ map: [MSIMapEntry])
        -> (message: String, note: String, location: SourceLocation?)?
    {
        var cursor = UInt64(d.streams.first)
        for e in map.sorted(by: { $0.inputs.first < $1.inputs.first }) {
            guard let common = e.inputs.intersection(d.streams) else { continue }
            if UInt64(common.first) > cursor {
                return (
                    "StreamIDs \(IDRange(first: UInt32(cursor), last: common.first - 1)) are in no entry of the SMMU's msi-map",
                    "SMMU msi-map declared here", nil
                )
            }
            let wanted = d.deviceID(forStream: common.first)
            let given = UInt64(e.id ?? 0) + UInt64(common.first - e.inputs.first)
            if e.controller != d.controller || wanted != given {
                return (
                    "StreamID \(hex(common.first)) needs DeviceID \(hex(wanted)) at '\(d.controller)', but the SMMU's msi-map gives \(hex(given)) at '\(e.controller)'",
                    "SMMU msi-map entry declared here", e.source.location
                )
            }
            cursor = common.end
        }
        if cursor < d.streams.end {
            return (
                "StreamIDs \(IDRange(first: UInt32(cursor), last: d.streams.last)) are in no entry of the SMMU's msi-map",
                "SMMU msi-map declared here", nil
            )
        }
        return nil
    }

    /// The fewest StreamID -> DeviceID mappings giving every demand its DeviceIDs.
    static func derive(_ demands: [MSIDemand], smmuName: String) throws(DiagnosticError) -> [IORTIDMapping] {
        var cuts = Set<UInt64>()
        for d in demands {
            cuts.insert(UInt64(d.streams.first))
            cuts.insert(d.streams.end)
        }
        let edges = cuts.sorted()
        var mappings: [IORTIDMapping] = []
        var errors: [Diagnostic] = []
        var reported = Set<[Int]>()
        for (lo, hi) in zip(edges, edges.dropFirst()) {
            let piece = IDRange(first: UInt32(lo), count: hi - lo)
            let covering = demands.indices.filter { demands[$0].streams.contains(piece.first) }
            guard let firstIndex = covering.first else { continue }
            let first = demands[firstIndex]
            for other in covering.dropFirst() {
                let d = demands[other]
                let agree =
                    d.controller == first.controller
                    && d.deviceID(forStream: piece.first) == first.deviceID(forStream: piece.first)
                guard !agree, reported.insert([firstIndex, other]).inserted else { continue }
                // Point at an msi-map entry when one of the two parties is one.
                let (at, party) = d.fromMSIMap || !first.fromMSIMap ? (d, first) : (first, d)
                errors.append(
                    IORTMSIMapConflict.diagnostic("IORT cannot reproduce the msi-map: \(at.what) share StreamIDs \(piece) on SMMUv3 '\(smmuName)' with \(party.what), but need DeviceID \(hex(at.deviceID(forStream: piece.first))) at '\(at.controller)' where the other needs \(hex(party.deviceID(forStream: piece.first))) at '\(party.controller)'",
                        at: at.location,
                        notes: [DiagnosticNote("the other MSI route is declared here", at: party.location)]))
            }
            let out = first.deviceID(forStream: piece.first)
            mappings.append(IORTIDMapping(input: piece, outputBase: UInt32(truncatingIfNeeded: out), target: .its(first.controller)))
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return ordered(mappings, iommusFirst: false)
    }

    /// The SMMU's own-MSI mapping (single-mapping flag, DeviceID `msi.id` at the ITS), if any.
    public static func smmuOwnMSIMapping(for smmu: IOMMU, in t: Topology) -> IORTIDMapping? {
        smmuOwnMSIMapping(for: smmu, targets: IORTTargets(t))
    }

    static func smmuOwnMSIMapping(for smmu: IOMMU, targets: IORTTargets) -> IORTIDMapping? {
        guard case .smmuv3(let s) = smmu.kind, let msi = s.msi, let id = msi.id, targets.itss.contains(msi.controller) else { return nil }
        return IORTIDMapping(input: IDRange(first: 0, count: 1), outputBase: id, target: .its(msi.controller), single: true)
    }

    // MARK: Named components

    /// The mappings of a platform device's named component: to its SMMUv3 when one translates it
    /// (single mapping for one ID; for an ID range, input 0... mapped to the range, not single),
    /// otherwise a single mapping to the ITS for its `msi`. Empty when IORT has nothing to say
    /// about the device (it then gets no named component).
    public static func namedComponentMappings(for d: PlatformDevice, in t: Topology) -> [IORTIDMapping] {
        namedComponentMappings(for: d, targets: IORTTargets(t))
    }

    static func namedComponentMappings(for d: PlatformDevice, targets: IORTTargets) -> [IORTIDMapping] {
        if let iommu = d.iommu, targets.smmus.contains(iommu), let ids = d.ids {
            // Linux reads a named component's StreamIDs with iort_node_get_id, index by index, and
            // takes an ID only from a single-flag mapping: a device with n StreamIDs needs n single
            // mappings (a plain range mapping would give it none).
            return (0..<UInt32(min(ids.count, UInt64(maxNamedComponentIDs)))).map { i in
                IORTIDMapping(input: IDRange(first: i, count: 1), outputBase: ids.first + i, target: .smmu(iommu), single: true)
            }
        }
        if let msi = d.msi, let id = msi.id, targets.itss.contains(msi.controller) {
            return [IORTIDMapping(input: IDRange(first: 0, count: 1), outputBase: id, target: .its(msi.controller), single: true)]
        }
        return []
    }

    /// The most StreamIDs a named component can carry: one 20-byte mapping each, in a node whose
    /// length is a u16 (65,535 bytes) and which also holds its header and object name.
    public static let maxNamedComponentIDs = 3000

    // MARK: Checks

    /// Every error IORT would report for this topology (rule 9 and the mapping rules).
    public static func diagnostics(for t: Topology) -> [Diagnostic] {
        diagnostics(for: t, targets: IORTTargets(t))
    }

    static func diagnostics(for t: Topology, targets: IORTTargets) -> [Diagnostic] {
        var all: [Diagnostic] = []
        let demands = msiDemandsBySMMU(in: t, targets: targets)
        for iommu in t.iommus {
            guard case .smmuv3(let s) = iommu.kind else { continue }
            var mappings: [IORTIDMapping] = []
            do { mappings = try smmuMappings(for: iommu, in: t, demands: demands[iommu.name] ?? [], targets: targets) } catch { all += error.diagnostics }
            // Below node revision 5, Linux takes the DeviceID mapping index as valid unless all four
            // GSIVs are wired, and skips that mapping when routing devices' MSIs. Without an own
            // MSI mapping for it to name, it would name (and drop) a device mapping.
            if s.msi == nil, !(s.interrupts?.allWired ?? false), let first = mappings.first {
                all.append(
                    IORTSMMUUnwiredWithoutMSI.diagnostic("IORT cannot describe SMMUv3 '\(iommu.name)': with interrupts not all wired, readers take its DeviceID mapping index as its own MSI mapping and skip it, dropping the MSIs of StreamIDs \(first.input); wire all four interrupts or give the SMMU its own 'msi'",
                        at: iommu.source[iommu.source.wrote("interrupts") ? "interrupts" : "type"]))
            }
            if let msi = s.msi, isITS(msi.controller, in: t), let irq = s.interrupts,
                irq.eventq != 0 && irq.priq != 0 && irq.cmdqSync != 0 && irq.gerror != 0
            {
                all.append(
                    IORTSMMUMSIIndex.diagnostic("IORT cannot describe the own MSIs of SMMUv3 '\(iommu.name)': with all four interrupts wired, readers ignore the DeviceID mapping index at the IORT revisions topoc emits",
                        at: msi.source.location,
                        notes: [DiagnosticNote("interrupts declared here", at: iommu.source["interrupts"])]))
            }
        }
        all += ACPIV2MPlatformMSI.smmus(t)
        for d in t.devices {
            guard let iommu = d.iommu, targets.smmus.contains(iommu), let ids = d.ids, ids.count > UInt64(maxNamedComponentIDs) else { continue }
            all.append(
                IORTNamedComponentTooLong.diagnostic("IORT cannot give device '\(d.name)' \(ids.count) StreamIDs: a named component carries one single mapping per ID, at most \(maxNamedComponentIDs)",
                    at: d.source[d.source.wrote("ids") ? "ids" : "id"]))
        }
        return all
    }

    // MARK: Helpers

    /// Which names are SMMUv3s and which GICv3 ITSs (the first IOMMU or MSI controller of a
    /// name, as `Topology.iommu(named:)` finds it), looked up once per topology: the planner asks
    /// per device and per map entry, and the lists are searched linearly.
    struct IORTTargets {
        let smmus: Set<String>
        let itss: Set<String>

        init(_ t: Topology) {
            var seen = Set<String>(), smmus = Set<String>()
            for iommu in t.iommus where seen.insert(iommu.name).inserted {
                if case .smmuv3 = iommu.kind { smmus.insert(iommu.name) }
            }
            var seenControllers = Set<String>(), itss = Set<String>()
            for c in t.msiControllers where seenControllers.insert(c.name).inserted {
                if case .gicv3ITS = c.kind { itss.insert(c.name) }
            }
            self.smmus = smmus
            self.itss = itss
        }
    }

    static func isSMMU(_ name: String, in t: Topology) -> Bool {
        if case .smmuv3 = t.iommu(named: name)?.kind { return true }
        return false
    }

    static func isITS(_ name: String, in t: Topology) -> Bool {
        if case .gicv3ITS = t.msiController(named: name)?.kind { return true }
        return false
    }

    /// Sorts (IOMMU targets first when asked, then by input base) and merges continuing mappings.
    public static func ordered(_ mappings: [IORTIDMapping], iommusFirst: Bool) -> [IORTIDMapping] {
        func rank(_ m: IORTIDMapping) -> Int {
            guard iommusFirst else { return 0 }
            if case .smmu = m.target { return 0 }
            return 1
        }
        let sorted = mappings.enumerated().sorted {
            (rank($0.element), $0.element.input.first, $0.offset) < (rank($1.element), $1.element.input.first, $1.offset)
        }.map(\.element)
        var merged: [IORTIDMapping] = []
        for m in sorted {
            if let last = merged.last, last.isContinued(by: m) {
                merged[merged.count - 1].input = IDRange(first: last.input.first, count: last.input.count + m.input.count)
            } else {
                merged.append(m)
            }
        }
        return merged
    }
}
