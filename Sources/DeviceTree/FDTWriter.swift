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
                    var strings = StringsBlock()
                    try node(root, fdt, refs, &strings)
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

    /// What libfdt's strings block holds, as the set of every suffix of every name in it.
    ///
    /// `fdt_property` looks a name up in the strings block by trying every byte offset (a name
    /// may be stored as the tail of a longer one): linear in the block, so a tree with thousands of
    /// distinct property names (`/__symbols__` has one per entity) cost quadratic time. A name is
    /// found there exactly when it is a suffix of a stored name; when it is not, libfdt would
    /// append it, which it does without searching under `FDT_CREATE_FLAG_NO_NAME_DEDUP`. So the
    /// flag is set for exactly those names, and the bytes are the same.
    struct StringsBlock {
        var suffixes: Set<Substring> = []

        /// Whether libfdt would find `name` (true), or append it (false, and it is now recorded).
        mutating func lookUp(_ name: String) -> Bool {
            if name.isEmpty || suffixes.contains(Substring(name)) { return true }
            var tail = Substring(name)
            while !tail.isEmpty {
                suffixes.insert(tail)
                tail = tail.dropFirst()
            }
            return false
        }
    }

    private static func node(
        _ node: DTNode, _ fdt: UnsafeMutableRawPointer, _ refs: DTReferences, _ strings: inout StringsBlock
    ) throws(Failure) {
        try check("fdt_begin_node(\(node.name))", fdt_begin_node(fdt, node.name))
        for property in node.properties {
            let bytes = property.value.bytes(refs)
            // During sequential writing libfdt keeps its creation flags in last_comp_version.
            let isNew = !strings.lookUp(property.name)
            if isNew { fdt_set_last_comp_version(fdt, UInt32(FDT_CREATE_FLAG_NO_NAME_DEDUP)) }
            let code = bytes.withUnsafeBytes { value in
                fdt_property(fdt, property.name, value.baseAddress, Int32(bytes.count))
            }
            if isNew { fdt_set_last_comp_version(fdt, 0) }
            try check("fdt_property(\(property.name))", code)
        }
        for child in node.children {
            try self.node(child, fdt, refs, &strings)
        }
        try check("fdt_end_node(\(node.name))", fdt_end_node(fdt))
    }
}
