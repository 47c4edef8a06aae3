import TopologyModel

/// The text and JSON of explanations (`topoc explain`, `--format json`).
extension Explainer {
    public static func renderText(_ explanations: [Explanation]) -> String {
        explanations.map(renderText).joined(separator: "\n")
    }

    public static func renderText(_ e: Explanation) -> String {
        var out: String
        switch e.source {
        case .pci(let rc, let segment, let rids):
            let ridText = rids.count == 1 ? "RID \(hex(rids.first, digits: 4))" : "RIDs \(hex(rids.first, digits: 4))-\(hex(rids.last, digits: 4))"
            out = "\(e.subject) (\(ridText)) on root complex '\(rc)', segment \(segment)\n"
        case .device(let name, let base):
            out = "\(name): platform device at \(hex(base))\n"
        }
        if let iommu = e.iommu, let ids = e.ids {
            let what = e.iommuType == "smmuv3" ? "StreamID" : "endpoint ID"
            out += "  translated by: \(iommu) (\(e.iommuType ?? "?")), \(what)\(ids.count == 1 ? "" : "s") \(ids)\n"
        } else {
            out += "  translated by: nothing, bypasses translation: \(e.bypassReason ?? "")\n"
        }
        if let msi = e.msi {
            if let ids = msi.deviceIDs {
                out += "  MSIs:          \(msi.controller), DeviceID\(ids.count == 1 ? "" : "s") \(ids)\n"
            } else {
                out += "  MSIs:          \(msi.controller), no DeviceID (a GICv2m frame)\n"
            }
        } else {
            out += "  MSIs:          no MSI controller\n"
        }
        if e.reserved.isEmpty {
            out += "  reserved:      none\(e.iommuType.map { $0 == "smmuv3" ? " (an SMMUv3 has no PROBE)" : "" } ?? "")\n"
        } else {
            for (i, region) in e.reserved.enumerated() {
                out += (i == 0 ? "  reserved:      " : "                 ")
                out += "\(region.range) \(region.kind.rawValue): \(region.origins.joined(separator: "; "))\n"
            }
        }
        if !e.topology.isEmpty {
            out += "  decided by:\n"
            for t in e.topology { out += "    \(t.location): \(t.text)\n" }
        }
        for (format, title) in [(FirmwareEvidence.Format.deviceTree, "device tree"), (.viot, "VIOT"), (.iort, "IORT")] {
            let items = e.firmware.filter { $0.format == format }
            guard !items.isEmpty else { continue }
            out += "  \(title):\n"
            for item in items { out += "    \(item.node): \(item.text)\n" }
        }
        return out
    }

    /// One JSON object (or an array of them when `array`), keys in a fixed order.
    public static func renderJSON(_ explanations: [Explanation], array: Bool) -> String {
        if !array, let only = explanations.first, explanations.count == 1 { return renderJSON(only) + "\n" }
        return "[" + explanations.map { "\n  " + renderJSON($0) }.joined(separator: ",") + "\n]\n"
    }

    public static func renderJSON(_ e: Explanation) -> String {
        let q = JSONText.quote
        var fields: [String] = ["\"subject\": \(q(e.subject))"]
        switch e.source {
        case .pci(let rc, let segment, let rids):
            fields.append("\"kind\": \"pci\", \"root-complex\": \(q(rc)), \"segment\": \(segment), \"rids\": [\(rids.first), \(rids.last)]")
        case .device(let name, let base):
            fields.append("\"kind\": \"device\", \"device\": \(q(name)), \"base\": \(q(hex(base)))")
        }
        fields.append("\"iommu\": \(e.iommu.map(q) ?? "null")")
        fields.append("\"iommu-type\": \(e.iommuType.map(q) ?? "null")")
        fields.append("\"ids\": \(e.ids.map { "[\($0.first), \($0.last)]" } ?? "null")")
        fields.append("\"bypass\": \(e.bypassReason.map(q) ?? "null")")
        if let msi = e.msi {
            fields.append("\"msi\": {\"controller\": \(q(msi.controller)), \"ids\": \(msi.deviceIDs.map { "[\($0.first), \($0.last)]" } ?? "null")}")
        } else {
            fields.append("\"msi\": null")
        }
        let regions = e.reserved.map {
            "{\"base\": \(q(hex($0.range.first))), \"last\": \(q(hex($0.range.last))), \"kind\": \(q($0.kind.rawValue)), "
                + "\"origins\": [\($0.origins.map(q).joined(separator: ", "))]}"
        }
        fields.append("\"reserved\": [\(regions.joined(separator: ", "))]")
        let topo = e.topology.map {
            "{\"file\": \(q($0.location.file)), \"line\": \($0.location.line), \"column\": \($0.location.column), \"text\": \(q($0.text))}"
        }
        fields.append("\"topology\": [\(topo.joined(separator: ", "))]")
        let firmware = e.firmware.map {
            "{\"format\": \(q($0.format.rawValue)), \"node\": \(q($0.node)), \"offset\": \($0.offset.map { String($0) } ?? "null"), "
                + "\"entry\": \($0.entry.map { String($0) } ?? "null"), \"text\": \(q($0.text))}"
        }
        fields.append("\"firmware\": [\(firmware.joined(separator: ", "))]")
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
