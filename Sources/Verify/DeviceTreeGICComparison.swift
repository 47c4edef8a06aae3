import FirmwareDecode
import TopologyModel

/// The device tree's MSI controllers against the topology's: each ITS (`arm,gic-v3-its`) and GICv2m
/// frame (`arm,gic-v2m-frame`) has a node whose `reg` starts at its base, and a frame whose
/// topology gives SPIs has them in `arm,msi-base-spi`/`arm,msi-num-spis` (Linux takes the pair
/// only together; without SPIs in the topology the frame's MSI_TYPER decides, whatever the DT says).
enum DeviceTreeGICComparison {
    static func mismatches(topology: Topology, dt: DeviceTreeBlob) -> [Mismatch] {
        var result: [Mismatch] = []
        guard topology.msiControllers.contains(where: { $0.mmioRegion != nil }) else { return [] }
        func nodes(_ compatible: String) -> [UInt64: String] {
            var byBase: [UInt64: String] = [:]
            for path in dt.nodes(compatibleWith: compatible) {
                if let base = (try? dt.reg(of: path))??.first?.address, byBase[base] == nil { byBase[base] = path }
            }
            return byBase
        }
        let itsNodes = nodes("arm,gic-v3-its"), frameNodes = nodes("arm,gic-v2m-frame")
        for c in topology.msiControllers {
            let (base, compatible, node): (UInt64, String, String?)
            switch c.kind {
            case .gicv3ITS(let b, _): (base, compatible, node) = (b, "arm,gic-v3-its", itsNodes[b])
            case .gicv2m(let b, _): (base, compatible, node) = (b, "arm,gic-v2m-frame", frameNodes[b])
            case .x86MSI: continue
            }
            guard let node else {
                result.append(Mismatch(subject: "MSI controller '\(c.name)'", format: "DT", blobSays: "no \(compatible) node whose reg starts at \(hex(base))",
                                       topologySays: "\(c.typeName) at \(hex(base))", deviceAnswered: "nothing (the GIC is not modelled)", location: c.source.location))
                continue
            }
            guard case .gicv2m(_, let spis?) = c.kind else { continue }
            let first = (try? dt.u32("arm,msi-base-spi", of: node)) ?? nil, count = (try? dt.u32("arm,msi-num-spis", of: node)) ?? nil
            if first != spis.base || count != spis.count {
                let says = first.flatMap { b in count.map { MSIController.GICv2mSPIs(base: b, count: $0).text } } ?? "no arm,msi-base-spi/arm,msi-num-spis pair (MSI_TYPER decides)"
                result.append(Mismatch(subject: "GICv2m frame '\(c.name)'", format: "DT \(node)", blobSays: says,
                                       topologySays: spis.text,
                                       deviceAnswered: "nothing (the GIC is not modelled)", location: c.source["spi-base"]))
            }
        }
        return result
    }
}
