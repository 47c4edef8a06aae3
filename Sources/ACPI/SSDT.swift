import TopologyModel

/// An ASL object as topoc writes it: rendered both as AML bytes and as ASL source.
public indirect enum ASLObject: Hashable, Sendable {
    case scope(String, [ASLObject])
    case device(String, [ASLObject])
    case name(String, ASLValue)
    /// `External (path, DeviceObj)`: a parent scope defined elsewhere (the DSDT). iasl encodes it
    /// as `If (Zero) { External }` so that old interpreters skip it; topoc writes the same bytes.
    case external(String)

    public var aml: [UInt8] {
        switch self {
        case .external(let path):
            let content: [UInt8] = [0x00, 0x15] + AML.nameString(path) + [0x06, 0x00]
            return [0xA0] + AML.pkgLength(content.count) + content
        case .scope(let path, let body): return AML.scope(path, body.flatMap(\.aml))
        case .device(let seg, let body): return AML.device(seg, body.flatMap(\.aml))
        case .name(let n, let v): return AML.name(n, v.aml)
        }
    }

    /// Appends the object's ASL source, indented `depth` levels of four spaces, a newline after
    /// each line, straight into `out` (a large layout's SSDT listing built as an array of line
    /// strings, joined and copied into bytes, was the largest thing its compile held).
    public func appendASL(to out: inout [UInt8], depth: Int = 1) {
        func line(_ text: String) {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4 * depth))
            out += text.utf8
            out.append(0x0a)
        }
        switch self {
        case .scope(let path, let body), .device(let path, let body):
            if case .scope = self { line("Scope (\(path))") } else { line("Device (\(path))") }
            line("{")
            for object in body { object.appendASL(to: &out, depth: depth + 1) }
            line("}")
        case .name(let n, let v):
            for text in v.asl(name: n, indent: String(repeating: " ", count: 4 * depth)) {
                out += text.utf8
                out.append(0x0a)
            }
        case .external(let path):
            line("External (\(path), DeviceObj)")
        }
    }

}

extension ASLObject {
    /// The length of `aml`, computed without building it; nil when a package inside (this
    /// object, a child, a `_CRS` buffer) would hold more than a PkgLength up to `limit` encodes.
    func amlLength(limit: Int = AML.maxPackageLength) -> Int? {
        func package(_ opcode: Int, _ content: Int?) -> Int? {
            guard let content, AML.packageFits(content, limit: limit) else { return nil }
            return opcode + AML.pkgLengthSize(content) + content
        }
        switch self {
        case .external(let path): return package(1, 2 + AML.nameString(path).count + 2)
        case .scope(let path, let body), .device(let path, let body):
            var content = AML.nameString(path).count
            for object in body {
                guard let length = object.amlLength(limit: limit) else { return nil }
                content += length
            }
            if case .scope = self { return package(1, content) }
            return package(2, content)
        case .name(let n, let v): return v.amlLength(limit: limit).map { 1 + AML.nameString(n).count + $0 }
        }
    }
}

/// The data objects topoc names.
public enum ASLValue: Hashable, Sendable {
    case integer(UInt64)
    case string(String)
    /// A compressed EISA ID such as `PNP0A08` (a DWord integer in AML).
    case eisaID(String)
    case resources([ResourceDescriptor])
    /// `Unicode ("text")`: a Buffer holding the text in UTF-16LE and a NUL (what `_STR` takes).
    case unicode(String)

    public var aml: [UInt8] {
        switch self {
        case .integer(let v): AML.integer(v)
        case .string(let s): AML.string(s)
        case .eisaID(let s): AML.integer(UInt64(AML.eisaID(s) ?? 0))
        case .resources(let d): AML.buffer(ResourceDescriptor.template(d))
        case .unicode(let s): AML.buffer(s.utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] } + [0, 0])
        }
    }

    /// The length of `aml` without building a buffer's; nil past the PkgLength `limit`.
    func amlLength(limit: Int) -> Int? {
        func buffer(_ count: Int) -> Int? {
            let content = AML.integer(UInt64(count)).count + count
            guard AML.packageFits(content, limit: limit) else { return nil }
            return 1 + AML.pkgLengthSize(content) + content
        }
        switch self {
        case .resources(let d): return buffer(d.reduce(2) { $0 + $1.bytes.count })
        case .unicode(let s): return buffer(2 * s.utf16.count + 2)
        default: return aml.count
        }
    }

    func asl(name: String, indent: String) -> [String] {
        switch self {
        case .integer(let v):
            let text = v == 0 ? "Zero" : v == 1 ? "One" : "0x" + String(v, radix: 16, uppercase: true)
            return [indent + "Name (\(name), \(text))"]
        case .string(let s): return [indent + "Name (\(name), \"\(s)\")"]
        case .eisaID(let s): return [indent + "Name (\(name), EisaId (\"\(s)\"))"]
        case .unicode(let s): return [indent + "Name (\(name), Unicode (\"\(s)\"))"]
        case .resources(let d):
            return [indent + "Name (\(name), ResourceTemplate ()", indent + "{"]
                + d.flatMap { $0.asl(indent: indent + "    ") } + [indent + "})"]
        }
    }
}

/// SSDT, revision 2: device objects for virtio-mmio IOMMUs, platform devices and PCI root complexes.
///
/// - A virtio-mmio IOMMU or platform device gets `_HID` (`acpi-hid`, default `"LNRO0005"`),
///   `_UID` (0, 1, ... per `_HID`, in emission order) and `_CRS` with its MMIO range
///   (Memory32Fixed below 4 GiB, else QWordMemory) and, when it has one, its interrupt as an
///   edge-triggered active-high GSIV = SPI + 32 (x86_64: the number as written).
/// - Every root complex gets `_HID` PNP0A08, `_CID` PNP0A03, `_SEG`, `_BBN`, `_UID` and `_CRS`
///   with its bus range and its windows (DWord when the window fits 32 bits, else QWord; I/O as
///   DWordIO with TypeTranslation when the CPU and PCI addresses differ).
/// - Each of those objects also gets `_STR` (`Unicode`) holding the entity's topology name, after
///   `_UID`; a virtio-pci IOMMU on its root complex's first bus gets a child object of the host
///   bridge's with `_ADR` and `_STR`. `topoc decompile` reads names from them (docs/topology-format.md).
///
/// Platform devices sit at their `acpi-path`; IOMMUs and root complexes, which have no path in the
/// format, get a 4-character name in `\_SB_` derived from their name (unique among all names).
/// Objects are emitted IOMMUs, devices, root complexes, each in declaration order, grouped in one
/// `Scope` per parent path (first appearance order).
public enum SSDTTable {
    public static let defaultHID = DefaultACPIHID.virtioMMIO

    /// Where each object goes: parent scope path and its own segment.
    struct Placement: Hashable, Sendable {
        public var parent: String
        public var segment: String
    }

    /// Full paths (`\_SB_.XXXX`) of the SSDT objects of virtio-mmio IOMMUs and root complexes, by name.
    public static func derivedPaths(for t: Topology) -> [String: String] {
        var used = Set(t.devices.map { $0.acpiPath.uppercased() })
        var out: [String: String] = [:]
        let named = t.iommus.filter { if case .virtioMMIO = $0.kind { true } else { false } }.map(\.name)
            + t.rootComplexes.map(\.name)
        // Natural names first (in declaration order), so that a collision renames only the later party.
        var pending: [String] = []
        for name in named {
            let path = "\\_SB_." + nameSegment(name)
            if used.insert(path).inserted { out[name] = path } else { pending.append(name) }
        }
        for name in pending {
            let base = nameSegment(name)
            var n = 0
            var candidate: String
            repeat {
                let suffix = String(n, radix: 16, uppercase: true)
                candidate = "\\_SB_." + String(base.prefix(4 - suffix.count)) + suffix
                n += 1
            } while used.contains(candidate)
            used.insert(candidate)
            out[name] = candidate
        }
        return out
    }

    /// The 4-character ACPI name segment topoc derives from an entity's name: upper-cased letters
    /// and digits, first three + last when longer, `_` padded, `_` first when it would start with
    /// a digit. A virtio-pci IOMMU's object under its host bridge is named so (it is the only
    /// child topoc gives a host bridge, so it cannot collide); `derivedPaths` starts from it.
    static func nameSegment(_ name: String) -> String {
        let chars = Array(name.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
        var seg = chars.count <= 4
            ? String(chars) + String(repeating: "_", count: 4 - chars.count)
            : String(chars.prefix(3)) + String(chars.last!)
        if let f = seg.first, f.isNumber { seg = "_" + seg.prefix(3) }
        return seg
    }

    static func split(_ path: String) -> Placement {
        guard let dot = path.lastIndex(of: ".") else {
            return Placement(parent: "\\", segment: String(path.drop { $0 == "\\" }))
        }
        return Placement(parent: String(path[..<dot]), segment: String(path[path.index(after: dot)...]))
    }

    /// `\_SB_` is written `\_SB` in ASL, as iasl's disassembler does (same bytes).
    static func aslPath(_ path: String) -> String {
        path.split(separator: ".", omittingEmptySubsequences: false).map { seg -> String in
            var s = String(seg)
            while s.hasSuffix("_") && s.count > 2 && s.dropFirst(s.hasPrefix("\\") ? 1 : 0).count > 1 { s.removeLast() }
            return s
        }.joined(separator: ".")
    }

    static func memory(base: UInt64, size: UInt64) -> ResourceDescriptor {
        if base <= 0xffff_ffff, size <= 0xffff_ffff, base + size - 1 <= 0xffff_ffff {
            return .memory32Fixed(base: UInt32(base), length: UInt32(size))
        }
        return .memory(producer: false, cacheability: .nonCacheable, min: base, length: size, translation: 0)
    }

    /// The GSIV of an `interrupt`: on arm64 a GIC SPI number, whose GSIV is its GIC interrupt ID;
    /// on x86_64 (where the format is silent) the number is taken as the GSI itself.
    public static func gsiv(_ interrupt: UInt32, _ arch: Architecture) -> UInt32 {
        arch == .arm64 ? GICInterrupt.id(ofSPI: interrupt) : interrupt
    }

    /// The objects of the SSDT, each with its full path.
    public static func objects(for t: Topology) -> [(path: String, object: ASLObject)] {
        placedObjects(for: t).map { ($0.path, $0.object) }
    }

    /// `objects(for:)` with, for each, the entity it describes (where a size error points).
    static func placedObjects(for t: Topology) -> [(path: String, object: ASLObject, entity: String, at: SourceLocation)] {
        let paths = derivedPaths(for: t)
        var uid: [String: UInt64] = [:]
        func nextUID(_ hid: String) -> UInt64 {
            defer { uid[hid, default: 0] += 1 }
            return uid[hid, default: 0]
        }
        var out: [(String, ASLObject, String, SourceLocation)] = []
        func mmioDevice(
            name: String, path: String, hid: String, base: UInt64, size: UInt64, spi: UInt32?,
            mode: InterruptMode = InterruptMode(), at location: SourceLocation
        ) {
            var res = [memory(base: base, size: size)]
            if let spi { res.append(.extendedInterrupt(gsiv: gsiv(spi, t.arch), mode: mode)) }
            out.append(
                (path, .device(split(path).segment, [
                    .name("_HID", .string(hid)), .name("_UID", .integer(nextUID(hid))), .name("_STR", .unicode(name)),
                    .name("_CRS", .resources(res)),
                ]), name, location))
        }
        for iommu in t.iommus {
            guard case .virtioMMIO(let base, let size, let irq) = iommu.kind else { continue }
            mmioDevice(
                name: iommu.name, path: paths[iommu.name]!, hid: defaultHID, base: base, size: size, spi: irq,
                at: iommu.source.location)
        }
        for d in t.devices {
            mmioDevice(
                name: d.name, path: d.acpiPath, hid: d.acpiHID ?? defaultHID, base: d.base, size: d.size, spi: d.interrupt,
                mode: d.interruptMode, at: d.source.location)
        }
        for rc in t.rootComplexes {
            var res: [ResourceDescriptor] = [.busNumbers(first: UInt16(rc.firstBus), last: UInt16(rc.lastBus))]
            for w in rc.windows {
                let translation = w.cpu &- w.pci
                switch w.kind {
                case .io:
                    res.append(.io(min: UInt32(truncatingIfNeeded: w.pci), length: UInt32(truncatingIfNeeded: w.size), translation: UInt32(truncatingIfNeeded: translation)))
                case .mem32, .mem64:
                    res.append(
                        .memory(
                            producer: true, cacheability: w.prefetchable ? .prefetchable : .nonCacheable, min: w.pci,
                            length: w.size, translation: translation))
                }
            }
            let path = paths[rc.name]!
            out.append(
                (path, .device(split(path).segment, [
                    .name("_HID", .eisaID("PNP0A08")), .name("_CID", .eisaID("PNP0A03")),
                    .name("_SEG", .integer(UInt64(rc.segment))), .name("_BBN", .integer(UInt64(rc.firstBus))),
                    .name("_UID", .integer(nextUID("PNP0A08"))), .name("_STR", .unicode(rc.name)),
                    .name("_CRS", .resources(res)),
                ]), rc.name, rc.source[rc.source.wrote("windows") ? "windows" : "buses"]))
        }
        // A virtio-pci IOMMU on its root complex's root bus: a PCI device object under the host
        // bridge's, `_ADR` = device << 16 | function, so that `_STR` can carry its name.
        for iommu in t.iommus {
            guard case .virtioPCI(let rcName, let bdf) = iommu.kind, let rc = t.rootComplex(named: rcName),
                bdf.bus == rc.firstBus, let parent = paths[rcName]
            else { continue }
            let adr = UInt64(bdf.device) << 16 | UInt64(bdf.function)
            out.append(
                (parent + "." + nameSegment(iommu.name), .device(nameSegment(iommu.name), [
                    .name("_ADR", .integer(adr)), .name("_STR", .unicode(iommu.name)),
                ]), iommu.name, iommu.source.location))
        }
        return out
    }

    /// Groups objects into one Scope per parent: shallower parents first (so a scope inside one of
    /// our own objects comes after it), then in order of first appearance. Parents that are neither
    /// `\_SB_` nor one of our objects are declared `External` first.
    static func scopes(_ objects: [(path: String, object: ASLObject)]) -> [ASLObject] {
        var order: [String] = []
        var bodies: [String: [ASLObject]] = [:]
        for (path, object) in objects {
            let parent = split(path).parent
            if bodies[parent] == nil { order.append(parent) }
            bodies[parent, default: []].append(object)
        }
        func depth(_ p: String) -> Int { p.split(separator: ".").count }
        let sorted = order.enumerated().sorted { (depth($0.element), $0.offset) < (depth($1.element), $1.offset) }.map(\.element)
        let ours = Set(objects.map { $0.path.uppercased() })
        let externals = sorted.filter { p in
            let u = p.uppercased()
            return u != "\\_SB_" && u != "\\_SB" && u != "\\" && !ours.contains(u)
        }
        return externals.map { .external($0) } + sorted.map { .scope($0, bodies[$0]!) }
    }

    /// Builds the SSDT of `t`: AML encoded by topoc, and its ASL source as the `.dsl`.
    ///
    /// - Throws: `aml-package-too-long` at an entity whose object, or whose addition to its
    ///   parent's `Scope`, needs a longer package than a PkgLength encodes (2^28 - 1 bytes);
    ///   `acpi-table-too-long` at the entity with which the table passes 4 GiB - 1.
    public static func build(_ t: Topology) throws(DiagnosticError) -> ACPITableOutput {
        try build(t, limits: .formats)
    }

    /// The sizes of the SSDT's packages and of the table, checked before any AML is built
    /// (`AML.pkgLength` traps past its limit).
    static func sizeErrors(_ placed: [(path: String, object: ASLObject, entity: String, at: SourceLocation)], limits: ACPILimits)
        -> [Diagnostic]
    {
        var errors: [Diagnostic] = []
        var scopeContent: [String: Int] = [:]
        var total = 36
        var tableReported = false
        var crossing: (String, SourceLocation)?
        for (path, object, entity, location) in placed {
            // Checked first: nameString traps past it (and measuring calls it).
            if AML.nameSegmentCount(path) > AML.maxNameSegments {
                errors.append(
                    AMLNamePathTooLong.diagnostic(
                        "the SSDT cannot describe '\(entity)': its path \(path.prefix(40))... has \(AML.nameSegmentCount(path)) segments, more than the \(AML.maxNameSegments) an AML NameString holds",
                        at: location))
                continue
            }
            guard let length = object.amlLength(limit: limits.amlPackageLength) else {
                errors.append(
                    AMLPackageTooLong.diagnostic(
                        "the SSDT cannot describe '\(entity)': its AML object \(path) holds a package longer than the \(limits.amlPackageLength) bytes a PkgLength can encode",
                        at: location))
                continue
            }
            let parent = split(path).parent
            let isNewScope = scopeContent[parent] == nil
            let before = scopeContent[parent] ?? AML.nameString(parent).count
            let content = before + length
            scopeContent[parent] = content
            if AML.packageFits(before, limit: limits.amlPackageLength) && !AML.packageFits(content, limit: limits.amlPackageLength) {
                errors.append(
                    AMLPackageTooLong.diagnostic(
                        "the SSDT cannot describe '\(entity)': with it, Scope (\(parent)) holds \(content) bytes, more than a PkgLength can encode (\(limits.amlPackageLength) bytes)",
                        at: location))
            }
            // Where the table passes its limit, for the location (the exact total is below).
            total += length + (isNewScope ? 4 + AML.nameString(parent).count : 0)
            if total > limits.tableLength && !tableReported {
                tableReported = true
                crossing = (entity, location)
            }
        }
        guard errors.isEmpty else { return errors }
        // The exact length: the header, each Scope term, and each External `scopes` declares.
        var exact = 36
        let ours = Set(placed.map { $0.path.uppercased() })
        for (parent, content) in scopeContent {
            exact += 1 + AML.pkgLengthSize(content) + content
            let u = parent.uppercased()
            if u != "\\_SB_" && u != "\\_SB" && u != "\\" && !ours.contains(u) {
                let c = 2 + AML.nameString(parent).count + 2
                exact += 1 + AML.pkgLengthSize(c) + c
            }
        }
        if exact > limits.tableLength {
            let (entity, location) = crossing ?? (placed.last?.entity ?? "", placed.last?.at ?? .start(of: ""))
            errors.append(
                ACPITableTooLong.diagnostic(
                    "the SSDT cannot describe '\(entity)': with it the table passes \(limits.tableLength) bytes, the most its 32-bit Length holds (it would be \(exact))",
                    at: location))
        }
        return errors
    }

    static func build(_ t: Topology, limits: ACPILimits) throws(DiagnosticError) -> ACPITableOutput {
        let placed = placedObjects(for: t)
        let errors = ACPIV2MPlatformMSI.devices(t) + sizeErrors(placed, limits: limits)
        if !errors.isEmpty { throw DiagnosticError(errors) }
        let terms = scopes(placed.map { ($0.path, $0.object) })
        var w = ACPITableWriter()
        w.header(signature: "SSDT", revision: 2, fields: t.acpi)
        w.raw(terms.flatMap(\.aml), "Definition Block")
        // The one finisher of every table; the length fits (sizeErrors bounded it from above).
        w.finish()
        let bytes = w.bytes

        func quoted(_ s: String) -> String { "\"" + s + "\"" }
        let h = t.acpi
        var dsl: [UInt8] = []
        dsl += """
            /*
             * topoc: SSDT for topology '\(t.name)' (compile with iasl; it writes its own creator fields)
             */
            DefinitionBlock ("", "SSDT", 2, \(quoted(h.oemID)), \(quoted(h.oemTableID)), 0x\(String(h.oemRevision, radix: 16, uppercase: true)))
            {

            """.utf8
        for term in terms {
            switch term {
            case .scope(let p, let body): ASLObject.scope(aslPath(p), body).appendASL(to: &dsl)
            case .external(let p): ASLObject.external(aslPath(p)).appendASL(to: &dsl)
            default: term.appendASL(to: &dsl)
            }
        }
        dsl += "}\n".utf8
        return ACPITableOutput(kind: .ssdt, aml: bytes, dslBytes: dsl)
    }
}
