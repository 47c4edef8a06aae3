import TopologyModel

/// `dt-unknown-reference`: a reference the device tree cannot resolve (only an unchecked model has one).
public enum DTUnknownReference: DiagnosticRule {
    public static let id = "dt-unknown-reference"
    public static let summary = "a reference the device tree cannot resolve (only an unchecked model has one)"
    public static let example = #"no IOMMU named 'viommu' (only a model built without the checker can have one)"#
}
