import FirmwareDecode
import TopologyModel

/// Naming what the blobs leave unnamed.
extension DecompileBuilder {
    // MARK: - Names

    mutating func assignNames() {
        if let given = options.name { name = given }
        // Devices that turned out to be IOMMUs go; findings about the others keep their place.
        var newIndex: [Int: Int] = [:]
        for (old, d) in devices.enumerated() where !d.dropped { newIndex[old] = newIndex.count }
        devices = devices.filter { !$0.dropped }
        findings = findings.map { f in
            var f = f
            if case .device(let d) = f.anchor { f.anchor = newIndex[d].map { .device($0) } ?? .top }
            return f
        }
        var used = Set<String>()
        // Carried names first (in entity order), then derived ones.
        func claim(_ n: String?) -> String? {
            guard let n, Names.isComponentName(n), used.insert(n).inserted else { return nil }
            return n
        }
        for i in its.indices { its[i].name = claim(its[i].name) }
        for i in iommus.indices { iommus[i].name = claim(iommus[i].name) }
        for i in rcs.indices { rcs[i].name = claim(rcs[i].name) }
        for i in devices.indices { devices[i].name = claim(devices[i].name) }
        /// `stem` (when `bare`), then `stem1`, `stem2`...; numbered from `start` when not bare.
        /// Each stem remembers the last number it handed out, so naming thousands of devices
        /// `dev1`...`devN` is linear, not a search from 1 for each.
        var nextNumber: [String: Int] = [:]
        func derive(_ stem: String, bare: Bool, start: Int = 1) -> String {
            if bare, used.insert(stem).inserted { return stem }
            var n = max(start, nextNumber[stem] ?? start)
            while !used.insert("\(stem)\(n)").inserted { n += 1 }
            nextNumber[stem] = n + 1
            return "\(stem)\(n)"
        }
        for i in its.indices where its[i].name == nil { its[i].name = derive(its[i].gicv2m ? "v2m" : "its", bare: true) }
        for i in iommus.indices where iommus[i].name == nil { iommus[i].name = derive(iommus[i].derivedStem, bare: true) }
        for i in rcs.indices where rcs[i].name == nil { rcs[i].name = derive("pcie", bare: false, start: i) }
        for i in devices.indices where devices[i].name == nil {
            var stem = "dev"
            if let path = devices[i].dtPath, let last = path.split(separator: "/").last {
                stem = sanitize(String(last))
            } else if let acpiPath = devices[i].acpiPath, let last = acpiPath.split(separator: ".").last {
                stem = sanitize(String(last).trimming("_"))
            }
            devices[i].name = derive(stem, bare: true)
        }
        // Missing facts that the format requires.
        // ITS base addresses are in the MADT, not the IORT: without one, QEMU virt's layout is
        // assumed, said once for the blobs, at the first ITS it applies to.
        var guessed: [Int] = []
        for (k, i) in itsIndices.enumerated() where its[i].base == nil {
            its[i].base = 0x0808_0000 + UInt64(k) * 0x20000
            guessed.append(i)
        }
        if let first = guessed.first {
            let names = guessed.prefix(4).map { "'\(its[$0].name ?? "?")'" }.joined(separator: ", ") + (guessed.count > 4 ? ", ..." : "")
            let which = guessed.count == 1 ? "the ITS base address is" : "the base addresses of \(guessed.count) ITSs (\(names)) are"
            let madt = inputs.madt.map { "\($0.name) does not list \(guessed.count == 1 ? "it" : "them")" } ?? "no MADT was given"
            note(.its(first), .guess, "\(which) not in the IORT (an ITS's base is in the MADT, and \(madt)); QEMU virt's layout (0x8080000, + 0x20000 per ITS) assumed",
                 [inputs.iort?.name ?? "IORT"] + (inputs.madt.map { [$0.name] } ?? []))
        }
        for d in devices.indices where devices[d].size == nil { devices[d].size = 0x200 }
    }

    func sanitize(_ text: String) -> String {
        var out = ""
        for c in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" {
                out.unicodeScalars.append(c)
            } else {
                out += "-"
            }
        }
        if let f = out.unicodeScalars.first, !("a"..."z").contains(f) { out = "dev-" + out }
        return out.isEmpty ? "dev" : out
    }
}
