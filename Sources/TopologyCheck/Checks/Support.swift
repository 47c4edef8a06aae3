import TopologyModel

// Shared pieces of the rules: what a name is, every reference in a file, interval sweeps, and
// how messages write RIDs and buses. Map entries are numbered from 0, as the parser numbers them.

/// The four kinds of named things in a topology.
enum EntityKind: Sendable {
    case msiController, iommu, rootComplex, device

    /// "an MSI controller", for "refers to 'x' as an IOMMU, but 'x' is an MSI controller".
    var withArticle: String {
        switch self {
        case .msiController: "an MSI controller"
        case .iommu: "an IOMMU"
        case .rootComplex: "a root complex"
        case .device: "a device"
        }
    }

    var noun: String {
        switch self {
        case .msiController: "MSI controller"
        case .iommu: "IOMMU"
        case .rootComplex: "root complex"
        case .device: "device"
        }
    }
}

/// One use of a name where a given kind of thing is expected.
struct Reference {
    var name: String
    var expected: EntityKind
    /// Location of the name as written (the value of `key`).
    var location: SourceLocation
    /// Who refers (said in messages only, so made into text only then).
    var by: Referrer
    var key: String

    /// "iommu-map entry 0 of root complex 'pcie0'".
    var owner: String { by.description }
}

/// What holds a reference: the parts of "msi-map entry 2 of IOMMU 'smmu0'". A file has a
/// reference per map entry, and every reference's text made up front was most of the reference
/// rules' time on a large topology, where none is reported.
enum Referrer: CustomStringConvertible {
    case iommu(String)
    case smmuMSI(iommu: String)
    case smmuMSIMapEntry(Int, iommu: String)
    case iommuMapEntry(Int, rootComplex: String)
    case msiMapEntry(Int, rootComplex: String)
    case device(String)
    case deviceMSI(String)

    var description: String {
        switch self {
        case .iommu(let name): "IOMMU '\(name)'"
        case .smmuMSI(let iommu): "'msi' of IOMMU '\(iommu)'"
        case .smmuMSIMapEntry(let i, let iommu): "msi-map entry \(i) of IOMMU '\(iommu)'"
        case .iommuMapEntry(let i, let rc): "iommu-map entry \(i) of root complex '\(rc)'"
        case .msiMapEntry(let i, let rc): "msi-map entry \(i) of root complex '\(rc)'"
        case .device(let name): "device '\(name)'"
        case .deviceMSI(let name): "'msi' of device '\(name)'"
        }
    }
}

extension Topology {
    /// Every declared name with its kind and declaration (name key) location.
    var entities: [String: (kind: EntityKind, location: SourceLocation)] {
        var result: [String: (kind: EntityKind, location: SourceLocation)] = [:]
        for c in msiControllers { result[c.name] = (.msiController, c.source.location) }
        for i in iommus { result[i.name] = (.iommu, i.source.location) }
        for r in rootComplexes { result[r.name] = (.rootComplex, r.source.location) }
        for d in devices { result[d.name] = (.device, d.source.location) }
        return result
    }

    /// Every reference of the file, in declaration order.
    var references: [Reference] {
        var refs: [Reference] = []
        for iommu in iommus {
            switch iommu.kind {
            case .virtioPCI(let rc, _):
                refs.append(Reference(name: rc, expected: .rootComplex, location: iommu.source["root-complex"], by: .iommu(iommu.name), key: "root-complex"))
            case .virtioMMIO:
                break
            case .smmuv3(let smmu):
                if let msi = smmu.msi {
                    refs.append(Reference(name: msi.controller, expected: .msiController, location: msi.source["controller"], by: .smmuMSI(iommu: iommu.name), key: "controller"))
                }
                for (i, entry) in (smmu.msiMap ?? []).enumerated() {
                    refs.append(Reference(name: entry.controller, expected: .msiController, location: entry.source["controller"], by: .smmuMSIMapEntry(i, iommu: iommu.name), key: "controller"))
                }
            }
        }
        for rc in rootComplexes {
            for (i, entry) in rc.iommuMap.enumerated() {
                refs.append(Reference(name: entry.iommu, expected: .iommu, location: entry.source["iommu"], by: .iommuMapEntry(i, rootComplex: rc.name), key: "iommu"))
            }
            for (i, entry) in rc.msiMap.enumerated() {
                refs.append(Reference(name: entry.controller, expected: .msiController, location: entry.source["controller"], by: .msiMapEntry(i, rootComplex: rc.name), key: "controller"))
            }
        }
        for device in devices {
            if let iommu = device.iommu {
                refs.append(Reference(name: iommu, expected: .iommu, location: device.source["iommu"], by: .device(device.name), key: "iommu"))
            }
            if let msi = device.msi {
                refs.append(Reference(name: msi.controller, expected: .msiController, location: msi.source["controller"], by: .deviceMSI(device.name), key: "controller"))
            }
        }
        return refs
    }
}

/// A closed interval of 64-bit values (IDs or addresses) tagged with what it belongs to.
struct Span<Payload> {
    var first: UInt64
    var last: UInt64
    var payload: Payload

    init(first: UInt64, last: UInt64, _ payload: Payload) {
        self.first = first
        self.last = last
        self.payload = payload
    }

    init(_ range: IDRange, _ payload: Payload) { self.init(first: UInt64(range.first), last: UInt64(range.last), payload) }
    init(_ range: AddressRange, _ payload: Payload) { self.init(first: range.first, last: range.last, payload) }
}

/// Finds overlapping spans in O(n log n): sorts by start and keeps the span reaching furthest so
/// far. Every span that overlaps an earlier-starting one is paired with one such span (the one
/// reaching furthest), so each group of overlapping spans yields at least one pair and no span is
/// reported twice. Returns `(earlier, later, intersection first, intersection last)` in sorted order.
func overlappingPairs<P>(_ spans: [Span<P>]) -> [(a: Span<P>, b: Span<P>, first: UInt64, last: UInt64)] {
    let sorted = spans.enumerated().sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(\.element)
    var result: [(a: Span<P>, b: Span<P>, first: UInt64, last: UInt64)] = []
    var reach: Span<P>?
    for span in sorted {
        if let r = reach, span.first <= r.last {
            result.append((r, span, span.first, min(r.last, span.last)))
        }
        if reach == nil || span.last > reach!.last { reach = span }
    }
    return result
}

/// Overlaps between two families of spans (never within one), in O(n log n): one sweep by start
/// that keeps, for each family, the span reaching furthest so far. Every span that overlaps an
/// earlier-starting span of the other family is paired with one such span, so no overlap between
/// the families goes unreported and no span is reported twice.
func crossOverlappingPairs<P>(_ left: [Span<P>], _ right: [Span<P>]) -> [(a: Span<P>, b: Span<P>)] {
    let tagged = left.map { (span: $0, side: 0) } + right.map { (span: $0, side: 1) }
    let sorted = tagged.enumerated().sorted { ($0.element.span.first, $0.offset) < ($1.element.span.first, $1.offset) }.map(\.element)
    var reach: [Span<P>?] = [nil, nil]
    var result: [(a: Span<P>, b: Span<P>)] = []
    for (span, side) in sorted {
        if let other = reach[1 - side], span.first <= other.last { result.append((other, span)) }
        if reach[side].map({ span.last > $0.last }) ?? true { reach[side] = span }
    }
    return result
}

/// RIDs as messages write them: 4-digit hex, a range as `0x0100-0x01ff`.
func ridText(_ first: UInt64, _ last: UInt64) -> String {
    first == last ? hex(first, digits: 4) : "\(hex(first, digits: 4))-\(hex(last, digits: 4))"
}

func ridText(_ range: IDRange) -> String { ridText(UInt64(range.first), UInt64(range.last)) }

/// IDs as messages write them: `0x10` or `0x10-0x1f`.
func idText(_ first: UInt64, _ last: UInt64) -> String {
    first == last ? hex(first) : "\(hex(first))-\(hex(last))"
}

/// A root complex's buses: `0x00-0x7f`.
func busText(_ rc: RootComplex) -> String { "\(hex(rc.firstBus, digits: 2))-\(hex(rc.lastBus, digits: 2))" }

/// Orders two located parties so that a finding is reported at the later one, with a note at
/// the earlier: the first is reported.
func laterFirst<T>(_ a: T, _ b: T, _ location: (T) -> SourceLocation) -> (T, T) {
    location(a) < location(b) ? (b, a) : (a, b)
}

/// The closest declared name to a misspelt reference, if it is a plausible typo (ties: the
/// alphabetically first).
func closestName(to word: String, in candidates: [String]) -> String? {
    closestMatch(to: word, in: candidates.sorted())
}

/// One route of MSIs to a named controller, as written: a root complex's or an SMMUv3's `msi-map`
/// entry, a device's or an SMMUv3's own `msi`.
struct MSIRouteUse {
    var controller: String
    var id: UInt32?
    /// "msi-map entry 0 of root complex 'pcie0'", "'msi' of device 'net1'".
    var owner: String
    var source: SourceMap
    /// An SMMUv3's `msi-map` entry (StreamIDs to DeviceIDs at an ITS).
    var smmuMap: Bool
}

extension Topology {
    /// Every MSI route of the file, in declaration order.
    var msiRouteUses: [MSIRouteUse] {
        var uses: [MSIRouteUse] = []
        for iommu in iommus {
            guard case .smmuv3(let smmu) = iommu.kind else { continue }
            if let msi = smmu.msi {
                uses.append(MSIRouteUse(controller: msi.controller, id: msi.id, owner: "'msi' of IOMMU '\(iommu.name)'", source: msi.source, smmuMap: false))
            }
            for (i, e) in (smmu.msiMap ?? []).enumerated() {
                uses.append(MSIRouteUse(controller: e.controller, id: e.id, owner: "msi-map entry \(i) of IOMMU '\(iommu.name)'", source: e.source, smmuMap: true))
            }
        }
        for rc in rootComplexes {
            for (i, e) in rc.msiMap.enumerated() {
                uses.append(MSIRouteUse(controller: e.controller, id: e.id, owner: "msi-map entry \(i) of root complex '\(rc.name)'", source: e.source, smmuMap: false))
            }
        }
        for device in devices {
            if let msi = device.msi {
                uses.append(MSIRouteUse(controller: msi.controller, id: msi.id, owner: "'msi' of device '\(device.name)'", source: msi.source, smmuMap: false))
            }
        }
        return uses
    }
}

/// "a", "a and b", "a, b and c".
func spokenList(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
}
