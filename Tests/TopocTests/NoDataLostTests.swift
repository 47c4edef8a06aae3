import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 6, robustness item 3: a compile over an existing output directory never loses data.
/// Killed at any point, the directory holds the old or the new outputs, complete; an unwritable
/// or full output directory is a clear I/O error (exit 2) that leaves the old outputs alone.
@Suite(.serialized) struct NoDataLostTests {
    /// A valid arm64 topology with `devices` platform devices behind a virtio-mmio IOMMU (and, for
    /// the DT/ACPI emitters, an ITS and a root complex). `generation` moves every device, so two
    /// generations share their file names and differ in every file's bytes.
    static func largeTopology(devices: Int, generation: Int) -> String {
        var text = """
            topology: 1
            name: big
            arch: arm64
            msi-controllers:
              its: { type: gicv3-its, base: 0x08080000 }
            iommus:
              viommu: { type: virtio-pci, root-complex: pcie, bdf: "00:01.0" }
              vmmio: { type: virtio-mmio, base: 0x0a00_3e00, size: 0x200, interrupt: 47 }
            root-complexes:
              pcie:
                segment: 0
                buses: [0, 0xff]
                ecam: 0x4010000000
                windows:
                  - { type: mem32, cpu: 0x10000000, size: 0x2eff0000 }
                iommu-map:
                  - { rids: [0x0000, 0xffff], iommu: viommu, id: 0 }
                msi-map:
                  - { rids: [0x0000, 0xffff], controller: its, id: 0 }
            devices:

            """
        for i in 0..<devices {
            let base = 0x1_0000_0000 + UInt64(i) * 0x1000 + UInt64(generation) * 0x200
            text += "  dev\(i): { base: 0x\(String(base, radix: 16)), size: 0x200, iommu: vmmio, id: \(i + generation) }\n"
        }
        return text
    }

    static let deviceCount = 2000

    func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Names in `parent` that a compile into `parent/base` created beside it (staging directories).
    func staging(in parent: URL, base: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(".\(base).topoc-") }.sorted()
    }

    func restore(_ files: [String: Data], at directory: URL) throws {
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, bytes) in files { try bytes.write(to: directory.appendingPathComponent(name)) }
    }

    /// Starts `topoc compile`, SIGKILLs it after `delay` seconds (if still running), waits. With
    /// `writingIn`, the delay starts when a staging directory appears there (the writing phase,
    /// a small part of the compile, is where a kill matters).
    func compileKilled(
        after delay: Double, writingIn parent: URL? = nil, ignoring existing: [String] = [], _ arguments: [String]
    ) throws -> (killed: Bool, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try topocPath())
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let parent {
            while process.isRunning, try staging(in: parent, base: "out") == existing { usleep(200) }
        }
        usleep(useconds_t(delay * 1_000_000))
        let killed = process.isRunning && kill(process.processIdentifier, SIGKILL) == 0
        process.waitUntilExit()
        return (killed && process.terminationReason == .uncaughtSignal, process.terminationStatus)
    }

    /// Both durability modes promise atomicity (docs/robustness.md): the default swaps the outputs
    /// in without syncing them, `--fsync` syncs them first.
    @Test(arguments: [[], ["--fsync"]])
    func sigkillAtRandomPointsLeavesOldOrNewOutputs(durability: [String]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let oldFile = try write(Self.largeTopology(devices: Self.deviceCount, generation: 0), "old.yaml", in: dir)
        let newFile = try write(Self.largeTopology(devices: Self.deviceCount, generation: 1), "big.yaml", in: dir)

        // Snapshots of both complete outputs (a user file rides along: it must survive too).
        let clock = ContinuousClock()
        let start = clock.now
        let newRun = try topoc(["compile", newFile, "-o", out.path] + durability)
        let compileTime = clock.now - start
        try #require(newRun.status == 0, "\(newRun.stderr)")
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let new = try snapshot(out)
        try #require(try topoc(["compile", oldFile, "-o", out.path] + durability).status == 0)
        let old = try snapshot(out)
        try #require(old.keys == new.keys && old.count >= 10, "\(old.keys.sorted())")
        let differing = old.keys.filter { old[$0] != new[$0] }
        try #require(differing.count >= 7, "old and new outputs differ in \(differing.sorted())")

        let seconds = Double(compileTime.components.seconds) + Double(compileTime.components.attoseconds) / 1e18
        var random = SystemRandomNumberGenerator()
        var outcomes = (old: 0, new: 0, leftovers: 0)
        let iterations = 24
        for iteration in 0..<iterations {
            try restore(old, at: out)
            let stagingBefore = try staging(in: dir, base: "out")
            // Even iterations: anywhere in the compile; odd ones: while it writes its outputs, at
            // most 1 ms after the staging directory appears (writing and syncing the files takes
            // longer than that, so these kills land mid-write however fast the compile is).
            let writing = iteration % 2 == 1
            let delay = Double.random(in: 0...(writing ? 0.001 : seconds * 1.2), using: &random)
            let run = try compileKilled(after: delay, writingIn: writing ? dir : nil, ignoring: stagingBefore, ["compile", newFile, "-o", out.path] + durability)
            let now = try snapshot(out)
            if now == old {
                outcomes.old += 1
            } else if now == new {
                outcomes.new += 1
            } else {
                let mixed = now.keys.sorted().map { "\($0): \(now[$0] == old[$0] ? "old" : now[$0] == new[$0] ? "new" : "neither")" }
                Issue.record("iteration \(iteration), killed after \(delay) s (\(run)): a mix: \(mixed)")
                return
            }
            if try staging(in: dir, base: "out") != stagingBefore { outcomes.leftovers += 1 }
        }
        print("sigkill \(durability): compile takes \(compileTime); \(iterations) kills: \(outcomes.old) old, \(outcomes.new) new, \(outcomes.leftovers) with staging left")
        #expect(outcomes.old > 0, "no kill landed during a compile (compile takes \(compileTime))")
        #expect(outcomes.leftovers > 0, "no kill landed while the outputs were written")

        // What killed compiles left beside the directory does not break the next compile, which
        // removes it: the staging directories of dead processes are never outputs.
        let next = try topoc(["compile", newFile, "-o", out.path] + durability)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try snapshot(out) == new)
        #expect(try staging(in: dir, base: "out") == [], "staging directories of killed compiles are removed")
    }

    @Test func abandonedStagingAndTemporariesAreRemovedButLiveOnesKept() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let file = try write(Self.largeTopology(devices: 2, generation: 0), "big.yaml", in: dir)
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        let outputs = try snapshot(out)
        // A dead process's staging directory (with a partial output) and temporary, and a live
        // process's (this test's own PID: a compile that is still running).
        let dead: Int32 = 0x3fff_fff0  // above pid_max
        let fm = FileManager.default
        for pid in [dead, getpid()] {
            let staging = dir.appendingPathComponent(".out.topoc-\(pid)-42")
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("partial".utf8).write(to: staging.appendingPathComponent("big.dtb"))
            try Data("partial".utf8).write(to: out.appendingPathComponent(".big.dtb.topoc-tmp-\(pid)"))
        }
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        #expect(try staging(in: dir, base: "out") == [".out.topoc-\(getpid())-42"])
        // Temporaries are never carried into the new directory (the old one, with them, is dropped).
        let now = try snapshot(out)
        #expect(now == outputs, "\(now.keys.sorted())")
    }

    // MARK: Unwritable and full output directories

    /// Makes `directory` unwritable for this process, in a way that holds for root too: a
    /// read-only bind mount of it onto itself as root, mode 0555 otherwise. Returns the undo.
    func makeReadOnly(_ directory: URL) throws -> () -> Void {
        if getuid() != 0 {
            chmod(directory.path, 0o555)
            return { chmod(directory.path, 0o755) }
        }
        let mount = try tool("mount")
        let bind = try run(mount, ["--bind", directory.path, directory.path])
        let ro = try run(mount, ["-o", "remount,bind,ro", directory.path])
        guard bind.status == 0, ro.status == 0 else {
            _ = try? run(try tool("umount"), [directory.path])
            throw SetupFailure("cannot make \(directory.path) read-only for root with a read-only bind mount: \(bind.stderr)\(ro.stderr)")
        }
        return { _ = try? run(try tool("umount"), [directory.path]) }
    }

    @Test func fileByFileFallbackRemovesOnlyDeadTemporaries() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let file = try write(Self.largeTopology(devices: 2, generation: 0), "big.yaml", in: dir)
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        // A subdirectory makes the compile replace file by file (docs/topology-format.md).
        try FileManager.default.createDirectory(at: out.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let dead: Int32 = 0x3fff_fff0
        for pid in [dead, getpid()] {
            try Data("partial".utf8).write(to: out.appendingPathComponent(".big.dtb.topoc-tmp-\(pid)"))
        }
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(names == [".big.dtb.topoc-tmp-\(getpid())"], "only the live compile's temporary is left: \(names)")
    }

    @Test func readOnlyOutputDirectoryIsAnIOErrorAndKeepsTheOldOutputs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parent = dir.appendingPathComponent("parent")
        let out = parent.appendingPathComponent("out")
        let file = try write(Self.largeTopology(devices: 2, generation: 0), "big.yaml", in: dir)
        #expect(try topoc("compile", file, "-o", out.path).status == 0)
        let old = try snapshot(out)
        let newFile = try write(Self.largeTopology(devices: 2, generation: 1), "big.yaml", in: dir)
        let undo = try makeReadOnly(parent)
        defer { undo() }
        let result = try topoc("compile", newFile, "-o", out.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("\(parent.path): error: cannot create a staging directory"), "\(result.stderr)")
        #expect(result.stderr.contains("Read-only file system") || result.stderr.contains("Permission denied"), "\(result.stderr)")
        #expect(try snapshot(out) == old)
        // A new output directory under it cannot be created either.
        let fresh = try topoc("compile", newFile, "-o", parent.appendingPathComponent("fresh").path)
        #expect(fresh.status == 2 && fresh.stderr.contains("error:"), "\(fresh)")
    }

    @Test func fullFileSystemIsAnIOErrorAndKeepsTheOldOutputs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let disk = dir.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        // A 128 KiB tmpfs: the small topology's outputs fit, the large one's do not.
        let mounted = try run(try tool("mount"), ["-t", "tmpfs", "-o", "size=128k", "tmpfs", disk.path])
        guard mounted.status == 0 else {
            Issue.record("cannot mount a 128 KiB tmpfs to fill (needs root or CAP_SYS_ADMIN): \(mounted.stderr)")
            return
        }
        defer { _ = try? run(try tool("umount"), [disk.path]) }
        let out = disk.appendingPathComponent("out")
        let small = try write(Self.largeTopology(devices: 2, generation: 0), "big.yaml", in: dir)
        #expect(try topoc("compile", small, "-o", out.path).status == 0)
        let old = try snapshot(out)
        let large = try write(Self.largeTopology(devices: 2000, generation: 1), "large.yaml", in: dir)
        let result = try topoc("compile", large, "-o", out.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("error: cannot write: No space left on device"), "\(result.stderr)")
        #expect(try snapshot(out) == old)
        #expect(try staging(in: disk, base: "out") == [], "the failed compile removes its staging directory")
        // The space is given back: the small compile still works.
        #expect(try topoc("compile", small, "-o", out.path).status == 0)
    }

    @Test func fileSizeLimitIsAnIOErrorAndKeepsTheOldOutputs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let small = try write(Self.largeTopology(devices: 2, generation: 0), "big.yaml", in: dir)
        #expect(try topoc("compile", small, "-o", out.path).status == 0)
        let old = try snapshot(out)
        let large = try write(Self.largeTopology(devices: 400, generation: 1), "large.yaml", in: dir)
        // RLIMIT_FSIZE of 16 KiB with SIGXFSZ ignored: write(2) fails with EFBIG.
        let script = "ulimit -f 16 && trap '' XFSZ && exec \"$0\" compile \"$1\" -o \"$2\""
        let result = try run("/bin/sh", ["-c", script, try topocPath(), large, out.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("error: cannot write: File too large"), "\(result.stderr)")
        #expect(try snapshot(out) == old)
        #expect(try staging(in: dir, base: "out") == [])
    }
}
