import TopologyModel

public enum SSDTTable {
    public static func build(_ t: Topology) -> ACPITableOutput {
        fatalError("todo")
    }
}
