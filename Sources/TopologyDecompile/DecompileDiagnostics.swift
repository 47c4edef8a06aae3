import TopologyModel

/// What reading blobs back finds: `decompile` reconciling them, and `verify` (through the front
/// end) refusing one it cannot read.
public enum DecompileDiagnostics {
    /// `blob-malformed`: a DTB or ACPI table that cannot be read (bad header, checksum, length, structure); located at the offset.
    public enum BlobMalformed: DiagnosticRule {
        public static let id = "blob-malformed"
        public static let summary = #"a DTB or ACPI table that cannot be read (bad header, checksum, length, structure); located at the offset"#
        public static let example = #"Topologies/qemu-virt-viommu.yaml is not a valid firmware blob: DTB: at byte 0 (0x0): bad magic 0x23205145, expected 0xd00dfeed"#
        public static let fixtureInvocation: [String]? = ["decompile", "--dtb", "Topologies/qemu-virt-viommu.yaml"]
    }

    /// `blob-none`: `decompile` was given no blob.
    public enum BlobNone: DiagnosticRule {
        public static let id = "blob-none"
        public static let summary = #"`decompile` was given no blob"#
        public static let example = #"no device tree or ACPI table to decompile"#
    }

    /// `blob-duplicate`: a second table with the same signature; only the first is read.
    public enum BlobDuplicate: DiagnosticRule {
        public static let id = "blob-duplicate"
        public static let summary = #"a second table with the same signature; only the first is read"#
        public static let example = #"Output/qemu-virt-viommu/VIOT.aml: a second VIOT table; only the first is read"#
        public static let fixtureInvocation: [String]? = ["decompile", "--acpi", "Output/qemu-virt-viommu/VIOT.aml", "Output/qemu-virt-viommu/VIOT.aml"]
    }

    /// `blob-contradiction`: two blobs give one fact different values (`decompile`, exit 1).
    public enum BlobContradiction: DiagnosticRule {
        public static let id = "blob-contradiction"
        public static let summary = #"two blobs give one fact different values (`decompile`, exit 1)"#
        public static let example = #"RIDs 0x0-0x3fff: 'its' DeviceID 0x0 in Output/qemu-virt-viommu/qemu-virt-viommu.dtb, 'its' DeviceID 0x10000 in Output/multi-segment/IORT.aml"#
        public static let fixtureInvocation: [String]? = ["decompile", "--dtb", "Output/qemu-virt-viommu/qemu-virt-viommu.dtb", "--acpi", "Output/multi-segment/IORT.aml"]
    }

    /// `blob-complement`: one blob says what another does not (`decompile`, exit 0).
    public enum BlobComplement: DiagnosticRule {
        public static let id = "blob-complement"
        public static let defaultSeverity = Severity.warning
        public static let summary = #"one blob says what another does not (`decompile`, exit 0)"#
        public static let example = #"Output/qemu-virt-smmuv3/IORT.aml describes this SMMUv3; the DT does not"#
        public static let fixtureInvocation: [String]? = ["decompile", "--dtb", "Output/qemu-virt-viommu/qemu-virt-viommu.dtb", "--acpi", "Output/qemu-virt-smmuv3/IORT.aml"]
    }

    /// `blob-guess`: a value no blob carries was filled in (`decompile`).
    public enum BlobGuess: DiagnosticRule {
        public static let id = "blob-guess"
        public static let defaultSeverity = Severity.warning
        public static let summary = #"a value no blob carries was filled in (`decompile`)"#
        public static let example = #"the ITS base address is not in the IORT (an ITS's base is in the MADT, and no MADT was given); QEMU virt's layout (0x8080000, + 0x20000 per ITS) assumed"#
        public static let fixtureInvocation: [String]? = ["decompile", "--acpi", "Output/qemu-virt-smmuv3/IORT.aml"]
    }

    /// `blob-its-group-ignored`: an IORT ITS group naming no ITS of a GICv2's MADT, left out as Linux leaves it (`decompile`, exit 0).
    public enum BlobITSGroupIgnored: DiagnosticRule {
        public static let id = "blob-its-group-ignored"
        public static let defaultSeverity = Severity.warning
        public static let summary = #"an IORT ITS group naming no ITS of a GICv2's MADT, left out as Linux leaves it (`decompile`, exit 0)"#
        public static let example = #"the ITS group names ITS ID 0, which Tests/Goldens/acpi/qemu-10.0/aarch64-virt/APIC does not list (a GICv2 has no ITS): Linux resolves no MSI domain through it, so its 1 mapping (from the root complex at 0x48) is left out; PCI MSIs go to the first GICv2m frame Tests/Goldens/acpi/qemu-10.0/aarch64-virt/APIC lists (at 0x8020000), as Linux routes them"#
        public static let fixtureInvocation: [String]? = [
            "decompile", "--acpi", "Tests/Goldens/acpi/qemu-10.0/aarch64-virt/VIOT.viot", "Tests/Goldens/acpi/qemu-10.0/aarch64-virt/IORT",
            "Tests/Goldens/acpi/qemu-10.0/aarch64-virt/APIC",
        ]
    }

    /// `acpi-ignored`: an ACPI table `decompile` does not read (its signature is named).
    public enum ACPIIgnored: DiagnosticRule {
        public static let id = "acpi-ignored"
        public static let defaultSeverity = Severity.note
        public static let summary = #"an ACPI table `decompile` does not read (its signature is named)"#
        public static let example = #"Tests/TopocTests/Fixtures/blobs/TEST.aml: TEST table ignored (decompile reads VIOT, IORT, MCFG, MADT and SSDT/DSDT device objects)"#
        public static let fixtureInvocation: [String]? = ["decompile", "--acpi", "Tests/TopocTests/Fixtures/blobs/TEST.aml", "Output/qemu-virt-viommu/VIOT.aml"]
    }

    /// `decompile-too-large`: the blobs expand to more map entries than `--max-entries` allows.
    public enum DecompileTooLarge: DiagnosticRule {
        public static let id = "decompile-too-large"
        public static let summary = #"the blobs expand to more map entries than `--max-entries` allows"#
        public static let example = #"the PCI range node at offset 0x40 (segments 0x0-0x0) makes the topology larger than decompile's budget of 1 root complexes and map entries"#
        public static let fixtureInvocation: [String]? = ["decompile", "--max-entries", "1", "--acpi", "Output/qemu-virt-viommu/VIOT.aml"]
    }

    /// `decompile-no-iommu`: the blobs describe no IOMMU and no MSI controller, so there is no
    /// topology to write (the id predates machines without an IOMMU, which are written).
    public enum DecompileNoIOMMU: DiagnosticRule {
        public static let id = "decompile-no-iommu"
        public static let summary = #"the blobs describe no IOMMU and no MSI controller, so there is no topology to write"#
        public static let example = #"the blobs describe no IOMMU and no MSI controller (no VIOT node, IORT SMMUv3 node or ITS group, device-tree iommu/iommu-map or msi-controller, MADT ITS or GICv2m frame): a topology describes translation and MSI routing, so there is nothing to decompile"#
        public static let fixtureInvocation: [String]? = ["decompile", "--acpi", "Output/qemu-virt-viommu/MCFG.aml"]
    }

    /// Every one, in the order `docs/diagnostics.md` lists them.
    public static let all: [any DiagnosticRule.Type] = [BlobMalformed.self, BlobNone.self, BlobDuplicate.self, BlobContradiction.self, BlobComplement.self, BlobGuess.self, BlobITSGroupIgnored.self, ACPIIgnored.self, DecompileTooLarge.self, DecompileNoIOMMU.self]
}
