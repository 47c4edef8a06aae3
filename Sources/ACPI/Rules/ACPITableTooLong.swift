import TopologyModel

/// `acpi-table-too-long`: an ACPI table longer than its 32-bit Length field (4 GiB - 1).
public enum ACPITableTooLong: DiagnosticRule {
    public static let id = "acpi-table-too-long"
    public static let summary = "an ACPI table longer than its 32-bit Length field (4 GiB - 1)"
    public static let example = #"IORT cannot describe root complex 'pcie0': with its node the table passes 4294967295 bytes, the most its 32-bit Length holds"#
}
