import TopologyModel

/// Reads `devices:` entries (platform MMIO devices), and gives each one without an `acpi-path`
/// a unique default.
struct DeviceReader {
    let sink: DiagnosticSink
    let names: NameRegistry

    static let keys = [
        "base", "size", "compatible", "interrupt", "interrupt-trigger", "interrupt-polarity", "iommu", "id", "ids", "msi", "acpi-path", "acpi-hid",
        "reserved-regions",
    ]

    func read(_ entries: consuming [NamedEntry]) -> [PlatformDevice] {
        var devices: [(PlatformDevice, explicitPath: Bool)] = []
        devices.reserveCapacity(entries.count)
        readEach(entries) { name, at, value in
            names.register(name, at: at)
            if let device = read(name: name, at: at, value) { devices.append(device) }
        }
        return assignDefaultACPIPaths(devices)
    }

    private func read(name: String, at: SourceLocation, _ value: YAMLTree) -> (PlatformDevice, explicitPath: Bool)? {
        let context = "device '\(name)'"
        let components = ComponentReader(sink: sink, names: names)
        guard let fields = Fields(value, context: context, allowed: Self.keys, sink: sink) else { return nil }
        let errorsBefore = sink.diagnostics.count
        let base = fields.integer("base", bits: 64, required: true)
        let size = components.nonZero(fields, "size", required: true)
        let compatible = fields.string("compatible") ?? "virtio,mmio"
        let interrupt = fields.integer("interrupt", bits: 32).map(UInt32.init)
        var mode = InterruptMode()
        if let trigger = enumValue("interrupt-trigger", of: fields, context: context, as: InterruptMode.Trigger.self) { mode.trigger = trigger }
        if let polarity = enumValue("interrupt-polarity", of: fields, context: context, as: InterruptMode.Polarity.self) { mode.polarity = polarity }
        let iommu = fields.string("iommu")
        var ids: IDRange?
        switch (fields["id"], fields["ids"]) {
        case (.some, .some):
            sink.error(ParseDiagnostics.InvalidValue.self, "\(context) gives both 'id' and 'ids'; give one", at: fields["ids"]!.location)
        case (.some, .none):
            ids = fields.integer("id", bits: 32).map { IDRange(first: UInt32($0), count: 1) }
        case (.none, .some(let tree)):
            ids = Values.idRange(tree, what: "'ids' of \(context)", sink: sink)
        case (.none, .none):
            if iommu != nil {
                sink.error(ParseDiagnostics.MissingKey.self, "\(context) has an 'iommu' but no 'id' or 'ids' (its endpoint ID on that IOMMU)", at: fields["iommu"]!.location)
            }
        }
        if iommu == nil, let tree = fields["id"] ?? fields["ids"] {
            sink.error(ParseDiagnostics.InvalidValue.self, "\(context) gives an endpoint ID but no 'iommu' to give it on", at: tree.location)
        }
        let msi = fields["msi"].flatMap { components.msiTarget($0, what: "'msi' of \(context)") }
        let path = fields.string("acpi-path")
        if let path, !Lexical.isACPIPath(path) {
            sink.error(ParseDiagnostics.InvalidValue.self, "'acpi-path' of \(context) must be a full path of 4-character segments such as \\_SB_.VR00, found '\(path)'", at: fields["acpi-path"]!.location)
        }
        let hid = fields.string("acpi-hid")
        if let hid, !(hid.utf8.count == 7 || hid.utf8.count == 8) || !hid.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) {
            sink.error(ParseDiagnostics.InvalidValue.self, "'acpi-hid' of \(context) must be a 7-character PNP ID or an 8-character ACPI ID (A-Z, 0-9), found '\(hid)'", at: fields["acpi-hid"]!.location)
        }
        let regions = RegionReader(sink: sink).read(fields.list("reserved-regions") ?? [], owner: context)
        guard sink.diagnostics.count == errorsBefore, let base, let size else { return nil }
        if AddressRange.checked(base: base, size: size) == nil {
            sink.error(ParseDiagnostics.NumberRange.self, "\(context) runs past 2^64 (base \(hex(base)), size \(hex(size)))", at: fields["size"]!.location)
            return nil
        }
        var map = fields.sourceMap
        map.location = at
        let device = PlatformDevice(
            name: name, base: base, size: size, compatible: compatible, interrupt: interrupt, interruptMode: mode, iommu: iommu, ids: ids,
            msi: msi, acpiPath: path ?? "", acpiHID: hid ?? (compatible == "virtio,mmio" ? DefaultACPIHID.virtioMMIO : nil),
            reservedRegions: regions, source: map)
        return (device, path != nil)
    }

    /// `key` as one of `T`'s values; a located error for another value, or for the key without an
    /// `interrupt` to describe.
    private func enumValue<T: RawRepresentable & CaseIterable>(
        _ key: String, of fields: Fields, context: String, as: T.Type
    ) -> T? where T.RawValue == String {
        guard let text = fields.string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: " or ")
            sink.error(ParseDiagnostics.InvalidValue.self, "'\(key)' of \(context) must be \(allowed), found '\(text)'", at: fields[key]!.location)
            return nil
        }
        if fields["interrupt"] == nil {
            sink.error(ParseDiagnostics.InvalidValue.self, "\(context) gives '\(key)' but no 'interrupt'", at: fields[key]!.location)
        }
        return value
    }

    /// Devices without an `acpi-path` get the default of `DefaultACPIPaths`; one left without a
    /// unique name is an error.
    private func assignDefaultACPIPaths(_ devices: [(PlatformDevice, explicitPath: Bool)]) -> [PlatformDevice] {
        let paths = DefaultACPIPaths.assign(
            names: devices.map(\.0.name), explicitPaths: devices.map { $0.explicitPath ? $0.0.acpiPath : nil })
        return zip(devices, paths).compactMap { entry, path in
            var device = entry.0
            guard let path else {
                sink.error(ParseDiagnostics.ACPINameExhausted.self, "no unique ACPI name is left for device '\(device.name)'; give it an 'acpi-path'", at: device.source.location)
                return nil
            }
            device.acpiPath = path
            return device
        }
    }
}
