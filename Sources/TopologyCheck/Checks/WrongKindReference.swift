import TopologyModel

/// Rule 2: a reference to a name of the wrong kind (`iommu: its` where `its` is an MSI controller).
struct WrongKindReference: TopologyRule {
    static let id = "wrong-kind-reference"
    static let summary = "a reference to a name of the wrong kind (an MSI controller used as an IOMMU...)"
    static let example = #"'iommu' of device 'net1' must name an IOMMU, but 'its' is an MSI controller"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let entities = topology.entities
        for ref in topology.references {
            guard let found = entities[ref.name], found.kind != ref.expected else { continue }
            report.append(
                diagnostic(
                    "'\(ref.key)' of \(ref.owner) must name \(ref.expected.withArticle), but '\(ref.name)' is \(found.kind.withArticle)",
                    at: ref.location, notes: [DiagnosticNote("'\(ref.name)' declared here", at: found.location)]))
        }
    }
}
