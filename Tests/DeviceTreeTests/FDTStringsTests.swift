import CLibfdt
import Testing

@testable import DeviceTree

/// The DTB writer tells libfdt which property names are new (so that libfdt appends them without
/// searching its strings block) from its own mirror of that block. Held here to libfdt left to
/// itself: the same tree written with plain `fdt_property` calls gives the same bytes, whatever
/// names are suffixes of which.
@Suite struct FDTStringsTests {
    /// The tree written by libfdt alone (every name looked up in its strings block).
    func plainLibfdt(_ root: DTNode) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let size = buffer.withUnsafeMutableBytes { raw -> Int in
            let fdt = raw.baseAddress!
            #expect(fdt_create(fdt, Int32(raw.count)) == 0)
            #expect(fdt_finish_reservemap(fdt) == 0)
            func write(_ node: DTNode) {
                #expect(fdt_begin_node(fdt, node.name) == 0)
                for p in node.properties {
                    let bytes = p.value.bytes(DTReferences())
                    #expect(bytes.withUnsafeBytes { fdt_property(fdt, p.name, $0.baseAddress, Int32($0.count)) } == 0)
                }
                for child in node.children { write(child) }
                #expect(fdt_end_node(fdt) == 0)
            }
            write(root)
            #expect(fdt_finish(fdt) == 0)
            return Int(UInt32(raw[4]) << 24 | UInt32(raw[5]) << 16 | UInt32(raw[6]) << 8 | UInt32(raw[7]))
        }
        return Array(buffer.prefix(size))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func namesAreStoredAsLibfdtStoresThem(seed: UInt64) throws {
        var state = seed
        func next(_ below: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(below))
        }
        // Names from a few short pieces, so that many are suffixes of others (and of themselves).
        let pieces = ["a", "b", "ab", "phandle", "linux,", "-map", "iommu", "msi"]
        func name() -> String { (0..<(1 + next(3))).map { _ in pieces[next(pieces.count)] }.joined() }
        var root = DTNode(name: "")
        for n in 0..<40 {
            var child = DTNode(name: "n\(n)")
            for _ in 0..<(1 + next(6)) { child.add(name(), .u32(UInt32(next(1000)))) }
            root.children.append(child)
        }
        #expect(try FDTWriter.write(root, DTReferences()) == plainLibfdt(root))
    }
}
