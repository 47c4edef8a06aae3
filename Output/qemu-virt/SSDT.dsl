/*
 * topoc: SSDT for topology 'qemu-virt' (compile with iasl; it writes its own creator fields)
 */
DefinitionBlock ("", "SSDT", 2, "BOCHS ", "BXPC    ", 0x1)
{
    Scope (\_SB)
    {
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
                    0x00FF, // Range Maximum
                    0x0000, // Translation Offset
                    0x0100, // Length
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
                QWordMemory (ResourceProducer, PosDecode, MinFixed, MaxFixed, NonCacheable, ReadWrite,
                    0x0000000000000000, // Granularity
                    0x0000008000000000, // Range Minimum
                    0x000000FFFFFFFFFF, // Range Maximum
                    0x0000000000000000, // Translation Offset
                    0x0000008000000000, // Length
                    ,, , AddressRangeMemory, TypeStatic)
            })
        }
    }
}
