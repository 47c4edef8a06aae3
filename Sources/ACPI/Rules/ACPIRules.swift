import TopologyModel

extension ACPIEmitter {
    /// Every rule the ACPI backend reports (mapping rules, and the format limits of each table).
    /// Their findings are made while the tables are built, so `check` builds them in memory.
    public static let rules: [any DiagnosticRule.Type] = [
        IORTSMMUMSIMapMismatch.self,
        IORTMSIMapConflict.self,
        IORTSMMUUnwiredWithoutMSI.self,
        IORTSMMUMSIIndex.self,
        IORTNamedComponentTooLong.self,
        IORTNodeTooLong.self,
        VIOTOffsetOverflow.self,
        VIOTNodeCount.self,
        VIOTMMIOIDRange.self,
        ACPITableTooLong.self,
        AMLPackageTooLong.self,
        AMLNamePathTooLong.self,
        ACPIV2MPlatformMSI.self,
    ]
}
