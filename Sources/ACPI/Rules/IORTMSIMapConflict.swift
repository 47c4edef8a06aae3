import TopologyModel

/// `iort-msi-map-conflict`: two MSI routes that share StreamIDs of one SMMUv3 but need different DeviceIDs.
public enum IORTMSIMapConflict: DiagnosticRule {
    public static let id = "iort-msi-map-conflict"
    public static let summary = "two MSI routes that share StreamIDs of one SMMUv3 but need different DeviceIDs"
    public static let example = #"IORT cannot reproduce the msi-map: RIDs 0x0000-0x00ff of root complex 'pcie0' share StreamIDs 0x0-0xff on SMMUv3 'smmu0' with RIDs 0x0000-0x00ff of root complex 'pcie1', but need DeviceID 0x0 at 'its' where the other needs 0x1000"#
}
