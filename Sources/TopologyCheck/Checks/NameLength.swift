import TopologyModel

/// The topology's name names its output files (`<name>.dtb`, `<name>.dts`) and default output
/// directory (`Output/<name>`). File systems allow 255 bytes per path component (ext4, XFS, Btrfs,
/// tmpfs, APFS; NAME_MAX), so a longer name would fail only when writing ("File name too long"),
/// after every check had passed. The longest file it names is `<name>.dts`: 4 bytes more.
struct NameLength: TopologyRule {
    static let id = "name-too-long"
    static let summary = "a topology name longer than 251 bytes (its output files, <name>.dtb, would pass 255)"
    static let example = #"topology name is 300 bytes; at most 251 fit in a file name with its suffix (nnnnnnnnnnnnnnnn....dtb must stay within 255 bytes)"#
    /// NAME_MAX minus the longest suffix topoc adds (`.dtb`, `.dts`).
    static let maxLength = 255 - 4

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let length = topology.name.utf8.count
        guard length > Self.maxLength else { return }
        report.append(
            diagnostic(
                "topology name is \(length) bytes; at most \(Self.maxLength) fit in a file name with its suffix (\(topology.name.prefix(16))....dtb must stay within 255 bytes)",
                at: topology.source["name"]))
    }
}
