// The ACPI backend's decisions where the topology format, cli.md and the references are silent.
// Each is also stated in the doc comment of the type that implements it.
//
// Header and listings
// - Every table takes its OEM and creator fields from `topology.acpi`; VIOT revision 0, MCFG 1,
//   SSDT 2 (64-bit integers), IORT 0/3/5 as `acpi.iort-revision` says.
// - `.dsl` of VIOT, IORT and MCFG is iasl's data-table syntax, with the field names of the iasl
//   that the goldens were decoded with. For IORT revision 0 the names are those of Debian's iasl
//   20200925 ("Reserved" for the node identifier, no CANWBS / DeviceID-valid bits), so that
//   `iasl` compiles the MCFG and revision-0 IORT listings back to the same bytes, except the
//   creator ID and revision, which iasl always replaces with its own ("INTL", its version).
//   Revision-3/5 IORT and VIOT listings follow the recent iasl that decoded the goldens; Debian's
//   iasl 20200925 cannot compile them (it does not know VIOT nor the revision-3 node header).
//
// VIOT
// - A platform device with an ID range gets ONE single-MMIO-endpoint node, for its first ID:
//   Linux matches these nodes by base address and uses the first match only.
// - PCI range nodes are one per `iommu-map` entry (never merged), covering the virtio-pci
//   IOMMU's own RID when the entry does, as QEMU does.
//
// IORT
// - One ITS group node per ITS (declaration order), each with its one ITS ID: Linux uses an ITS
//   group's first identifier as the MSI domain, so a group of several ITSs could not route MSIs
//   to the others. For one ITS this is QEMU's node.
// - Node revisions: revision 0 tables ITS 0 / NC 2 / RC 1 / SMMUv3 2 (edk2's generator);
//   revision 3: ITS 1 / NC 4 / RC 3 / SMMUv3 4 (QEMU for ITS, RC, SMMUv3; NC 4 as in edk2's
//   E.b header as far as I recall it — unconfirmed, QEMU emits no named component);
//   revision 5: ITS 1 / NC 4 / RC 4 (40 bytes, with Flags) / SMMUv3 4, or RC 3 (36 bytes) with
//   `acpi.iort-root-complex-revision: 3`, QEMU 11's mix (readers go by each node's revision).
// - Root complexes and named components: memory address size limit 64 (no limit); memory
//   access properties CCA 1 / AH 0 / MAF 3 (CPM | DACS) when coherent, all zero otherwise.
//   Named components (platform devices have no `coherent` key) are always coherent.
// - A platform device gets a named component only when IORT has something to say: translated
//   by an SMMUv3 (one single-flag mapping per StreamID: Linux's iort_node_get_id reads a
//   named component's IDs index by index from single mappings only; at most
//   `IORTMappingPlanner.maxNamedComponentIDs`), else MSIs to an ITS (single mapping to its DeviceID). An SMMU-translated
//   device's MSIs go through the SMMU's StreamID -> DeviceID mappings (from its first StreamID),
//   never through a second named-component mapping: Linux stops at the first mapping that does
//   not reach an IOMMU.
// - Named component names are padded to a multiple of 4 with at least one zero byte (iasl
//   20200925's disassembler rejects a zero-length padding).
// - An SMMU's own MSI mapping (single flag, input 0) is its last mapping and the DeviceID
//   mapping index names it; without own MSIs the index is 0, as QEMU writes it.
// - An explicit SMMU `msi-map` is used as written (sorted by input base, continuing entries
//   merged); a StreamID that carries MSIs and that it maps to another DeviceID, or not at all,
//   is the error `iort-smmu-msi-map-mismatch` at the root complex's `msi-map` entry (or the
//   device's `msi`), with a note at the SMMU's entry.
// - Root complexes sharing a segment: one node, its properties (coherent, ats) from the first of
//   them in declaration order (the checker makes them agree).
//
// SSDT
// - Objects: virtio-mmio IOMMUs, then platform devices, then EVERY root complex (cli.md's
//   condition includes any root complex; one without windows gets just its bus range).
// - IOMMUs and root complexes have no `acpi-path` in the format: they get `\_SB_.XXXX`, XXXX from
//   their name (upper-cased letters and digits, first three + last when longer than four), made
//   unique against every other path; natural names are taken first in declaration order.
// - Names travel in `_STR` (Unicode) of every object, after `_UID`; a virtio-pci IOMMU on its
//   root complex's first bus gets `Device (XXXX) { _ADR, _STR }` under the host bridge (XXXX from
//   its name), so ACPI-only topologies (x86_64) decompile with their names.
// - `_UID` counts 0, 1, ... per `_HID` in emission order. Interrupts: Extended Interrupt,
//   consumer, edge, active high, exclusive; GSIV = SPI + 32 on arm64, the number as written on
//   x86_64. Memory: Memory32Fixed below 4 GiB, QWordMemory otherwise. Windows: DWordMemory
//   when min, max, translation and length fit 32 bits, else QWordMemory; Prefetchable or
//   NonCacheable; I/O as DWordIO, TypeTranslation when the CPU address differs from the PCI one.
// - The End tag's checksum byte is 0 (valid by definition), as iasl writes it.
// - Parent scopes other than `\_SB_` and our own objects are declared External, encoded as iasl
//   20200925 does (`If (Zero) { External }`), so iasl compiles the `.dsl` to the same bytes.
