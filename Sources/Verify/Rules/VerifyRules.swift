import TopologyModel

/// `verify-mismatch`: what a guest reads from a blob (or what the device answers) differs from the
/// topology for a run of IDs, a platform device or an MCFG entry.
public enum VerifyMismatch: DiagnosticRule {
    public static let id = "verify-mismatch"
    public static let summary = "what a guest reads from a blob, or what the device answers, differs from the topology"
    public static let example = #"RID 0x0000 (00:00.0) of root complex 'pcie' (segment 0), first of RIDs 0x0000-0x000f: DT iommu-map of /pcie@4010000000 (entry 0) says IOMMU '/pcie@4010000000/iommu@2,0 (not in the topology)' ID 0x0; the topology says IOMMU 'smmu' ID 0x0; the device answered 'smmu' is not a modelled device (tables only)"#
    public static let fixtureInvocation: [String]? = ["verify", "Topologies/qemu-virt-smmuv3.yaml", "--dtb", "Output/qemu-virt-viommu/qemu-virt-viommu.dtb"]
}

/// `verify-blob-not-read`: a blob given to verify that it does not read (an ACPI table other than
/// VIOT, IORT, MCFG and MADT: DSDT, FACP, SSDT, an unknown signature). Nothing in it was checked; the
/// warning is at the blob, offset 0.
public enum VerifyBlobNotRead: DiagnosticRule {
    public static let id = "verify-blob-not-read"
    public static let defaultSeverity: Severity = .warning
    public static let summary = "a blob given to verify that it does not read (only DTB, VIOT, IORT, MCFG and MADT are): nothing in it was checked"
    public static let example = #"Output/qemu-virt-viommu/SSDT.aml is an ACPI table with signature 'SSDT', which verify does not read (it reads a DTB, VIOT, IORT, MCFG and MADT); nothing in it was checked"#
    public static let fixtureInvocation: [String]? = ["verify", "Topologies/qemu-virt-viommu.yaml", "--acpi", "Output/qemu-virt-viommu/VIOT.aml", "Output/qemu-virt-viommu/SSDT.aml"]
}

/// `verify-nothing-read`: none of the blobs given to verify is a DTB, VIOT, IORT, MCFG or MADT, so
/// nothing was checked; verify fails (exit 1) rather than report an empty success.
public enum VerifyNothingRead: DiagnosticRule {
    public static let id = "verify-nothing-read"
    public static let summary = "no DTB, VIOT, IORT, MCFG or MADT was read from the blobs given to verify: nothing was checked"
    public static let example = #"nothing was verified: the blobs given are Output/qemu-virt-viommu/SSDT.aml: 'SSDT', none of which verify reads; give a DTB (--dtb) or a VIOT, IORT, MCFG or MADT (--acpi), or no blob at all to verify the topology's own outputs"#
    public static let fixtureInvocation: [String]? = ["verify", "Topologies/qemu-virt-viommu.yaml", "--acpi", "Output/qemu-virt-viommu/SSDT.aml"]
}

extension Verifier {
    /// Every rule whose findings a verification report carries.
    public static let rules: [any DiagnosticRule.Type] = [VerifyMismatch.self, VerifyBlobNotRead.self, VerifyNothingRead.self]
}
