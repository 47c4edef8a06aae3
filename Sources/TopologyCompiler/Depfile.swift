/// A make-style dependency file: every output depends on the topology file, so make and ninja
/// rebuild the blobs when it changes.
public enum Depfile {
    public static func render(outputs: [String], inputs: [String]) -> String {
        outputs.map(escape).joined(separator: " ") + ": " + inputs.map(escape).joined(separator: " ") + "\n"
    }

    /// Make's escaping: spaces and `#` get a backslash, `$` doubles.
    static func escape(_ path: String) -> String {
        var out = ""
        for ch in path {
            switch ch {
            case " ": out += "\\ "
            case "#": out += "\\#"
            case "$": out += "$$"
            default: out.append(ch)
            }
        }
        return out
    }
}
