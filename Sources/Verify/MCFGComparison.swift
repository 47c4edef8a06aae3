import FirmwareDecode
import TopologyModel

/// MCFG against the root complexes' ECAM windows. An MCFG entry's base address is the ECAM
/// address of bus 0 of its segment (PCI Firmware spec; Linux reads bus B at `base + (B << 20)`),
/// while a root complex's `ecam` (and the DT `reg`) is the window of its first bus: the entry must
/// say `ecam - (first bus << 20)`. (The checker refuses an `ecam` below that offset,
/// `ecam-below-bus-zero`.)
enum MCFGComparison {
    static func mismatches(topology: Topology, mcfg: MCFGTable) -> [Mismatch] {
        var result: [Mismatch] = []
        var used = Set<Int>()
        for rc in topology.rootComplexes {
            guard let ecam = rc.ecam else { continue }
            let entry = mcfg.entries.first { $0.segment == rc.segment && $0.startBus == rc.firstBus }
            if let entry { used.insert(entry.offset) }
            let offset = UInt64(rc.firstBus) << 20
            let base: UInt64? = ecam >= offset ? ecam - offset : nil
            let blob = entry.map { "base \(hex($0.baseAddress)) (bus 0) buses \(hex($0.startBus))-\(hex($0.endBus)), entry at offset \($0.offset)" }
                ?? "no entry for segment \(rc.segment) starting at bus \(hex(rc.firstBus))"
            let topo = "base \(base.map { hex($0) } ?? "below 0") (bus 0; ecam \(hex(ecam)) is bus \(hex(rc.firstBus))) buses \(hex(rc.firstBus))-\(hex(rc.lastBus))"
            if entry == nil || base == nil || entry!.baseAddress != base! || entry!.endBus != rc.lastBus {
                result.append(Mismatch(subject: "root complex '\(rc.name)' (segment \(rc.segment))", format: "MCFG", blobSays: blob,
                                       topologySays: topo, deviceAnswered: "nothing (configuration space is not modelled)",
                                       location: rc.source["ecam"]))
            }
        }
        for entry in mcfg.entries where !used.contains(entry.offset) {
            result.append(Mismatch(subject: "MCFG entry at offset \(entry.offset)", format: "MCFG",
                                   blobSays: "base \(hex(entry.baseAddress)) segment \(entry.segment) buses \(hex(entry.startBus))-\(hex(entry.endBus))",
                                   topologySays: "no root complex with ecam there", deviceAnswered: "nothing", location: nil))
        }
        return result
    }
}
