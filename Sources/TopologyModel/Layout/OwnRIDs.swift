extension Topology {
    /// The virtio-pci IOMMUs that are PCI functions of root complex `rc`, in declaration order.
    ///
    /// A device is never translated by itself: every output leaves such an IOMMU's own RID out of
    /// the translation an `iommu-map` entry covering it asks for (the DT `iommu-map` gets a hole,
    /// the VIOT and IORT ranges are split, the layout keeps the RID's MSI route only), as QEMU does.
    public func virtioPCIIOMMUs(on rc: String) -> [(iommu: IOMMU, bdf: BDF)] {
        iommus.compactMap { iommu in
            guard case .virtioPCI(let rcName, let bdf) = iommu.kind, rcName == rc else { return nil }
            return (iommu, bdf)
        }
    }

    /// The RIDs of `virtioPCIIOMMUs(on:)`: those left out of their root complex's translation.
    public func ownRIDs(of rc: String) -> Set<UInt32> {
        Set(virtioPCIIOMMUs(on: rc).map { UInt32($0.bdf.rid) })
    }
}
