import TopologyCheck
import TopologyModel
import TopologyParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Compiler {
    /// `check(bytes:file:options:outputs:)` of the file at `path` (also the name diagnostics use), read
    /// in pieces: on the common path the text is never held whole, which on a large topology was
    /// a tenth of the peak memory of parsing it. Anything but an ordinary document (and anything
    /// that is not a regular file) is read whole and parsed as `check(bytes:…)` does, so the
    /// diagnostics are the same. Throws an `IOFailure` when the file cannot be opened or read.
    public static func check(
        path: String, options: CheckOptions = .init(), outputs: Set<OutputKind>? = nil
    ) throws(IOFailure) -> CheckedTopology {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return try checkWhole(path, options: options, outputs: outputs) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= TopologyParser.maxFileSize else {
            return try checkWhole(path, options: options, outputs: outputs)
        }
        var failure: IOFailure?
        let parsed = TopologyParser.parse(
            file: path,
            reading: { buffer in
                while true {
                    let count = read(fd, buffer.baseAddress, buffer.count)
                    if count >= 0 { return count }
                    if errno != EINTR { return nil }
                }
            },
            whole: {
                do throws(IOFailure) {
                    return try SourceFile.readTopology(path)
                } catch {
                    failure = error
                    return []
                }
            })
        if let failure { throw failure }
        return check(parsed, options: options, outputs: outputs)
    }

    /// A topology that is not a regular file (or too large), read whole but bounded.
    private static func checkWhole(_ path: String, options: CheckOptions, outputs: Set<OutputKind>?) throws(IOFailure) -> CheckedTopology {
        guard let bytes = try SourceFile.readTopology(path) else {
            return check(TopologyParser.tooLarge(file: path), options: options, outputs: outputs)
        }
        return check(bytes: bytes, file: path, options: options, outputs: outputs)
    }
}
