/// A domain: created by the first ATTACH naming it, destroyed when its last endpoint leaves.
struct Domain: Sendable {
    /// Created with `ATTACH_F_BYPASS`: endpoints pass through, MAP/UNMAP are refused.
    var isBypass: Bool
    var endpointCount = 0
    /// Attached endpoints per endpoint-range index, so MAP can check the RESV_MEM regions of every
    /// range represented in the domain without listing endpoints.
    var rangeUse = RangeUse()
    var mappings = MappingTable()

    init(isBypass: Bool) { self.isBypass = isBypass }
}

/// How many endpoints of each endpoint range a domain holds: (range index, count) pairs sorted by
/// range index. A domain usually holds endpoints of one or two ranges, so a sorted array beats a
/// hash table; it keeps its capacity when the domain is reused.
struct RangeUse: Sendable {
    private(set) var entries: [(range: Int, count: Int)] = []

    @inline(__always)
    private func position(_ range: Int) -> Int { partitionPoint(entries.count) { entries[$0].range < range } }

    mutating func add(_ range: Int) {
        let i = position(range)
        if i < entries.count, entries[i].range == range { entries[i].count += 1 } else { entries.insert((range, 1), at: i) }
    }

    /// One endpoint of `range` left; the range is forgotten when none is left.
    mutating func remove(_ range: Int) {
        let i = position(range)
        guard i < entries.count, entries[i].range == range else { return }
        if entries[i].count > 1 { entries[i].count -= 1 } else { entries.remove(at: i) }
    }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }
}

/// The existing domains by ID. Domains live in slots that are reused once freed, together with
/// their arrays' capacity, so attaching and detaching endpoints in a loop allocates nothing.
struct DomainTable {
    private var slotByID = IDMap()
    private var slots: [Domain] = []
    private var free: [Int] = []

    var count: Int { slotByID.count }

    /// The slot of domain `id`, if it exists.
    @inline(__always)
    func slot(of id: UInt32) -> Int? { slotByID[id].map { Int($0) } }

    subscript(slot: Int) -> Domain {
        _read { yield slots[slot] }
        _modify { yield &slots[slot] }
    }

    /// The domain `id`, if it exists.
    subscript(id id: UInt32) -> Domain? { slot(of: id).map { slots[$0] } }

    /// Creates domain `id` (which must not exist) and returns its slot.
    mutating func create(_ id: UInt32, isBypass: Bool) -> Int {
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            slots[slot].isBypass = isBypass
            slots[slot].endpointCount = 0
            slots[slot].rangeUse.removeAll()
            slots[slot].mappings.removeAll()
        } else {
            slot = slots.count
            slots.append(Domain(isBypass: isBypass))
        }
        slotByID.insert(id, UInt32(slot))
        return slot
    }

    /// Destroys domain `id` (its mappings are discarded).
    mutating func remove(_ id: UInt32) {
        guard let slot = slotByID.remove(id) else { return }
        free.append(Int(slot))
    }

    mutating func removeAll() {
        slotByID = IDMap()
        slots.removeAll()
        free.removeAll()
    }

    /// IDs of the existing domains, sorted.
    var sortedIDs: [UInt32] { slotByID.keys.sorted() }
}
