import Testing
import TopologyModel
import TopologyParser

@testable import DeviceTree

/// The FDT size limit (2^31 - 1, libfdt's int) at its boundary, with the limit set to the size
/// bound of a real tree (fits) and one byte less (a located error at the node that passes it).
@Suite struct BlobSizeLimitTests {
    static let text = """
        topology: 1
        name: limits
        arch: arm64
        msi-controllers: {}
        iommus:
          viommu: { type: virtio-mmio, base: 0x0a000000, size: 0x200 }
        root-complexes: {}
        devices:
          blk: { base: 0x0a003000, size: 0x200, compatible: "virtio,mmio", iommu: viommu, id: 8 }
          rtc0: { base: 0x0b003000, size: 0x1000, compatible: "arm,pl031" }

        """

    @Test func boundary() throws {
        let t = try #require(TopologyParser.parse(text: Self.text, file: "limits.yaml").topology)
        let root = try DeviceTreeEmitter.tree(t)
        let bound = FDTWriter.blobBound(root)
        let dtb = try DeviceTreeEmitter.emit(t).dtb
        #expect(dtb.count <= bound)
        #expect(FDTWriter.firstNodePast(bound, in: root) == nil)
        let past = try #require(FDTWriter.firstNodePast(bound - 1, in: root))
        // The last node written is /__symbols__, which has no origin: the error falls back to
        // the entity before it... or the topology; it is always located in the file.
        let diagnostic = DeviceTreeEmitter.tooLarge(past, t, limit: bound - 1)
        #expect(diagnostic.id == "dt-too-large")
        #expect(diagnostic.location.file == "limits.yaml")
        // A limit inside the devices: the node that passes it is the device's, at its line.
        let rtc = try #require(FDTWriter.firstNodePast(bound - 200, in: root))
        #expect(rtc.origin != nil)
        #expect(FDTWriter.maxBlobSize == Int(Int32.max))
    }
}
