/*
 * topoc: SSDT for topology 'arm-soc-iort-rev0' (compile with iasl; it writes its own creator fields)
 */
DefinitionBlock ("", "SSDT", 2, "TOPOC ", "SOCREV0 ", 0x1)
{
    Scope (\_SB)
    {
        Device (DMA0)
        {
            Name (_HID, "ARMH0330")
            Name (_UID, Zero)
            Name (_STR, Unicode ("dma"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x2C000000, 0x00010000)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x0000005C,
                }
            })
        }
        Device (UFS0)
        {
            Name (_HID, "QCOM24A5")
            Name (_UID, Zero)
            Name (_STR, Unicode ("ufs"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x2C100000, 0x00010000)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x0000005D,
                }
            })
        }
        Device (ETH_)
        {
            Name (_HID, "LNRO0005")
            Name (_UID, Zero)
            Name (_STR, Unicode ("eth"))
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0x2C200000, 0x00010000)
                Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive, ,, )
                {
                    0x0000005E,
                }
            })
        }
        Device (PCIE)
        {
            Name (_HID, EisaId ("PNP0A08"))
            Name (_CID, EisaId ("PNP0A03"))
            Name (_SEG, Zero)
            Name (_BBN, Zero)
            Name (_UID, Zero)
            Name (_STR, Unicode ("pcie"))
            Name (_CRS, ResourceTemplate ()
            {
                WordBusNumber (ResourceProducer, MinFixed, MaxFixed, PosDecode,
                    0x0000, // Granularity
                    0x0000, // Range Minimum
                    0x000F, // Range Maximum
                    0x0000, // Translation Offset
                    0x0010, // Length
                    ,, )
                DWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                    0x00000000, // Granularity
                    0x50000000, // Range Minimum
                    0x5FFFFFFF, // Range Maximum
                    0x00000000, // Translation Offset
                    0x10000000, // Length
                    ,, , AddressRangeMemory, TypeStatic)
                QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, Prefetchable, ReadWrite,
                    0x0000000000000000, // Granularity
                    0x0000004010000000, // Range Minimum
                    0x000000410FFFFFFF, // Range Maximum
                    0x0000000000000000, // Translation Offset
                    0x0000000100000000, // Length
                    ,, , AddressRangeMemory, TypeStatic)
            })
        }
    }
}
