/// Reading a topology file. I/O failures are `IOFailure` (exit 2), distinct from invalid
/// content (exit 1), which the parser reports with a location.
public enum SourceFile {
    public static func read(_ path: String) throws(IOFailure) -> [UInt8] {
        try OutputDirectory.readFile(path)
    }
}
