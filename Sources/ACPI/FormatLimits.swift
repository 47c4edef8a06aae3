/// The size limits of the ACPI formats topoc writes, each the width of the field that holds the
/// size. Emitters check them before writing (a located error, never a trap or a cut value);
/// tests build the boundary sizes of the largest (gigabytes) with smaller values through the
/// same code (`ACPILimits(...)`), and of the others with the real ones.
struct ACPILimits: Sendable {
    /// Every table's header Length (32 bits).
    var tableLength = Int(UInt32.max)
    /// An IORT node's Length (16 bits).
    var iortNodeLength = Int(UInt16.max)
    /// VIOT's Node count (16 bits).
    var viotNodeCount = Int(UInt16.max)
    /// The most bytes an AML PkgLength can count, itself included (28 bits).
    var amlPackageLength = AML.maxPackageLength

    /// The formats' own limits.
    static let formats = ACPILimits()
}
