import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Syncs and closes written files on a background thread while the compile goes on building the
/// next output. Each `fsync` waits for the disk (a cache flush per file); done one after another
/// they were a quarter of a small compile's wall time, and in the background they overlap with
/// the work that produces the next file. `finish()` waits for all of them before the outputs are
/// swapped into place, so what the swap publishes is as durable as before.
final class BackgroundSync: Sendable {
    private let queue = DispatchQueue(label: "topoc.output-sync")
    private let firstFailure = Mutex<IOFailure?>(nil)

    /// Hands `fd` over: it is synced and closed in the background (closed even when the sync fails).
    func syncAndClose(_ fd: Int32, path: String) {
        queue.async { [self] in
            defer { close(fd) }
            guard fsync(fd) != 0 else { return }
            let failure = IOFailure(path: path, reason: "cannot sync: \(String(cString: strerror(errno)))")
            firstFailure.withLock { if $0 == nil { $0 = failure } }
        }
    }

    /// Waits until every file handed over is synced and closed; throws the first failure.
    func finish() throws(IOFailure) {
        queue.sync {}
        if let failure = firstFailure.withLock({ $0 }) { throw failure }
    }
}
