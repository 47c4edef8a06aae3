import TopologyModel

/// Reads `reserved-regions:` lists: `{base, size, kind}` or `{base, last, kind}`.
struct RegionReader {
    let sink: DiagnosticSink

    func read(_ items: [YAMLTree], owner: String) -> [ReservedRegion] {
        items.enumerated().compactMap { i, item in
            let context = "reserved region \(i) of \(owner)"
            guard let fields = Fields(item, context: context, allowed: ["base", "size", "last", "kind"], sink: sink) else { return nil }
            let base = fields.integer("base", bits: 64, required: true)
            let kindText = fields.string("kind", required: true)
            var kind: ReservedRegion.Kind?
            if let kindText {
                kind = ReservedRegion.Kind(rawValue: kindText)
                if kind == nil {
                    sink.error(ParseDiagnostics.InvalidValue.self, "'kind' of \(context) must be 'reserved' or 'msi', found '\(kindText)'", at: fields["kind"]!.location)
                }
            }
            var range: AddressRange?
            switch (fields["size"], fields["last"]) {
            case (.some, .some):
                sink.error(ParseDiagnostics.InvalidValue.self, "\(context) gives both 'size' and 'last'; give one", at: fields["last"]!.location)
            case (.none, .none):
                sink.error(ParseDiagnostics.MissingKey.self, "\(context) needs 'size' or 'last'", at: fields.location)
            case (.some, .none):
                if let base, let size = fields.integer("size", bits: 64) {
                    range = AddressRange.checked(base: base, size: size)
                    if range == nil {
                        sink.error(ParseDiagnostics.NumberRange.self, "\(context) is empty or runs past 2^64 (base \(hex(base)), size \(hex(size)))", at: fields["size"]!.location)
                    }
                }
            case (.none, .some):
                if let base, let last = fields.integer("last", bits: 64) {
                    if last < base {
                        sink.error(ParseDiagnostics.NumberRange.self, "\(context) runs backwards: last \(hex(last)) is below base \(hex(base))", at: fields["last"]!.location)
                    } else {
                        range = AddressRange(first: base, last: last)
                    }
                }
            }
            guard let range, let kind else { return nil }
            return ReservedRegion(range: range, kind: kind, source: fields.sourceMap)
        }
    }
}
