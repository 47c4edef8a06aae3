import CLibfdt
import TopologyModel

/// Serializes a `DTNode` tree to a version 17 flattened device tree with libfdt's
/// sequential-write API. The result is packed: `fdt_finish` puts the strings block right after
/// the structure block, and the blob is cut at `totalsize`, so there is no free space.
enum FDTWriter {
    struct Failure: Error {
        var step: String
        var code: Int32
        var message: String { "libfdt \(step) failed: \(String(cString: fdt_strerror(code)))" }
    }

    static func write(_ root: DTNode, _ refs: DTReferences) throws(Failure) -> [UInt8] {
        // A zero-filled buffer: libfdt does not clear every padding byte itself, and the same
        // input must give the same bytes.
        var capacity = 4096
        while true {
            var buffer = [UInt8](repeating: 0, count: capacity)
            let result: Result<Int, Failure> = buffer.withUnsafeMutableBytes { raw in
                let fdt = raw.baseAddress!
                do throws(Failure) {
                    try check("fdt_create", fdt_create(fdt, Int32(capacity)))
                    try check("fdt_finish_reservemap", fdt_finish_reservemap(fdt))
                    try node(root, fdt, refs)
                    try check("fdt_finish", fdt_finish(fdt))
                    try check("fdt_check_header", fdt_check_header(fdt))
                    return .success(Int(fdtTotalSize(raw)))
                } catch {
                    return .failure(error)
                }
            }
            switch result {
            case .success(let size):
                return Array(buffer[0..<size])
            case .failure(let failure) where failure.code == -FDT_ERR_NOSPACE && capacity < 1 << 30:
                capacity *= 2
            case .failure(let failure):
                throw failure
            }
        }
    }

    private static func fdtTotalSize(_ raw: UnsafeMutableRawBufferPointer) -> UInt32 {
        (UInt32(raw[4]) << 24) | (UInt32(raw[5]) << 16) | (UInt32(raw[6]) << 8) | UInt32(raw[7])
    }

    private static func check(_ step: String, _ code: Int32) throws(Failure) {
        if code < 0 { throw Failure(step: step, code: code) }
    }

    private static func node(_ node: DTNode, _ fdt: UnsafeMutableRawPointer, _ refs: DTReferences) throws(Failure) {
        try check("fdt_begin_node(\(node.name))", fdt_begin_node(fdt, node.name))
        for property in node.properties {
            let bytes = property.value.bytes(refs)
            let code = bytes.withUnsafeBytes { value in
                fdt_property(fdt, property.name, value.baseAddress, Int32(bytes.count))
            }
            try check("fdt_property(\(property.name))", code)
        }
        for child in node.children {
            try self.node(child, fdt, refs)
        }
        try check("fdt_end_node(\(node.name))", fdt_end_node(fdt))
    }
}
