import TopologyCheck
import TopologyModel

/// `endpoints.json`: the resolved layout, one record per ID range, sorted by (iommu, first
/// endpoint ID), in the shape of cli.md. Written by hand, not by a JSON encoder, so key order
/// is the documented one and the bytes never change between runs or toolchains.
public enum EndpointsJSON {
    public static func render(_ layout: EndpointLayout, topologyName: String) -> String {
        var out = "{\"topology\": \(quote(topologyName)), \"endpoints\": ["
        for (index, record) in layout.records.enumerated() {
            out += index == 0 ? "\n  " : ",\n  "
            out += render(record)
        }
        out += layout.records.isEmpty ? "]}\n" : "]}\n"
        return out
    }

    static func render(_ record: EndpointRecord) -> String {
        var fields: [String] = []
        switch record.source {
        case .pci(let rc, let segment, let rids):
            fields.append("\"source\": \(quote(rc))")
            fields.append("\"segment\": \(segment)")
            fields.append("\"rids\": \(pair(rids))")
        case .device(let name, let base):
            fields.append("\"source\": \(quote(name))")
            fields.append("\"base\": \(quote(hex(base)))")
        }
        fields.append("\"iommu\": \(record.iommu.map(quote) ?? "null")")
        fields.append("\"ids\": \(record.ids.map(pair) ?? "null")")
        if let msi = record.msi {
            fields.append("\"msi\": {\"controller\": \(quote(msi.controller)), \"ids\": \(pair(msi.deviceIDs))}")
        } else {
            fields.append("\"msi\": null")
        }
        let regions = record.reserved.map {
            "{\"base\": \(quote(hex($0.range.first))), \"last\": \(quote(hex($0.range.last))), \"kind\": \(quote($0.kind.rawValue))}"
        }
        fields.append("\"reserved\": [\(regions.joined(separator: ", "))]")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func pair(_ range: IDRange) -> String { "[\(range.first), \(range.last)]" }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
