import TopologyModel

/// `dt-too-large`: a device tree larger than a flattened tree can hold (2^31-1 bytes, libfdt's int sizes).
public enum DTTooLarge: DiagnosticRule {
    public static let id = "dt-too-large"
    public static let summary = "a device tree larger than a flattened tree can hold (2^31-1 bytes, libfdt's int sizes)"
    public static let example = #"the device tree blob would pass 2147483647 bytes (libfdt's and the FDT header's limit) at node 'dev400000'"#
}
