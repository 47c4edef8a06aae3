import TopologyModel

// What the two GICv2m SPI rules look at: the SPIs each frame declares it raises, and every wired
// line of the machine as a GIC interrupt ID. A frame without `spi-base`/`spi-count` leaves its
// SPIs to its `MSI_TYPER` register, which the topology does not know, so it is in neither rule.

/// A GICv2m frame with the SPIs it declares, as a closed range of GIC interrupt IDs.
struct DeclaredSPIs {
    var frame: MSIController
    var ids: ClosedRange<UInt32>

    /// The frames that declare their SPIs, in declaration order.
    static func of(_ topology: Topology) -> [DeclaredSPIs] {
        topology.msiControllers.compactMap { controller in
            guard case .gicv2m(_, let spis?) = controller.kind, spis.count > 0 else { return nil }
            let last = UInt64(spis.base) + UInt64(spis.count) - 1
            guard last <= UInt64(UInt32.max) else { return nil }
            return DeclaredSPIs(frame: controller, ids: spis.base...UInt32(last))
        }
    }

    /// `SPIs 80-143`, as messages say a frame's SPIs.
    var text: String { "SPIs \(ids.lowerBound)-\(ids.upperBound)" }
}

/// One wired interrupt line, as its GIC interrupt ID.
struct WiredLine {
    /// "interrupt 60 (GIC interrupt ID 92)", "eventq (GSIV 106)".
    var what: String
    /// "device 'uart0'", "SMMUv3 'smmu'": whose line it is.
    var owner: String
    var id: UInt32
    var location: SourceLocation

    /// Every wired line of an arm64 topology, owner by owner: devices' and virtio-mmio IOMMUs'
    /// `interrupt` (SPI numbers) and the SMMUv3s' wired `interrupts` (GSIVs; 0 is "not wired").
    static func of(_ topology: Topology) -> [WiredLine] {
        guard topology.arch == .arm64 else { return [] }
        func spi(_ number: UInt32, of owner: String, at location: SourceLocation) -> WiredLine {
            let id = GICInterrupt.id(ofSPI: number)
            return WiredLine(what: "interrupt \(number) (GIC interrupt ID \(id))", owner: owner, id: id, location: location)
        }
        var lines: [WiredLine] = []
        for iommu in topology.iommus {
            switch iommu.kind {
            case .virtioMMIO(_, _, let interrupt?):
                lines.append(spi(interrupt, of: "IOMMU '\(iommu.name)'", at: iommu.source["interrupt"]))
            case .smmuv3(let smmu):
                guard let irqs = smmu.interrupts else { continue }
                for (name, gsiv) in irqs.wired {
                    lines.append(WiredLine(what: "\(name) (GSIV \(gsiv))", owner: "SMMUv3 '\(iommu.name)'", id: gsiv, location: iommu.source["interrupts"]))
                }
            case .virtioMMIO, .virtioPCI:
                continue
            }
        }
        for device in topology.devices {
            guard let interrupt = device.interrupt else { continue }
            lines.append(spi(interrupt, of: "device '\(device.name)'", at: device.source["interrupt"]))
        }
        return lines
    }
}
