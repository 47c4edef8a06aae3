import CAtomicRename
import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Syncs and closes written files on background threads while the compile goes on building the
/// next output. Each `fsync` waits for the disk (a cache flush per file); done one after another
/// they were a quarter of a small compile's wall time. Here they run concurrently with each other
/// and with the work that produces the next file, and the staging directory's own sync joins them
/// once every file is in it. `finish()` waits for all of them before the outputs are swapped into
/// place, so what the swap publishes is as durable as before.
///
/// With `Durability.atomic` nothing is synced: files are closed at once and directory syncs are
/// skipped; unlinks still run in the background.
final class BackgroundSync: Sendable {
    private let durability: Durability
    private let queue = DispatchQueue(label: "topoc.output-sync", attributes: .concurrent)
    private let group = DispatchGroup()
    private let firstFailure = Mutex<IOFailure?>(nil)

    init(_ durability: Durability) {
        self.durability = durability
    }

    /// Hands `fd` over: it is synced and closed in the background (closed even when the sync fails).
    func syncAndClose(_ fd: Int32, path: String) {
        guard durability == .synced else {
            close(fd)
            return
        }
        queue.async(group: group) { [self] in
            defer { close(fd) }
            if fsync(fd) != 0 { record(path) }
        }
    }

    /// Syncs the directory at `path` (its entries) in the background. As before this class, a
    /// directory that cannot be synced (some file systems refuse) is not an error.
    func syncDirectory(_ path: String) {
        guard durability == .synced else { return }
        queue.async(group: group) { _ = topoc_fsync_path(path) }
    }

    /// Removes the file at `path` in the background (failures ignored: used for outputs already
    /// replaced). On a file system mounted with `discard` each unlink waits for the device to trim
    /// the file's blocks (140-280 µs a file on the development machine), so they overlap.
    func unlinkFile(_ path: String) {
        queue.async(group: group) { _ = unlink(path) }
    }

    private func record(_ path: String) {
        let failure = IOFailure(path: path, reason: "cannot sync: \(String(cString: strerror(errno)))")
        firstFailure.withLock { if $0 == nil { $0 = failure } }
    }

    /// Waits until everything handed over is synced (and files closed); throws the first failure.
    func finish() throws(IOFailure) {
        group.wait()
        if let failure = firstFailure.withLock({ $0 }) { throw failure }
    }
}
