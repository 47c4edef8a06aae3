
/// The device objects of an SSDT (or DSDT) that `topoc decompile` understands, read from AML.
///
/// This is not an AML interpreter: it walks the definition block's term list and understands
/// `Scope`, `Device` and `Name` with constant data (integers, strings, buffers, EISA IDs), which is
/// how firmware declares the objects topoc emits. Other terms that carry a package length
/// (`Method`, `If`, `Else`, `While`, packages, fields...) are skipped whole; anything else ends
/// the walk of the enclosing scope (what was read so far is kept, and `skipped` says so).
/// Names declared in a later `Scope` of a device's path (QEMU's q35 DSDT gives `\_SB.PCI0` its
/// `_CRS` that way) belong to that device; a `Method` a device declares is recorded by name, so
/// that a reader can tell "no `_CRS`" from "a `_CRS` computed at run time".
public struct SSDTContents: Sendable {
    /// One `Device` with the constant names it declares.
    public struct DeviceObject: Sendable {
        /// Full path with 4-character segments, e.g. `\_SB_.PCI0.VIOM`.
        public var path: String
        public var names: [String: Value] = [:]
        /// The names of the methods it declares (`_CRS` when its resources are computed).
        public var methods: Set<String> = []

        public var hid: String? {
            switch names["_HID"] {
            case .string(let s): s
            case .integer(let v): eisaIDString(UInt32(truncatingIfNeeded: v))
            default: nil
            }
        }
        public func integer(_ key: String) -> UInt64? {
            if case .integer(let v) = names[key] { return v }
            return nil
        }
        /// `_STR`: a Unicode (UTF-16LE) buffer; a plain string is accepted too.
        public var description: String? {
            switch names["_STR"] {
            case .buffer(let b):
                var units: [UInt16] = []
                var i = 0
                while i + 1 < b.count {
                    let u = UInt16(b[i]) | UInt16(b[i + 1]) << 8
                    if u == 0 { break }
                    units.append(u)
                    i += 2
                }
                return String(decoding: units, as: UTF16.self)
            case .string(let s): return s
            default: return nil
            }
        }
        public var resources: [Resource] {
            if case .buffer(let b) = names["_CRS"] { return Resource.parse(b) }
            return []
        }
    }

    public enum Value: Sendable {
        case integer(UInt64)
        case string(String)
        case buffer([UInt8])
        case other
    }

    /// The `_CRS` descriptors topoc cares about.
    public enum Resource: Equatable, Sendable {
        case memory(base: UInt64, size: UInt64)
        /// An address space descriptor a host bridge produces (window or bus range).
        case window(type: UInt8, cacheability: UInt8, min: UInt64, length: UInt64, translation: UInt64, qword: Bool)
        /// An Extended Interrupt descriptor's first GSIV, with its trigger mode and polarity.
        case interrupt(gsiv: UInt32, edge: Bool, activeLow: Bool)

        public static func parse(_ b: [UInt8]) -> [Resource] {
            var out: [Resource] = []
            var i = 0
            func le(_ at: Int, _ n: Int) -> UInt64 {
                guard at + n <= b.count else { return 0 }
                return (0..<n).reduce(UInt64(0)) { $0 | UInt64(b[at + $1]) << (8 * UInt64($1)) }
            }
            while i < b.count {
                let tag = b[i]
                if tag & 0x80 == 0 {  // small item
                    if tag >> 3 == 0x0F { break }  // End tag
                    i += 1 + Int(tag & 7)
                    continue
                }
                guard i + 3 <= b.count else { break }
                let len = Int(le(i + 1, 2))
                let body = i + 3
                guard body + len <= b.count else { break }
                switch tag {
                case 0x86 where len >= 9:  // Memory32Fixed
                    out.append(.memory(base: le(body + 1, 4), size: le(body + 5, 4)))
                case 0x87 where len >= 23, 0x88 where len >= 13, 0x8A where len >= 43:  // DWord / Word / QWord
                    let width = tag == 0x87 ? 4 : tag == 0x88 ? 2 : 8
                    let type = b[body], general = b[body + 1], specific = b[body + 2]
                    let fields = body + 3
                    let min = le(fields + width, width), translation = le(fields + 3 * width, width)
                    let length = le(fields + 4 * width, width)
                    if type == 0 && general & 1 != 0 && tag != 0x88 {
                        out.append(.memory(base: min, size: length))  // a consumed memory range
                    } else {
                        out.append(.window(
                            type: type, cacheability: (specific >> 1) & 3, min: min, length: length,
                            translation: translation, qword: tag == 0x8A))
                    }
                case 0x89 where len >= 6:  // Extended Interrupt: flags (bit 1 edge, bit 2 active low), first GSIV
                    let flags = b[body]
                    out.append(.interrupt(gsiv: UInt32(le(body + 2, 4)), edge: flags & 2 != 0, activeLow: flags & 4 != 0))
                default: break
                }
                i = body + len
            }
            return out
        }
    }

    public var devices: [DeviceObject] = []
    /// True when some term could not be understood and the rest of its scope was not read.
    public var skipped = false

    /// Reads the definition block of a table (the bytes after its 36-byte header).
    /// - Throws: `DecodeError` when a package length or name runs past the table.
    public init(_ table: [UInt8], signature: String) throws {
        let header = try ACPITableHeader.decode(table)
        let body = Array(table[36..<Int(header.length)])
        var parser = AMLParser(bytes: body, blob: signature)
        try parser.terms(0, body.count, scope: "\\", into: &self)
    }
}

/// `PNP0A08` from the 32-bit compressed EISA ID AML stores.
func eisaIDString(_ v: UInt32) -> String {
    let b = [UInt8(v & 0xff), UInt8((v >> 8) & 0xff), UInt8((v >> 16) & 0xff), UInt8(v >> 24)]
    let vendor = UInt16(b[0]) << 8 | UInt16(b[1])
    let letters = [(vendor >> 10) & 0x1f, (vendor >> 5) & 0x1f, vendor & 0x1f].map { Character(Unicode.Scalar(UInt8($0) + 0x40)) }
    let product = String(format4hex: UInt16(b[2]) << 8 | UInt16(b[3]))
    return String(letters) + product
}

extension String {
    init(format4hex v: UInt16) {
        let raw = String(v, radix: 16, uppercase: true)
        self = String(repeating: "0", count: 4 - raw.count) + raw
    }
}

private struct AMLParser {
    let bytes: [UInt8]
    let blob: String
    /// Device path -> its index in `SSDTContents.devices` (the last one of a path).
    var deviceIndex: [String: Int] = [:]

    func fail(_ at: Int, _ why: String) -> DecodeError { DecodeError(blob, at: at + 36, why) }

    /// PkgLength at `at`: (value, bytes used). The value counts the length bytes themselves.
    func pkgLength(_ at: Int) throws -> (Int, Int) {
        guard at < bytes.count else { throw fail(at, "package length past the end of the table") }
        let lead = bytes[at]
        let extra = Int(lead >> 6)
        guard at + extra < bytes.count else { throw fail(at, "package length past the end of the table") }
        if extra == 0 { return (Int(lead & 0x3f), 1) }
        var value = Int(lead & 0x0f)
        for i in 0..<extra { value |= Int(bytes[at + 1 + i]) << (4 + 8 * i) }
        return (value, 1 + extra)
    }

    /// A NameString at `at`: (path text with 4-char segments joined by dots, bytes used).
    func nameString(_ at: Int) throws -> (String, Int) {
        var i = at
        var prefix = ""
        while i < bytes.count, bytes[i] == 0x5C || bytes[i] == 0x5E {
            prefix += bytes[i] == 0x5C ? "\\" : "^"
            i += 1
        }
        guard i < bytes.count else { throw fail(at, "name runs past the end of the table") }
        var count = 1
        switch bytes[i] {
        case 0x00: return (prefix, i + 1 - at)
        case 0x2E: count = 2; i += 1
        case 0x2F:
            guard i + 1 < bytes.count else { throw fail(at, "name runs past the end of the table") }
            count = Int(bytes[i + 1]); i += 2
        default: break
        }
        guard i + 4 * count <= bytes.count else { throw fail(at, "name runs past the end of the table") }
        let segs = (0..<count).map { String(decoding: bytes[(i + 4 * $0)..<(i + 4 * $0 + 4)], as: UTF8.self) }
        return (prefix + segs.joined(separator: "."), i + 4 * count - at)
    }

    static func join(_ scope: String, _ name: String) -> String {
        if name.hasPrefix("\\") { return name }
        var base = scope
        var rest = Substring(name)
        while rest.hasPrefix("^") {
            rest = rest.dropFirst()
            if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) } else { base = "\\" }
        }
        return base == "\\" ? "\\" + rest : base + "." + rest
    }

    /// A data object at `at`: (value, bytes used), or nil for one it cannot size.
    func dataObject(_ at: Int) throws -> (SSDTContents.Value, Int)? {
        guard at < bytes.count else { throw fail(at, "data object past the end of the table") }
        func le(_ o: Int, _ n: Int) throws -> UInt64 {
            guard o + n <= bytes.count else { throw fail(o, "integer past the end of the table") }
            return (0..<n).reduce(UInt64(0)) { $0 | UInt64(bytes[o + $1]) << (8 * UInt64($1)) }
        }
        switch bytes[at] {
        case 0x00: return (.integer(0), 1)
        case 0x01: return (.integer(1), 1)
        case 0xFF: return (.integer(.max), 1)
        case 0x0A: return (.integer(try le(at + 1, 1)), 2)
        case 0x0B: return (.integer(try le(at + 1, 2)), 3)
        case 0x0C: return (.integer(try le(at + 1, 4)), 5)
        case 0x0E: return (.integer(try le(at + 1, 8)), 9)
        case 0x0D:
            guard let end = bytes[(at + 1)...].firstIndex(of: 0) else { throw fail(at, "string without NUL") }
            return (.string(String(decoding: bytes[(at + 1)..<end], as: UTF8.self)), end + 1 - at)
        case 0x11:  // Buffer
            let (len, used) = try pkgLength(at + 1)
            let end = at + 1 + len
            guard end <= bytes.count, len >= used else { throw fail(at, "buffer runs past the end of the table") }
            guard let (size, sizeUsed) = try dataObject(at + 1 + used), case .integer = size else { return nil }
            let start = at + 1 + used + sizeUsed
            return (.buffer(start <= end ? Array(bytes[start..<end]) : []), end - at)
        case 0x12, 0x13:  // Package, VarPackage
            let (len, _) = try pkgLength(at + 1)
            guard at + 1 + len <= bytes.count else { throw fail(at, "package runs past the end of the table") }
            return (.other, 1 + len)
        default: return nil
        }
    }

    mutating func terms(_ start: Int, _ end: Int, scope: String, into out: inout SSDTContents, device: Int? = nil) throws {
        var i = start
        while i < end {
            let op = bytes[i]
            switch op {
            case 0x10:  // Scope
                let (len, used) = try pkgLength(i + 1)
                let stop = i + 1 + len
                guard stop <= end else { throw fail(i, "Scope runs past its parent") }
                let (name, nameUsed) = try nameString(i + 1 + used)
                let path = Self.join(scope, name)
                // A scope of a device already read adds to that device; other scopes' names
                // belong to no device.
                let owner = deviceIndex[path]
                try terms(i + 1 + used + nameUsed, stop, scope: path, into: &out, device: owner)
                i = stop
            case 0x5B where i + 1 < end && bytes[i + 1] == 0x82:  // Device
                let (len, used) = try pkgLength(i + 2)
                let stop = i + 2 + len
                guard stop <= end else { throw fail(i, "Device runs past its parent") }
                let (name, nameUsed) = try nameString(i + 2 + used)
                let path = Self.join(scope, name)
                out.devices.append(SSDTContents.DeviceObject(path: path))
                deviceIndex[path] = out.devices.count - 1
                try terms(i + 2 + used + nameUsed, stop, scope: path, into: &out, device: out.devices.count - 1)
                i = stop
            case 0x08:  // Name
                let (name, nameUsed) = try nameString(i + 1)
                guard let (value, valueUsed) = try dataObject(i + 1 + nameUsed) else {
                    out.skipped = true
                    return
                }
                if let device, !name.contains(".") {
                    out.devices[device].names[name] = value
                }
                i += 1 + nameUsed + valueUsed
            case 0x14, 0xA0, 0xA1, 0xA2:  // Method, If, Else, While: skipped whole
                let (len, used) = try pkgLength(i + 1)
                guard i + 1 + len <= end else { throw fail(i, "term runs past its parent") }
                if op == 0x14, let device, case let (name, _) = try nameString(i + 1 + used), !name.contains(".") {
                    out.devices[device].methods.insert(name)
                }
                i += 1 + len
            case 0x5B where i + 1 < end && [0x80, 0x81, 0x83, 0x84, 0x85, 0x86].contains(bytes[i + 1]):
                // OpRegion has no package length: stop; Field, Processor, PowerRes, ThermalZone,
                // IndexField have one.
                if bytes[i + 1] == 0x80 { out.skipped = true; return }
                let (len, _) = try pkgLength(i + 2)
                guard i + 2 + len <= end else { throw fail(i, "term runs past its parent") }
                i += 2 + len
            default:
                out.skipped = true
                return
            }
        }
    }
}
