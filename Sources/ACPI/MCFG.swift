import TopologyModel

/// MCFG, revision 1: one ECAM allocation per root complex with `ecam`, in declaration order,
/// spanning its `ecam-buses` (else its buses).
public enum MCFGTable {
    /// Builds the MCFG of `t` (the OS reads bus B of an entry at `base + (B << 20)`).
    public static func build(_ t: Topology) -> ACPITableOutput {
        let w = writer(t)
        return ACPITableOutput(kind: .mcfg, aml: w.bytes, dslBytes: DataTableDSL.renderBytes(w, title: "MCFG"))
    }

    /// The finished table with its fields, for rendering the listing in pieces (`DataTableDSL.render(_:title:into:)`).
    static func writer(_ t: Topology) -> ACPITableWriter {
        var w = ACPITableWriter()
        w.header(signature: "MCFG", revision: 1, fields: t.acpi, tableName: "Memory Mapped Configuration table")
        w.group()
        w.u64(0, "Reserved")
        for rc in t.rootComplexes {
            guard let ecam = rc.ecam else { continue }
            w.group()
            // The OS reads bus B at base + (B << 20): the entry names where bus 0 would be.
            let buses = rc.ecamBusRange
            w.u64(ecam &- (UInt64(buses.lowerBound) << 20), "Base Address")
            w.u16(rc.segment, "Segment Group Number")
            w.u8(buses.lowerBound, "Start Bus Number")
            w.u8(buses.upperBound, "End Bus Number")
            w.u32(0, "Reserved")
        }
        w.finish()
        return w
    }
}
