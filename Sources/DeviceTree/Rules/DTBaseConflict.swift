import TopologyModel

/// `dt-base-conflict`: a topology node that contradicts a node or phandle of the `--base` tree.
public enum DTBaseConflict: DiagnosticRule {
    public static let id = "dt-base-conflict"
    public static let summary = "a topology node that contradicts a node or phandle of the --base tree"
    public static let example = #"the base device tree's root has #address-cells = <0x1>; topoc merges into trees with 64-bit addresses and sizes (2 cells)"#
}
