// The VirtioIOMMU stage: an embedded virtio-iommu device model (spec-reference §4, §6) and a
// guest-driver model that talks to it only through split virtqueues in guest memory.
//
// Map of the module:
//   GuestMemory                  bounds-checked little-endian guest RAM
//   VirtioIOMMUDevice            transport registers, request decoding (+Requests), DMA (+Translate)
//   DeviceVirtqueue              device side of a split virtqueue (chains, indirect, loop detection)
//   VirtioIOMMUDriver            bring-up, typed requests and batching (+Requests), raw chains (+Raw)
//   VirtioIOMMUBenchmark         throughput probe for `make bench`
//
// Choices where sources disagree (spec-reference §4.9, §8): unknown request types and PROBE without
// F_PROBE complete with used length 0 and nothing written (the spec; QEMU writes S_UNSUPP); a
// splitting UNMAP removes nothing (the spec; QEMU may remove part); DETACH of an existing but
// unattached endpoint is S_INVAL (QEMU: S_NOENT) since S_NOENT is kept for IDs not in the topology.
