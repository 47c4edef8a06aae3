import TopologyModel

/// Rule 2: a `type` not allowed on this `arch`: `gicv3-its`, `gicv2m` and `smmuv3` are arm64 only,
/// `x86-msi` is x86_64 only.
struct ArchType: TopologyRule {
    static let id = "arch-type"
    static let summary = "a type not allowed on this arch (gicv3-its, gicv2m and smmuv3 are arm64 only, x86-msi x86_64 only)"
    static let example = #"MSI controller 'its' has type gicv3-its, which exists on arm64 only, but the topology is x86_64"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        var misplaced: [(type: String, what: String, location: SourceLocation, allowed: Architecture)] = []
        for c in topology.msiControllers {
            switch c.kind {
            case .gicv3ITS, .gicv2m: misplaced.append((c.typeName, "MSI controller '\(c.name)'", c.source["type"], .arm64))
            case .x86MSI: misplaced.append(("x86-msi", "MSI controller '\(c.name)'", c.source["type"], .x86_64))
            }
        }
        for i in topology.iommus {
            if case .smmuv3 = i.kind { misplaced.append(("smmuv3", "IOMMU '\(i.name)'", i.source["type"], .arm64)) }
        }
        for m in misplaced where m.allowed != topology.arch {
            report.append(
                diagnostic(
                    "\(m.what) has type \(m.type), which exists on \(m.allowed.rawValue) only, but the topology is \(topology.arch.rawValue)",
                    at: m.location, notes: [DiagnosticNote("arch declared here", at: topology.source["arch"])]))
        }
    }
}
