/// What Linux makes of the MSI controller node an `msi-map` entry or an `msi-parent` names: which
/// driver takes it (by `compatible`), whether its MSIs carry a DeviceID, where a device writes
/// them, and which pages a virtio IOMMU must report as `msi` regions so that those writes reach
/// the controller untranslated.
public struct DeviceTreeMSIController: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `arm,gic-v3-its`: DeviceIDs; a device writes `GITS_TRANSLATER` at `reg + 0x10040`, in
        /// the translation frame `[reg + 0x10000, reg + 0x1ffff]`.
        case its
        /// `arm,gic-v2m-frame` with `msi-controller`: no DeviceID (the `msi-map` output and the
        /// `msi-parent` cells are ignored); a device writes its SPI number to `MSI_SETSPI_NS` at
        /// `reg + 0x40`, inside the frame's `reg`.
        case gicv2m
        /// Any other node: topoc knows no doorbell for it.
        case unknown
    }

    public let path: String
    public let kind: Kind
    /// The address a device writes its MSIs to (nil: unknown, or no usable `reg`).
    public let doorbell: UInt64?
    /// The doorbell pages, inclusive: the ITS's translation frame; for a GICv2m frame the `reg` of
    /// EVERY GICv2m frame of the tree (Linux's `irq-gic-v2m.c` puts all frames behind one MSI
    /// domain, the first frame's, and allocates a vector from whichever frame has one free).
    public let frames: [ClosedRange<UInt64>]
    /// Why the node's doorbell cannot be used as Linux would (nil when it can).
    public let problem: String?

    /// Whether the MSIs sent here carry a DeviceID.
    public var carriesDeviceIDs: Bool { kind != .gicv2m }
}

extension DeviceTreeBlob {
    /// The GICv2m frames Linux registers, in blob order: every `arm,gic-v2m-frame` node with an
    /// `msi-controller` property (`gicv2m_of_init` skips the others). The first one's node owns
    /// the MSI domain that all of them serve.
    public func gicv2mFrames() -> [String] {
        nodes(compatibleWith: "arm,gic-v2m-frame").filter { node($0)?.property("msi-controller") != nil }
    }

    /// The MSI controller at `path`, read as Linux reads it (see `DeviceTreeMSIController`).
    public func msiController(at path: String) -> DeviceTreeMSIController {
        let compatibles = (try? stringList("compatible", of: path)) ?? []
        let entry = try? reg(of: path)
        func frame(_ e: DeviceTreeRegEntry) -> ClosedRange<UInt64>? {
            guard e.size > 0, e.address <= UInt64.max - (e.size - 1) else { return nil }
            return e.address...(e.address + (e.size - 1))
        }
        if compatibles.contains("arm,gic-v3-its") {
            guard let base = entry?.first?.address, base <= UInt64.max - 0x1ffff else {
                return DeviceTreeMSIController(path: path, kind: .its, doorbell: nil, frames: [], problem: "the ITS node has no usable reg")
            }
            return DeviceTreeMSIController(path: path, kind: .its, doorbell: base + 0x10040,
                                           frames: [(base + 0x10000)...(base + 0x1ffff)], problem: nil)
        }
        if compatibles.contains("arm,gic-v2m-frame") {
            let frames = gicv2mFrames()
            guard let e = entry?.first, let own = frame(e), e.address <= UInt64.max - 0x43 else {
                return DeviceTreeMSIController(path: path, kind: .gicv2m, doorbell: nil, frames: [], problem: "the GICv2m frame has no usable reg")
            }
            let doorbell = e.address + 0x40
            var problem: String? = nil
            if node(path)?.property("msi-controller") == nil {
                problem = "the GICv2m frame has no msi-controller property, so Linux does not register it"
            } else if !own.contains(doorbell + 3) {
                problem = "its reg [\(hexText(own.lowerBound)), \(hexText(own.upperBound))] does not hold MSI_SETSPI_NS at \(hexText(doorbell))"
            } else if frames.first != path, let first = frames.first {
                problem = "Linux gives only the first GICv2m frame (\(first)) an MSI domain, so a device routed to \(path) gets no MSIs"
            }
            let pooled = frames.compactMap { p in (try? reg(of: p))?.first.flatMap(frame) }
            return DeviceTreeMSIController(path: path, kind: .gicv2m, doorbell: doorbell, frames: pooled, problem: problem)
        }
        return DeviceTreeMSIController(path: path, kind: .unknown, doorbell: nil, frames: [], problem: nil)
    }
}

private func hexText(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }
