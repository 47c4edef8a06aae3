import TopologyModel

/// `iort-named-component-too-long`: a device translated by an SMMUv3 with more StreamIDs than a named component can carry (3000).
public enum IORTNamedComponentTooLong: DiagnosticRule {
    public static let id = "iort-named-component-too-long"
    public static let summary = "a device translated by an SMMUv3 with more StreamIDs than a named component can carry (3000)"
    public static let example = #"IORT cannot give device 'blk0' 4096 StreamIDs: a named component carries one single mapping per ID, at most 3000"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/iort-named-component-too-long.yaml"
}
