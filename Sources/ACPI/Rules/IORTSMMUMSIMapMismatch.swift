import TopologyModel

/// `iort-smmu-msi-map-mismatch`: an SMMUv3 `msi-map` that gives a StreamID carrying MSIs another DeviceID than its root complex's `msi-map` (or device `msi`), or none.
public enum IORTSMMUMSIMapMismatch: DiagnosticRule {
    public static let id = "iort-smmu-msi-map-mismatch"
    public static let summary = "an SMMUv3 msi-map that gives a StreamID carrying MSIs another DeviceID than its root complex's msi-map (or device msi), or none"
    public static let example = #"IORT cannot reproduce the MSI route of device 'blk0' through SMMUv3 'smmu0': StreamIDs 0x10000 are in no entry of the SMMU's msi-map"#
}
