import TopologyModel

/// Turns the located YAML tree into the model, reporting rule-1 problems to the sink.
struct TopologyReader {
    let file: String
    let sink: DiagnosticSink

    static let topLevelKeys = ["topology", "name", "arch", "acpi", "msi-controllers", "iommus", "root-complexes", "devices"]

    /// Consumes `tree`: each section is freed once read (see `Fields.take`).
    func read(_ tree: consuming YAMLTree) -> Topology? {
        guard var fields = Fields(tree, context: "the topology", allowed: Self.topLevelKeys, sink: sink) else { return nil }

        if let version = fields.integer("topology", bits: 32, required: true), version != 1 {
            sink.error(ParseDiagnostics.UnsupportedVersion.self, "topology format \(version) is not supported; this topoc reads format 1", at: fields["topology"]!.location)
        }
        let name = fields.string("name", required: true)
        if let name, !Names.isTopologyName(name) {
            sink.error(ParseDiagnostics.InvalidName.self, "topology name '\(name)' must match [a-z0-9][a-z0-9_-]*", at: fields["name"]!.location)
        }
        var arch: Architecture?
        if let text = fields.string("arch", required: true) {
            arch = Architecture(rawValue: text)
            if arch == nil {
                var message = "arch '\(text)' is not one of arm64, x86_64"
                if let hint = closestMatch(to: text, in: Architecture.allCases.map(\.rawValue)) { message += "; did you mean '\(hint)'?" }
                sink.error(ParseDiagnostics.InvalidValue.self, message, at: fields["arch"]!.location)
            }
        }
        let acpi = readACPI(fields["acpi"], topologyName: name ?? "", at: fields.location)

        let names = NameRegistry(sink: sink)
        let controllers = ComponentReader(sink: sink, names: names).msiControllers(fields.takeNamedEntries("msi-controllers"))
        // The key is required; *(extension)* `iommus: {}` is a machine without an IOMMU, whose
        // root complexes and devices only route MSIs (QEMU's default virt and q35).
        _ = fields.required("iommus")
        let iommuEntries = fields.takeNamedEntries("iommus")
        let iommus = ComponentReader(sink: sink, names: names).iommus(consume iommuEntries)
        let rootComplexes = RootComplexReader(sink: sink, names: names).read(fields.takeNamedEntries("root-complexes"))
        let devices = DeviceReader(sink: sink, names: names).read(fields.takeNamedEntries("devices"))

        guard let name, let arch else { return nil }
        return Topology(
            file: file, name: name, arch: arch, acpi: acpi, msiControllers: controllers, iommus: iommus,
            rootComplexes: rootComplexes, devices: devices, source: fields.sourceMap)
    }

    private func readACPI(_ tree: YAMLTree?, topologyName: String, at: SourceLocation) -> ACPIHeaderFields {
        let defaults = ACPIHeaderFields.defaults(forTopologyNamed: topologyName, source: SourceMap(location: at))
        guard let tree else { return defaults }
        let keys = [
            "oem-id", "oem-table-id", "oem-revision", "creator-id", "creator-revision", "iort-revision",
            "iort-root-complex-revision",
        ]
        guard let fields = Fields(tree, context: "'acpi'", allowed: keys, sink: sink) else { return defaults }
        var result = defaults
        result.source = fields.sourceMap
        if let id = headerString(fields, "oem-id", width: 6, exact: false) { result.oemID = id }
        if let id = headerString(fields, "oem-table-id", width: 8, exact: false) { result.oemTableID = id }
        if let id = headerString(fields, "creator-id", width: 4, exact: true) { result.creatorID = id }
        if let value = fields.integer("oem-revision", bits: 32) { result.oemRevision = UInt32(value) }
        if let value = fields.integer("creator-revision", bits: 32) { result.creatorRevision = UInt32(value) }
        if let value = fields.integer("iort-revision", bits: 32) {
            if let revision = IORTRevision(rawValue: Int(value)) {
                result.iortRevision = revision
            } else {
                sink.error(ParseDiagnostics.InvalidValue.self, "iort-revision \(value) is not one topoc emits (0, 3 or 5)", at: fields["iort-revision"]!.location)
                return result
            }
        }
        if let value = fields.integer("iort-root-complex-revision", bits: 32) {
            let allowed = result.iortRevision.rootComplexNodeRevisions
            if let revision = allowed.first(where: { UInt64($0) == value }) {
                result.iortRootComplexRevision = revision
            } else {
                sink.error(
                    ParseDiagnostics.InvalidValue.self,
                    "iort-root-complex-revision \(value) is not one a revision-\(result.iortRevision.rawValue) IORT carries (\(allowed.map(String.init).joined(separator: " or ")))",
                    at: fields["iort-root-complex-revision"]!.location)
            }
        }
        return result
    }

    /// ACPI header strings are printable ASCII of a fixed width; shorter ones are space padded.
    private func headerString(_ fields: Fields, _ key: String, width: Int, exact: Bool) -> String? {
        guard let text = fields.string(key) else { return nil }
        let at = fields[key]!.location
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7f }) else {
            sink.error(ParseDiagnostics.InvalidValue.self, "'\(key)' must be printable ASCII", at: at)
            return nil
        }
        if exact && text.utf8.count != width {
            sink.error(ParseDiagnostics.InvalidValue.self, "'\(key)' must be exactly \(width) bytes, found \(text.utf8.count)", at: at)
            return nil
        }
        if text.utf8.count > width {
            sink.error(ParseDiagnostics.InvalidValue.self, "'\(key)' must be at most \(width) bytes, found \(text.utf8.count)", at: at)
            return nil
        }
        return ACPIHeaderFields.padded(text, to: width)
    }
}

/// Enforces the naming rules: `[a-z][a-z0-9_-]*`, unique across the whole file.
final class NameRegistry {
    private var seen: [String: SourceLocation] = [:]
    let sink: DiagnosticSink
    /// The MSI controllers whose MSIs carry no DeviceID (GICv2m frames): a route naming one has
    /// no `id` (read before the routes: `msi-controllers` is read first).
    var withoutDeviceIDs: Set<String> = []

    init(sink: DiagnosticSink) { self.sink = sink }

    /// Registers `name`; false (after reporting) when it breaks a rule.
    @discardableResult
    func register(_ name: String, at location: SourceLocation) -> Bool {
        guard Names.isComponentName(name) else {
            sink.error(ParseDiagnostics.InvalidName.self, "name '\(name)' must match [a-z][a-z0-9_-]*", at: location)
            return false
        }
        if let previous = seen[name] {
            sink.error(
                ParseDiagnostics.DuplicateName.self, "name '\(name)' is already used; names are unique across the whole file", at: location,
                notes: [DiagnosticNote("'\(name)' first declared here", at: previous)])
            return false
        }
        seen[name] = location
        return true
    }
}
