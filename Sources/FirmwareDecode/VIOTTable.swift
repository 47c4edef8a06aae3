/// A decoded and validated ACPI VIOT (spec-reference §2), answering the questions Linux's
/// `drivers/acpi/viot.c` answers.
///
/// Validation is stricter than Linux (which stops parsing or drops nodes with a warning): any
/// node that Linux would refuse, and any reference Linux could not resolve inside the table,
/// makes the decoder throw.
public struct VIOTTable: Sendable {
    /// The validated ACPI header (revision is expected to be 0 but is not enforced).
    public let header: ACPITableHeader
    /// Number of nodes (header field at 36).
    public let nodeCount: UInt16
    /// Offset of the first node (header field at 38).
    public let nodeOffset: UInt16
    /// All nodes in table order.
    public let nodes: [VIOTNode]
    /// The type-1 nodes in table order.
    public let pciRanges: [VIOTPCIRange]
    /// The type-2 nodes in table order.
    public let mmioEndpoints: [VIOTMMIOEndpoint]
    /// The IOMMU nodes (types 3 and 4) in table order.
    public let iommus: [VIOTIOMMU]

    /// Decodes a VIOT.
    /// - Throws: `DecodeError` on a bad header, wrong signature, a node offset below 48, a node
    ///   whose header or body is outside the table, a node length below 4 (or below 24/16 for the
    ///   endpoint/IOMMU types), or an `Output Node` that is not the offset of a type-3/4 node.
    public init(_ bytes: [UInt8]) throws {
        let (header, r) = try ACPITableHeader.decode(bytes, expecting: "VIOT")
        try r.require(36, 12, "VIOT header (node count, node offset, reserved)")
        let nodeCount = try r.u16(36, "node count")
        let nodeOffset = try r.u16(38, "node offset")
        if nodeCount > 0 && nodeOffset < 48 {
            throw DecodeError("VIOT", at: 38, "node offset \(nodeOffset) points into the 48-byte VIOT header")
        }
        var nodes: [VIOTNode] = []
        var off = Int(nodeOffset)
        for index in 0..<Int(nodeCount) {
            try r.require(off, 4, "header of node \(index)")
            let type = try r.u8(off, "node type")
            let length = try r.u16(off + 2, "node length")
            guard length >= 4 else {
                throw DecodeError("VIOT", at: off + 2, "node \(index) has length \(length), less than its 4-byte header (empty node)")
            }
            try r.require(off, Int(length), "node \(index) of type \(type)")
            func need(_ size: UInt16, _ what: String) throws {
                guard length >= size else { throw DecodeError("VIOT", at: off + 2, "\(what) node has length \(length), needs \(size)") }
            }
            let kind: VIOTNode.Kind
            switch type {
            case 1:
                try need(24, "PCI range")
                kind = .pciRange(VIOTPCIRange(
                    offset: off,
                    endpointStart: try r.u32(off + 4, "endpoint start"),
                    segmentStart: try r.u16(off + 8, "PCI segment start"),
                    segmentEnd: try r.u16(off + 10, "PCI segment end"),
                    bdfStart: try r.u16(off + 12, "PCI BDF start"),
                    bdfEnd: try r.u16(off + 14, "PCI BDF end"),
                    outputNode: try r.u16(off + 16, "output node")))
            case 2:
                try need(24, "MMIO endpoint")
                kind = .mmioEndpoint(VIOTMMIOEndpoint(
                    offset: off,
                    endpointID: try r.u32(off + 4, "endpoint ID"),
                    baseAddress: try r.u64(off + 8, "base address"),
                    outputNode: try r.u16(off + 16, "output node")))
            case 3:
                try need(16, "virtio-pci IOMMU")
                kind = .virtioPCIIOMMU(segment: try r.u16(off + 4, "PCI segment"), bdf: try r.u16(off + 6, "PCI BDF"))
            case 4:
                try need(16, "virtio-mmio IOMMU")
                kind = .virtioMMIOIOMMU(baseAddress: try r.u64(off + 8, "base address"))
            default:
                kind = .other
            }
            nodes.append(VIOTNode(offset: off, type: type, length: length, kind: kind))
            off = try r.add(off, Int(length), at: off + 2, "next node offset")
        }

        var iommus: [VIOTIOMMU] = []
        var pciRanges: [VIOTPCIRange] = []
        var mmioEndpoints: [VIOTMMIOEndpoint] = []
        for node in nodes {
            switch node.kind {
            case .virtioPCIIOMMU(let segment, let bdf):
                iommus.append(VIOTIOMMU(nodeOffset: node.offset, transport: .pci(segment: segment, bdf: bdf)))
            case .virtioMMIOIOMMU(let base):
                iommus.append(VIOTIOMMU(nodeOffset: node.offset, transport: .mmio(baseAddress: base)))
            case .pciRange(let range): pciRanges.append(range)
            case .mmioEndpoint(let ep): mmioEndpoints.append(ep)
            case .other: break
            }
        }
        let iommuOffsets = Set(iommus.map(\.nodeOffset))
        for range in pciRanges where !iommuOffsets.contains(Int(range.outputNode)) {
            throw DecodeError("VIOT", at: range.offset + 16, "PCI range output node \(range.outputNode) is not the offset of a virtio-iommu node")
        }
        for ep in mmioEndpoints where !iommuOffsets.contains(Int(ep.outputNode)) {
            throw DecodeError("VIOT", at: ep.offset + 16, "MMIO endpoint output node \(ep.outputNode) is not the offset of a virtio-iommu node")
        }
        for range in pciRanges {
            if range.segmentEnd < range.segmentStart {
                throw DecodeError("VIOT", at: range.offset + 10, "PCI segment end \(range.segmentEnd) is below segment start \(range.segmentStart)")
            }
            if range.bdfEnd < range.bdfStart {
                throw DecodeError("VIOT", at: range.offset + 14, "PCI BDF end 0x\(String(range.bdfEnd, radix: 16)) is below BDF start 0x\(String(range.bdfStart, radix: 16))")
            }
        }

        self.header = header
        self.nodeCount = nodeCount
        self.nodeOffset = nodeOffset
        self.nodes = nodes
        self.iommus = iommus
        self.pciRanges = pciRanges
        self.mmioEndpoints = mmioEndpoints
    }

    /// The IOMMU node at table offset `offset`, if there is one.
    public func iommu(atOffset offset: Int) -> VIOTIOMMU? {
        iommus.first { $0.nodeOffset == offset }
    }

    /// The IOMMU and endpoint ID Linux gives the PCI function `(segment, bdf)`, or `nil` when no
    /// range covers it (the function bypasses the IOMMU) or when it is the virtio-iommu itself.
    ///
    /// Like Linux, ranges are searched in reverse table order (the last matching range in the
    /// table wins) and the endpoint ID is
    /// `endpointStart + ((segment - segmentStart) << 16) + (bdf - bdfStart)`.
    public func translation(segment: UInt16, bdf: UInt16) -> (iommu: VIOTIOMMU, endpointID: UInt32)? {
        for range in pciRanges.reversed() where range.covers(segment: segment, bdf: bdf) {
            guard let iommu = iommu(atOffset: Int(range.outputNode)) else { return nil }
            if iommu.transport == .pci(segment: segment, bdf: bdf) { return nil }  // not translating itself
            return (iommu, range.endpointID(segment: segment, bdf: bdf))
        }
        return nil
    }

    /// The IOMMU and endpoint ID of the platform device whose first MMIO resource starts at
    /// `mmioBase`, or `nil` when no type-2 node has exactly that base (last node in the table wins).
    public func translation(mmioBase: UInt64) -> (iommu: VIOTIOMMU, endpointID: UInt32)? {
        for ep in mmioEndpoints.reversed() where ep.baseAddress == mmioBase {
            guard let iommu = iommu(atOffset: Int(ep.outputNode)) else { return nil }
            if iommu.transport == .mmio(baseAddress: mmioBase) { return nil }
            return (iommu, ep.endpointID)
        }
        return nil
    }
}
