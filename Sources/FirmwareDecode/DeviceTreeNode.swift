/// One node of a device tree, with its properties in blob order.
public struct DeviceTreeNode: Equatable, Sendable {
    /// Full path, `/` for the root, e.g. `/pcie@10000000/virtio_iommu@2,0`.
    public let path: String
    /// Node name with unit address (empty for the root).
    public let name: String
    /// Byte offset of the node's `FDT_BEGIN_NODE` token from the start of the blob.
    public let offset: Int
    /// Path of the parent node (`nil` for the root).
    public let parentPath: String?
    /// Properties in blob order as `(name, raw value bytes)`.
    public let properties: [DeviceTreeProperty]
    /// Paths of the child nodes in blob order.
    public internal(set) var childPaths: [String]

    /// Raw value of property `name`, if present.
    public func property(_ name: String) -> [UInt8]? {
        properties.first { $0.name == name }?.value
    }
}
