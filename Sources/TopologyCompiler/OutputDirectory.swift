import CAtomicRename

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One output file: a name inside the output directory and its bytes.
public struct OutputFile: Hashable, Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}

/// An output that could not be written; the CLI exits 2 on it.
public struct IOFailure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: \(reason)" }
}

/// How far a write goes before it returns.
///
/// Either way the outputs are swapped in atomically: after a crash or a kill of topoc the
/// directory holds the old outputs or the new ones, never a mix. What differs is power loss.
public enum Durability: Sendable, Hashable {
    /// The default, as compilers, dtc and iasl do: no fsync. The kernel writes the files back
    /// in its own time, so a power loss within seconds of the compile may lose the new outputs
    /// (the file system's journal then holds the old ones, or, on some file systems, empty files).
    case atomic
    /// `--fsync`: every file, the staging directory and the parent are synced before and after the
    /// swap, so once topoc returns the new outputs survive a power loss.
    case synced
}

/// Writes a compile's outputs all at once: the directory holds either its old contents or the
/// new ones at every instant, never a mix, even if topoc is killed half-way.
///
/// The new contents are built in a sibling directory (unrelated files of the old directory are
/// hard-linked across, so nothing of the user's is lost), synced, and swapped into place with
/// `renameat2(RENAME_EXCHANGE)`. On a file system that cannot exchange, or when the directory
/// holds subdirectories, each file is still replaced atomically by its own rename.
public enum OutputDirectory {
    /// - Parameters:
    ///   - stale: names of earlier outputs of this topology that this compile no longer produces;
    ///     they are dropped rather than carried across.
    ///   - durability: whether the files and directories are synced (`--fsync`); atomic either way.
    public static func write(
        _ files: [OutputFile], to directory: String, dropping stale: Set<String> = [], durability: Durability = .atomic
    ) throws(IOFailure) {
        do {
            try write(to: directory, dropping: stale, durability: durability) { put in
                for file in files { try file.bytes.withUnsafeBytes { try put(file.name, $0) } }
            }
        } catch let error as IOFailure {
            throw error
        } catch {
            preconditionFailure("writing files can only fail with an IOFailure: \(error)")
        }
    }

    /// Like `write(_:to:dropping:)`, for outputs produced one at a time: `produce` is called
    /// once and hands each file to `put`, which writes it into the staging directory at once, so
    /// the caller need not hold every output in memory. The swap happens after `produce`
    /// returns; if it throws (its own error, or `put`'s `IOFailure`), the staging directory is
    /// removed, the directory is left as it was, and the error is rethrown.
    public static func write(
        to directory: String, dropping stale: Set<String> = [], durability: Durability = .atomic,
        producing produce: (_ put: (_ name: String, _ bytes: UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        let directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let (parent, base) = split(directory)
        try makeDirectories(parent)
        var info = stat()
        let exists = stat(directory, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFDIR {
            throw IOFailure(path: directory, reason: "exists and is not a directory")
        }
        // A compile killed half-way (SIGKILL, power loss) leaves its staging directory behind —
        // holding the old outputs after the swap, or partial new ones before it — and, on the
        // file-by-file path, hidden temporaries inside the directory. Neither is ever the output;
        // remove those of processes that no longer exist before starting.
        removeAbandoned(in: parent, prefix: ".\(base).topoc-")
        if exists { removeAbandoned(in: directory, prefix: ".", containing: ".topoc-tmp-") }
        let staging = "\(parent)/.\(base).topoc-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(staging, 0o755) == 0 else { throw failure(parent, "cannot create a staging directory") }
        do {
            // The new outputs first, then the old directory's other files beside them.
            var names: [String] = []
            // Consecutive pieces with one name are one file (a listing written as it is rendered).
            var open: (name: String, fd: Int32)?
            let sync = BackgroundSync(durability)
            do {
                try produce { name, bytes in
                    if open?.name != name {
                        if let (previous, fd) = open {
                            open = nil
                            sync.syncAndClose(fd, path: "\(staging)/\(previous)")
                        }
                        open = (name, try create("\(staging)/\(name)"))
                        names.append(name)
                    }
                    try writeAll(bytes, to: open!.fd, path: "\(staging)/\(name)")
                }
                if let (previous, fd) = open {
                    open = nil
                    sync.syncAndClose(fd, path: "\(staging)/\(previous)")
                }
            } catch {
                if let (_, fd) = open { close(fd) }
                try? sync.finish()
                throw error
            }
            let written = Set(names)
            var canSwap = true
            do {
                if exists {
                    canSwap = try carryOver(from: directory, to: staging, except: written.union(stale), durability: durability)
                }
                // Every entry is in place: the directory's sync joins the files' still in flight.
                if canSwap { sync.syncDirectory(staging) }
            } catch {
                try? sync.finish()
                throw error
            }
            try sync.finish()
            if canSwap {
                if !exists {
                    guard rename(staging, directory) == 0 else { throw failure(directory, "cannot move outputs into place") }
                    if durability == .synced { _ = topoc_fsync_path(parent) }
                    return
                }
                if topoc_rename_exchange(staging, directory) == 0 {
                    // The swap is made durable while the old outputs (now in staging) are removed.
                    let swapSync = BackgroundSync(durability)
                    swapSync.syncDirectory(parent)
                    removeTree(staging)
                    try? swapSync.finish()
                    return
                }
                guard errno == EINVAL || errno == ENOSYS || errno == EXDEV else {
                    throw failure(directory, "cannot swap outputs into place")
                }
            }
            // Fallback: replace file by file, each atomically, from the synced staging copies.
            for name in names {
                let target = "\(directory)/\(name)"
                if rename("\(staging)/\(name)", target) == 0 { continue }
                // The directory is another file system than its parent (a mount point): copy.
                let temporary = "\(directory)/.\(name).topoc-tmp-\(getpid())"
                try writeFile(try readFile("\(staging)/\(name)"), to: temporary, durability: durability)
                guard rename(temporary, target) == 0 else {
                    let error = failure(target, "cannot replace")
                    unlink(temporary)
                    throw error
                }
            }
            for name in stale where !written.contains(name) { unlink("\(directory)/\(name)") }
            if durability == .synced { _ = topoc_fsync_path(directory) }
            removeTree(staging)
        } catch {
            removeTree(staging)
            throw error
        }
    }

    /// Hands memory the process has freed back to the system (glibc keeps freed heap pages
    /// resident): a large compile frees far more while parsing than the model it keeps, and
    /// without this the outputs' buffers come on top of it in the peak.
    public static func releaseFreedMemory() {
        _ = topoc_release_free_memory()
    }

    /// Replaces one file atomically (write a sibling, sync it with `.synced`, rename over).
    public static func replaceFile(at path: String, with bytes: [UInt8], durability: Durability = .atomic) throws(IOFailure) {
        let temporary = "\(path).topoc-tmp-\(getpid())"
        do {
            try writeFile(bytes, to: temporary, durability: durability)
        } catch {
            // Named by the user's path: the temporary is an implementation detail.
            throw IOFailure(path: path, reason: error.reason)
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "cannot replace")
            unlink(temporary)
            throw error
        }
    }

    /// Hard-links (or copies) the old directory's other files into the staging directory.
    /// Returns false when the directory holds something that cannot be carried (a subdirectory).
    private static func carryOver(
        from directory: String, to staging: String, except skipped: Set<String>, durability: Durability
    ) throws(IOFailure) -> Bool {
        guard let dir = opendir(directory) else { throw failure(directory, "cannot read directory") }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." || skipped.contains(name) || isTemporary(name) { continue }
            var info = stat()
            guard lstat("\(directory)/\(name)", &info) == 0 else { continue }
            guard (info.st_mode & S_IFMT) == S_IFREG else { return false }
            if link("\(directory)/\(name)", "\(staging)/\(name)") != 0 {
                try writeFile(try readFile("\(directory)/\(name)"), to: "\(staging)/\(name)", durability: durability)
            }
        }
        return true
    }

    static func writeFile(_ bytes: [UInt8], to path: String, durability: Durability) throws(IOFailure) {
        let result = bytes.withUnsafeBytes { raw in Result { () throws(IOFailure) in try writeFile(raw, to: path, durability: durability) } }
        try result.get()
    }

    static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String, durability: Durability) throws(IOFailure) {
        let fd = try create(path)
        do {
            try writeAll(bytes, to: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
        if durability == .synced {
            try syncAndClose(fd, path: path)
        } else {
            close(fd)
        }
    }

    private static func create(_ path: String) throws(IOFailure) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "cannot create") }
        return fd
    }

    /// fsync, then close (closed either way).
    private static func syncAndClose(_ fd: Int32, path: String) throws(IOFailure) {
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(path, "cannot sync") }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws(IOFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write")
            }
            offset += written
        }
    }

    static func readFile(_ path: String) throws(IOFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open") }
        defer { close(fd) }
        var result: [UInt8] = []
        // Sized up front (plus one byte to see the end), so a large input is not copied while growing.
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { result.reserveCapacity(Int(info.st_size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { return result }
            result += chunk[0..<count]
        }
    }

    /// A hidden temporary of the file-by-file path (`.NAME.topoc-tmp-PID`): never carried across.
    private static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".topoc-tmp-")
    }

    /// Removes the entries of `directory` named `<prefix>PID-...` (or `...<marker>PID`) whose
    /// process PID is gone: what a killed compile left. Entries of a running compile are kept, so
    /// concurrent compiles into different directories of one parent do not disturb each other.
    /// (A dead compile's PID reused by an unrelated process only delays the cleanup.)
    static func removeAbandoned(in directory: String, prefix: String, containing marker: String? = nil) {
        guard let dir = opendir(directory) else { return }
        var abandoned: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name.hasPrefix(prefix), name != ".", name != ".." else { continue }
            let digits: Substring
            if let marker {
                guard name.contains(marker), let last = name.split(separator: "-").last else { continue }
                digits = last
            } else {
                digits = name.dropFirst(prefix.count).prefix { $0 != "-" }
            }
            guard let pid = pid_t(digits), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { abandoned.append(name) }
        }
        closedir(dir)
        for name in abandoned {
            let path = "\(directory)/\(name)"
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR { removeTree(path) } else { unlink(path) }
        }
    }

    private static func makeDirectories(_ path: String) throws(IOFailure) {
        var info = stat()
        if path.isEmpty || stat(path, &info) == 0 { return }
        let (parent, _) = split(path)
        if parent != path { try makeDirectories(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path, "cannot create directory") }
    }

    /// Removes the directory at `path` and the files in it, the files concurrently (`BackgroundSync.unlinkFile`).
    private static func removeTree(_ path: String) {
        let io = BackgroundSync(.atomic)  // unlinks only
        if let dir = opendir(path) {
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name != "." && name != ".." { io.unlinkFile("\(path)/\(name)") }
            }
            closedir(dir)
        }
        try? io.finish()
        rmdir(path)
    }

    private static func split(_ path: String) -> (parent: String, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    private static func failure(_ path: String, _ what: String) -> IOFailure {
        IOFailure(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
