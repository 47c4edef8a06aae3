import FirmwareDecode
import TopologyModel
import VirtioIOMMU

/// The embedded devices: one per virtio IOMMU, configured from the layout, driven through its
/// virtqueues with the endpoint IDs the blobs give (a few per piece, or all with `exhaustive`).
extension VerificationRun {
    /// The device of virtio IOMMU `name`, built when first asked for. Devices are built one at a
    /// time and dropped once exercised: a layout with hundreds of virtio IOMMUs never holds them
    /// all. While no other device exists, the new one gets the guest RAM the previous one had
    /// (its driver lays out and clears its rings and request slots at bring-up, and the device
    /// keeps nothing else in memory), so that its pages are not faulted in again for each device.
    func device(_ name: String) -> (device: VirtioIOMMUDevice, driver: VirtioIOMMUDriver)? {
        if let pair = devices[name] { return pair }
        guard deviceProblems[name] == nil, let iommu = iommuByName[name], let virtio = iommu.virtio else { return nil }
        do {
            var configuration = Configuration()
            configuration.pageSizeMask = virtio.pageSizeMask
            configuration.inputRange = (virtio.inputRange.first, virtio.inputRange.last)
            configuration.domainRange = (virtio.domainFirst, virtio.domainLast)
            configuration.probeSize = virtio.probeSize
            configuration.bypass = virtio.bypass
            configuration.offerMMIO = virtio.mapMSIDoorbells
            configuration.endpoints = (recordsByIOMMU[iommu.name] ?? []).compactMap { r in
                guard let ids = r.ids else { return nil }
                return EndpointRange(first: ids.first, count: ids.count, reservedRegions: r.reserved.map {
                    VirtioIOMMU.ReservedRegion(first: $0.range.first, last: $0.range.last, kind: $0.kind == .msi ? .msi : .reserved)
                })
            }
            do {
                var memory: GuestMemory? = nil
                if devices.isEmpty {
                    if sharedMemory == nil || sharedMemory!.base != configuration.memoryBase || sharedMemory!.size != configuration.memorySize {
                        sharedMemory = GuestMemory(base: configuration.memoryBase, size: configuration.memorySize)
                    }
                    memory = sharedMemory
                }
                let device = try VirtioIOMMUDevice(configuration: configuration, memory: memory)
                let driver = try VirtioIOMMUDriver(device: device)
                devices[iommu.name] = (device, driver)
                return (device, driver)
            } catch {
                deviceProblems[iommu.name] = "\(error)"
                return nil
            }
        }
    }

    /// Topology records of one IOMMU, by first ID, with the row they belong to.
    func ranges(of iommu: String) -> [(ids: IDRange, regions: [VirtioIOMMU.ReservedRegion], row: Int)] {
        var result: [(IDRange, [VirtioIOMMU.ReservedRegion], Int)] = []
        for r in recordsByIOMMU[iommu] ?? [] {
            guard let ids = r.ids else { continue }
            let row = rowOfSource[r.source] ?? -1
            result.append((ids, r.probedRegions, row))
        }
        return result.sorted { $0.0.first < $1.0.first }
    }

    func exerciseDevices() {
        for iommu in topology.iommus where iommu.isVirtio {
            let expected = ranges(of: iommu.name)
            let firstRow = expected.first?.row ?? -1
            defer { devices[iommu.name] = nil }
            guard let (device, driver) = device(iommu.name) else {
                if let problem = deviceProblems[iommu.name] {
                    record(Mismatch(subject: "virtio IOMMU '\(iommu.name)'", format: "configuration", blobSays: "-",
                                    topologySays: "a device with \(expected.count) endpoint ranges",
                                    deviceAnswered: "refused the configuration: \(problem)", location: iommu.source.location), row: firstRow)
                }
                continue
            }
            drive(iommu, device: device, driver: driver, expected: expected, firstRow: firstRow)
        }
    }
}
