import FirmwareDecode
import TopologyModel

/// MCFG against the root complexes' ECAM windows. An MCFG entry's base address is the ECAM
/// address of bus 0 of its segment (PCI Firmware spec; Linux reads bus B at `base + (B << 20)`),
/// while a root complex's `ecam` is the window of its first ECAM bus (the first of `ecam-buses`,
/// else of `buses`): the entry must say `ecam - (first bus << 20)` and span the same buses. (The
/// checker refuses an `ecam` below that offset, `ecam-below-bus-zero`.)
///
/// Each ECAM window is a row of the report, and so is each MCFG entry no window matches: a
/// mismatch is counted on the row it is about, never on an ID range's.
enum MCFGComparison {
    struct Check {
        var row: VerificationReport.Row
        var mismatch: Mismatch?
    }

    static func checks(topology: Topology, mcfg: MCFGTable) -> [Check] {
        var result: [Check] = []
        var used = Set<Int>()
        for rc in topology.rootComplexes {
            guard let ecam = rc.ecam else { continue }
            let buses = rc.ecamBusRange
            let entry = mcfg.entries.first { $0.segment == rc.segment && $0.startBus == buses.lowerBound }
            if let entry { used.insert(entry.offset) }
            let offset = UInt64(buses.lowerBound) << 20
            let base: UInt64? = ecam >= offset ? ecam - offset : nil
            let row = VerificationReport.Row(
                source: "\(rc.name) seg \(rc.segment) ECAM buses \(hex(buses.lowerBound, digits: 2))-\(hex(buses.upperBound, digits: 2))",
                translation: "ECAM \(hex(ecam))", msi: "-", checkedIDs: buses.count, exhaustive: true, mismatches: 0)
            let blob = entry.map { "base \(hex($0.baseAddress)) (bus 0) buses \(hex($0.startBus))-\(hex($0.endBus)), entry at offset \($0.offset)" }
                ?? "no entry for segment \(rc.segment) starting at bus \(hex(buses.lowerBound))"
            let key = rc.ecamBuses != nil ? "ecam-buses" : "buses"
            let topo = "base \(base.map { hex($0) } ?? "below 0") (bus 0; ecam \(hex(ecam)) is bus \(hex(buses.lowerBound))) buses \(hex(buses.lowerBound))-\(hex(buses.upperBound)) (its \(key))"
            var mismatch: Mismatch?
            if entry == nil || base == nil || entry!.baseAddress != base! || entry!.endBus != buses.upperBound {
                mismatch = Mismatch(subject: "the ECAM window of root complex '\(rc.name)' (segment \(rc.segment))", format: "MCFG", blobSays: blob,
                                    topologySays: topo, deviceAnswered: "nothing (configuration space is not modelled)",
                                    location: rc.source["ecam"])
            }
            result.append(Check(row: row, mismatch: mismatch))
        }
        for entry in mcfg.entries where !used.contains(entry.offset) {
            let row = VerificationReport.Row(
                source: "MCFG entry at offset \(entry.offset) seg \(entry.segment) buses \(hex(entry.startBus, digits: 2))-\(hex(entry.endBus, digits: 2))",
                translation: "-", msi: "-", checkedIDs: Int(entry.endBus) - Int(entry.startBus) + 1, exhaustive: true, mismatches: 0)
            let mismatch = Mismatch(subject: "MCFG entry at offset \(entry.offset)", format: "MCFG",
                                    blobSays: "base \(hex(entry.baseAddress)) segment \(entry.segment) buses \(hex(entry.startBus))-\(hex(entry.endBus))",
                                    topologySays: "no root complex with ecam there", deviceAnswered: "nothing", location: nil)
            result.append(Check(row: row, mismatch: mismatch))
        }
        return result
    }
}
