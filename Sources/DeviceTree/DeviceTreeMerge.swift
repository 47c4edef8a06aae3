import CLibfdt
import FirmwareDecode
import TopologyModel

/// `topoc compile --base FILE.dtb`: the topology's device-tree nodes merged into a VMM's existing
/// tree, with libfdt's read-write API (`fdt_open_into`, `fdt_add_subnode`, `fdt_setprop`,
/// `fdt_pack`).
///
/// The topology's tree is `DeviceTreeEmitter.tree` (references still symbolic). Each of its nodes
/// is matched against the base before anything is written:
/// - the `intc` node: the base's first GIC that can hold the topology's MSI controllers
///   (`arm,gic-v3` for ITSs; for GICv2m frames also `arm,cortex-a15-gic`, `arm,gic-400`,
///   `arm,cortex-a7-gic` or `arm,cortex-a9-gic`: `DeviceTreeEmitter.gicCompatibles`);
/// - an ITS, a GICv2m frame, an SMMUv3, a virtio-mmio IOMMU, a platform device, a host bridge with `ecam`: the
///   base node whose first `reg` entry, translated through its ancestors' `#address-cells`,
///   `#size-cells` and `ranges`, is at the same CPU address. A host bridge's `reg` is its ECAM
///   (QEMU's `pcie@10000000` is found by `reg = <0x40 0x10000000 ...>`, not by its name); a host
///   bridge without `ecam` is found by `linux,pci-domain`;
/// - a virtio-pci IOMMU: the child of the matched host bridge with the same device and function
///   in `reg`.
///
/// A matched node is reused: it must have the topology's compatible among its own (else
/// `dt-base-conflict`); its name, its `compatible` and every property topoc does not write are
/// kept; each property topoc writes is added when missing and must otherwise be equal (`reg` is
/// compared as address and size, a host bridge's `ranges` as a set of windows), or the merge
/// fails with `dt-base-conflict` at the topology value, with a note naming the base node. An
/// `iommu-map` or `msi-map` that differs is an error, not replaced: it means the VMM and the
/// topology disagree about the layout, and the ACPI tables topoc emits from the topology would
/// disagree with the VMM too. A reused GIC gets nothing but a missing `#interrupt-cells` /
/// `interrupt-controller` (and, when a new ITS goes under it, `#address-cells`, `#size-cells`,
/// `ranges`). The root keeps its `model` and `interrupt-parent`; it must have `#address-cells`
/// and `#size-cells` of 2 (topoc writes 64-bit addresses and sizes).
///
/// Unmatched nodes are added where the topology's tree puts them, except that a new ITS or GICv2m
/// frame goes under the matched GIC. A new node must not share a name or unit address with a base sibling.
/// A new host bridge must not reuse a base host bridge's `linux,pci-domain`, and every base host
/// bridge must have `linux,pci-domain` once one does (Linux's rule).
///
/// Phandles: a reused node keeps its own; referenced nodes without one get `max + 1`,
/// `max + 2`... above the base's largest phandle, in the order `emit` numbers them (ITSs, IOMMUs,
/// then the `intc` node). References (`iommu-map`, `msi-map`, `iommus`, `msi-parent`,
/// `interrupt-parent`) resolve to those numbers, so QEMU's `msi-map` keeps pointing at its
/// `its@8080000` (0x8003).
///
/// libfdt puts a new property before a node's existing ones and a new node before its parent's
/// existing children; topoc adds them in reverse, so new nodes and the properties added to a node
/// keep topoc's order among themselves, in front of the base's. Same base and topology, same bytes.
///
/// A `/__symbols__` node in the topology's tree (label -> node path) gets the merged tree's paths
/// (`/intc/its@8080000` becomes QEMU's `/intc@8000000/its@8080000`) and is merged into the base's
/// `/__symbols__` like any reused node: a label the base already has must name the same node.
/// Only a base that keeps symbols (one built with `dtc -@`) gets them: a VMM's tree without a
/// `/__symbols__` node (QEMU's) stays without one.
///
/// The DTS of a merged tree is the merged blob decompiled (`FlatTree.dts`): numbers for phandles,
/// no labels; `dtc -I dts -O dtb` of it gives the same tree (the boot CPU id aside: dtc source
/// cannot hold it, `dtc -b` can).
public enum DeviceTreeMerge {
    /// Merges the topology's tree into `base` (the bytes of `file`, which names the base in
    /// diagnostics). Errors: `dt-base-invalid` (not a sound FDT of version 16 or 17, located at
    /// the byte where the reader stopped),
    /// `dt-base-conflict`, the emitter's errors, `dt-too-large`, `dt-internal`.
    public static func merge(_ topology: Topology, into base: [UInt8], file: String) throws(DiagnosticError)
        -> DeviceTreeOutput
    {
        try merge(DeviceTreeEmitter.tree(topology), of: topology, into: base, file: file)
    }

    /// The merge of an already built tree (`DeviceTreeEmitter.tree` of `topology`).
    static func merge(_ tree: DTNode, of topology: Topology, into base: [UInt8], file: String) throws(DiagnosticError)
        -> DeviceTreeOutput
    {
        let baseTree: FlatTree
        do {
            baseTree = try FlatTree(base)
        } catch {
            throw DiagnosticError([
                DTBaseInvalid.diagnostic("the base device tree is not a valid flattened device tree: \(error.reason)",
                    at: error.offset.map { .blob(file, offset: $0) } ?? .file(file))
            ])
        }
        // What the merge adds is at most the whole topology tree: past libfdt's size limit with
        // the base, it is refused before libfdt is asked (its sizes are `int`).
        if base.count + FDTWriter.blobBound(tree) > FDTWriter.maxBlobSize {
            let past = FDTWriter.firstNodePast(max(0, FDTWriter.maxBlobSize - base.count), in: tree) ?? tree
            throw DiagnosticError([DeviceTreeEmitter.tooLarge(past, topology, limit: FDTWriter.maxBlobSize)])
        }
        var merger = Merger(topology: topology, base: baseTree, file: file)
        merger.plan(tree)
        if !merger.diagnostics.isEmpty { throw DiagnosticError(merger.diagnostics) }
        let dtb: [UInt8]
        do {
            dtb = try merger.write(base)
        } catch {
            throw DiagnosticError([DTInternal.diagnostic(error.message, at: .start(of: file))])
        }
        do {
            return DeviceTreeOutput(dtb: dtb, dts: try FlatTree(dtb).dts())
        } catch {
            throw DiagnosticError([DTInternal.diagnostic("the merged tree does not read back: \(error)", at: .start(of: file))])
        }
    }

    /// dtc source of any sound blob (nil when `dtb` is not one): what `--base` writes as `.dts`.
    public static func decompile(_ dtb: [UInt8]) -> String? {
        (try? FlatTree(dtb))?.dts()
    }
}

/// What happens to one node of the topology's tree.
private struct PlannedNode {
    var node: DTNode
    /// Path of the node in the merged tree.
    var path: String
    /// The base node it reuses, or nil when it is added.
    var base: Int?
    /// Property names topoc may add to a reused node (nil: all of its properties).
    var only: Set<String>?
    /// Planned children, in topoc's order (a new ITS under a reused GIC is among the GIC's).
    var children: [PlannedNode] = []
    /// Path of the node in the topology's own tree.
    var topocPath = ""
}

private struct Merger {
    let topology: Topology
    let base: FlatTree
    let file: String
    var diagnostics: [Diagnostic] = []
    var refs = DTReferences()
    var root: PlannedNode?

    init(topology: Topology, base: FlatTree, file: String) {
        self.topology = topology
        self.base = base
        self.file = file
    }

    var baseLocation: SourceLocation { .start(of: file) }

    func note(_ index: Int) -> DiagnosticNote {
        DiagnosticNote("node '\(base.nodes[index].path)' of the base device tree", at: baseLocation)
    }

    // MARK: Matching

    mutating func plan(_ tree: DTNode) {
        for name in ["#address-cells", "#size-cells"] where base.nodes[0].cells(name) != [2] {
            let has = base.nodes[0].property(name).map(FlatTree.show) ?? "none"
            diagnostics.append(
                DTBaseConflict.diagnostic("the base device tree's root has \(name) = \(has); topoc merges into trees with 64-bit "
                        + "addresses and sizes (2 cells)",
                    at: baseLocation))
        }
        if !diagnostics.isEmpty { return }

        var rootPlan = PlannedNode(node: tree, path: "/", base: 0, only: ["#address-cells", "#size-cells"])
        if base.nodes[0].property("interrupt-parent") == nil { rootPlan.only!.insert("interrupt-parent") }
        if base.nodes[0].property("model") == nil { rootPlan.only!.insert("model") }

        // The GIC first: new ITSs go under it.
        var gicPlan: PlannedNode?
        let itsNodes = tree.children.first { $0.key == DeviceTreeEmitter.gicKey }?.children ?? []
        if let gic = tree.children.first(where: { $0.key == DeviceTreeEmitter.gicKey }) {
            var plan: PlannedNode
            let gics = DeviceTreeEmitter.baseGICCompatibles(for: topology)
            let anyGIC = DeviceTreeEmitter.gicCompatibles(.v2)
            func isGIC(_ index: Int, _ compatibles: Set<String>) -> Bool {
                base.nodes[index].strings("compatible")?.contains(where: compatibles.contains) ?? false
            }
            if let other = base.nodes.indices.first(where: { isGIC($0, anyGIC) && !isGIC($0, gics) }),
               !base.nodes.indices.contains(where: { isGIC($0, gics) }),
               let its = itsNodes.first(where: { topology.msiController(named: $0.key ?? "")?.isITS ?? false }) {
                // A machine has one GIC: ITSs cannot go under the VMM's GICv2.
                conflict(
                    "the base device tree's GIC '\(base.nodes[other].path)' (\(base.nodes[other].strings("compatible")?.first.map(dtsQuoted) ?? "")) has no LPIs, and the topology's ITS "
                        + "'\(its.key ?? its.name)' needs a GICv3 with them; a machine has one GIC: use GICv2m frames "
                        + "(type: gicv2m) or a base with a GICv3",
                    its, property: nil, base: other)
            }
            if let existing = base.nodes.indices.first(where: { isGIC($0, gics) }) {
                plan = PlannedNode(
                    node: gic, path: base.nodes[existing].path, base: existing,
                    only: ["interrupt-controller", "#interrupt-cells"])
            } else {
                var bare = gic
                bare.children = []
                plan = PlannedNode(node: bare, path: "/" + gic.name, base: nil)
                checkNewName(gic, parent: 0)
            }
            plan.topocPath = "/" + gic.name
            for its in itsNodes {
                if let child = match(its, under: nil, topocPath: "/\(gic.name)/\(its.name)") {
                    rootPlan.children.append(child)  // reused where it is; nothing to add
                } else {
                    if plan.base != nil {
                        plan.only!.formUnion(["#address-cells", "#size-cells", "ranges"])
                        checkNewName(its, parent: plan.base!)
                    }
                    var new = PlannedNode(node: its, path: plan.path + "/" + its.name, base: nil)
                    new.topocPath = "/\(gic.name)/\(its.name)"
                    plan.children.append(new)
                }
            }
            gicPlan = plan
        }
        if let gicPlan { rootPlan.children.insert(gicPlan, at: 0) }

        for child in tree.children where child.key != DeviceTreeEmitter.gicKey && child.name != "__symbols__" {
            if let planned = match(child, under: 0, topocPath: "/" + child.name) {
                rootPlan.children.append(planned)
            }
        }
        let baseKeepsSymbols = base.nodes[0].children.contains { base.nodes[$0].name == "__symbols__" }
        if baseKeepsSymbols, let symbols = tree.children.first(where: { $0.name == "__symbols__" }) {
            rootPlan.children.append(planSymbols(symbols, rootPlan))
        }
        checkDomains(rootPlan)
        root = rootPlan
        // Without phandles for every new node the values cannot be compared.
        if assignPhandles() { checkValues(rootPlan) }
    }

    /// The plan for a topology node: reuse of the base node at its address, or a new node under
    /// `parent` (a base node index; nil: an ITS, only reused here). Records conflicts.
    mutating func match(_ node: DTNode, under parent: Int?, topocPath: String) -> PlannedNode? {
        let compatible = node.strings("compatible")?.first ?? ""
        var existing: Int?
        if let address = node.regAddress {
            let candidates = base.nodes.indices.filter { base.cpuAddress($0) == address }
            switch reuse(candidates, compatible: compatible) {
            case .same(let same):
                existing = same
            case .other(let other):
                conflict(
                    "the base device tree has a node at \(hex(address)) with compatible \(compatibleText(other)); "
                        + "the topology puts \(describe(node)) there",
                    node, property: "reg", base: other)
                return nil
            case .none:
                break
            }
        } else if compatible == "pci-host-ecam-generic", let domain = node.cells("linux,pci-domain") {
            existing = hostBridges().first { base.nodes[$0].cells("linux,pci-domain") == domain }
        }
        if parent == nil && existing == nil { return nil }
        var plan: PlannedNode
        if let existing {
            plan = PlannedNode(node: node, path: base.nodes[existing].path, base: existing)
        } else {
            let parent = parent!
            checkNewName(node, parent: parent)
            plan = PlannedNode(node: node, path: (parent == 0 ? "" : base.nodes[parent].path) + "/" + node.name, base: nil)
        }
        plan.topocPath = topocPath
        for child in node.children {
            var planned = matchPCIChild(child, bridge: plan)
            planned.topocPath = topocPath + "/" + child.name
            plan.children.append(planned)
        }
        return plan
    }

    /// Which base node at the place a topology node goes (`candidates`) it takes: the first whose
    /// compatible list has its `compatible` (reused), else the first other (a conflict).
    enum Reuse { case same(Int), other(Int), none }
    func reuse(_ candidates: [Int], compatible: String) -> Reuse {
        if let same = candidates.first(where: { base.nodes[$0].strings("compatible")?.contains(compatible) ?? false }) { return .same(same) }
        return candidates.first.map(Reuse.other) ?? .none
    }

    /// Base node `index`'s compatible list as a message says it.
    func compatibleText(_ index: Int) -> String {
        base.nodes[index].strings("compatible").map { $0.map(dtsQuoted).joined(separator: ", ") } ?? "(none)"
    }

    /// A node under a host bridge (a virtio-pci IOMMU): the base bridge's child with the same
    /// device and function, or a new one.
    mutating func matchPCIChild(_ node: DTNode, bridge: PlannedNode) -> PlannedNode {
        let compatible = node.strings("compatible")?.first ?? ""
        if let bridgeIndex = bridge.base, let devfn = node.cells("reg")?.first.map({ $0 & 0x00ff_ff00 }) {
            let candidates = base.nodes[bridgeIndex].children.filter {
                base.nodes[$0].cells("reg").map { $0.count >= 1 && $0[0] & 0x00ff_ff00 == devfn } ?? false
            }
            switch reuse(candidates, compatible: compatible) {
            case .same(let same):
                return PlannedNode(node: node, path: base.nodes[same].path, base: same)
            case .other(let other):
                conflict(
                    "the base device tree already describes PCI function \(hex(devfn >> 8)) of this host bridge, with "
                        + "compatible \(compatibleText(other)); the topology puts \(describe(node)) there",
                    node, property: "reg", base: other)
            case .none:
                break
            }
            checkNewName(node, parent: bridgeIndex)
        }
        return PlannedNode(node: node, path: bridge.path + "/" + node.name, base: nil)
    }

    /// The topology's `/__symbols__` (label -> path, what `dtc -@` writes) with its paths turned
    /// into the merged tree's, merged into the base's `/__symbols__` when it has one.
    mutating func planSymbols(_ symbols: DTNode, _ rootPlan: PlannedNode) -> PlannedNode {
        var paths: [String: String] = [:]
        func collect(_ plan: PlannedNode) {
            if !plan.topocPath.isEmpty { paths[plan.topocPath] = plan.path }
            plan.children.forEach(collect)
        }
        collect(rootPlan)
        var node = symbols
        node.properties = symbols.properties.map { property in
            guard case .strings(let list) = property.value, list.count == 1, let path = paths[list[0]] else {
                return property
            }
            return DTProperty(property.name, .strings([path]))
        }
        if let existing = base.nodes[0].children.first(where: { base.nodes[$0].name == "__symbols__" }) {
            return PlannedNode(node: node, path: "/__symbols__", base: existing)
        }
        return PlannedNode(node: node, path: "/__symbols__", base: nil)
    }

    /// Base nodes that are PCI host bridges.
    func hostBridges() -> [Int] {
        base.nodes.indices.filter { base.nodes[$0].strings("device_type") == ["pci"] && base.nodes[$0].parent == 0 }
    }

    mutating func checkNewName(_ node: DTNode, parent: Int) {
        let unit = node.unitAddress
        for sibling in base.nodes[parent].children {
            let name = base.nodes[sibling].name
            let siblingUnit = name.firstIndex(of: "@").map { String(name[name.index(after: $0)...]) } ?? ""
            // libfdt finds a node by a name without a unit address in any sibling of that name
            // with one ("intc" is "intc@8000000"), so adding it there fails as well.
            let siblingBase = name.split(separator: "@", maxSplits: 1).first.map(String.init) ?? name
            if name == node.name || (!unit.isEmpty && unit == siblingUnit) || (unit.isEmpty && siblingBase == node.name) {
                conflict(
                    "the base device tree already has a node named '\(name)' where the topology adds '\(node.name)'",
                    node, property: nil, base: sibling)
                return
            }
        }
    }

    /// A new host bridge must not take a base bridge's domain; base bridges without
    /// `linux,pci-domain` cannot sit beside bridges with one.
    mutating func checkDomains(_ rootPlan: PlannedNode) {
        let bridges = rootPlan.children.filter { $0.node.strings("device_type") == ["pci"] }
        let reused = Set(bridges.compactMap(\.base))
        for bridge in bridges where bridge.base == nil {
            guard let domain = bridge.node.cells("linux,pci-domain") else { continue }
            if let other = hostBridges().first(where: { !reused.contains($0) && base.nodes[$0].cells("linux,pci-domain") == domain }) {
                conflict(
                    "the base device tree already has a host bridge on PCI domain \(domain[0]) (at another address); "
                        + "the device tree cannot give two host bridges one domain",
                    bridge.node, property: "linux,pci-domain", base: other)
            }
        }
        if !bridges.isEmpty {
            for other in hostBridges() where !reused.contains(other) && base.nodes[other].property("linux,pci-domain") == nil {
                conflict(
                    "the base device tree has a host bridge without 'linux,pci-domain'; Linux wants it on every host "
                        + "bridge or on none, and topoc writes it",
                    bridges[0].node, property: "linux,pci-domain", base: other)
            }
        }
    }

    // MARK: Phandles and values

    /// Gives every referenced node its merged phandle; false (with a conflict) when the base
    /// leaves none for a new one.
    mutating func assignPhandles() -> Bool {
        guard let root else { return true }
        var keyed: [(topocPhandle: UInt32, plan: PlannedNode)] = []
        func collect(_ plan: PlannedNode) {
            // Only nodes topoc gives a phandle (the ones something refers to) get one here; nodes
            // that merely carry a label keep none.
            if plan.node.key != nil, let phandle = plan.node.cells("phandle")?.first { keyed.append((phandle, plan)) }
            plan.children.forEach(collect)
        }
        collect(root)
        // New phandles follow the base's largest, as libfdt's fdt_generate_phandle does, up to
        // its FDT_MAX_PHANDLE (0xffffffff is "no phandle"); a base that leaves none is a conflict.
        let lastPhandle: UInt32 = 0xffff_fffe
        let largest = base.nodes.indices.compactMap { i in base.nodes[i].phandle.map { (i, $0) } }.max { $0.1 < $1.1 }
        var next = largest?.1 ?? 0
        for (_, plan) in keyed.sorted(by: { $0.topocPhandle < $1.topocPhandle }) {
            if let index = plan.base, let phandle = base.nodes[index].phandle {
                refs.phandles[plan.node.key!] = phandle
            } else if next < lastPhandle {
                next += 1
                refs.phandles[plan.node.key!] = next
            } else {
                conflict(
                    "the base device tree's largest phandle is 0x\(String(next, radix: 16)), so none is left for "
                        + "\(describe(plan.node)) (new phandles follow the largest, up to 0xfffffffe, as libfdt gives them)",
                    plan.node, property: nil, base: largest?.0 ?? 0)
                return false
            }
        }
        return true
    }

    /// Properties of reused nodes: equal, or a conflict.
    mutating func checkValues(_ plan: PlannedNode) {
        if let index = plan.base {
            let existing = base.nodes[index]
            for property in plan.node.properties where plan.only?.contains(property.name) ?? true {
                guard property.name != "compatible", property.name != "phandle",
                    let have = existing.property(property.name)
                else { continue }
                let want = bytes(property, of: plan.node)
                if !same(property.name, have, want, node: index) {
                    conflict(
                        "the base device tree's node has \(property.name) = \(FlatTree.show(have)); the topology gives "
                            + "\(FlatTree.show(want))",
                        plan.node, property: property.name, base: index)
                }
            }
        }
        if let interrupts = plan.node.properties.first(where: { $0.name == "interrupts" }), writes(interrupts.name, plan) {
            checkInterruptParent(plan.node)
        }
        plan.children.forEach { checkValues($0) }
    }

    func writes(_ name: String, _ plan: PlannedNode) -> Bool {
        guard let index = plan.base else { return true }
        // A referenced node always gets its phandle (a reused GIC without one too).
        return (plan.only?.contains(name) ?? true || name == "phandle") && base.nodes[index].property(name) == nil
    }

    /// Topoc writes GIC SPIs (3 cells): the base root's interrupt parent must take them.
    mutating func checkInterruptParent(_ node: DTNode) {
        guard let phandle = base.nodes[0].cells("interrupt-parent")?.first else { return }
        guard let parent = base.node(phandle: phandle) else { return }
        if base.nodes[parent].cells("#interrupt-cells") != [3] {
            conflict(
                "topoc writes GIC interrupt specifiers (3 cells); the base root's interrupt parent takes "
                    + "\(base.nodes[parent].cells("#interrupt-cells")?.first.map(String.init) ?? "no") cells",
                node, property: "interrupts", base: parent)
        }
    }

    /// Equal in meaning: `reg` as its first (address, size) under the base node's parent cells
    /// (PCI `reg` byte for byte), a host bridge's `ranges` as a set of windows, the rest byte for byte.
    func same(_ name: String, _ have: [UInt8], _ want: [UInt8], node index: Int) -> Bool {
        if have == want { return true }
        let cells = FlatTree.cells(want) ?? []
        switch name {
        case "reg" where cells.count == 4:
            guard let first = base.firstReg(index) else { return false }
            return first.address == FlatTree.number(cells[0..<2]) && first.size == FlatTree.number(cells[2..<4])
        case "ranges" where base.nodes[index].strings("device_type") == ["pci"]:
            guard let haveCells = FlatTree.cells(have), haveCells.count % 7 == 0, cells.count % 7 == 0 else { return false }
            func windows(_ c: [UInt32]) -> [[UInt32]] {
                stride(from: 0, to: c.count, by: 7).map { Array(c[$0..<($0 + 7)]) }.sorted { $0.lexicographicallyPrecedes($1) }
            }
            return windows(haveCells) == windows(cells)
        default:
            return false
        }
    }

    /// A property's bytes with references resolved to merged phandles.
    func bytes(_ property: DTProperty, of node: DTNode) -> [UInt8] {
        if property.name == "phandle", let key = node.key, let phandle = refs.phandles[key] {
            return DTValue.u32(phandle).bytes(refs)
        }
        return property.value.bytes(refs)
    }

    mutating func conflict(_ message: String, _ node: DTNode, property: String?, base index: Int) {
        diagnostics.append(
            DTBaseConflict.diagnostic(message, at: location(of: node, property: property), notes: [note(index)]))
    }

    func describe(_ node: DTNode) -> String {
        "'\(node.name)' (compatible \(node.strings("compatible")?.first.map(dtsQuoted) ?? "none"))"
    }

    /// The topology value a property of a node comes from.
    func location(of node: DTNode, property: String?) -> SourceLocation {
        var source: SourceMap?
        if let key = node.key {
            source = topology.iommu(named: key)?.source ?? topology.msiController(named: key)?.source
        }
        if source == nil, let origin = node.origin {
            source = topology.rootComplexes.first { $0.source.location == origin }?.source
                ?? topology.devices.first { $0.source.location == origin }?.source
        }
        guard let source else { return node.origin ?? topology.source.location }
        let keys: [String]
        switch property {
        case "reg": keys = ["ecam", "base", "bdf"]
        case "bus-range": keys = ["buses"]
        case "linux,pci-domain": keys = ["segment"]
        case "ranges": keys = ["windows"]
        case "iommu-map": keys = ["iommu-map"]
        case "msi-map": keys = ["msi-map"]
        case "interrupts": keys = ["interrupts", "interrupt"]
        case "iommus": keys = ["iommu", "ids"]
        case "msi-parent": keys = ["msi", "msi-map"]
        case "dma-coherent": keys = ["coherent"]
        default: keys = []
        }
        return keys.first(where: source.wrote).map { source[$0] } ?? source.location
    }

    // MARK: Writing

    struct Failure: Error {
        var message: String
    }

    /// Opens the base into a larger zero-filled buffer, applies the plan, packs.
    func write(_ baseBytes: [UInt8]) throws(Failure) -> [UInt8] {
        guard let root else { throw Failure(message: "merge: nothing planned") }
        // Within `FDTWriter.maxBlobSize` (checked by `merge`), so `Int32(capacity)` cannot trap.
        var capacity = min(baseBytes.count + 65536, FDTWriter.maxBlobSize)
        while true {
            var buffer = [UInt8](repeating: 0, count: capacity)
            let code: Int32 = baseBytes.withUnsafeBytes { source in
                buffer.withUnsafeMutableBytes { target in
                    let fdt = target.baseAddress!
                    var code = fdt_open_into(source.baseAddress!, fdt, Int32(capacity))
                    if code == 0 { code = apply(root, fdt) }
                    if code == 0 { code = fdt_pack(fdt) }
                    return code
                }
            }
            if code == -FDT_ERR_NOSPACE && capacity < FDTWriter.maxBlobSize {
                capacity = min(capacity * 2, FDTWriter.maxBlobSize)
                continue
            }
            if code != 0 { throw Failure(message: "libfdt failed merging into the base: \(String(cString: fdt_strerror(code)))") }
            return Array(buffer[0..<Int(FlatTree.be32(buffer, 4))])
        }
    }

    /// Writes one planned node (reused: its missing properties; new: the node and all its
    /// properties), then its children, new ones in reverse so they end up in topoc's order.
    func apply(_ plan: PlannedNode, _ fdt: UnsafeMutableRawPointer) -> Int32 {
        var offset = fdt_path_offset(fdt, plan.path)
        if plan.base == nil {
            let parentPath = plan.path.lastIndex(of: "/").map { String(plan.path[..<$0]) } ?? ""
            let parent = fdt_path_offset(fdt, parentPath.isEmpty ? "/" : parentPath)
            if parent < 0 { return parent }
            offset = fdt_add_subnode(fdt, parent, plan.node.name)
        }
        if offset < 0 { return offset }
        for property in plan.node.properties.reversed() where writes(property.name, plan) {
            let value = bytes(property, of: plan.node)
            offset = fdt_path_offset(fdt, plan.path)
            if offset < 0 { return offset }
            // A property of the topology's tree, whose whole size `merge` bounded by maxBlobSize.
            let code = value.withUnsafeBytes { fdt_setprop(fdt, offset, property.name, $0.baseAddress, Int32(value.count)) }
            if code != 0 { return code }
        }
        let reusedChildren = plan.children.filter { $0.base != nil }
        let newChildren = plan.children.filter { $0.base == nil }
        for child in reusedChildren + newChildren.reversed() {
            let code = apply(child, fdt)
            if code != 0 { return code }
        }
        return 0
    }
}

extension DTNode {
    fileprivate func property(_ name: String) -> DTValue? { properties.first { $0.name == name }?.value }

    fileprivate func cells(_ name: String) -> [UInt32]? {
        guard case .cells(let groups)? = property(name) else { return nil }
        return groups.joined().map { if case .u32(let v) = $0 { v } else { 0 } }
    }

    fileprivate func strings(_ name: String) -> [String]? {
        guard case .strings(let list)? = property(name) else { return nil }
        return list
    }

    /// The CPU address of a node topoc writes with a 2+2-cell `reg` (PCI children: nil).
    fileprivate var regAddress: UInt64? {
        guard let reg = cells("reg"), reg.count == 4 else { return nil }
        return UInt64(reg[0]) << 32 | UInt64(reg[1])
    }
}

extension FlatTree {
    /// A value as dtc source, for messages.
    static func show(_ value: [UInt8]) -> String { value.isEmpty ? "(empty)" : source(value) }
}
