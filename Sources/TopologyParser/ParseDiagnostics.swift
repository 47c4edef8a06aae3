import TopologyModel

/// What the parser finds: rule 1 of "What makes a file invalid" (syntax, types, keys, numbers,
/// names), each located at the value.
public enum ParseDiagnostics {
    /// `file-too-large`: the file is larger than the 32 MiB a topology may have.
    public enum FileTooLarge: DiagnosticRule {
        public static let id = "file-too-large"
        public static let summary = #"the file is larger than the 32 MiB a topology may have"#
        public static let example = #"file has more than the 32 MiB (33554432 bytes) a topology may have"#
    }

    /// `not-utf8`: the file is not UTF-8 text.
    public enum NotUTF8: DiagnosticRule {
        public static let id = "not-utf8"
        public static let summary = #"the file is not UTF-8 text"#
        public static let example = #"file is not UTF-8 text: invalid byte 0xff at offset 58"#
        public static let fixture: String? = "Tests/TopocTests/Fixtures/blobs/not-utf8.yaml"
    }

    /// `binary-input`: the file holds control bytes: a binary given where a topology was expected.
    public enum BinaryInput: DiagnosticRule {
        public static let id = "binary-input"
        public static let summary = #"the file holds control bytes: a binary given where a topology was expected"#
        public static let example = #"file is not text: control byte 0x00 at offset 47 (a binary file?)"#
        public static let fixture: String? = "Tests/TopocTests/Fixtures/blobs/binary-input.yaml"
    }

    /// `yaml-syntax`: the text is not valid YAML (libyaml's message, located).
    public enum YAMLSyntax: DiagnosticRule {
        public static let id = "yaml-syntax"
        public static let summary = #"the text is not valid YAML (libyaml's message, located)"#
        public static let example = #"YAML syntax: while parsing a flow mapping: did not find expected ',' or '}'"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-yaml-syntax.yaml"
    }

    /// `yaml-too-complex`: YAML nesting or node count beyond the parser's limits (aliases that expand, deep nesting).
    public enum YAMLTooComplex: DiagnosticRule {
        public static let id = "yaml-too-complex"
        public static let summary = #"YAML nesting or node count beyond the parser's limits (aliases that expand, deep nesting)"#
        public static let example = #"the document expands to more than 4000000 nodes (an alias bomb?)"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-yaml-too-complex.yaml"
    }

    /// `too-many-errors`: more than 200 errors in one file: the rest are counted, not shown.
    public enum TooManyErrors: DiagnosticRule {
        public static let id = "too-many-errors"
        public static let summary = #"more than 200 errors in one file: the rest are counted, not shown"#
        public static let example = #"58 more errors not shown"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-too-many-errors.yaml"
    }

    /// `unsupported-version`: `topology:` is not a format version topoc reads (1).
    public enum UnsupportedVersion: DiagnosticRule {
        public static let id = "unsupported-version"
        public static let summary = #"`topology:` is not a format version topoc reads (1)"#
        public static let example = #"topology format 2 is not supported; this topoc reads format 1"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-unsupported-version.yaml"
    }

    /// `missing-key`: a required key is absent.
    public enum MissingKey: DiagnosticRule {
        public static let id = "missing-key"
        public static let summary = #"a required key is absent"#
        public static let example = #"root complex 'pcie0' is missing required key 'buses'"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-missing-key.yaml"
    }

    /// `unknown-key`: a key the format does not have (with a did-you-mean).
    public enum UnknownKey: DiagnosticRule {
        public static let id = "unknown-key"
        public static let summary = #"a key the format does not have (with a did-you-mean)"#
        public static let example = #"unknown key 'segmnet' in root complex 'pcie0'; did you mean 'segment'?"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-unknown-key.yaml"
    }

    /// `type-mismatch`: a value of the wrong type (a string where a number goes, a malformed BDF).
    public enum TypeMismatch: DiagnosticRule {
        public static let id = "type-mismatch"
        public static let summary = #"a value of the wrong type (a string where a number goes, a malformed BDF)"#
        public static let example = #"'bdf' of IOMMU 'viommu' must be a PCI address "BB:DD.F" (device 00-1f, function 0-7), found '00:20.0'"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-bad-bdf.yaml"
    }

    /// `invalid-value`: a value outside its allowed set (an unknown `type`, a bad `kind`).
    public enum InvalidValue: DiagnosticRule {
        public static let id = "invalid-value"
        public static let summary = #"a value outside its allowed set (an unknown `type`, a bad `kind`)"#
        public static let example = #"'type' of IOMMU 'viommu' must be one of virtio-pci, virtio-mmio, smmuv3, found 'virtio-pcie'; did you mean 'virtio-pci'?"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-invalid-value.yaml"
    }

    /// `number-range`: a number outside its field's range, negative, past 64 bits, or a range that runs backwards.
    public enum NumberRange: DiagnosticRule {
        public static let id = "number-range"
        public static let summary = #"a number outside its field's range, negative, past 64 bits, or a range that runs backwards"#
        public static let example = #"'buses' of root complex 'pcie0' runs backwards: first 0x80 is past last 0x7f"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-backwards-range.yaml"
    }

    /// `unaligned`: an address or size that must be aligned is not.
    public enum Unaligned: DiagnosticRule {
        public static let id = "unaligned"
        public static let summary = #"an address or size that must be aligned is not"#
        public static let example = #"'base' of MSI controller 'its' must be aligned to 0x10000, found 0x8081000"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-unaligned-its-base.yaml"
    }

    /// `invalid-name`: a name that does not match `[a-z][a-z0-9_-]*`.
    public enum InvalidName: DiagnosticRule {
        public static let id = "invalid-name"
        public static let summary = #"a name that does not match `[a-z][a-z0-9_-]*`"#
        public static let example = #"name 'vIOMMU' must match [a-z][a-z0-9_-]*"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-bad-name.yaml"
    }

    /// `duplicate-name`: a name declared twice (names are unique across the whole file).
    public enum DuplicateName: DiagnosticRule {
        public static let id = "duplicate-name"
        public static let summary = #"a name declared twice (names are unique across the whole file)"#
        public static let example = #"name 'its' is already used; names are unique across the whole file"#
        public static let fixture: String? = "Tests/TopologyCheckTests/Fixtures/parse-duplicate-name.yaml"
    }

    /// `acpi-name-exhausted`: no unique 4-character ACPI name is left for a device; give it `acpi-path`.
    public enum ACPINameExhausted: DiagnosticRule {
        public static let id = "acpi-name-exhausted"
        public static let summary = #"no unique 4-character ACPI name is left for a device; give it `acpi-path`"#
        public static let example = #"no unique ACPI name is left for device 'dev0'; give it an 'acpi-path'"#
    }

    /// Every one, in the order `docs/diagnostics.md` lists them.
    public static let all: [any DiagnosticRule.Type] = [FileTooLarge.self, NotUTF8.self, BinaryInput.self, YAMLSyntax.self, YAMLTooComplex.self, TooManyErrors.self, UnsupportedVersion.self, MissingKey.self, UnknownKey.self, TypeMismatch.self, InvalidValue.self, NumberRange.self, Unaligned.self, InvalidName.self, DuplicateName.self, ACPINameExhausted.self]
}
