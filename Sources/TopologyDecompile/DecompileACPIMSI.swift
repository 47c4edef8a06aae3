import FirmwareDecode
import TopologyModel

/// Where Linux, booted with ACPI, sends MSIs when the IORT's ITS group names no ITS the MADT lists,
/// and PCI MSIs without an ITS mapping (`FirmwareDecode.ACPIMSIDomains` says how it reads them).
extension DecompileBuilder {
    /// The IORT ITS groups to leave out: those Linux resolves no MSI domain through (their first
    /// ITS ID is in no MADT GIC ITS structure), when the MADT's distributor is a GICv1 or GICv2,
    /// which has no ITS at all. QEMU's default virt (a GICv2) writes one up to 10.2, with its root
    /// complex and SMMUv3 mappings to it; QEMU 11 no longer does. Each is one warning at the group
    /// (`blob-its-group-ignored`): the group and every mapping to it are left out, which the
    /// readers do by not finding it, and PCI MSIs go where Linux sends them then
    /// (`routePCIMSIsToTheFirstFrame`). On a GICv3 or GICv4, or a distributor that gives no
    /// version, an IORT ITS ID the MADT does not list stays a contradiction (`readMADT`).
    mutating func ignoreDeadITSGroups(_ iort: IORTTable, file: String) -> Set<Int> {
        guard let (madt, madtFile) = inputs.madt, let version = madt.gicVersion, version <= 2 else { return [] }
        let domains = ACPIMSIDomains(iort: iort, madt: madt)
        for node in iort.nodes where domains.deadITSGroups.contains(node.offset) {
            guard case .itsGroup(let ids) = node.kind else { continue }
            // Who maps to it: each node once, in table order.
            var from: [String] = []
            var count = 0
            var smmuOwnMSIs = false
            for other in iort.nodes {
                let refs = other.mappings.filter { Int($0.outputReference) == node.offset }.count
                guard refs > 0 else { continue }
                count += refs
                let kind: String
                switch other.kind {
                case .rootComplex: kind = "root complex"
                case .smmuV3: kind = "SMMUv3"
                case .namedComponent(let nc): kind = "named component \(nc.deviceName)"
                default: kind = "node"
                }
                from.append("the \(kind) at \(hex(other.offset))")
                if iort.smmuOwnDeviceID(smmuAt: other.offset)?.nodeOffset == node.offset { smmuOwnMSIs = true }
            }
            let names = ids.isEmpty ? "names no ITS" : "names ITS ID\(ids.count == 1 ? "" : "s") \(ids.map(String.init).joined(separator: ", ")), which \(madtFile) does not list"
            let mappings = count == 0 ? "nothing maps to it" : "its \(count) mapping\(count == 1 ? "" : "s") (from \(from.joined(separator: ", "))) \(count == 1 ? "is" : "are") left out"
            let pci = domains.pciFallbackFrame.map { "PCI MSIs go to the first GICv2m frame \(madtFile) lists (at \(hex($0.baseAddress))), as Linux routes them" }
                ?? "PCI devices get no MSIs (\(madtFile) lists no GICv2m frame)"
            let smmu = smmuOwnMSIs ? "; an SMMUv3's own MSIs fall back to its wired interrupts" : ""
            located.append(DecompileDiagnostics.BlobITSGroupIgnored.diagnostic(
                "the ITS group \(names) (a GICv\(version) has no ITS): Linux resolves no MSI domain through it, so \(mappings); \(pci)\(smmu)",
                at: .blob(file, offset: node.offset)))
        }
        return domains.deadITSGroups
    }

    /// Under ACPI, a PCI device without an IORT ITS domain gets its host bridge's, the first MADT
    /// GICv2m frame's (when the MADT lists frames and no ITS): each root complex the DT does not
    /// describe sends the RIDs no ITS route covers to that frame. A DT's host bridge keeps what its
    /// `msi-map` says (a DT-booted guest reads that).
    mutating func routePCIMSIsToTheFirstFrame() {
        guard arch == .arm64, let (madt, _) = inputs.madt,
              let frame = ACPIMSIDomains(iort: nil, madt: madt).pciFallbackFrame,
              let target = its.indices.first(where: { its[$0].gicv2m && its[$0].madtOffset == frame.offset })
        else { return }
        for r in rcs.indices where !rcs[r].inDT {
            let gaps = uncovered(MapPiece(rids: rcs[r].rids, target: target, id: rcs[r].rids.first), by: rcs[r].msiMap)
            if !gaps.isEmpty { rcs[r].msiMap = coalesce(rcs[r].msiMap + gaps) }
        }
    }
}
