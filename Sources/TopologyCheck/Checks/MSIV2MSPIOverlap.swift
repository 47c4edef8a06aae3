import TopologyModel

/// Two GICv2m frames that declare common SPIs. Linux (`irq-gic-v2m.c`) keeps one allocation
/// bitmap per frame and hands each frame's SPIs out as its own, so two MSIs could be given the
/// same SPI and each would raise the other's interrupt.
struct MSIV2MSPIOverlap: TopologyRule {
    static let id = "msi-v2m-spi-overlap"
    static let summary = "two GICv2m frames whose declared SPIs (spi-base, spi-count) overlap"
    static let example = #"GICv2m frames 'v2m0' (SPIs 80-143) and 'v2m1' (SPIs 128-191) both raise SPIs 128-143; Linux allocates each frame's SPIs to MSIs on its own, so two MSIs could share one"#

    func check(_ topology: Topology, _ report: inout [Diagnostic]) {
        let frames = DeclaredSPIs.of(topology)
        for (later, frame) in frames.enumerated() {
            for earlier in frames[..<later] where earlier.ids.overlaps(frame.ids) {
                let common = max(earlier.ids.lowerBound, frame.ids.lowerBound)...min(earlier.ids.upperBound, frame.ids.upperBound)
                report.append(
                    diagnostic(
                        "GICv2m frames '\(earlier.frame.name)' (\(earlier.text)) and '\(frame.frame.name)' (\(frame.text)) both raise SPIs \(common.lowerBound)-\(common.upperBound); Linux allocates each frame's SPIs to MSIs on its own, so two MSIs could share one",
                        at: frame.frame.source["spi-base"],
                        notes: [DiagnosticNote("'\(earlier.frame.name)' declared here", at: earlier.frame.source["spi-base"])]))
            }
        }
    }
}
