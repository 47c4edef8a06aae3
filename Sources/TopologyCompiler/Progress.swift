import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress display for long work, the way build tools show it:
///
///     verify: feeding endpoints  1200/4096  3.4s
///
/// Any stage can be handed one (`phase`, `advance`); it draws nothing until the work has run
/// past `delay` seconds (short runs stay silent), redraws at most every `interval`, and clears
/// its line when done. It draws only when `isTerminal` is true: `ProgressReporter.standardError`
/// asks `isatty(2)`, so nothing reaches a file or a pipe. `--quiet` is a reporter that is off.
/// (Sendable by hand: the state is behind a mutex, the timer is only resumed and cancelled.)
public final class ProgressReporter: @unchecked Sendable {
    struct State {
        var command: String
        var phase = ""
        var done = 0
        var total: Int?
        var drawn = false
        var lastDraw = -Double.infinity
        var finished = false
    }

    private let state: Mutex<State>
    private let enabled: Bool
    private let delay: Double
    private let interval: Double
    private let now: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    private let start: Double
    private let ticker: (any DispatchSourceTimer)?

    /// - Parameters:
    ///   - command: the word the line starts with (`verify`).
    ///   - isTerminal: whether the output is a terminal; nothing is drawn otherwise.
    ///   - autoTick: redraw the elapsed time from a timer (between `advance` calls); tests tick by hand.
    public init(
        command: String, isTerminal: Bool, delay: Double = 1.0, interval: Double = 0.1, autoTick: Bool = true,
        now: @escaping @Sendable () -> Double = ProgressReporter.monotonicSeconds,
        write: @escaping @Sendable (String) -> Void = ProgressReporter.writeStandardError
    ) {
        self.state = Mutex(State(command: command))
        self.enabled = isTerminal
        self.delay = delay
        self.interval = interval
        self.now = now
        self.write = write
        self.start = now()
        if isTerminal && autoTick {
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
            timer.schedule(deadline: .now() + .milliseconds(Int(delay * 1000)), repeating: .milliseconds(250))
            ticker = timer
        } else {
            ticker = nil
        }
        ticker?.setEventHandler { [weak self] in self?.tick() }
        ticker?.resume()
    }

    /// A reporter that draws nothing (`--quiet`, or output that is not a terminal).
    public static func off(_ command: String = "") -> ProgressReporter {
        ProgressReporter(command: command, isTerminal: false)
    }

    /// A reporter on standard error, drawing only when standard error is a terminal and not `quiet`.
    public static func standardError(_ command: String, quiet: Bool) -> ProgressReporter {
        ProgressReporter(command: command, isTerminal: !quiet && isatty(2) == 1)
    }

    deinit { ticker?.cancel() }

    /// Starts a phase (`decoding blobs`), with `total` pieces when they are known.
    public func phase(_ name: String, total: Int? = nil) {
        update { s in
            s.phase = name
            s.done = 0
            s.total = total
            return true
        }
    }

    /// `count` more pieces of the current phase are done.
    public func advance(_ count: Int = 1) {
        update { s in
            s.done += count
            return false
        }
    }

    /// Redraws the line if it is due (the timer calls this; so can a stage in a long loop).
    public func tick() { update { _ in false } }

    /// Clears the line (if one was drawn) and stops drawing.
    public func finish() {
        ticker?.cancel()
        guard enabled else { return }
        let clear = state.withLock { s -> Bool in
            defer { s.finished = true }
            return s.drawn && !s.finished
        }
        if clear { write("\r\u{1B}[K") }
    }

    /// The text of the line for this state (no control characters), for tests and for drawing.
    static func line(_ s: State, elapsed: Double) -> String {
        var text = s.command.isEmpty ? s.phase : "\(s.command): \(s.phase)"
        if s.done > 0 || s.total != nil {
            text += "  \(s.done)"
            if let total = s.total { text += "/\(total)" }
        }
        let tenths = Int((elapsed * 10).rounded(.down))
        return text + "  \(tenths / 10).\(tenths % 10)s"
    }

    private func update(_ change: (inout State) -> Bool) {
        guard enabled else { return }
        let t = now()
        let text = state.withLock { s -> String? in
            let force = change(&s)
            guard !s.finished, t - start >= delay, force || t - s.lastDraw >= interval else { return nil }
            s.lastDraw = t
            s.drawn = true
            return Self.line(s, elapsed: t - start)
        }
        if let text { write("\r\u{1B}[K" + text) }
    }

    public static let monotonicSeconds: @Sendable () -> Double = {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public static let writeStandardError: @Sendable (String) -> Void = { text in
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { return }
            offset += n
        }
    }
}
