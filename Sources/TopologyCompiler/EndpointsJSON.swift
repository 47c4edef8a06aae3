import TopologyModel

/// `endpoints.json`: the resolved layout, one record per ID range, sorted by (iommu, first
/// endpoint ID), in the shape of cli.md. Written by hand, not by a JSON encoder, so key order
/// is the documented one and the bytes never change between runs or toolchains.
public enum EndpointsJSON {
    public static func render(_ layout: EndpointLayout, topologyName: String) -> String {
        var out: [UInt8] = []
        render(layout, topologyName: topologyName, chunk: .max) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of `render`, handed to `emit` in consecutive pieces of at least `chunk` bytes
    /// (the last may be shorter): a large layout's map is megabytes, and is never held whole.
    public static func render(
        _ layout: EndpointLayout, topologyName: String, chunk: Int, into emit: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(chunk == .max ? 4096 : chunk + 4096)
        out += "{\"topology\": \(JSONText.quote(topologyName)), \"endpoints\": [".utf8
        for (index, record) in layout.records.enumerated() {
            out += (index == 0 ? "\n  " : ",\n  ").utf8
            out += render(record).utf8
            if out.count >= chunk {
                try out.withUnsafeBytes(emit)
                out.removeAll(keepingCapacity: true)
            }
        }
        out += "]}\n".utf8
        try out.withUnsafeBytes(emit)
    }

    static func render(_ record: EndpointRecord) -> String {
        var fields: [String] = []
        switch record.source {
        case .pci(let rc, let segment, let rids):
            fields.append("\"source\": \(JSONText.quote(rc))")
            fields.append("\"segment\": \(segment)")
            fields.append("\"rids\": \(pair(rids))")
        case .device(let name, let base):
            fields.append("\"source\": \(JSONText.quote(name))")
            fields.append("\"base\": \(JSONText.quote(hex(base)))")
        }
        fields.append("\"iommu\": \(record.iommu.map(JSONText.quote) ?? "null")")
        fields.append("\"ids\": \(record.ids.map(pair) ?? "null")")
        if let msi = record.msi {
            fields.append("\"msi\": {\"controller\": \(JSONText.quote(msi.controller)), \"ids\": \(msi.deviceIDs.map(pair) ?? "null")}")
        } else {
            fields.append("\"msi\": null")
        }
        let regions = record.reserved.map {
            "{\"base\": \(JSONText.quote(hex($0.range.first))), \"last\": \(JSONText.quote(hex($0.range.last))), \"kind\": \(JSONText.quote($0.kind.rawValue))}"
        }
        fields.append("\"reserved\": [\(regions.joined(separator: ", "))]")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func pair(_ range: IDRange) -> String { "[\(range.first), \(range.last)]" }

}
