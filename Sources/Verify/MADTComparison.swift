import FirmwareDecode
import TopologyModel

/// The MADT against the topology's GIC. The MADT is the VMM's table (topoc writes none), but it is
/// where Linux finds what the topology's MSI controllers are: each ITS (by its GIC ITS ID, the ID
/// an IORT ITS group names) at its base, each GICv2m frame at its base with its SPIs (when the
/// topology gives them, the frame's flag must override `MSI_TYPER` with them; without them the
/// MADT may say anything), the first frame being the one whose MSI domain Linux
/// registers, and a GIC distributor of a version an ITS can be on (GICv3 or GICv4; a version of 0
/// leaves it to the hardware; GICv2m frames go with a GICv2 or a GICv3 without LPIs, which the
/// MADT cannot tell apart). Nothing more or less.
enum MADTComparison {
    static func mismatches(topology: Topology, madt: MADTTable) -> [Mismatch] {
        var result: [Mismatch] = []
        func add(_ subject: String, _ blob: String, _ topo: String, _ location: SourceLocation?) {
            result.append(Mismatch(subject: subject, format: "MADT", blobSays: blob, topologySays: topo,
                                   deviceAnswered: "nothing (the GIC is not modelled)", location: location))
        }
        var itsSeen = Set<Int>(), framesSeen = Set<Int>()
        var frames: [MSIController] = []
        for c in topology.msiControllers {
            switch c.kind {
            case .gicv3ITS(let base, let itsID):
                let subject = "ITS '\(c.name)' (ITS ID \(itsID))"
                guard let entry = madt.itss.first(where: { $0.itsID == itsID }) else {
                    add(subject, "no GIC ITS structure with ITS ID \(itsID)", "an ITS at \(hex(base))", c.source.location)
                    continue
                }
                itsSeen.insert(entry.offset)
                if entry.baseAddress != base {
                    add(subject, "a GIC ITS structure at offset \(entry.offset) with base \(hex(entry.baseAddress))", "base \(hex(base))", c.source["base"])
                }
            case .gicv2m(let base, let spis):
                frames.append(c)
                let subject = "GICv2m frame '\(c.name)'"
                guard let entry = madt.msiFrames.first(where: { $0.baseAddress == base }) else {
                    add(subject, "no GIC MSI frame structure at \(hex(base))", "a frame at \(hex(base))", c.source.location)
                    continue
                }
                framesSeen.insert(entry.offset)
                // A topology without SPIs leaves them to the frame's MSI_TYPER: any MADT value does.
                let given = entry.overridesSPIs ? MSIController.GICv2mSPIs(base: UInt32(entry.spiBase), count: UInt32(entry.spiCount)) : nil
                if let spis, given != spis {
                    func text(_ s: MSIController.GICv2mSPIs?) -> String {
                        s?.text ?? "the frame's own MSI_TYPER (no SPI override)"
                    }
                    add(subject, "the structure at offset \(entry.offset) gives \(text(given))", text(spis), c.source["spi-base"])
                }
            case .x86MSI:
                continue
            }
        }
        if let first = frames.first, let owner = madt.msiFrames.first, owner.baseAddress != first.mmioRegion?.first {
            add("GICv2m frame '\(first.name)'", "the first GIC MSI frame structure, whose MSI domain Linux registers, is at \(hex(owner.baseAddress))",
                "'\(first.name)' first, the frame MSIs are routed to", first.source.location)
        }
        for entry in madt.itss where !itsSeen.contains(entry.offset) {
            add("GIC ITS structure at offset \(entry.offset)", "an ITS with ITS ID \(entry.itsID) at \(hex(entry.baseAddress))", "no ITS with that ITS ID", nil)
        }
        for entry in madt.msiFrames where !framesSeen.contains(entry.offset) {
            add("GIC MSI frame structure at offset \(entry.offset)", "a GICv2m frame at \(hex(entry.baseAddress))", "no GICv2m frame there", nil)
        }
        if let version = madt.gicVersion, let wanted = wantedVersions(topology), !wanted.versions.contains(version) {
            add("the GIC distributor", "version \(version)", wanted.text, wanted.location)
        }
        return result
    }

    /// The distributor versions the topology's MSI controllers need, if they need one: an ITS a
    /// GICv3 or GICv4 (GICv2m frames go with a GICv2 or a GICv3 without LPIs: any version).
    private static func wantedVersions(_ t: Topology) -> (versions: ClosedRange<UInt8>, text: String, location: SourceLocation)? {
        if let its = t.msiControllers.first(where: \.isITS) {
            return (3...4, "a GICv3 or GICv4 (ITS '\(its.name)')", its.source["type"])
        }
        return nil
    }
}
