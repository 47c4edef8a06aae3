import TopologyModel
import TopologyParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading inputs. I/O failures are `IOFailure` (exit 2), distinct from invalid content (exit 1),
/// which the parser reports with a location.
///
/// Every read is bounded, whatever the source: pipes, FIFOs, character devices and regular files
/// alike are read in 64 KiB pieces and never past a limit, so `/dev/zero` or an endless pipe
/// cannot make topoc grow (fstat's size is only a hint: a device or a pipe has none).
public enum SourceFile {
    /// The most a firmware blob (`--dtb`, `--acpi`, `--base`) may have: a DTB's and an ACPI
    /// table's own length fields are 32-bit, but no real one comes near this.
    public static let maxBlobSize = 256 << 20

    /// The bytes of the file at `path`, at most `maxBlobSize` of them.
    ///
    /// - Throws: `IOFailure` when the file cannot be opened or read, or is larger than the limit.
    public static func read(_ path: String) throws(IOFailure) -> [UInt8] {
        guard let bytes = try read(path, limit: maxBlobSize, stopAt: { _, _ in nil }) else {
            throw IOFailure(path: path, reason: "input is larger than the \(maxBlobSize >> 20) MiB a firmware blob may have")
        }
        return bytes
    }

    /// A topology's text: the whole file; or up to and including the first byte that cannot be
    /// in a text file (the parser reports `not-utf8` or `binary-input` at its offset), so binary
    /// input is refused after its first piece rather than its first 32 MiB; or nil when the file
    /// has more than `TopologyParser.maxFileSize` bytes (reported as `file-too-large`).
    public static func readTopology(_ path: String) throws(IOFailure) -> [UInt8]? {
        try read(path, limit: TopologyParser.maxFileSize) { bytes, from in
            TopologyParser.scanText(bytes, from: from)
        }
    }

    /// The `file-too-large` diagnostic of a topology `readTopology` returned nil for.
    public static func tooLarge(_ path: String) -> [Diagnostic] { TopologyParser.tooLarge(file: path).diagnostics }

    /// Reads at most `limit` bytes (nil when the file has more). After each piece,
    /// `stopAt(bytes, from)` scans what was read from `from` on: `.stop(at:)` ends the read there
    /// (that byte is kept, the rest dropped), `.scanned(upTo:)` says where the next scan resumes.
    static func read(
        _ path: String, limit: Int, stopAt: ([UInt8], Int) -> TopologyParser.TextScan?
    ) throws(IOFailure) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open") }
        defer { close(fd) }
        var info = stat()
        var result: [UInt8] = []
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            // Sized up front (plus one byte to see the end), so a large input is not copied while
            // growing; a file larger than the limit is refused before anything is read.
            if Int(info.st_size) > limit { return nil }
            result.reserveCapacity(Int(info.st_size) + 1)
        } else {
            // A stream of unknown size: the limit is reserved at once, never regrown (a regrowth
            // holds the old buffer and the new one together). Pages that are never written are
            // never touched, so a small stream costs no memory for it.
            result.reserveCapacity(limit)
        }
        var scanned = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let want = min(chunk.count, limit + 1 - result.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, want) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { return result }
            if result.count + count > limit { return nil }
            result += chunk[0..<count]
            switch stopAt(result, scanned) {
            case .stop(let offset)?:
                return Array(result[...offset])
            case .scanned(let upTo)?:
                scanned = upTo
            case nil:
                scanned = result.count
            }
        }
    }

    private static func failure(_ path: String, _ what: String) -> IOFailure {
        IOFailure(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
