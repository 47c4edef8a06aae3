import TopologyModel

/// Warning: a wired interrupt on an SPI that a GICv2m frame declares it raises. Linux hands every
/// SPI of the frame to MSIs, so one could be allocated the wired line's SPI, and the two would
/// share it: each device's interrupts would reach the other's handler. QEMU's own virt machine
/// does this with a GICv2 and `iommu=smmuv3` (the frame's SPIs 80-143 hold the SMMU's 106-109),
/// so it is a warning, not an error: it bites only when that many MSIs are allocated.
struct MSIV2MSPIWired: TopologyRule {
    static let id = "msi-v2m-spi-wired"
    static let defaultSeverity = Severity.warning
    static let summary = "a wired interrupt on an SPI that a GICv2m frame gives to MSIs"
    static let example = #"eventq (GSIV 106), priq (GSIV 107), cmdq-sync (GSIV 108) and gerror (GSIV 109) of SMMUv3 'smmu' are among the SPIs GICv2m frame 'v2m' gives to MSIs (SPIs 80-143): an MSI allocated one of them would share its line"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let frames = DeclaredSPIs.of(topology)
        guard !frames.isEmpty else { return }
        // One finding per owner and frame: an SMMU's four lines are one fact about one key.
        var hits: [(owner: String, frame: DeclaredSPIs, lines: [WiredLine])] = []
        for line in WiredLine.of(topology) {
            guard let frame = frames.first(where: { $0.ids.contains(line.id) }) else { continue }
            if let last = hits.last, last.owner == line.owner, last.frame.frame.name == frame.frame.name {
                hits[hits.count - 1].lines.append(line)
            } else {
                hits.append((line.owner, frame, [line]))
            }
        }
        for hit in hits {
            let what = "\(spokenList(hit.lines.map(\.what))) of \(hit.owner)"
            let message = hit.lines.count == 1
                ? "\(what) is one of the SPIs GICv2m frame '\(hit.frame.frame.name)' gives to MSIs (\(hit.frame.text)): an MSI allocated it would share its line"
                : "\(what) are among the SPIs GICv2m frame '\(hit.frame.frame.name)' gives to MSIs (\(hit.frame.text)): an MSI allocated one of them would share its line"
            report.append(
                diagnostic(message, at: hit.lines[0].location,
                    notes: [DiagnosticNote("'\(hit.frame.frame.name)' declared here", at: hit.frame.frame.source["spi-base"])]))
        }
    }
}
