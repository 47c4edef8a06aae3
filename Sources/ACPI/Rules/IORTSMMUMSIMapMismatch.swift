import TopologyModel

/// `iort-smmu-msi-map-mismatch`: an SMMUv3 `msi-map` that gives a StreamID carrying MSIs another DeviceID than its root complex's `msi-map` (or device `msi`), or none.
public enum IORTSMMUMSIMapMismatch: DiagnosticRule {
    public static let id = "iort-smmu-msi-map-mismatch"
    public static let summary = "an SMMUv3 msi-map that gives a StreamID carrying MSIs another DeviceID than its root complex's msi-map (or device msi), or none"
    public static let example = #"IORT cannot reproduce the MSI route of RIDs 0x0-0xfff of root complex 'pcie1' (msi-map entry 0) through SMMUv3 'smmu': StreamID 0x1000 needs DeviceID 0x5000 at 'its', but the SMMU's msi-map gives 0x1000 at 'its'"#
    public static let fixture: String? = "Tests/TopocTests/Fixtures/two-rc-smmu-msi-map-mismatch.yaml"
}
