/*
 * topoc: SSDT for topology 'multi-segment' (compile with iasl; it writes its own creator fields)
 */
DefinitionBlock ("", "SSDT", 2, "TOPOC ", "MULTISEG", 0x1)
{
    Scope (\_SB)
    {
        Device (VMMO)
        {
            Name (_HID, "LNRO0005")
            Name (_UID, Zero)
            Name (_STR, Unicode ("vmmio"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x0A003E00, 0x00000200)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x0000004F,
                }
            })
        }
        Device (NET0)
        {
            Name (_HID, "LNRO0005")
            Name (_UID, One)
            Name (_STR, Unicode ("net0"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x0A000000, 0x00000200)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x00000030,
                }
            })
        }
        Device (BLK0)
        {
            Name (_HID, "LNRO0005")
            Name (_UID, 0x2)
            Name (_STR, Unicode ("blk0"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x0A000200, 0x00000200)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x00000031,
                }
            })
        }
        Device (DMA0)
        {
            Name (_HID, "ARMH0330")
            Name (_UID, Zero)
            Name (_STR, Unicode ("dma0"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x0A010000, 0x00001000)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x00000032,
                }
            })
        }
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
                    0x003F, // Range Maximum
                    0x0000, // Translation Offset
                    0x0040, // Length
                    ,, )
                DWordIO (ResourceProducer, MinFixed, MaxFixed, PosDecode, EntireRange,
                    0x00000000, // Granularity
                    0x00000000, // Range Minimum
                    0x0000FFFF, // Range Maximum
                    0x3EFF0000, // Translation Offset
                    0x00010000, // Length
                    ,, , TypeTranslation, DenseTranslation)
                DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                    0x00000000, // Granularity
                    0x10000000, // Range Minimum
                    0x3EFEFFFF, // Range Maximum
                    0x00000000, // Translation Offset
                    0x2EFF0000, // Length
                    ,, , AddressRangeMemory, TypeStatic)
                QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, Prefetchable, ReadWrite,
                    0x0000000000000000, // Granularity
                    0x0000008000000000, // Range Minimum
                    0x000000BFFFFFFFFF, // Range Maximum
                    0x0000000000000000, // Translation Offset
                    0x0000004000000000, // Length
                    ,, , AddressRangeMemory, TypeStatic)
            })
        }
        Device (PCI1)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (_SEG, One)
            Name (_BBN, Zero)
            Name (_UID, One)
            Name (_STR, Unicode ("pcie1"))
            Name (_CRS, ResourceTemplate ()
            {
                WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                    0x0000, // Granularity
                    0x0000, // Range Minimum
                    0x001F, // Range Maximum
                    0x0000, // Translation Offset
                    0x0020, // Length
                    ,, )
                QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                    0x0000000000000000, // Granularity
                    0x000000C000000000, // Range Minimum
                    0x000000CFFFFFFFFF, // Range Maximum
                    0x0000000000000000, // Translation Offset
                    0x0000001000000000, // Length
                    ,, , AddressRangeMemory, TypeStatic)
            })
        }
    }
    Scope (\_SB.PCI0)
    {
        Device (VIOU)
        {
            Name (_ADR, 0x10000)
            Name (_STR, Unicode ("viommu"))
        }
    }
}
