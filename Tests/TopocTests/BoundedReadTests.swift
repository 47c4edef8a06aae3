import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Reads are bounded whatever the source: a device or an endless pipe is refused (exit 1 or 2)
/// quickly and without growing. Measured on the real executable: peak RSS as the kernel's
/// high-water mark of the exec'd image (VmHWM in /proc/PID/status, monotonic), sampled until
/// the process exits — wait4's ru_maxrss cannot be used, as exec carries the spawning test
/// process's own peak into it. "Stops at the limit" is asserted in bytes, not seconds: the pipe's
/// feeder counts what topoc took from it, which must not exceed the 32 MiB limit by more than
/// the pipe's buffer and one block. No CPU or wall-time bound (the machine is shared; speed is
/// the benchmarks' business); wall time is only a hang guard.
@Suite(.serialized) struct BoundedReadTests {
    struct Outcome {
        var status: Int32
        var maxRSSKiB: Int
        var wallSeconds: Double
        var stderr: String
        /// Bytes the endless feeder managed to write into the pipe (0 without endless input).
        var bytesFed: Int
    }

    /// Runs `topoc arguments`; with `endlessInput`, its standard input is a pipe fed `# c` lines
    /// by a thread until topoc closes it.
    func measure(_ arguments: [String], endlessInput: Bool = false) throws -> Outcome {
        signal(SIGPIPE, SIG_IGN)
        var input: [Int32] = [0, 0]
        precondition(pipe(&input) == 0)
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("topoc-bounded-\(UUID().uuidString)").path
        defer { unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_addclose(&actions, input[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let path = try topocPath()
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        #expect(posix_spawn(&pid, path, &actions, nil, argv, environ) == 0)
        close(input[0])
        let writer = input[1]
        let fed = FedBytes()
        let feeder = Thread {
            let line = Array("# c\n".utf8)
            let block = Array(repeating: line, count: 16384).flatMap { $0 }
            while endlessInput {
                let n = block.withUnsafeBytes({ write(writer, $0.baseAddress!, $0.count) })
                if n < 0 { break }
                fed.add(n)
            }
            close(writer)
            fed.finish()
        }
        feeder.start()
        var peakKiB = 0
        while true {
            // The last VmHWM read before the process turns zombie (its memory then is gone).
            // Only once it runs topoc: before exec the spawned child still shares this process's memory.
            if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                status.hasPrefix("Name:\ttopoc"),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
            {
                peakKiB = max(peakKiB, kib)
            }
            var info = siginfo_t()
            if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0, info._sifields._sigchld.si_pid == pid { break }
            usleep(200)
        }
        var status: Int32 = 0
        #expect(waitpid(pid, &status, 0) == pid)
        let wall = Date().timeIntervalSince(start)
        fed.waitUntilFinished()
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(
            status: code, maxRSSKiB: peakKiB, wallSeconds: wall,
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", bytesFed: fed.total)
    }

    /// The feeder thread's byte count, read once the thread has closed the pipe.
    final class FedBytes: @unchecked Sendable {
        private let done = NSCondition()
        private var finished = false
        private(set) var total = 0
        func add(_ n: Int) { done.lock(); total += n; done.unlock() }
        func finish() { done.lock(); finished = true; done.broadcast(); done.unlock() }
        func waitUntilFinished() {
            done.lock()
            while !finished { done.wait() }
            done.unlock()
        }
    }

    func expectBounded(_ o: Outcome, _ what: String) {
        #expect(o.status == 1 || o.status == 2, "\(what): exit \(o.status)\n\(o.stderr)")
        #expect(o.maxRSSKiB > 0, "\(what): no VmHWM sample")
        #expect(o.maxRSSKiB < 64 * 1024, "\(what): peak RSS \(o.maxRSSKiB) KiB")
        // Wall time only as a hang guard; speed is measured by `make bench`, not here.
        #expect(o.wallSeconds < 60, "\(what): \(o.wallSeconds) s")
    }

    @Test func devZeroIsRefusedAtItsFirstByte() throws {
        let o = try measure(["check", "/dev/zero"])
        expectBounded(o, "/dev/zero")
        #expect(o.stderr.contains("control byte 0x00 at offset 0"), "\(o.stderr)")
        #expect(o.stderr.contains("[binary-input]"))
    }

    @Test func devUrandomIsRefusedEarly() throws {
        let o = try measure(["check", "/dev/urandom"])
        expectBounded(o, "/dev/urandom")
        #expect(o.stderr.contains("[binary-input]") || o.stderr.contains("[not-utf8]"), "\(o.stderr)")
        #expect(o.stderr.contains("at offset "))
    }

    @Test func anEndlessPipeStopsAtTheLimit() throws {
        let o = try measure(["check", "/dev/stdin"], endlessInput: true)
        expectBounded(o, "endless pipe")
        #expect(o.stderr.contains("more than the 32 MiB"), "\(o.stderr)")
        // topoc stopped reading at the limit: the feeder got no further than 32 MiB, plus what the
        // pipe buffers (at most 1 MiB, /proc/sys/fs/pipe-max-size's default) and one 64 KiB block.
        let limit = 32 << 20
        #expect(o.bytesFed > limit, "the feeder wrote only \(o.bytesFed) bytes: the limit was never reached")
        #expect(o.bytesFed <= limit + (1 << 20) + (64 << 10), "topoc took \(o.bytesFed) bytes from an endless pipe")
        #expect(o.stderr.contains("[file-too-large]"))
    }
}
