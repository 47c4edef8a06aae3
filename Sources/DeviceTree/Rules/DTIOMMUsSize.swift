import TopologyModel

/// `dt-iommus-size`: a platform device with more IDs than the `iommus` specifiers topoc writes (4096).
public enum DTIOMMUsSize: DiagnosticRule {
    public static let id = "dt-iommus-size"
    public static let summary = "a platform device with more IDs than the iommus specifiers topoc writes (4096)"
    public static let example = #"the device tree lists one 'iommus' specifier per ID; device 'blk0' has 8192 IDs (0x0-0x1fff), more than the 4096 topoc writes"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/dt-iommus-size.yaml"
}
