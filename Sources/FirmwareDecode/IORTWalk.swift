/// The result of following IORT ID mappings from a start node, as Linux's `iort_node_map_id` does.
public struct IORTWalk: Equatable, Sendable {
    /// One node visited, with the ID as it enters that node.
    public struct Step: Equatable, Sendable {
        /// Table offset of the node.
        public let nodeOffset: Int
        /// Raw node type.
        public let nodeType: UInt8
        /// The ID at this node (RID at a root complex, StreamID at an SMMU, DeviceID at an ITS group).
        public let id: UInt32

        /// Creates a step (useful to compare walks with expected paths).
        public init(nodeOffset: Int, nodeType: UInt8, id: UInt32) {
            self.nodeOffset = nodeOffset
            self.nodeType = nodeType
            self.id = id
        }
    }

    /// Every node visited, start node first.
    public let steps: [Step]
    /// Whether the walk ended at a node of the requested type (otherwise it stopped for lack of a mapping).
    public let reachedTarget: Bool
    /// The GIC ITS identifiers of the ITS group the walk ended at (empty otherwise).
    public let itsIdentifiers: [UInt32]

    /// The first SMMU (v1/v2 or v3) on the path with its StreamID — what Linux's IOMMU lookup finds.
    /// `nil` means the ID bypasses any IOMMU (for a PCI device: no IOMMU at all).
    public var iommu: Step? {
        steps.first { $0.nodeType == IORTNodeType.smmuV3.rawValue || $0.nodeType == IORTNodeType.smmuV1V2.rawValue }
    }

    /// The ITS group reached and the DeviceID there, if the walk ended at one.
    public var itsGroup: Step? {
        guard reachedTarget, let last = steps.last, last.nodeType == IORTNodeType.itsGroup.rawValue else { return nil }
        return last
    }

    /// The DeviceID at the ITS group, if reached.
    public var deviceID: UInt32? { itsGroup?.id }
}
