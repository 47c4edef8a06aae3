import TopologyModel

/// `dt-iommus-size`: a platform device with more IDs than the `iommus` specifiers topoc writes (4096).
public enum DTIOMMUsSize: DiagnosticRule {
    public static let id = "dt-iommus-size"
    public static let summary = "a platform device with more IDs than the iommus specifiers topoc writes (4096)"
}
