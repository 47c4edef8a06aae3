/*
 * topoc: SSDT for topology 'qemu-q35-viommu-pxb' (compile with iasl; it writes its own creator fields)
 */
DefinitionBlock ("", "SSDT", 2, "BOCHS ", "BXPC    ", 0x1)
{
    Scope (\_SB)
    {
        Device (PCI0)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (_SEG, Zero)
            Name (_BBN, Zero)
            Name (_UID, Zero)
            Name (_STR, Unicode ("pcie0"))
            Name (_CRS, ResourceTemplate ()
            {
                WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                    0x0000, // Granularity
                    0x0000, // Range Minimum
                    0x000F, // Range Maximum
                    0x0000, // Translation Offset
                    0x0010, // Length
                    ,, )
            })
        }
        Device (PCI1)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (_SEG, Zero)
            Name (_BBN, 0x10)
            Name (_UID, One)
            Name (_STR, Unicode ("pcie100"))
            Name (_CRS, ResourceTemplate ()
            {
                WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                    0x0000, // Granularity
                    0x0010, // Range Minimum
                    0x0010, // Range Maximum
                    0x0000, // Translation Offset
                    0x0001, // Length
                    ,, )
            })
        }
        Device (PCI2)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (_SEG, Zero)
            Name (_BBN, 0x20)
            Name (_UID, 0x2)
            Name (_STR, Unicode ("pcie200"))
            Name (_CRS, ResourceTemplate ()
            {
                WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                    0x0000, // Granularity
                    0x0020, // Range Minimum
                    0x0020, // Range Maximum
                    0x0000, // Translation Offset
                    0x0001, // Length
                    ,, )
            })
        }
        Device (PCI3)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (_SEG, Zero)
            Name (_BBN, 0x30)
            Name (_UID, 0x3)
            Name (_STR, Unicode ("pcie300"))
            Name (_CRS, ResourceTemplate ()
            {
                WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                    0x0000, // Granularity
                    0x0030, // Range Minimum
                    0x0030, // Range Maximum
                    0x0000, // Translation Offset
                    0x0001, // Length
                    ,, )
            })
        }
    }
    Scope (\_SB.PCI0)
    {
        Device (VIOU)
        {
            Name (_ADR, 0x20000)
            Name (_STR, Unicode ("viommu"))
        }
    }
}
