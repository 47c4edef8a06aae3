import ACPI
import DeviceTree
import TopologyModel

#if canImport(Glibc)
    import Glibc
#endif

/// `topoc graph`: a Graphviz picture of a topology. Root complexes (one cluster per PCI segment),
/// platform devices, IOMMUs and MSI controllers are boxes; edges carry the ID ranges of the maps:
/// RC -> IOMMU per `iommu-map` entry (with a virtio-pci IOMMU's own RID shown as left out), RC ->
/// MSI controller per `msi-map` entry, device -> IOMMU / controller with its IDs, SMMU -> ITS for
/// the SMMU's own MSIs and its StreamID -> DeviceID mappings (as written, or as IORT derives them).
///
/// The DOT text depends only on the topology (declaration order), so the same input gives the
/// same bytes. SVG goes through Graphviz's `dot`, whose bytes depend on its version.
public enum TopologyGraph {
    public static func dot(_ t: Topology) -> String {
        var out = "digraph \(quote(t.name)) {\n"
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", label=\(quote("\(t.name) (\(t.arch.rawValue))")), labelloc=t];\n"
        out += "  node [shape=box, fontname=\"Helvetica\", fontsize=11];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"

        let segments = Array(Set(t.rootComplexes.map(\.segment))).sorted()
        for segment in segments {
            out += "  subgraph \(quote("cluster_segment_\(segment)")) {\n"
            out += "    label=\(quote("PCI segment \(segment)")); style=dashed;\n"
            for rc in t.rootComplexes where rc.segment == segment {
                var label = "\(rc.name)\\nroot complex\\nbuses \(hex(rc.firstBus, digits: 2))-\(hex(rc.lastBus, digits: 2))"
                if let ecam = rc.ecam { label += "\\nECAM \(hex(ecam))" }
                if !rc.inDeviceTree { label += "\\n(ACPI only)" }
                out += "    \(id("rc", rc.name)) [label=\(quote(label))];\n"
                for (iommu, bdf) in t.virtioPCIIOMMUs(on: rc.name) {
                    out += "    \(id("iommu", iommu.name)) [label=\(quote("\(iommu.name)\\nvirtio-pci IOMMU\\nat \(bdf)")), style=\"rounded,filled\", fillcolor=\"#dde8ff\"];\n"
                }
            }
            out += "  }\n"
        }
        for iommu in t.iommus {
            let label: String
            switch iommu.kind {
            case .virtioPCI: continue  // inside its segment's cluster
            case .virtioMMIO(let base, _, _): label = "\(iommu.name)\\nvirtio-mmio IOMMU\\n@ \(hex(base))"
            case .smmuv3(let s): label = "\(iommu.name)\\nSMMUv3\\n@ \(hex(s.base))"
            }
            out += "  \(id("iommu", iommu.name)) [label=\(quote(label)), style=\"rounded,filled\", fillcolor=\"#dde8ff\"];\n"
        }
        for controller in t.msiControllers {
            let label: String
            switch controller.kind {
            case .gicv3ITS(let base, let itsID): label = "\(controller.name)\\nGICv3 ITS \(itsID)\\n@ \(hex(base))"
            case .gicv2m(let base, _): label = "\(controller.name)\\nGICv2m frame\\n@ \(hex(base))"
            case .x86MSI: label = "\(controller.name)\\nx86 MSI\\n\(MSIController.x86MSIWindow)"
            }
            out += "  \(id("msi", controller.name)) [label=\(quote(label)), style=filled, fillcolor=\"#ffe8cc\"];\n"
        }
        for device in t.devices {
            out += "  \(id("dev", device.name)) [label=\(quote("\(device.name)\\n\(device.compatible)\\n@ \(hex(device.base))")), style=filled, fillcolor=\"#eeeeee\"];\n"
        }

        for rc in t.rootComplexes {
            let own = t.virtioPCIIOMMUs(on: rc.name).map { ($0.iommu.name, $0.bdf) }
            for iommu in own {
                out += "  \(id("iommu", iommu.0)) -> \(id("rc", rc.name)) [style=dotted, arrowhead=none, label=\(quote("PCI function \(iommu.1)"))];\n"
            }
            for (i, entry) in rc.iommuMap.enumerated() {
                var label = "iommu-map \(i)\\nRIDs \(ridText(entry.rids)) -> \(idWord(entry.iommu, in: t)) \(entry.outputIDs.map(\.description) ?? hex(entry.id))"
                for (name, bdf) in own where entry.rids.contains(UInt32(bdf.rid)) {
                    label += "\\nexcept \(bdf) (\(name) itself)"
                }
                out += "  \(id("rc", rc.name)) -> \(id("iommu", entry.iommu)) [label=\(quote(label)), color=\"#3355aa\"];\n"
            }
            for (i, entry) in rc.msiMap.enumerated() {
                let label = "msi-map \(i)\\nRIDs \(ridText(entry.inputs)) -> \(entry.deviceIDText)"
                out += "  \(id("rc", rc.name)) -> \(id("msi", entry.controller)) [label=\(quote(label)), color=\"#cc7722\", style=dashed];\n"
            }
        }
        for device in t.devices {
            if let iommu = device.iommu {
                let word = idWord(iommu, in: t)
                let ids = device.ids.map { $0.count == 1 ? "\(word.dropLast()) \($0)" : "\(word) \($0)" } ?? ""
                out += "  \(id("dev", device.name)) -> \(id("iommu", iommu)) [label=\(quote(ids)), color=\"#3355aa\"];\n"
            }
            if let msi = device.msi {
                out += "  \(id("dev", device.name)) -> \(id("msi", msi.controller)) [label=\(quote(msi.deviceIDText)), color=\"#cc7722\", style=dashed];\n"
            }
        }
        for iommu in t.iommus {
            guard case .smmuv3(let s) = iommu.kind else { continue }
            if let msi = s.msi {
                out += "  \(id("iommu", iommu.name)) -> \(id("msi", msi.controller)) [label=\(quote("own MSIs\\n\(msi.deviceIDText)")), color=\"#cc7722\", style=dashed];\n"
            }
            if let map = s.msiMap {
                for (i, entry) in map.enumerated() {
                    let label = "msi-map \(i)\\nStreamIDs \(entry.inputs) -> \(entry.deviceIDText)"
                    out += "  \(id("iommu", iommu.name)) -> \(id("msi", entry.controller)) [label=\(quote(label)), color=\"#cc7722\", style=dashed];\n"
                }
            } else if let derived = try? IORTMappingPlanner.smmuMappings(for: iommu, in: t) {
                for mapping in derived where !mapping.single {
                    guard case .its(let controller) = mapping.target else { continue }
                    let out2 = mapping.input.moved(to: UInt64(mapping.outputBase)).map(\.description) ?? hex(mapping.outputBase)
                    let label = "IORT (derived)\\nStreamIDs \(mapping.input) -> DeviceIDs \(out2)"
                    out += "  \(id("iommu", iommu.name)) -> \(id("msi", controller)) [label=\(quote(label)), color=\"#cc7722\", style=dashed];\n"
                }
            }
        }
        out += "}\n"
        return out
    }

    /// RIDs as lspci addresses when they cover whole functions: `00:00.0-ff:1f.7 (0x0000-0xffff)`.
    static func ridText(_ rids: IDRange) -> String {
        let first = BDF(rid: UInt16(truncatingIfNeeded: rids.first)), last = BDF(rid: UInt16(truncatingIfNeeded: rids.last))
        return rids.count == 1 ? "\(first)" : "\(first)-\(last) (\(hex(rids.first, digits: 4))-\(hex(rids.last, digits: 4)))"
    }

    /// What an IOMMU calls the IDs it is given.
    static func idWord(_ iommu: String, in t: Topology) -> String {
        if case .smmuv3? = t.iommu(named: iommu)?.kind { return "StreamIDs" }
        return "endpoint IDs"
    }

    static func id(_ kind: String, _ name: String) -> String { quote("\(kind):\(name)") }

    /// A DOT string literal (topology names are `[a-z0-9_-]`; labels use `\n` line breaks on purpose).
    static func quote(_ text: String) -> String {
        "\"" + text.replacingAll("\"", with: "\\\"") + "\""
    }

    // MARK: SVG through Graphviz

    /// `dot` on `PATH` (searched the way a shell would), or nil.
    public static func findDot(path: String? = nil) -> String? {
        let search = path ?? getenv("PATH").map { String(cString: $0) } ?? ""
        for directory in search.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = "\(directory)/dot"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    public enum GraphError: Error, Sendable, CustomStringConvertible {
        case dotMissing
        case dotFailed(status: Int32, message: String)
        case io(IOFailure)

        public var description: String {
            switch self {
            case .dotMissing:
                "graph: writing SVG needs Graphviz's `dot` (apt-get install graphviz); write .dot instead"
            case .dotFailed(let status, let message):
                "graph: `dot -Tsvg` failed (status \(status))\(message.isEmpty ? "" : ": \(message)")"
            case .io(let failure): failure.description
            }
        }
    }

    /// Runs `dot -Tsvg` on `dotText` and returns the SVG bytes.
    public static func svg(_ dotText: String, dot: String? = findDot()) throws(GraphError) -> [UInt8] {
        guard let dot else { throw .dotMissing }
        var template = Array("/tmp/topoc-graph-XXXXXX".utf8CString)
        guard let dirPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .io(IOFailure(path: "/tmp", reason: "cannot create a temporary directory"))
        }
        let directory = String(cString: dirPointer)
        let input = "\(directory)/in.dot", output = "\(directory)/out.svg", errors = "\(directory)/err"
        defer {
            unlink(input)
            unlink(output)
            unlink(errors)
            rmdir(directory)
        }
        do throws(IOFailure) {
            try OutputDirectory.writeFile(Array(dotText.utf8), to: input, durability: .atomic)
        } catch {
            throw .io(error)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = [dot, "-Tsvg", "-o", output, input]
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, dot, &actions, nil, &cArgs, environ)
        guard spawned == 0 else { throw .dotFailed(status: -1, message: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let message = (try? OutputDirectory.readFile(errors)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard code == 0 else {
            throw .dotFailed(status: code, message: message.split(separator: "\n").first.map(String.init) ?? "")
        }
        do throws(IOFailure) {
            return try OutputDirectory.readFile(output)
        } catch {
            throw .io(error)
        }
    }

    /// What `topoc graph FILE -o OUT` writes: DOT text for `.dot`, SVG for `.svg`.
    public static func render(_ t: Topology, to path: String) throws(GraphError) -> [UInt8] {
        let text = dot(t)
        return path.hasSuffix(".svg") ? try svg(text) : Array(text.utf8)
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
