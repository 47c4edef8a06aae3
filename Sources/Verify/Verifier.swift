import FirmwareDecode
import TopologyModel
import VirtioIOMMU

/// A blob that cannot be read at all: the input is invalid (exit 1), named in the message.
public struct MalformedBlobError: Error, Sendable, CustomStringConvertible {
    public var blob: String
    public var reason: String

    public init(blob: String, reason: String) {
        self.blob = blob
        self.reason = reason
    }

    public var description: String { "\(blob): malformed firmware blob: \(reason)" }
}

/// Proves that what a guest reads from firmware blobs is the layout of the topology, for every ID,
/// and drives embedded virtio-iommu devices with what the blobs say (docs/verify.md).
///
/// * Every map in play is piecewise linear in the ID. Each blob is decoded into pieces with the
///   rules Linux reads it by: DT `iommu-map`/`msi-map` (`of_map_id`: mask first, first matching
///   entry wins) on the host bridge matched by `linux,pci-domain` + `bus-range` (+ `reg` = ECAM);
///   VIOT PCI ranges (§2.8 formula, last range wins, the IOMMU's own BDF skipped); IORT walks root
///   complex -> SMMU -> ITS (`iort_node_map_id`, with its off-by-one rule at range ends). The
///   topology's own layout (`EndpointLayout`) gives the expected pieces.
/// * Each root complex's RIDs are cut at the union of every breakpoint; on each elementary piece
///   every answer is linear (or constant), so comparing the answers at its first ID (and their
///   slopes) proves the whole piece. Time grows with the number of pieces, not of IDs. A differing
///   piece is reported with its first differing ID, the blob's entry and the topology's answer.
/// * Platform devices: `iommus`/`msi-parent` of the DT node whose `reg` starts at the base, VIOT MMIO
///   endpoints, IORT named components by ACPI path. MCFG entries against the ECAM windows.
/// * The device: for every elementary piece a blob sends to a virtio IOMMU, its first ID, its last
///   ID and a few inside go through PROBE, ATTACH, MAP, a translated DMA, UNMAP and DETACH; IDs
///   just outside every range must be refused. `VerifyOptions.exhaustive` sends every ID instead
///   (up to `maxIDs`, then boundaries and samples).
public enum Verifier {
    public static func verify(topology: Topology, dtb: FirmwareBlob?, acpiTables: [FirmwareBlob],
                              options: VerifyOptions = VerifyOptions()) throws(MalformedBlobError) -> VerificationReport {
        try VerificationRun.verify(topology: topology, dtb: dtb, acpiTables: acpiTables, options: options) { $0.checkRootComplexes() }
    }

    /// The same with unnamed blobs (`DTB`, `ACPI table N`).
    public static func verify(topology: Topology, dtb: [UInt8]?, acpiTables: [[UInt8]],
                              options: VerifyOptions = VerifyOptions()) throws(MalformedBlobError) -> VerificationReport {
        let (dtb, acpi) = FirmwareBlob.unnamed(dtb: dtb, acpiTables: acpiTables)
        return try verify(topology: topology, dtb: dtb, acpiTables: acpi, options: options)
    }
}

extension FirmwareBlob {
    /// Blobs given as bytes, named as a report names them: `DTB`, `ACPI table N`.
    static func unnamed(dtb: [UInt8]?, acpiTables: [[UInt8]]) -> (FirmwareBlob?, [FirmwareBlob]) {
        (dtb.map { FirmwareBlob(name: "DTB", bytes: $0) },
         acpiTables.enumerated().map { FirmwareBlob(name: "ACPI table \($0.offset + 1)", bytes: $0.element) })
    }
}

/// "IOMMU or MSI controller `name`, ID `id`": one answer of a lookup. A GICv2m frame's MSIs carry
/// no DeviceID (`noID`: `id` is 0 and means nothing), so two routes to one frame are equal
/// whatever ID a map writes.
struct Ref: Hashable, CustomStringConvertible {
    var name: String
    var id: UInt32
    var noID = false

    init(name: String, id: UInt32) {
        self.name = name
        self.id = id
    }

    /// A route to `name` with DeviceID `id`, or without one (a GICv2m frame) when `id` is nil.
    init(msiTo name: String, id: UInt32?) {
        self.name = name
        self.id = id ?? 0
        self.noID = id == nil
    }

    /// The answer `offset` IDs further on (the same without a DeviceID).
    func advanced(by offset: UInt32) -> Ref {
        noID ? self : Ref(name: name, id: id &+ offset)
    }

    var description: String { noID ? "'\(name)' (no DeviceID)" : "'\(name)' ID \(hex(id))" }
}

/// What a virtio IOMMU must report as `msi` regions for an input whose MSIs the DT sends to a
/// controller (`DeviceTreeMSIController`, read as Linux reads it), and how a mismatch says it.
/// A class: one per DT node, shared by the many `Origin`s that carry it.
final class MSIDoorbell {
    /// Sorted by address, as PROBE's regions are compared.
    let frames: [ClosedRange<UInt64>]
    /// "an ITS whose doorbell frame is [...]", "GICv2m frame ... (MSI_SETSPI_NS at ...)".
    let text: String
    /// The node cannot serve as Linux would use it: always a mismatch.
    let problem: String?

    /// nil for a controller with no known doorbell (nothing to check).
    init?(_ c: DeviceTreeMSIController) {
        func range(_ r: ClosedRange<UInt64>) -> String { "[\(hex(r.lowerBound)), \(hex(r.upperBound))]" }
        switch c.kind {
        case .unknown: return nil
        case .its:
            text = "an ITS whose doorbell frame is \(c.frames.first.map(range) ?? "unknown")"
        case .gicv2m:
            let pool = c.frames.count > 1 ? "; Linux pools the GICv2m frames \(c.frames.map(range).joined(separator: ", "))" : ""
            text = "GICv2m frame \(c.path), whose MSI_SETSPI_NS is at \(c.doorbell.map { hex($0) } ?? "unknown")\(pool)"
        }
        frames = c.frames.sorted { $0.lowerBound < $1.lowerBound }
        problem = c.problem
    }
}

/// Where an endpoint ID exercised on a device came from.
struct Origin {
    /// The input (`platform device 'x' at 0x...`), or what follows the RID (`of root complex ...`).
    var where_: String
    /// The RID, when the input is one (its text is made only when a mismatch needs it).
    var rid: UInt32?
    var format: String
    /// The doorbell of the MSI controller the DT routes this input's MSIs to.
    var doorbell: MSIDoorbell?

    init(subject: String, format: String, doorbell: MSIDoorbell?) {
        self.where_ = subject
        self.format = format
        self.doorbell = doorbell
    }

    init(rid: UInt32, of rootComplex: String, format: String, doorbell: MSIDoorbell?) {
        self.where_ = rootComplex
        self.rid = rid
        self.format = format
        self.doorbell = doorbell
    }

    var subject: String {
        guard let rid else { return where_ }
        return "RID \(hex(rid, digits: 4)) (\(BDF(rid: UInt16(truncatingIfNeeded: rid)))) \(where_)"
    }
}

final class VerificationRun {
    let topology: Topology
    let options: VerifyOptions
    let layout: EndpointLayout
    var dt: DeviceTreeBlob?
    var viot: VIOTTable?
    var iort: IORTTable?
    var mcfg: MCFGTable?
    var madt: MADTTable?

    var rows: [VerificationReport.Row] = []
    /// The row of each layout record's source.
    var rowOfSource: [EndpointSource: Int] = [:]
    var mismatches: [Mismatch] = []
    var mismatchCount = 0
    var detailCount: [String: Int] = [:]
    var endpoints = 0
    var pieceCount = 0
    var requests = 0
    var dmas = 0
    var deviceEndpoints = 0

    /// IOMMUs and MSI controllers by name (the topology's lists are searched linearly).
    let iommuByName: [String: IOMMU]
    /// The virtio IOMMUs' and the SMMUv3s' names, asked per piece of every root complex.
    let virtioNames: Set<String>
    let smmuNames: Set<String>
    /// The names of the MSI controllers that are GICv2m frames (their MSIs carry no DeviceID).
    let gicv2mNames: Set<String>
    /// Layout records by root complex name, by first RID.
    let recordsByRootComplex: [String: [EndpointRecord]]
    /// Layout records by IOMMU name, in layout order.
    let recordsByIOMMU: [String: [EndpointRecord]]

    /// DT node path → topology name (IOMMUs and MSI controllers).
    var dtNames: [String: String] = [:]
    /// Root complex index → its host bridge node.
    var dtHosts: [Int: String] = [:]
    /// Node path of the first DT node (not a PCI function, not an IOMMU or ITS) whose reg starts at an address.
    var dtNodeByBase: [UInt64: String] = [:]
    /// Every blob given, in order, with what it was read as (`checked` is filled in by `report()`).
    var readings: [BlobReading] = []
    var viotNames: [Int: String] = [:]
    var iortNames: [Int: String] = [:]
    /// Endpoint IDs the blobs give each virtio IOMMU, with where they came from.
    var exercise: [String: ExerciseBook] = [:]
    var devices: [String: (device: VirtioIOMMUDevice, driver: VirtioIOMMUDriver)] = [:]
    /// Guest RAM handed from one device to the next (see `device(_:)`).
    var sharedMemory: GuestMemory?
    /// Each DT MSI controller node asked for, as Linux reads it, and its doorbell (read once each:
    /// asked per piece).
    var msiControllerNodes: [String: DeviceTreeMSIController] = [:]
    /// Whether the DT has an `arm,gic-v2m-frame` node (set when its names are resolved).
    var dtHasGICv2mFrames = false
    var msiDoorbells: [String: MSIDoorbell?] = [:]
    var deviceProblems: [String: String] = [:]
    /// Device-side budget of `--exhaustive` (IDs still to send).
    var exhaustiveBudget: Int
    /// Which IORT ITS groups give an MSI domain, and the frame PCI MSIs fall back to, read with
    /// the MADT (without one, every group counts and nothing falls back).
    var acpiMSI = ACPIMSIDomains(iort: nil, madt: nil)

    init(topology: Topology, dtb: FirmwareBlob?, acpiTables: [FirmwareBlob], options: VerifyOptions) throws(MalformedBlobError) {
        self.topology = topology
        self.options = options
        self.layout = EndpointLayout(topology)
        self.exhaustiveBudget = options.maxIDs
        var byName: [String: IOMMU] = [:]
        for iommu in topology.iommus where byName[iommu.name] == nil { byName[iommu.name] = iommu }
        iommuByName = byName
        virtioNames = Set(byName.values.filter(\.isVirtio).map(\.name))
        smmuNames = Set(byName.values.filter { if case .smmuv3 = $0.kind { true } else { false } }.map(\.name))
        var controllers: [String: MSIController] = [:]
        for c in topology.msiControllers where controllers[c.name] == nil { controllers[c.name] = c }
        gicv2mNames = Set(controllers.values.filter(\.isGICv2m).map(\.name))
        var records: [String: [EndpointRecord]] = [:], byIOMMU: [String: [EndpointRecord]] = [:]
        for r in layout.records {
            if case .pci(let rc, _, _) = r.source { records[rc, default: []].append(r) }
            if let iommu = r.iommu { byIOMMU[iommu, default: []].append(r) }
        }
        recordsByIOMMU = byIOMMU
        recordsByRootComplex = records.mapValues { list in
            list.sorted { a, b in
                guard case .pci(_, _, let x) = a.source, case .pci(_, _, let y) = b.source else { return false }
                return x.first < y.first
            }
        }
        if let dtb {
            do { dt = try DeviceTreeBlob(dtb.bytes) } catch { throw MalformedBlobError(blob: dtb.name, reason: "\(error)") }
            readings.append(BlobReading(blob: dtb.name, kind: .dtb, checked: ""))
        }
        for blob in acpiTables {
            let table: ACPITable
            do { table = try ACPITable.decode(blob.bytes) } catch { throw MalformedBlobError(blob: blob.name, reason: "\(error)") }
            func once<T>(_ slot: T?, _ signature: String) throws(MalformedBlobError) {
                if slot != nil { throw MalformedBlobError(blob: blob.name, reason: "a second \(signature) table; give each table once") }
            }
            switch table {
            case .viot(let t): try once(viot, "VIOT"); viot = t; readings.append(BlobReading(blob: blob.name, kind: .viot, checked: ""))
            case .iort(let t): try once(iort, "IORT"); iort = t; readings.append(BlobReading(blob: blob.name, kind: .iort, checked: ""))
            case .mcfg(let t): try once(mcfg, "MCFG"); mcfg = t; readings.append(BlobReading(blob: blob.name, kind: .mcfg, checked: ""))
            case .madt(let t): try once(madt, "APIC"); madt = t; readings.append(BlobReading(blob: blob.name, kind: .madt, checked: ""))
            case .other(let signature, _):
                // SSDT, DSDT, APIC, an unknown signature: said, not dropped (`verify-blob-not-read`).
                readings.append(BlobReading(blob: blob.name, kind: .notRead(signature: signature),
                                            checked: "ACPI table '\(printable(signature))': verify reads VIOT, IORT, MCFG and MADT only; nothing in it was checked"))
            }
        }
        acpiMSI = ACPIMSIDomains(iort: iort, madt: madt)
        resolveNames()
    }

    /// Reads the blobs, then every check in order, with the root complexes' RIDs checked by
    /// `checkRootComplexes` (the piecewise check, or the per-ID oracle's); everything else, the
    /// platform devices, MCFG, the MADT and the devices driven, is this one code for both.
    static func verify(topology: Topology, dtb: FirmwareBlob?, acpiTables: [FirmwareBlob], options: VerifyOptions,
                       checkRootComplexes: (VerificationRun) -> Void) throws(MalformedBlobError) -> VerificationReport {
        let run = try VerificationRun(topology: topology, dtb: dtb, acpiTables: acpiTables, options: options)
        // Nothing read, nothing checked: no table of "ok" rows, but `verify-nothing-read`.
        guard !run.formats.isEmpty else { return run.report() }
        checkRootComplexes(run)
        run.checkDevices()
        run.checkMCFG()
        run.checkMADT()
        run.exerciseDevices()
        return run.report()
    }

    var formats: [String] {
        [dt.map { _ in "DT" }, viot.map { _ in "VIOT" }, iort.map { _ in "IORT" }, mcfg.map { _ in "MCFG" }, madt.map { _ in "MADT" }].compactMap { $0 }
    }

    func isVirtio(_ name: String?) -> Bool { name.map { virtioNames.contains($0) } ?? false }
    func isSMMU(_ name: String?) -> Bool { name.map { smmuNames.contains($0) } ?? false }

    // MARK: Recording

    func describe(_ ref: Ref?, iommu: Bool) -> String {
        guard let ref else { return iommu ? "no IOMMU (bypass)" : "no MSI route" }
        return iommu ? "IOMMU \(ref)" : "MSI controller \(ref)"
    }

    /// What the device answers for an endpoint (an ATTACH, undone), for explaining a mismatch.
    func deviceAnswer(_ refs: [Ref?]) -> String {
        var parts: [String] = []
        for ref in refs {
            guard let ref else { continue }
            guard isVirtio(ref.name) else {
                if iommuByName[ref.name] != nil { parts.append("'\(ref.name)' is not a modelled device (tables only)") }
                continue
            }
            guard let pair = device(ref.name) else { parts.append("no device for '\(ref.name)'"); continue }
            let domain = pair.device.configuration.domainRange.last
            let outcome = pair.driver.attach(endpoint: ref.id, domain: domain)
            requests += 1
            if outcome.status == .ok { pair.driver.detach(endpoint: ref.id, domain: domain); requests += 1 }
            parts.append("ATTACH of endpoint \(hex(ref.id)) to '\(ref.name)': \(status(outcome.status))")
        }
        return parts.isEmpty ? "nothing (no virtio endpoint involved)" : parts.joined(separator: "; ")
    }

    /// Compares one answer; `piece` names the check and ID of a root complex's RID (the oracle's).
    func compare(_ format: @autoclosure () -> String, iommu: Bool, blob: Ref?, topo: Ref?, subject: @autoclosure () -> String,
                 location: @autoclosure () -> SourceLocation?, row: Int, piece: PieceKey? = nil) {
        guard blob != topo else { return }
        let format = format()
        record(row: row, format: format) {
            let answer = iommu ? deviceAnswer([blob, topo]) : "nothing (MSI routes do not go through the IOMMU)"
            var m = Mismatch(subject: subject(), format: format, blobSays: describe(blob, iommu: iommu),
                             topologySays: describe(topo, iommu: iommu), deviceAnswered: answer, location: location())
            m.piece = piece
            return m
        }
    }

    func noteExercise(_ ref: Ref?, _ origin: @autoclosure () -> Origin) {
        guard let ref, isVirtio(ref.name) else { return }
        exercise[ref.name, default: ExerciseBook()].note(first: ref.id, count: 1, origin: origin())
    }

    func report() -> VerificationReport {
        var report = VerificationReport(topologyName: topology.name, formats: formats, rows: rows, mismatches: mismatches,
                                        mismatchCount: mismatchCount, endpoints: endpoints, deviceEndpoints: deviceEndpoints,
                                        requests: requests, dmas: dmas)
        report.pieces = pieceCount
        report.blobs = readings.map { r in
            var r = r
            if r.wasRead { r.checked = checkedText(r.kind) }
            return r
        }
        for r in readings {
            guard case .notRead(let signature) = r.kind else { continue }
            report.findings.append(VerifyBlobNotRead.diagnostic(
                "\(r.blob) is an ACPI table with signature '\(printable(signature))', which verify does not read (it reads a DTB, VIOT, IORT, MCFG and MADT); nothing in it was checked",
                at: .blob(r.blob, offset: 0)))
        }
        if formats.isEmpty {
            let given = readings.map { r in
                if case .notRead(let signature) = r.kind { return "\(r.blob): '\(printable(signature))'" }
                return r.blob
            }
            let why = given.isEmpty
                ? "no blob was given"
                : "the blobs given are \(given.joined(separator: ", ")), none of which verify reads"
            report.findings.append(VerifyNothingRead.diagnostic(
                "nothing was verified: \(why); give a DTB (--dtb) or a VIOT, IORT, MCFG or MADT (--acpi), or no blob at all to verify the topology's own outputs",
                at: readings.first.map { .blob($0.blob, offset: 0) } ?? topology.source.location))
        }
        return report
    }

    /// What was checked against a blob that was read.
    func checkedText(_ kind: BlobReading.Kind) -> String {
        func n(_ count: Int, _ what: String) -> String {
            guard count != 1 else { return "1 \(what)" }
            if what.hasSuffix("x") { return "\(count) \(what)es" }
            if what.hasSuffix("y") { return "\(count) \(what.dropLast())ies" }
            return "\(count) \(what)s"
        }
        let inDT = topology.rootComplexes.filter(\.inDeviceTree).count
        switch kind {
        case .dtb:
            return "iommu-map, msi-map of \(n(dtHosts.values.count, "host bridge")) (of \(n(inDT, "root complex")) in the tree); "
                + "iommus, msi-parent of \(n(topology.devices.count, "platform device"))"
        case .viot:
            guard let viot else { return "" }
            return "\(n(viot.iommus.count, "IOMMU node")), \(n(viot.pciRanges.count, "PCI range")), \(n(viot.mmioEndpoints.count, "MMIO endpoint"))"
                + " against \(n(topology.rootComplexes.count, "root complex")) and \(n(topology.devices.count, "platform device"))"
        case .iort:
            guard let iort else { return "" }
            return "\(n(iort.nodes.count, "node")): root complex, SMMUv3 and ITS group mappings against \(n(topology.rootComplexes.count, "root complex")); "
                + "named components against \(n(topology.devices.count, "platform device"))" + acpiMSIText()
        case .mcfg:
            guard let mcfg else { return "" }
            return "\(n(mcfg.entries.count, "ECAM entry")) against the ecam of \(n(topology.rootComplexes.filter { $0.ecam != nil }.count, "root complex"))"
        case .madt:
            guard let madt else { return "" }
            let its = topology.msiControllers.filter(\.isITS).count, frames = topology.msiControllers.filter(\.isGICv2m).count
            return "GIC version \(madt.gicVersion.map(String.init) ?? "not given"), \(n(madt.itss.count, "ITS structure")), \(n(madt.msiFrames.count, "MSI frame structure"))"
                + " against \(n(its, "ITS")) and \(n(frames, "GICv2m frame"))"
        case .notRead:
            return ""
        }
    }
}

/// A table signature as text a terminal can show: bytes outside printable ASCII as `\xNN`.
func printable(_ signature: String) -> String {
    var out = ""
    for b in signature.utf8 {
        if b >= 0x20 && b < 0x7f { out.append(Character(UnicodeScalar(b))) } else { out += "\\x" + String(b, radix: 16, uppercase: true) }
    }
    return out
}
