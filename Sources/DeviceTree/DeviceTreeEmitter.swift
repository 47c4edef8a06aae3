import TopologyModel

/// The two device-tree outputs of one topology: `<name>.dtb` and `<name>.dts`.
public struct DeviceTreeOutput: Hashable, Sendable {
    /// Flattened device tree, version 17, packed (no free space).
    public var dtb: [UInt8]
    /// The same tree as dtc source, with labels and `&label` references.
    public var dts: String

    public init(dtb: [UInt8], dts: String) {
        self.dtb = dtb
        self.dts = dts
    }
}

/// The device-tree backend: topology -> `DTNode` tree -> DTB (libfdt) and DTS (text).
///
/// Node names (all unit addresses lower-case hex without leading zeros):
/// - GICv3 ITS: `its@<base>` under an `intc` node (`arm,gic-v3`, no `reg`: the distributor is not
///   part of the topology), which is also the root's `interrupt-parent`. The `intc` node exists
///   when there is an MSI controller of the GIC or any node has `interrupts`.
/// - GICv2m frame: `v2m@<base>` (QEMU's name) under an `intc` node that is then a GICv2
///   (`arm,cortex-a15-gic`, what QEMU writes for its GICv2; no `reg` either): the GIC version
///   follows the MSI controllers (`Topology.gicVersion`; Linux would take frames under a GICv3
///   without LPIs too). The frame has `compatible =
///   "arm,gic-v2m-frame"`, `reg` (4 KiB), `msi-controller` and, with `spi-base`/`spi-count`,
///   `arm,msi-base-spi`/`arm,msi-num-spis`; no `#msi-cells` (its MSIs carry no DeviceID).
///   `msi-map` entries naming it map RIDs to themselves (QEMU's `<0 &v2m 0 0x10000>`: Linux's
///   GICv2m domain ignores the ID), and `msi-parent` names it without cells.
/// - SMMUv3: `smmuv3@<base>` (QEMU's name).
/// - virtio-mmio IOMMU: `iommu@<base>` (the generic name the virtio-mmio binding's example uses).
/// - Root complex: `pcie@<ecam>`; without `ecam`, `pcie@<cpu address of the first window>` (dtc
///   wants a unit address on any node with `ranges`); with neither, `pcie`.
/// - virtio-pci IOMMU: `iommu@<dev>,<fn>` under its root complex's node (it must sit on the root
///   complex's first bus: `dt-pci-iommu-bus`).
/// - Platform device: `virtio_mmio@<base>` for `virtio,mmio`; otherwise the part of the
///   compatible after its first comma (`arm,pl011` -> `pl011@<base>`) reduced to node-name
///   characters, or the device's name when that leaves nothing that starts with a letter.
///
/// Phandles: 1, 2, 3... to the ITSs and GICv2m frames then the IOMMUs in declaration order, then
/// the `intc` node.
/// Labels: the entity name with `-` -> `_` (`gic` for the `intc` node), made unique by a `_2`,
/// `_3`... suffix where two names would collide (`a-b` and `a_b`). Every referenced node carries
/// an explicit `phandle`, in the DTS too, so `dtc` of the DTS gives the same numbers. Root complex
/// and device nodes get labels after those (no phandles: nothing refers to them).
/// - `/__symbols__` (last child of the root, as `dtc -@` writes it): entity name -> node path for
///   every entity with a node, and `gic` -> `/intc`. `topoc decompile` reads names from it
///   (docs/topology-format.md).
///
/// Other choices:
/// - Interrupts are GIC SPIs, edge-triggered rising (`<0 spi 1>`, what QEMU gives virtio-mmio
///   and the SMMUv3); an SMMUv3 GSIV `g` is SPI `g - 32`.
/// - The tree follows the arch: an x86_64 tree has no Arm nodes (no `intc`/GIC, no ITS, no
///   `interrupt-parent`) and no `interrupts` (an x86 `interrupt` is an IOAPIC GSI, written in the
///   SSDT's `_CRS`); it describes translation only (`iommus`, `iommu-map`, the IOMMU nodes).
/// - `dma-coherent`: root complexes and SMMUv3s per `coherent`; virtio-mmio IOMMUs always;
///   platform devices when they are `virtio,mmio` or sit behind an IOMMU.
/// - x86-msi controllers have no node; `msi-map` entries and `msi-parent` naming one are left out.
/// - A host bridge without `windows` gets no `ranges` (dtc warns `pci_bridge`, and Linux's
///   generic host driver wants a memory window): the topology should give it windows.
///
/// Errors (`DiagnosticError`, ids stable): `dt-segment-shared` (two host bridges on one segment),
/// `dt-pci-iommu-bus` (virtio-pci IOMMU off its root complex's first bus), `dt-pci-no-address`
/// (two host bridges with neither `ecam` nor `windows`), `dt-iommu-not-in-tree` (a reference to
/// a virtio-pci IOMMU whose root complex has `dt: false`), `dt-interrupt-range` (not a GIC SPI),
/// `dt-iommus-size` (more than `maxIOMMUSpecifiers` IDs on one device), `dt-node-clash` (two
/// sibling nodes with one name or unit address), `dt-unknown-reference` (an unchecked model),
/// `dt-too-large` (a blob past 2^31 - 1 bytes), `dt-internal` (libfdt failed).
public enum DeviceTreeEmitter {
    /// Builds the tree once and hands `sink` its DTB (when `dtb`) and then its DTS (when `dts`, in
    /// consecutive pieces of about 64 KiB), each released before the next is made, so a compile
    /// never holds both serializations, nor the whole DTS.
    /// Throws a `DiagnosticError` for a tree that cannot be built, or what `sink` throws.
    public static func emit(
        _ topology: Topology, dtb: Bool, dts: Bool, into sink: (_ bytes: UnsafeRawBufferPointer, _ isDTS: Bool) throws -> Void
    ) throws {
        let (root, refs) = try build(topology)
        if dtb {
            if let past = FDTWriter.firstNodePast(FDTWriter.maxBlobSize, in: root) {
                throw DiagnosticError([tooLarge(past, topology, limit: FDTWriter.maxBlobSize)])
            }
            let bytes: [UInt8]
            do {
                bytes = try FDTWriter.write(root, refs)
            } catch {
                throw DiagnosticError([DTInternal.diagnostic(error.message, at: topology.source.location)])
            }
            try bytes.withUnsafeBytes { try sink($0, false) }
        }
        if dts {
            try DTSWriter.write(root, refs, chunk: 64 << 10) { try sink($0, true) }
        }
    }

    /// `dt-too-large` at the node where the blob passes `limit` bytes (its entity's declaration).
    static func tooLarge(_ node: DTNode, _ topology: Topology, limit: Int) -> Diagnostic {
        DTTooLarge.diagnostic(
            "the device tree blob would pass \(limit) bytes (libfdt's and the FDT header's limit) at node '\(node.name)'",
            at: node.origin ?? topology.source.location)
    }

    /// Builds the tree and serializes it twice, both held.
    public static func emit(_ topology: Topology) throws(DiagnosticError) -> DeviceTreeOutput {
        var dtb: [UInt8] = [], dts: [UInt8] = []
        do {
            try emit(topology, dtb: true, dts: true) { bytes, isDTS in
                if isDTS { dts += bytes } else { dtb += bytes }
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            preconditionFailure("collecting the device tree cannot fail: \(error)")
        }
        return DeviceTreeOutput(dtb: dtb, dts: String(decoding: dts, as: UTF8.self))
    }

    /// The in-memory tree `emit` serializes (references still symbolic: `DTCell.ref` keys are
    /// entity names, the `intc` node's key is `DeviceTreeEmitter.gicKey`).
    public static func tree(_ topology: Topology) throws(DiagnosticError) -> DTNode {
        try build(topology).root
    }

    /// The most `iommus` specifiers (one per ID) a platform device's node gets: 8 bytes each, so
    /// at most 32 KiB of property.
    public static let maxIOMMUSpecifiers: UInt64 = 4096

    /// The `DTNode.key` of the GIC `intc` node (not a valid topology name, so it cannot clash).
    public static let gicKey = "@gic"

    /// The `compatible` of the `intc` node: `arm,gic-v3`, or for a GICv2 `arm,cortex-a15-gic`
    /// (QEMU's, which Linux's GIC driver takes as a GICv2 with GICv2m frames).
    public static func gicCompatible(_ version: GICVersion) -> String {
        switch version {
        case .v2: "arm,cortex-a15-gic"
        case .v3: "arm,gic-v3"
        }
    }

    /// The compatibles of a VMM's GIC node that `--base` reuses for a topology's GIC of this
    /// version: for GICv2m frames a GICv2 (the GICv2-class compatibles Linux's `irq-gic.c` takes)
    /// or a GICv3, which Linux probes frames under when it has no LPIs; for ITSs a GICv3.
    public static func gicCompatibles(_ version: GICVersion) -> Set<String> {
        switch version {
        case .v2: ["arm,cortex-a15-gic", "arm,gic-400", "arm,cortex-a7-gic", "arm,cortex-a9-gic", "arm,gic-v3"]
        case .v3: ["arm,gic-v3"]
        }
    }

    /// The compatibles of a VMM's GIC that can hold what this topology puts under or behind its
    /// GIC: ITSs need a GICv3 (with LPIs); GICv2m frames and wired SPIs alone live on either.
    public static func baseGICCompatibles(for topology: Topology) -> Set<String> {
        gicCompatibles(topology.msiControllers.contains(where: \.isITS) ? .v3 : .v2)
    }

    /// A root complex's DT `iommu-map` entries: `iommuMap` in declaration order, with the RIDs
    /// of the virtio-pci IOMMUs that sit on this root complex (`excluding`) cut out of the
    /// entries that cover them.
    public static func iommuMapEntries(
        _ map: [IOMMUMapEntry], excluding selfRIDs: [UInt32]
    ) -> [(ridBase: UInt32, iommu: String, idBase: UInt32, length: UInt32)] {
        var out: [(ridBase: UInt32, iommu: String, idBase: UInt32, length: UInt32)] = []
        let holes = Set(selfRIDs).sorted()
        for entry in map {
            var start = UInt64(entry.rids.first)
            let end = entry.rids.end
            for hole in holes where entry.rids.contains(hole) {
                if UInt64(hole) > start {
                    out.append(piece(entry, from: start, to: UInt64(hole)))
                }
                start = UInt64(hole) + 1
            }
            if start < end {
                out.append(piece(entry, from: start, to: end))
            }
        }
        return out
    }

    private static func piece(
        _ entry: IOMMUMapEntry, from: UInt64, to: UInt64
    ) -> (ridBase: UInt32, iommu: String, idBase: UInt32, length: UInt32) {
        let offset = from - UInt64(entry.rids.first)
        return (UInt32(from), entry.iommu, UInt32(truncatingIfNeeded: UInt64(entry.id) + offset), UInt32(to - from))
    }

    // MARK: - Building the tree

    static func build(_ topology: Topology) throws(DiagnosticError) -> (root: DTNode, refs: DTReferences) {
        var builder = Builder(topology: topology)
        builder.run()
        if !builder.diagnostics.isEmpty {
            throw DiagnosticError(builder.diagnostics)
        }
        return (builder.root, builder.refs)
    }
}

private struct Builder {
    let topology: Topology
    var diagnostics: [Diagnostic] = []
    var refs = DTReferences()
    var root = DTNode(name: "")

    init(topology: Topology) { self.topology = topology }

    var dtRootComplexes: [RootComplex] { topology.rootComplexes.filter(\.inDeviceTree) }

    /// IOMMUs that get a node: all but the virtio-pci ones whose root complex is left out.
    var dtIOMMUs: [IOMMU] {
        topology.iommus.filter { iommu in
            if case .virtioPCI(let rc, _) = iommu.kind {
                return topology.rootComplex(named: rc)?.inDeviceTree ?? false
            }
            return true
        }
    }

    /// The MSI controllers that are nodes of the GIC: ITSs and GICv2m frames (x86-msi has none).
    var gicMSIControllers: [MSIController] {
        topology.msiControllers.filter { $0.mmioRegion != nil }
    }

    /// Arm nodes (the GIC `intc` node, its ITSs or GICv2m frames, `interrupt-parent`, GIC-format `interrupts`)
    /// belong to an arm64 tree only. On x86_64 an `interrupt` is an IOAPIC GSI, which the topology
    /// does not describe as a DT interrupt controller: it goes into the SSDT's `_CRS` only.
    var isArm: Bool { topology.arch == .arm64 }

    var needsGIC: Bool {
        guard isArm else { return false }
        if !gicMSIControllers.isEmpty { return true }
        if topology.devices.contains(where: { $0.interrupt != nil }) { return true }
        return dtIOMMUs.contains { iommu in
            switch iommu.kind {
            case .virtioMMIO(_, _, let interrupt): interrupt != nil
            case .smmuv3(let s): s.interrupts != nil
            case .virtioPCI: false
            }
        }
    }

    mutating func run() {
        checkSegments()
        assignReferences()

        root.add("#address-cells", .u32(2))
        root.add("#size-cells", .u32(2))
        root.add("model", .strings([topology.name]))
        if needsGIC {
            root.add("interrupt-parent", .cells([[.ref(DeviceTreeEmitter.gicKey)]]))
            root.children.append(gicNode())
        }
        for iommu in dtIOMMUs {
            switch iommu.kind {
            case .smmuv3(let smmu): root.children.append(smmuNode(iommu, smmu))
            case .virtioMMIO(let base, let size, let interrupt):
                root.children.append(virtioMMIONode(iommu, base: base, size: size, interrupt: interrupt))
            case .virtioPCI: break  // a child of its root complex
            }
        }
        var unnamed: RootComplex?
        for rc in dtRootComplexes {
            if rc.ecam == nil && rc.windows.isEmpty {
                if let other = unnamed {
                    diagnostics.append(
                        DTPCINoAddress.diagnostic("the device tree cannot name two host bridges that have neither 'ecam' nor 'windows' "
                                + "('\(other.name)' and '\(rc.name)')",
                            at: rc.source.location,
                            notes: [DiagnosticNote("root complex '\(other.name)' declared here", at: other.source.location)]))
                    continue
                }
                unnamed = rc
            }
            root.children.append(rootComplexNode(rc))
        }
        for device in topology.devices {
            root.children.append(deviceNode(device))
        }
        checkNames(root)
        root.children.append(symbolsNode())
    }

    /// `/__symbols__`: one string property per labelled node giving its full path, as `dtc -@`
    /// writes it, so that overlays can refer to the nodes and `topoc decompile` can give every
    /// entity its name back. The property is named after the entity (its exact topology name;
    /// the label, which cannot hold `-`, differs only for names with `-`); the `intc` node's is
    /// its label. Tree order.
    func symbolsNode() -> DTNode {
        var node = DTNode(name: "__symbols__")
        func walk(_ n: DTNode, _ path: String) {
            if let label = n.label {
                node.add(n.key == DeviceTreeEmitter.gicKey ? label : (n.key ?? label), .strings([path]))
            }
            for child in n.children { walk(child, path == "/" ? "/" + child.name : path + "/" + child.name) }
        }
        walk(root, "/")
        return node
    }

    // MARK: Checks

    /// The device tree cannot give two host bridges one PCI domain (`linux,pci-domain`).
    mutating func checkSegments() {
        var first: [UInt16: RootComplex] = [:]
        for rc in dtRootComplexes {
            if let other = first[rc.segment] {
                diagnostics.append(
                    DTSegmentShared.diagnostic("the device tree cannot give two host bridges one PCI domain: root complexes '\(other.name)' "
                            + "and '\(rc.name)' are both on segment \(rc.segment); give one of them 'dt: false'",
                        at: rc.source["segment"],
                        notes: [
                            DiagnosticNote(
                                "root complex '\(other.name)' is on segment \(rc.segment) here",
                                at: other.source["segment"])
                        ]))
            } else {
                first[rc.segment] = rc
            }
        }
    }

    /// Siblings must differ in name and in unit address (dtc: duplicate_node_names,
    /// unique_unit_address).
    mutating func checkNames(_ node: DTNode) {
        var seenNames: [String: DTNode] = [:]
        var seenUnits: [String: DTNode] = [:]
        for child in node.children {
            let unit = child.unitAddress
            let clash = seenNames[child.name] ?? (unit.isEmpty ? nil : seenUnits[unit])
            if let other = clash {
                diagnostics.append(
                    DTNodeClash.diagnostic("the device tree cannot hold node '\(child.name)' next to '\(other.name)': "
                            + (other.name == child.name ? "same node name" : "same unit address"),
                        at: child.origin ?? topology.source.location,
                        notes: other.origin.map { [DiagnosticNote("'\(other.name)' comes from here", at: $0)] } ?? []))
            } else {
                seenNames[child.name] = child
                if !unit.isEmpty { seenUnits[unit] = child }
            }
            checkNames(child)
        }
    }

    // MARK: References

    /// A name as a dtc label: `-` becomes `_` (byte by byte for ASCII names, as every checked name is).
    static func labelBase(_ key: String) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            return key.utf8.contains(UInt8(ascii: "-")) ? String(decoding: key.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self) : key
        }
        return String(key.map { $0 == "-" ? "_" : $0 })
    }

    mutating func assignReferences() {
        var keys = gicMSIControllers.map(\.name) + dtIOMMUs.map(\.name)
        if needsGIC { keys.append(DeviceTreeEmitter.gicKey) }
        var used: Set<String> = []
        // `base`, or `base_2`, `base_3`... when a label before took it.
        func unique(_ base: String) -> String {
            var label = base
            var n = 2
            while used.contains(label) {
                label = "\(base)_\(n)"
                n += 1
            }
            used.insert(label)
            return label
        }
        for (index, key) in keys.enumerated() {
            refs.phandles[key] = UInt32(index + 1)
            refs.labels[key] = unique(key == DeviceTreeEmitter.gicKey ? "gic" : Self.labelBase(key))
        }
        // Root complexes and devices get labels too (never phandles: nothing refers to them), so
        // that `/__symbols__` names every entity.
        for key in dtRootComplexes.map(\.name) + topology.devices.map(\.name) {
            refs.labels[key] = unique(Self.labelBase(key))
        }
    }

    /// A `<&target id>` reference to an IOMMU, or nil (with a diagnostic) when that IOMMU has
    /// no node in the tree.
    mutating func iommuRef(_ name: String, at location: SourceLocation) -> DTCell? {
        if refs.phandles[name] != nil { return .ref(name) }
        if let iommu = topology.iommu(named: name), case .virtioPCI(let rcName, _) = iommu.kind {
            diagnostics.append(
                DTIOMMUNotInTree.diagnostic("the device tree cannot reference IOMMU '\(name)': its root complex '\(rcName)' has 'dt: false'",
                    at: location,
                    notes: [DiagnosticNote("IOMMU '\(name)' declared here", at: iommu.source.location)]))
        } else {
            diagnostics.append(DTUnknownReference.diagnostic("no IOMMU named '\(name)'", at: location))
        }
        return nil
    }

    /// A reference to an MSI controller; nil without a diagnostic for the x86 window, which has
    /// no device-tree node (its users just get no `msi-map`/`msi-parent` entry).
    mutating func msiRef(_ name: String, at location: SourceLocation) -> DTCell? {
        if refs.phandles[name] != nil { return .ref(name) }
        if topology.msiController(named: name) == nil {
            diagnostics.append(
                DTUnknownReference.diagnostic("no MSI controller named '\(name)'", at: location))
        }
        return nil
    }

    // MARK: Nodes

    func reg(_ base: UInt64, _ size: UInt64) -> DTValue {
        .cells([[.u32(hi(base)), .u32(lo(base)), .u32(hi(size)), .u32(lo(size))]])
    }

    func unit(_ value: UInt64) -> String { String(value, radix: 16) }

    /// `<0 spi flags>`: a GIC SPI, by default edge-triggered rising (what QEMU gives virtio-mmio and
    /// the SMMU); a platform device's `interrupt-trigger`/`interrupt-polarity` choose the flags.
    mutating func spi(_ number: UInt32, mode: InterruptMode = InterruptMode(), at location: SourceLocation, what: String) -> [DTCell]? {
        guard number <= GICInterrupt.lastSPI else {
            diagnostics.append(
                DTInterruptRange.diagnostic("the device tree's GIC binding has no SPI \(number) (\(what)); SPIs are 0-987",
                    at: location))
            return nil
        }
        return [.u32(0), .u32(number), .u32(mode.gicFlags)]
    }

    func gicNode() -> DTNode {
        var gic = DTNode(
            name: "intc", key: DeviceTreeEmitter.gicKey, label: refs.labels[DeviceTreeEmitter.gicKey])
        gic.add("compatible", .strings([DeviceTreeEmitter.gicCompatible(topology.gicVersion)]))
        gic.add("interrupt-controller", .empty)
        gic.add("#interrupt-cells", .u32(3))
        gic.add("#address-cells", .u32(2))
        gic.add("#size-cells", .u32(2))
        gic.add("ranges", .empty)
        gic.add("phandle", .u32(refs.phandles[DeviceTreeEmitter.gicKey]!))
        for controller in gicMSIControllers {
            var node: DTNode
            switch controller.kind {
            case .gicv3ITS(let base, _):
                node = DTNode(
                    name: "its@\(unit(base))", key: controller.name, label: refs.labels[controller.name], origin: controller.source.location)
                node.add("compatible", .strings(["arm,gic-v3-its"]))
                node.add("reg", reg(base, MSIController.itsRegisterSize))
                node.add("msi-controller", .empty)
                node.add("#msi-cells", .u32(1))
            case .gicv2m(let base, let spis):
                node = DTNode(
                    name: "v2m@\(unit(base))", key: controller.name, label: refs.labels[controller.name], origin: controller.source.location)
                node.add("compatible", .strings(["arm,gic-v2m-frame"]))
                node.add("reg", reg(base, MSIController.v2mFrameSize))
                node.add("msi-controller", .empty)
                if let spis {
                    node.add("arm,msi-base-spi", .u32(spis.base))
                    node.add("arm,msi-num-spis", .u32(spis.count))
                }
            case .x86MSI:
                continue
            }
            node.add("phandle", .u32(refs.phandles[controller.name]!))
            gic.children.append(node)
        }
        return gic
    }

    /// An `msi-parent` specifier: the controller and its DeviceID cell (none for a GICv2m frame).
    func msiParent(_ target: DTCell, _ msi: MSITarget) -> DTValue {
        guard let id = msi.id else { return .cells([[target]]) }
        return .cells([[target, .u32(id)]])
    }

    mutating func smmuNode(_ iommu: IOMMU, _ smmu: IOMMU.SMMUv3) -> DTNode {
        var node = DTNode(
            name: "smmuv3@\(unit(smmu.base))", key: iommu.name, label: refs.labels[iommu.name],
            origin: iommu.source.location)
        node.add("compatible", .strings(["arm,smmu-v3"]))
        node.add("reg", reg(smmu.base, smmu.size))
        if let irqs = smmu.interrupts {
            // GSIV 0 means "not wired" (as in IORT): such an interrupt is left out of both lists,
            // which the arm,smmu-v3 binding allows (the names say which ones exist).
            var cells: [[DTCell]] = []
            var names: [String] = []
            for (name, gsiv) in irqs.wired {
                if !GICInterrupt.isSPI(id: gsiv) {
                    diagnostics.append(
                        DTInterruptRange.diagnostic("the device tree describes SMMUv3 interrupts as GIC SPIs (GSIV 32-1019); \(name) GSIV "
                                + "\(gsiv) is not one",
                            at: iommu.source["interrupts"]))
                    continue
                }
                cells.append([.u32(0), .u32(GICInterrupt.spi(ofID: gsiv)), .u32(1)])
                names.append(name)
            }
            if !cells.isEmpty {
                node.add("interrupts", .cells(cells))
                node.add("interrupt-names", .strings(names))
            }
        }
        if smmu.coherent { node.add("dma-coherent", .empty) }
        node.add("#iommu-cells", .u32(1))
        if let msi = smmu.msi, let target = msiRef(msi.controller, at: msi.source.location) {
            node.add("msi-parent", msiParent(target, msi))
        }
        node.add("phandle", .u32(refs.phandles[iommu.name]!))
        return node
    }

    mutating func virtioMMIONode(_ iommu: IOMMU, base: UInt64, size: UInt64, interrupt: UInt32?) -> DTNode {
        var node = DTNode(
            name: "iommu@\(unit(base))", key: iommu.name, label: refs.labels[iommu.name],
            origin: iommu.source.location)
        node.add("compatible", .strings(["virtio,mmio"]))
        node.add("reg", reg(base, size))
        if isArm, let interrupt, let cells = spi(interrupt, at: iommu.source["interrupt"], what: "IOMMU '\(iommu.name)'") {
            node.add("interrupts", .cells([cells]))
        }
        node.add("dma-coherent", .empty)
        node.add("#iommu-cells", .u32(1))
        if let config = iommu.virtio { DeviceFacts.add(config, to: &node) }
        node.add("phandle", .u32(refs.phandles[iommu.name]!))
        return node
    }

    mutating func rootComplexNode(_ rc: RootComplex) -> DTNode {
        let name: String
        if let own = rc.ownECAMRegion {
            name = "pcie@\(unit(own.first))"
        } else if let window = rc.windows.first {
            name = "pcie@\(unit(window.cpu))"
        } else {
            name = "pcie"
        }
        var node = DTNode(name: name, key: rc.name, label: refs.labels[rc.name], origin: rc.source.location)
        node.add("compatible", .strings(["pci-host-ecam-generic"]))
        node.add("device_type", .strings(["pci"]))
        node.add("#address-cells", .u32(3))
        node.add("#size-cells", .u32(2))
        node.add("bus-range", .u32(UInt32(rc.firstBus), UInt32(rc.lastBus)))
        node.add("linux,pci-domain", .u32(UInt32(rc.segment)))
        // The ECAM of its own buses: Linux reads bus B of a DT host bridge at
        // reg + ((B - bus-range first) << 20), and scans every bus of bus-range, so a window wider
        // than the root complex (`ecam-buses`, QEMU's expander bridges) is not the DT's.
        if let own = rc.ownECAMRegion {
            node.add("reg", reg(own.first, UInt64(rc.busCount) << 20))
        }
        if !rc.windows.isEmpty {
            node.add("ranges", .cells(rc.windows.map(rangesEntry)))
        }

        // The virtio-pci IOMMUs on this root complex: children, and holes in the iommu-map.
        // (rc has a node, so each of them has one too.)
        let selfIOMMUs = topology.virtioPCIIOMMUs(on: rc.name)
        let entries = DeviceTreeEmitter.iommuMapEntries(rc.iommuMap, excluding: selfIOMMUs.map { UInt32($0.1.rid) })
        var iommuMap: [[DTCell]] = []
        for entry in entries {
            let location = rc.iommuMap.first { $0.iommu == entry.iommu }?.source.location ?? rc.source["iommu-map"]
            guard let target = iommuRef(entry.iommu, at: location) else { continue }
            iommuMap.append([.u32(entry.ridBase), target, .u32(entry.idBase), .u32(entry.length)])
        }
        if !iommuMap.isEmpty { node.add("iommu-map", .cells(iommuMap)) }

        var msiMap: [[DTCell]] = []
        for entry in rc.msiMap {
            guard let target = msiRef(entry.controller, at: entry.source.location) else { continue }
            // A GICv2m entry has no DeviceIDs: RIDs map to themselves, as QEMU writes it.
            msiMap.append([.u32(entry.inputs.first), target, .u32(entry.id ?? entry.inputs.first), .u32(UInt32(entry.inputs.count))])
        }
        if !msiMap.isEmpty { node.add("msi-map", .cells(msiMap)) }
        if rc.coherent { node.add("dma-coherent", .empty) }
        if rc.reserveWindows { node.add("topoc,reserve-windows", .empty) }
        DeviceFacts.add(rc.reservedRegions, to: &node)

        for (iommu, bdf) in selfIOMMUs {
            // Linux matches a host bridge's child nodes to the functions of its root bus by
            // device and function; a function on another bus sits behind a bridge the topology
            // does not describe, so its node would be matched to the wrong device, or to none.
            guard bdf.bus == rc.firstBus else {
                diagnostics.append(
                    DTPCIIOMMUBus.diagnostic("the device tree can only describe virtio-pci IOMMU '\(iommu.name)' on the root bus "
                            + "(\(hex(rc.firstBus, digits: 2))) of root complex '\(rc.name)': bus "
                            + "\(hex(bdf.bus, digits: 2)) is behind a PCI bridge the topology does not describe",
                        at: iommu.source["bdf"],
                        notes: [DiagnosticNote("bus range of '\(rc.name)' declared here", at: rc.source["buses"])]))
                continue
            }
            var child = DTNode(
                name: "iommu@\(String(bdf.device, radix: 16)),\(String(bdf.function, radix: 16))", key: iommu.name,
                label: refs.labels[iommu.name], origin: iommu.source.location)
            child.add("compatible", .strings(["virtio,pci-iommu", "pci1af4,1057"]))
            child.add("reg", .u32(UInt32(bdf.rid) << 8, 0, 0, 0, 0))
            child.add("#iommu-cells", .u32(1))
            if let config = iommu.virtio { DeviceFacts.add(config, to: &child) }
            child.add("phandle", .u32(refs.phandles[iommu.name]!))
            node.children.append(child)
        }
        return node
    }

    func rangesEntry(_ window: PCIWindow) -> [DTCell] {
        var flags: UInt32
        switch window.kind {
        case .io: flags = 0x0100_0000
        case .mem32: flags = 0x0200_0000
        case .mem64: flags = 0x0300_0000
        }
        if window.prefetchable && window.kind != .io { flags |= 0x4000_0000 }
        return [flags, hi(window.pci), lo(window.pci), hi(window.cpu), lo(window.cpu), hi(window.size), lo(window.size)]
            .map(DTCell.u32)
    }

    mutating func deviceNode(_ device: PlatformDevice) -> DTNode {
        var node = DTNode(
            name: "\(nodeName(device))@\(unit(device.base))", key: device.name, label: refs.labels[device.name],
            origin: device.source.location)
        node.add("compatible", .strings([device.compatible]))
        node.add("reg", reg(device.base, device.size))
        if isArm, let interrupt = device.interrupt,
            let cells = spi(interrupt, mode: device.interruptMode, at: device.source["interrupt"], what: "device '\(device.name)'")
        {
            node.add("interrupts", .cells([cells]))
        }
        // The model has no `coherent` key for devices: virtio-mmio devices and devices behind an
        // IOMMU (DMA masters in a VM) are coherent; for others (a UART...) nothing is claimed.
        if device.compatible == "virtio,mmio" || device.iommu != nil {
            node.add("dma-coherent", .empty)
        }
        DeviceFacts.add(device.reservedRegions, to: &node)
        if let iommu = device.iommu, let ids = device.ids {
            let location = device.source["iommu"]
            if ids.count > DeviceTreeEmitter.maxIOMMUSpecifiers {
                diagnostics.append(
                    DTIOMMUsSize.diagnostic("the device tree lists one 'iommus' specifier per ID; device '\(device.name)' has "
                            + "\(ids.count) IDs (\(ids)), more than the \(DeviceTreeEmitter.maxIOMMUSpecifiers) topoc writes",
                        at: device.source["ids"]))
            } else if let target = iommuRef(iommu, at: location) {
                var specifiers: [[DTCell]] = []
                var id = UInt64(ids.first)
                while id < ids.end {
                    specifiers.append([target, .u32(UInt32(id))])
                    id += 1
                }
                node.add("iommus", .cells(specifiers))
            }
        }
        if let msi = device.msi, let target = msiRef(msi.controller, at: msi.source.location) {
            node.add("msi-parent", msiParent(target, msi))
        }
        return node
    }

    /// The characters a node name may hold (letters, digits, `,._+-`); a table, as the set of them
    /// made per device was most of building a large tree.
    static func nodeNameCharacter(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        switch a {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    func nodeName(_ device: PlatformDevice) -> String {
        if device.compatible == "virtio,mmio" { return "virtio_mmio" }
        var base = Substring(device.compatible)
        if let comma = base.firstIndex(of: ",") { base = base[base.index(after: comma)...] }
        let cleaned = String(base.filter { Self.nodeNameCharacter($0) }.prefix(31 - 17))
        if let first = cleaned.first, first.isLetter { return cleaned }
        return device.name
    }
}

private func hi(_ v: UInt64) -> UInt32 { UInt32(v >> 32) }
private func lo(_ v: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: v) }
