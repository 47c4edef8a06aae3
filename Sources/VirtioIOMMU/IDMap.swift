/// A hash map from 32-bit IDs (endpoint and domain IDs) to 32-bit values: open addressing with
/// linear probing, a multiplicative hash and backward-shift deletion (no tombstones).
///
/// The device looks up an endpoint's domain and a domain's state on every request. A `Dictionary`
/// hashes its keys with SipHash (per-process seeded, so a hostile key set cannot degrade it),
/// which was a good part of a request's cost; here the keys are the driver's IDs inside one
/// simulated machine, and a Fibonacci hash is enough. Growth doubles at 3/4 load, so a lookup is
/// a couple of probes; the table never shrinks (its size is the most IDs ever held at once).
struct IDMap {
    private struct Slot {
        var key: UInt32
        var value: UInt32
        var occupied: Bool
    }

    private var slots: [Slot]
    /// log2 of the capacity.
    private var bits: Int
    private(set) var count = 0

    init() {
        bits = 4
        slots = Array(repeating: Slot(key: 0, value: 0, occupied: false), count: 1 << 4)
    }

    @inline(__always)
    private func home(_ key: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UInt32) -> (index: Int, found: Bool) {
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let s = slots[i]
            if !s.occupied { return (i, false) }
            if s.key == key { return (i, true) }
            i = (i + 1) & mask
        }
    }

    subscript(key: UInt32) -> UInt32? {
        @inline(__always) get {
            let (i, found) = find(key)
            return found ? slots[i].value : nil
        }
        set {
            if let newValue { insert(key, newValue) } else { remove(key) }
        }
    }

    mutating func insert(_ key: UInt32, _ value: UInt32) {
        let (i, found) = find(key)
        if found {
            slots[i].value = value
            return
        }
        slots[i] = Slot(key: key, value: value, occupied: true)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
    }

    /// Removes `key`; later keys of its probe run move back so that every run stays unbroken.
    @discardableResult
    mutating func remove(_ key: UInt32) -> UInt32? {
        var (i, found) = find(key)
        guard found else { return nil }
        let value = slots[i].value
        let mask = slots.count - 1
        var j = i
        while true {
            j = (j + 1) & mask
            guard slots[j].occupied else { break }
            // The entry at j may fill the hole at i unless its home lies cyclically in (i, j].
            let h = home(slots[j].key)
            if (j &- h) & mask >= (j &- i) & mask {
                slots[i] = slots[j]
                i = j
            }
        }
        slots[i].occupied = false
        count -= 1
        return value
    }

    mutating func removeAll() {
        for i in slots.indices { slots[i].occupied = false }
        count = 0
    }

    /// Every key, in no particular order.
    var keys: [UInt32] { slots.filter(\.occupied).map(\.key) }

    private mutating func grow() {
        let old = slots
        bits += 1
        slots = Array(repeating: Slot(key: 0, value: 0, occupied: false), count: 1 << bits)
        count = 0
        for s in old where s.occupied { insert(s.key, s.value) }
    }
}
