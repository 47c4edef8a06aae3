import TopologyModel

/// One resource descriptor of a `_CRS` ResourceTemplate: its bytes and its ASL macro.
public enum ResourceDescriptor: Hashable, Sendable {
    /// `Memory32Fixed (ReadWrite, base, length)`.
    case memory32Fixed(base: UInt32, length: UInt32)
    /// A memory range the device consumes or the bridge produces (DWord when everything fits 32 bits).
    case memory(producer: Bool, cacheability: Cacheability, min: UInt64, length: UInt64, translation: UInt64)
    /// `DWordIO` window of a host bridge (TypeTranslation when `translation` is non-zero).
    case io(min: UInt32, length: UInt32, translation: UInt32)
    /// `WordBusNumber` of a host bridge.
    case busNumbers(first: UInt16, last: UInt16)
    /// `Interrupt (ResourceConsumer, Edge|Level, ActiveHigh|ActiveLow, Exclusive) { gsiv }`.
    case extendedInterrupt(gsiv: UInt32, mode: InterruptMode = InterruptMode())

    public enum Cacheability: UInt8, Hashable, Sendable {
        case nonCacheable = 0, cacheable = 1, writeCombining = 2, prefetchable = 3
        var asl: String { ["NonCacheable", "Cacheable", "WriteCombining", "Prefetchable"][Int(rawValue)] }
    }

    /// General flags of the address space descriptors: bit 0 consumer, bit 2 min fixed, bit 3 max fixed.
    static func generalFlags(producer: Bool) -> UInt8 { producer ? 0x0C : 0x0D }

    var fitsDWord: Bool {
        guard case .memory(_, _, let min, let length, let translation) = self else { return true }
        return min &+ length &- 1 <= 0xffff_ffff && min <= 0xffff_ffff && translation <= 0xffff_ffff
            && length <= 0xffff_ffff && length >= 1
    }

    /// The descriptor's bytes.
    public var bytes: [UInt8] {
        switch self {
        case .memory32Fixed(let base, let length):
            return [0x86, 0x09, 0x00, 0x01] + AML.le(UInt64(base), 4) + AML.le(UInt64(length), 4)
        case .memory(let producer, let cache, let min, let length, let translation):
            let max = min &+ length &- 1
            let typeFlags = cache.rawValue << 1 | 1
            if fitsDWord {
                return [0x87, 0x17, 0x00, 0x00, ResourceDescriptor.generalFlags(producer: producer), typeFlags]
                    + [0, min, max, translation, length].flatMap { AML.le($0, 4) }
            }
            return [0x8A, 0x2B, 0x00, 0x00, ResourceDescriptor.generalFlags(producer: producer), typeFlags]
                + [0, min, max, translation, length].flatMap { AML.le($0, 8) }
        case .io(let min, let length, let translation):
            let max = min &+ length &- 1
            let typeFlags: UInt8 = translation != 0 ? 0x13 : 0x03
            return [0x87, 0x17, 0x00, 0x01, 0x0C, typeFlags]
                + [0, min, max, translation, length].flatMap { AML.le(UInt64($0), 4) }
        case .busNumbers(let first, let last):
            return [0x88, 0x0D, 0x00, 0x02, 0x0C, 0x00]
                + [0, first, last, 0, last - first + 1].flatMap { AML.le(UInt64($0), 2) }
        case .extendedInterrupt(let gsiv, let mode):
            // Flags: bit 0 consumer, bit 1 edge-triggered, bit 2 active-low (exclusive, not wake).
            let flags: UInt8 = 0x01 | (mode.trigger == .edge ? 0x02 : 0) | (mode.polarity == .low ? 0x04 : 0)
            return [0x89, 0x06, 0x00, flags, 0x01] + AML.le(UInt64(gsiv), 4)
        }
    }

    /// The ASL macro that iasl compiles to `bytes`, one line per argument group.
    public func asl(indent: String) -> [String] {
        func h(_ v: UInt64, _ digits: Int) -> String { "0x" + DataTableDSL.hexPad(0, digits, unsigned: v) }
        switch self {
        case .memory32Fixed(let base, let length):
            return [indent + "Memory32Fixed (ReadWrite, \(h(UInt64(base), 8)), \(h(UInt64(length), 8)))"]
        case .memory(let producer, let cache, let min, let length, let translation):
            let d = fitsDWord ? 8 : 16
            let max = min &+ length &- 1
            return [
                indent + (fitsDWord ? "DWordMemory" : "QWordMemory")
                    + " (\(producer ? "ResourceProducer" : "ResourceConsumer"), PosDecode, MinFixed, MaxFixed, \(cache.asl), ReadWrite,",
                indent + "    \(h(0, d)), // Granularity",
                indent + "    \(h(min, d)), // Range Minimum",
                indent + "    \(h(max, d)), // Range Maximum",
                indent + "    \(h(translation, d)), // Translation Offset",
                indent + "    \(h(length, d)), // Length",
                indent + "    ,, , AddressRangeMemory, TypeStatic)",
            ]
        case .io(let min, let length, let translation):
            let max = min &+ length &- 1
            return [
                indent + "DWordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, EntireRange,",
                indent + "    \(h(0, 8)), // Granularity",
                indent + "    \(h(UInt64(min), 8)), // Range Minimum",
                indent + "    \(h(UInt64(max), 8)), // Range Maximum",
                indent + "    \(h(UInt64(translation), 8)), // Translation Offset",
                indent + "    \(h(UInt64(length), 8)), // Length",
                indent + "    ,, , \(translation != 0 ? "TypeTranslation" : "TypeStatic"), DenseTranslation)",
            ]
        case .busNumbers(let first, let last):
            return [
                indent + "WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,",
                indent + "    \(h(0, 4)), // Granularity",
                indent + "    \(h(UInt64(first), 4)), // Range Minimum",
                indent + "    \(h(UInt64(last), 4)), // Range Maximum",
                indent + "    \(h(0, 4)), // Translation Offset",
                indent + "    \(h(UInt64(last - first + 1), 4)), // Length",
                indent + "    ,, )",
            ]
        case .extendedInterrupt(let gsiv, let mode):
            let trigger = mode.trigger == .edge ? "Edge" : "Level", polarity = mode.polarity == .high ? "ActiveHigh" : "ActiveLow"
            return [
                indent + "Interrupt (ResourceConsumer, \(trigger), \(polarity), Exclusive, ,, )",
                indent + "{",
                indent + "    \(h(UInt64(gsiv), 8)),",
                indent + "}",
            ]
        }
    }

    /// A ResourceTemplate's buffer contents: the descriptors and an End tag. The End tag's checksum
    /// byte is 0 ("treat as valid"), as iasl writes it.
    public static func template(_ descriptors: [ResourceDescriptor]) -> [UInt8] {
        descriptors.flatMap(\.bytes) + [0x79, 0x00]
    }
}
