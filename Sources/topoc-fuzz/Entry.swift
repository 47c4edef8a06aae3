// topoc-fuzz: libFuzzer targets over topoc's untrusted-input surfaces (README "Robustness").
//
//   topoc-fuzz TARGET [libFuzzer flags] [CORPUS...]   (`make fuzz`: libFuzzer + ASan/LSan build)
//   topoc-fuzz TARGET FILE...                         (a normal build: runs each file once)
//
// TARGET is one of: topology, dtb, acpi, decompile, device (or $TOPOC_FUZZ_TARGET).
#if canImport(Glibc)
    import Glibc
#endif

func complain(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func lookUp(_ name: String?) -> (@Sendable ([UInt8]) -> Void)? {
    if let name, let target = FuzzTargets.all[name] { return target }
    let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
    complain("usage: topoc-fuzz TARGET [libFuzzer flags | FILE...]; targets: \(names)")
    return nil
}

#if TOPOC_LIBFUZZER
    // SwiftPM builds this file as a library under --sanitize fuzzer: libFuzzer owns main().
    nonisolated(unsafe) var selected: (@Sendable ([UInt8]) -> Void)?

    /// Takes the target name out of the arguments before libFuzzer reads them as corpora.
    @_cdecl("LLVMFuzzerInitialize")
    func fuzzerInitialize(
        _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
    ) -> Int32 {
        var name = getenv("TOPOC_FUZZ_TARGET").map { String(cString: $0) }
        if name == nil, argc.pointee >= 2, let args = argv.pointee, let first = args[1] {
            name = String(cString: first)
            for i in 1..<Int(argc.pointee) { args[i] = args[i + 1] }  // argv[argc] is NULL
            argc.pointee -= 1
        }
        guard let target = lookUp(name) else { exit(2) }
        selected = target
        return 0
    }

    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        selected?(bytes)
        return 0
    }
#else
    /// A normal build: each FILE is run once through TARGET (to replay a crash or a corpus).
    @main struct Replay {
        static func main() {
            let arguments = CommandLine.arguments
            guard arguments.count >= 2, let target = lookUp(arguments[1]) else { exit(2) }
            for path in arguments.dropFirst(2) {
                guard let file = fopen(path, "rb") else {
                    complain("\(path): cannot open")
                    exit(2)
                }
                var bytes: [UInt8] = []
                var chunk = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = fread(&chunk, 1, chunk.count, file)
                    if n <= 0 { break }
                    bytes += chunk[0..<n]
                }
                fclose(file)
                target(bytes)
                print("\(path): ok")
            }
        }
    }
#endif
