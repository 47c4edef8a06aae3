/// The name grammar of the topology format, written once: the parser accepts names by it,
/// decompile makes names that pass it, and the command line checks `--name` and explain's
/// device argument with it.
public enum Names {
    /// Names of IOMMUs, MSI controllers, root complexes and devices: `[a-z][a-z0-9_-]*`.
    public static func isComponentName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy(isNameScalar)
    }

    /// The topology's own name, which names output files: `[a-z0-9][a-z0-9_-]*`.
    public static func isTopologyName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy(isNameScalar)
    }

    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }
}
