/// An IOMMU as the own-RID rule sees it: the root complex (by whatever names root complexes
/// where it is used) and BDF at which it is a virtio-pci function, if it is one. The checked model
/// (`IOMMU`, root complexes by name) and decompile's drafts (root complexes by index) both give
/// it, so the rule below is written once, for both.
public protocol VirtioPCIPlacement {
    associatedtype RootComplexKey: Equatable
    var virtioPCIPlacement: (rootComplex: RootComplexKey, bdf: BDF)? { get }
}

extension IOMMU: VirtioPCIPlacement {
    public var virtioPCIPlacement: (rootComplex: String, bdf: BDF)? {
        guard case .virtioPCI(let rc, let bdf) = kind else { return nil }
        return (rc, bdf)
    }
}

extension Sequence where Element: VirtioPCIPlacement {
    /// The virtio-pci IOMMUs that are PCI functions of root complex `rc`, in order.
    ///
    /// A device is never translated by itself: every output leaves such an IOMMU's own RID out of
    /// the translation an `iommu-map` entry covering it asks for (the DT `iommu-map` gets a hole,
    /// the VIOT and IORT ranges are split, the layout keeps the RID's MSI route only), as QEMU
    /// does; decompile merges the hole back.
    @inlinable
    public func virtioPCIIOMMUs(on rc: Element.RootComplexKey) -> [(iommu: Element, bdf: BDF)] {
        compactMap { iommu in
            guard let placement = iommu.virtioPCIPlacement, placement.rootComplex == rc else { return nil }
            return (iommu, placement.bdf)
        }
    }

    /// The RIDs of `virtioPCIIOMMUs(on:)`: those left out of their root complex's translation.
    @inlinable
    public func ownRIDs(of rc: Element.RootComplexKey) -> Set<UInt32> {
        Set(virtioPCIIOMMUs(on: rc).map { UInt32($0.bdf.rid) })
    }
}

extension Topology {
    /// The virtio-pci IOMMUs of root complex `rc` (by name): `Sequence.virtioPCIIOMMUs(on:)`.
    public func virtioPCIIOMMUs(on rc: String) -> [(iommu: IOMMU, bdf: BDF)] {
        iommus.virtioPCIIOMMUs(on: rc)
    }

    /// The RIDs left out of root complex `rc`'s translation: `Sequence.ownRIDs(of:)`.
    public func ownRIDs(of rc: String) -> Set<UInt32> {
        iommus.ownRIDs(of: rc)
    }
}
