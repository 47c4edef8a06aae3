import TopologyModel

/// `iort-msi-map-conflict`: two MSI routes that share StreamIDs of one SMMUv3 but need different DeviceIDs.
public enum IORTMSIMapConflict: DiagnosticRule {
    public static let id = "iort-msi-map-conflict"
    public static let summary = "two MSI routes that share StreamIDs of one SMMUv3 but need different DeviceIDs"
}
