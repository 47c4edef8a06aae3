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
        // Sized once from an upper bound, rather than doubled from 4 KiB (every restart wrote the
        // whole tree again, and the last buffer was copied into an array of the blob's size).
        var capacity = max(4096, sizeBound(root))
        while true {
            var buffer = [UInt8](repeating: 0, count: capacity)
            let result: Result<Int, Failure> = buffer.withUnsafeMutableBytes { raw in
                let fdt = raw.baseAddress!
                do throws(Failure) {
                    // capacity <= maxBlobSize: the emitter checked the bound, and doubling is capped.
                    try check("fdt_create", fdt_create(fdt, Int32(capacity)))
                    try check("fdt_finish_reservemap", fdt_finish_reservemap(fdt))
                    var strings = StringsBlock()
                    var value: [UInt8] = []  // one buffer for every property's bytes
                    try node(root, fdt, refs, &strings, &value)
                    try check("fdt_finish", fdt_finish(fdt))
                    try check("fdt_check_header", fdt_check_header(fdt))
                    return .success(Int(fdtTotalSize(raw)))
                } catch {
                    return .failure(error)
                }
            }
            switch result {
            case .success(let size):
                buffer.removeSubrange(size...)
                return buffer
            // Not reached while `sizeBound` holds (the emitter refuses trees over `maxBlobSize` with
            // `dt-too-large` first); capped so that `Int32(capacity)` cannot trap.
            case .failure(let failure) where failure.code == -FDT_ERR_NOSPACE && capacity <= maxBlobSize / 2:
                capacity *= 2
            case .failure(let failure):
                throw failure
            }
        }
    }

    /// The largest blob topoc writes: libfdt takes and returns sizes as `int`, and the header's
    /// totalsize is 32 bits, so 2^31 - 1 bytes.
    static let maxBlobSize = Int(Int32.max)

    /// Bytes added to `sizeBound` for the limit check: on a small tree libfdt's blob came out 8
    /// bytes over `sizeBound` (alignment; the capacity doubling absorbs it when writing), so the
    /// limit is checked against a bound with room to spare.
    static let slack = 64

    /// `sizeBound` plus `slack`: what the limit check compares (at least the blob's size).
    static func blobBound(_ root: DTNode) -> Int { sizeBound(root) + slack }

    /// The first node (tree order) at which `blobBound` of everything written up to and including
    /// it passes `limit`, or nil when the whole bound fits (the tree can be written).
    static func firstNodePast(_ limit: Int, in root: DTNode) -> DTNode? {
        var size = 40 + 16 + 4 + slack
        var names = Set<String>()
        func padded(_ n: Int) -> Int { (n + 3) & ~3 }
        func walk(_ node: DTNode, _ origin: DTNode?) -> DTNode? {
            size += 8 + padded(node.name.utf8.count + 1)
            for property in node.properties {
                size += 12 + padded(property.value.byteCount)
                if names.insert(property.name).inserted { size += property.name.utf8.count + 1 }
            }
            let located = node.origin != nil ? node : origin
            if size > limit { return located ?? node }
            for child in node.children {
                if let past = walk(child, located) { return past }
            }
            return nil
        }
        return walk(root, nil)
    }

    /// At least the size of the blob `write` makes of `root`: the header, the reserve map's end
    /// entry, every node's begin and end tokens with its padded name, every property's token,
    /// length, name offset and padded value, the end token, and each distinct property name once
    /// in the strings block (libfdt may store one name as the tail of another, never more).
    static func sizeBound(_ root: DTNode) -> Int {
        var size = 40 + 16 + 4
        var names = Set<String>()
        func padded(_ n: Int) -> Int { (n + 3) & ~3 }
        func walk(_ node: DTNode) {
            size += 8 + padded(node.name.utf8.count + 1)
            for property in node.properties {
                size += 12 + padded(property.value.byteCount)
                if names.insert(property.name).inserted { size += property.name.utf8.count + 1 }
            }
            for child in node.children { walk(child) }
        }
        walk(root)
        return size
    }

    private static func fdtTotalSize(_ raw: UnsafeMutableRawBufferPointer) -> UInt32 {
        (UInt32(raw[4]) << 24) | (UInt32(raw[5]) << 16) | (UInt32(raw[6]) << 8) | UInt32(raw[7])
    }

    /// `step` names the call in the error; it is made only on failure (a large tree makes 100,000s
    /// of calls).
    private static func check(_ step: @autoclosure () -> String, _ code: Int32) throws(Failure) {
        if code < 0 { throw Failure(step: step(), code: code) }
    }

    /// What libfdt's strings block holds: whether a property name is already there.
    ///
    /// `fdt_property` looks a name up in the strings block by trying every byte offset (a name
    /// may be stored as the tail of a longer one): linear in the block, so a tree with thousands of
    /// distinct property names (`/__symbols__` has one per entity) cost quadratic time. A name is
    /// found there exactly when it is a suffix of a stored name; when it is not, libfdt would
    /// append it, which it does without searching under `FDT_CREATE_FLAG_NO_NAME_DEDUP`. So the
    /// flag is set for exactly those names, and the bytes are the same.
    ///
    /// The suffixes are kept as 64-bit FNV-1a hashes (of their bytes read from the end, so each
    /// name's suffixes hash in one pass) mapped to a stored name that ends with them; a hit is
    /// confirmed against that name, and a hash shared by two different suffixes falls back to
    /// comparing every stored name. Exact and deterministic, and a fraction of the memory of a
    /// set of every suffix (3 MB for the 6,400 symbols of a scale-100 layout).
    struct StringsBlock {
        /// Every name stored, as bytes.
        private var stored: [[UInt8]] = []
        /// Suffix hash -> index of a stored name ending with that suffix (open addressing; the
        /// hashes themselves are the keys, so no second hash is computed).
        private var slots: [(hash: UInt64, index: Int32)]
        private var used = 0

        private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        private static let prime: UInt64 = 0x0000_0100_0000_01b3
        private static let empty: Int32 = -1

        init() { slots = Array(repeating: (0, Self.empty), count: 1024) }

        /// Whether libfdt would find `name` (true), or append it (false, and it is now recorded).
        mutating func lookUp(_ name: String) -> Bool {
            if name.isEmpty { return true }
            var name = name
            return name.withUTF8 { lookUp($0) }
        }

        private mutating func lookUp(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            var hash = Self.offsetBasis
            for byte in name.reversed() { hash = (hash ^ UInt64(byte)) &* Self.prime }
            if let index = find(hash) {
                if Self.ends(stored[Int(index)], with: name) { return true }
                if stored.contains(where: { Self.ends($0, with: name) }) { return true }
            }
            // One per distinct property name of one tree, within maxBlobSize: fits Int32.
            let index = Int32(stored.count)
            stored.append(Array(name))
            hash = Self.offsetBasis
            for byte in name.reversed() {
                hash = (hash ^ UInt64(byte)) &* Self.prime
                if find(hash) == nil { insert(hash, index) }
            }
            return false
        }

        private static func ends(_ stored: [UInt8], with name: UnsafeBufferPointer<UInt8>) -> Bool {
            guard stored.count >= name.count else { return false }
            return stored.withUnsafeBufferPointer { s in
                memcmp(s.baseAddress! + (s.count - name.count), name.baseAddress!, name.count) == 0
            }
        }

        private func find(_ hash: UInt64) -> Int32? {
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while slots[i].index != Self.empty {
                if slots[i].hash == hash { return slots[i].index }
                i = (i + 1) & mask
            }
            return nil
        }

        private mutating func insert(_ hash: UInt64, _ index: Int32) {
            if (used + 1) * 2 > slots.count {
                let old = slots
                slots = Array(repeating: (0, Self.empty), count: slots.count * 2)
                used = 0
                for slot in old where slot.index != Self.empty { insert(slot.hash, slot.index) }
            }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while slots[i].index != Self.empty { i = (i + 1) & mask }
            slots[i] = (hash, index)
            used += 1
        }
    }

    private static func node(
        _ node: DTNode, _ fdt: UnsafeMutableRawPointer, _ refs: DTReferences, _ strings: inout StringsBlock,
        _ value: inout [UInt8]
    ) throws(Failure) {
        try check("fdt_begin_node(\(node.name))", node.name.withCString { fdt_begin_node(fdt, $0) })
        for property in node.properties {
            value.removeAll(keepingCapacity: true)
            property.value.append(refs, to: &value)
            // During sequential writing libfdt keeps its creation flags in last_comp_version.
            let isNew = !strings.lookUp(property.name)
            if isNew { fdt_set_last_comp_version(fdt, UInt32(FDT_CREATE_FLAG_NO_NAME_DEDUP)) }
            // One property of a tree whose whole bound is within maxBlobSize (Int32).
            let code = value.withUnsafeBytes { bytes in
                property.name.withCString { fdt_property(fdt, $0, bytes.baseAddress, Int32(bytes.count)) }
            }
            if isNew { fdt_set_last_comp_version(fdt, 0) }
            try check("fdt_property(\(property.name))", code)
        }
        for child in node.children {
            try self.node(child, fdt, refs, &strings, &value)
        }
        try check("fdt_end_node(\(node.name))", fdt_end_node(fdt))
    }
}
