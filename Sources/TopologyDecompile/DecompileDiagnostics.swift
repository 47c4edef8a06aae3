import TopologyModel

/// What reading blobs back finds: `decompile` reconciling them, and `verify` (through the front
/// end) refusing one it cannot read.
public enum DecompileDiagnostics {
    /// `blob-malformed`: a DTB or ACPI table that cannot be read (bad header, checksum, length, structure); located at the offset.
    public enum BlobMalformed: DiagnosticRule {
        public static let id = "blob-malformed"
        public static let summary = #"a DTB or ACPI table that cannot be read (bad header, checksum, length, structure); located at the offset"#
        public static let example = #"IORT.aml is not a valid firmware blob: IORT: at byte 36 (0x24): node 1 runs past the table's end"#
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
        public static let example = #"DSDT2.aml: a second DSDT table; only the first is read"#
    }

    /// `blob-contradiction`: two blobs give one fact different values (`decompile`, exit 1).
    public enum BlobContradiction: DiagnosticRule {
        public static let id = "blob-contradiction"
        public static let summary = #"two blobs give one fact different values (`decompile`, exit 1)"#
        public static let example = #"the DTB maps RIDs 0x0000-0xffff of pcie0 to viommu ID 0, the VIOT to ID 0x100"#
    }

    /// `blob-complement`: one blob says what another does not (`decompile`, exit 0).
    public enum BlobComplement: DiagnosticRule {
        public static let id = "blob-complement"
        public static let defaultSeverity = Severity.warning
        public static let summary = #"one blob says what another does not (`decompile`, exit 0)"#
        public static let example = #"SSDT describes device 'rtc0'; the DT does not"#
    }

    /// `blob-guess`: a value no blob carries was filled in (`decompile`).
    public enum BlobGuess: DiagnosticRule {
        public static let id = "blob-guess"
        public static let defaultSeverity = Severity.warning
        public static let summary = #"a value no blob carries was filled in (`decompile`)"#
        public static let example = #"the ITS base address is not in the IORT (it is in the MADT); assumed 0x8080000"#
    }

    /// `acpi-ignored`: an ACPI table `decompile` does not read (its signature is named).
    public enum ACPIIgnored: DiagnosticRule {
        public static let id = "acpi-ignored"
        public static let defaultSeverity = Severity.note
        public static let summary = #"an ACPI table `decompile` does not read (its signature is named)"#
        public static let example = #"APIC.aml: APIC tables are not read"#
    }

    /// `decompile-too-large`: the blobs expand to more map entries than `--max-entries` allows.
    public enum DecompileTooLarge: DiagnosticRule {
        public static let id = "decompile-too-large"
        public static let summary = #"the blobs expand to more map entries than `--max-entries` allows"#
        public static let example = #"the PCI range node at 0x30 makes the topology larger than decompile's budget of 500000 root complexes and map entries"#
    }

    /// `decompile-no-iommu`: the blobs describe no IOMMU, so there is no topology to write.
    public enum DecompileNoIOMMU: DiagnosticRule {
        public static let id = "decompile-no-iommu"
        public static let summary = #"the blobs describe no IOMMU, so there is no topology to write"#
        public static let example = #"the blobs describe no IOMMU (no VIOT node, IORT SMMUv3 node or device-tree iommu/iommu-map): a topology needs at least one, so there is nothing to decompile"#
    }

    /// Every one, in the order `docs/diagnostics.md` lists them.
    public static let all: [any DiagnosticRule.Type] = [BlobMalformed.self, BlobNone.self, BlobDuplicate.self, BlobContradiction.self, BlobComplement.self, BlobGuess.self, ACPIIgnored.self, DecompileTooLarge.self, DecompileNoIOMMU.self]
}
