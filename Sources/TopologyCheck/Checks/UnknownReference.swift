import TopologyModel

/// Rule 2: a reference (`iommu`, `controller`, `root-complex`) to a name nothing declares.
struct UnknownReference: TopologyRule {
    static let id = "unknown-reference"
    static let summary = "a reference (iommu, controller, root-complex) to a name that is not declared"
    static let example = #"'iommu' of device 'net1' refers to IOMMU 'viomu', which is not declared; did you mean 'viommu'?"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let entities = topology.entities
        for ref in topology.references where entities[ref.name] == nil {
            var message = "'\(ref.key)' of \(ref.owner) refers to \(ref.expected.noun) '\(ref.name)', which is not declared"
            let candidates = entities.filter { $0.value.kind == ref.expected }.map(\.key)
            if let hint = closestName(to: ref.name, in: candidates) { message += "; did you mean '\(hint)'?" }
            report.append(diagnostic(message, at: ref.location))
        }
    }
}
