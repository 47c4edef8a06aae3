import TopologyModel

/// Reads `msi-controllers:` and `iommus:` entries.
struct ComponentReader {
    let sink: DiagnosticSink
    let names: NameRegistry

    // MARK: MSI controllers

    func msiControllers(_ entries: consuming [NamedEntry]) -> [MSIController] {
        var result: [MSIController] = []
        var itsCount: UInt32 = 0
        readEach(entries) { name, at, value in
            names.register(name, at: at)
            let context = "MSI controller '\(name)'"
            guard let type = typeOf(value, context: context, allowed: ["gicv3-its", "gicv2m", "x86-msi"]) else { return }
            switch type {
            case "gicv2m":
                guard let fields = Fields(value, context: context, allowed: ["type", "base", "spi-base", "spi-count"], sink: sink) else { return }
                names.withoutDeviceIDs.insert(name)
                let base = aligned(fields, "base", to: MSIController.v2mFrameSize, required: true)
                let spis = gicv2mSPIs(fields)
                guard let base, let spis else { return }
                result.append(MSIController(name: name, kind: .gicv2m(base: base, spis: spis), source: source(fields, at)))
            case "gicv3-its":
                guard let fields = Fields(value, context: context, allowed: ["type", "base", "its-id"], sink: sink) else { return }
                let base = aligned(fields, "base", to: 0x10000, required: true)
                let itsID = fields.integer("its-id", bits: 32).map(UInt32.init) ?? itsCount
                itsCount += 1
                guard let base else { return }
                result.append(MSIController(name: name, kind: .gicv3ITS(base: base, itsID: itsID), source: source(fields, at)))
            default:
                guard let fields = Fields(value, context: context, allowed: ["type"], sink: sink) else { return }
                result.append(MSIController(name: name, kind: .x86MSI, source: source(fields, at)))
            }
        }
        return result
    }

    /// `spi-base` and `spi-count`, both or neither, within Linux's bounds (`irq-gic-v2m.c`: the
    /// first SPI is at least interrupt ID 32, at least one SPI, `base + count` at most 1019).
    /// nil after an error; `.some(nil)` when neither is given.
    private func gicv2mSPIs(_ fields: Fields) -> MSIController.GICv2mSPIs?? {
        typealias SPIs = MSIController.GICv2mSPIs
        let base = fields.integer("spi-base", bits: 32), count = fields.integer("spi-count", bits: 32)
        switch (base, count) {
        case (nil, nil):
            return fields["spi-base"] == nil && fields["spi-count"] == nil ? .some(nil) : nil
        case (let base?, let count?):
            if base < UInt64(SPIs.firstID) {
                sink.error(ParseDiagnostics.NumberRange.self, "'spi-base' of \(fields.context) must be a GIC SPI interrupt ID, at least \(SPIs.firstID), found \(base)", at: fields["spi-base"]!.location)
                return nil
            }
            if count == 0 || base + count > SPIs.endLimit {
                sink.error(ParseDiagnostics.NumberRange.self, "'spi-count' of \(fields.context) must be at least 1 with spi-base + spi-count at most \(SPIs.endLimit) (Linux's GICv2m bound), found \(base) + \(count)", at: fields["spi-count"]!.location)
                return nil
            }
            return .some(SPIs(base: UInt32(base), count: UInt32(count)))
        case (nil, _?):
            if fields["spi-base"] == nil {
                sink.error(ParseDiagnostics.MissingKey.self, "\(fields.context) has 'spi-count' without 'spi-base': give both or neither", at: fields["spi-count"]!.location)
            }
            return nil
        case (_?, nil):
            if fields["spi-count"] == nil {
                sink.error(ParseDiagnostics.MissingKey.self, "\(fields.context) has 'spi-base' without 'spi-count': give both or neither", at: fields["spi-base"]!.location)
            }
            return nil
        }
    }

    // MARK: IOMMUs

    static let virtioKeys = ["page-size-mask", "input-range", "domain-range", "bypass", "map-msi-doorbells", "probe-size", "reserved-regions"]

    func iommus(_ entries: consuming [NamedEntry]) -> [IOMMU] {
        var result: [IOMMU] = []
        readEach(entries) { name, at, value in
            names.register(name, at: at)
            let context = "IOMMU '\(name)'"
            guard let type = typeOf(value, context: context, allowed: ["virtio-pci", "virtio-mmio", "smmuv3"]) else { return }
            switch type {
            case "virtio-pci":
                guard let fields = Fields(value, context: context, allowed: ["type", "root-complex", "bdf"] + Self.virtioKeys, sink: sink) else { return }
                let rc = fields.string("root-complex", required: true)
                let bdf = fields.required("bdf").flatMap { Values.bdf($0, what: "'bdf' of \(context)", sink: sink) }
                let config = virtioConfig(fields, context: context)
                guard let rc, let bdf, let config else { return }
                result.append(IOMMU(name: name, kind: .virtioPCI(rootComplex: rc, bdf: bdf), virtio: config, source: source(fields, at)))
            case "virtio-mmio":
                guard let fields = Fields(value, context: context, allowed: ["type", "base", "size", "interrupt"] + Self.virtioKeys, sink: sink) else { return }
                let base = aligned(fields, "base", to: 4, required: true)
                let size = nonZero(fields, "size") ?? 0x200
                let interrupt = fields.integer("interrupt", bits: 32).map(UInt32.init)
                let config = virtioConfig(fields, context: context)
                guard let base, let config else { return }
                result.append(IOMMU(name: name, kind: .virtioMMIO(base: base, size: size, interrupt: interrupt), virtio: config, source: source(fields, at)))
            default:
                let keys = ["type", "base", "size", "interrupts", "coherent", "msi", "msi-map"]
                guard let fields = Fields(value, context: context, allowed: keys, sink: sink) else { return }
                guard let base = aligned(fields, "base", to: 0x10000, required: true) else { return }
                var smmu = IOMMU.SMMUv3(base: base)
                smmu.size = nonZero(fields, "size") ?? 0x20000
                smmu.coherent = fields.bool("coherent") ?? true
                if let tree = fields["interrupts"] { smmu.interrupts = smmuInterrupts(tree, context: context) }
                if let tree = fields["msi"] { smmu.msi = msiTarget(tree, what: "'msi' of \(context)") }
                if let items = fields.list("msi-map") {
                    smmu.msiMap = items.enumerated().compactMap { i, item in
                        msiMapEntry(item, inputKey: "ids", what: "msi-map entry \(i) of \(context)")
                    }
                }
                result.append(IOMMU(name: name, kind: .smmuv3(smmu), virtio: nil, source: source(fields, at)))
            }
        }
        return result
    }

    private func virtioConfig(_ fields: Fields, context: String) -> VirtioIOMMUConfig? {
        var config = VirtioIOMMUConfig()
        let errorsBefore = sink.diagnostics.count
        if let mask = fields.integer("page-size-mask", bits: 64) {
            if mask == 0 || mask & 0xfff != 0 {
                sink.error(ParseDiagnostics.InvalidValue.self, "'page-size-mask' of \(context) must be non-zero with no granule below 4 KiB (bits 0-11 clear), found \(hex(mask))", at: fields["page-size-mask"]!.location)
            } else {
                config.pageSizeMask = mask
            }
        }
        if let tree = fields["input-range"], let (first, last) = Values.pair(tree, what: "'input-range' of \(context)", bits: 64, sink: sink) {
            config.inputRange = AddressRange(first: first, last: last)
        }
        if let tree = fields["domain-range"], let (first, last) = Values.pair(tree, what: "'domain-range' of \(context)", bits: 32, sink: sink) {
            config.domainFirst = UInt32(first)
            config.domainLast = UInt32(last)
        }
        config.bypass = fields.bool("bypass") ?? false
        config.mapMSIDoorbells = fields.bool("map-msi-doorbells") ?? false
        if let size = fields.integer("probe-size", bits: 32) {
            if size % 4 != 0 {
                sink.error(ParseDiagnostics.Unaligned.self, "'probe-size' of \(context) must be a multiple of 4 (PROBE properties are 4-byte aligned), found \(size)", at: fields["probe-size"]!.location)
            }
            config.probeSize = UInt32(size)
        }
        if let items = fields.list("reserved-regions") {
            config.reservedRegions = RegionReader(sink: sink).read(items, owner: context)
        }
        return sink.diagnostics.count == errorsBefore ? config : nil
    }

    private func smmuInterrupts(_ tree: YAMLTree, context: String) -> SMMUInterrupts? {
        let keys = ["eventq", "priq", "cmdq-sync", "gerror"]
        guard let fields = Fields(tree, context: "'interrupts' of \(context)", allowed: keys, sink: sink) else { return nil }
        func gsiv(_ key: String) -> UInt32 { fields.integer(key, bits: 32).map(UInt32.init) ?? 0 }
        return SMMUInterrupts(eventq: gsiv("eventq"), priq: gsiv("priq"), cmdqSync: gsiv("cmdq-sync"), gerror: gsiv("gerror"))
    }

    // MARK: Shared pieces

    /// `{controller, id}`; `id` may be left out when `controller` is a GICv2m frame (whose MSIs
    /// carry no DeviceID: an `id` given to one is `msi-v2m-device-id`, a check's).
    func msiTarget(_ tree: YAMLTree, what: String) -> MSITarget? {
        guard let fields = Fields(tree, context: what, allowed: ["controller", "id"], sink: sink) else { return nil }
        let controller = fields.string("controller", required: true)
        guard let controller, let id = deviceID(fields, controller: controller) else { return nil }
        return MSITarget(controller: controller, id: id.map(UInt32.init), source: fields.sourceMap)
    }

    /// `{rids|ids, controller, id}`, `id` as in `msiTarget`.
    func msiMapEntry(_ tree: YAMLTree, inputKey: String, what: String) -> MSIMapEntry? {
        guard let fields = Fields(tree, context: what, allowed: [inputKey, "controller", "id"], sink: sink) else { return nil }
        let inputs = fields.required(inputKey).flatMap { tree in
            inputKey == "rids"
                ? Values.ridRange(tree, what: "'\(inputKey)' of \(what)", sink: sink)
                : Values.idRange(tree, what: "'\(inputKey)' of \(what)", sink: sink)
        }
        let controller = fields.string("controller", required: true)
        guard let inputs, let controller, let id = deviceID(fields, controller: controller) else { return nil }
        return MSIMapEntry(inputs: inputs, controller: controller, id: id.map(UInt32.init), source: fields.sourceMap)
    }

    /// The `id` of a route: required unless the controller is a GICv2m frame. nil after an error.
    private func deviceID(_ fields: Fields, controller: String) -> UInt64?? {
        if names.withoutDeviceIDs.contains(controller), fields["id"] == nil { return .some(nil) }
        return fields.integer("id", bits: 32, required: true).map { .some($0) }
    }

    /// The `type` of an entry, checked against the allowed values (with a hint).
    func typeOf(_ tree: YAMLTree, context: String, allowed: [String]) -> String? {
        guard case .mapping(let pairs, _) = tree else {
            sink.error(ParseDiagnostics.TypeMismatch.self, "\(context) must be a mapping, found \(tree.kindName)", at: tree.location)
            return nil
        }
        guard let pair = pairs.first(where: { if case .scalar("type", _, _) = $0.key { true } else { false } }) else {
            sink.error(ParseDiagnostics.MissingKey.self, "\(context) is missing required key 'type' (one of \(allowed.joined(separator: ", ")))", at: tree.location)
            return nil
        }
        guard case .scalar(let type, _, let at) = pair.value, allowed.contains(type) else {
            var message = "'type' of \(context) must be one of \(allowed.joined(separator: ", ")), found \(pair.value.kindName)"
            if case .scalar(let type, _, _) = pair.value, let hint = closestMatch(to: type, in: allowed) { message += "; did you mean '\(hint)'?" }
            sink.error(ParseDiagnostics.InvalidValue.self, message, at: pair.value.location)
            return nil
        }
        _ = at
        return type
    }

    /// An address that must be a multiple of `alignment`.
    func aligned(_ fields: Fields, _ key: String, to alignment: UInt64, required: Bool = false) -> UInt64? {
        guard let value = fields.integer(key, bits: 64, required: required) else { return nil }
        guard value % alignment == 0 else {
            sink.error(ParseDiagnostics.Unaligned.self, "'\(key)' of \(fields.context) must be aligned to \(hex(alignment)), found \(hex(value))", at: fields[key]!.location)
            return nil
        }
        return value
    }

    func nonZero(_ fields: Fields, _ key: String, required: Bool = false) -> UInt64? {
        guard let value = fields.integer(key, bits: 64, required: required) else { return nil }
        guard value > 0 else {
            sink.error(ParseDiagnostics.NumberRange.self, "'\(key)' of \(fields.context) must not be zero", at: fields[key]!.location)
            return nil
        }
        return value
    }

    /// The entity's source map, located at its name key.
    func source(_ fields: Fields, _ at: SourceLocation) -> SourceMap {
        var map = fields.sourceMap
        map.location = at
        return map
    }
}
