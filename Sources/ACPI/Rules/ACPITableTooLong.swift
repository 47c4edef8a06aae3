import TopologyModel

/// `acpi-table-too-long`: an ACPI table longer than its 32-bit Length field (4 GiB - 1).
public enum ACPITableTooLong: DiagnosticRule {
    public static let id = "acpi-table-too-long"
    public static let summary = "an ACPI table longer than its 32-bit Length field (4 GiB - 1)"
}
