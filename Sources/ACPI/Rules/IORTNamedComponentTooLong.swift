import TopologyModel

/// `iort-named-component-too-long`: a device translated by an SMMUv3 with more StreamIDs than a named component can carry (3000).
public enum IORTNamedComponentTooLong: DiagnosticRule {
    public static let id = "iort-named-component-too-long"
    public static let summary = "a device translated by an SMMUv3 with more StreamIDs than a named component can carry (3000)"
}
