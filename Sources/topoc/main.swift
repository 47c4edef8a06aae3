import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

// swift-argument-parser exits 64 on usage errors; cli.md promises 2.
var parsed: ParsableCommand.Type = Topoc.self
do {
    var command = try Topoc.parseAsRoot()
    parsed = type(of: command)
    try command.run()
} catch let exit as ExitCode {
    Glibc.exit(exit.rawValue)
} catch {
    let code = Topoc.exitCode(for: error)
    if code == .success {
        print(Topoc.fullMessage(for: error))
        Glibc.exit(0)
    }
    reportUsageError(error, in: parsed)
    Glibc.exit(Status.usage)
}
