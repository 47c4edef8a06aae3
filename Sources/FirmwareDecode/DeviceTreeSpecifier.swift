/// A phandle reference with its specifier cells, as found in `iommus`, `msi-parent` and the like.
public struct DeviceTreeSpecifier: Equatable, Sendable {
    /// Path of the referenced node.
    public let target: String
    /// The phandle value as written.
    public let phandle: UInt32
    /// The specifier cells (their number comes from the provider's `#…-cells`).
    public let cells: [UInt32]
}
