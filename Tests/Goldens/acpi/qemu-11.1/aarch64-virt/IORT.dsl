/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20260408 (64-bit version)
 * Copyright (c) 2000 - 2026 Intel Corporation
 * 
 * Disassembly of IORT
 *
 * ACPI Data Table [IORT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */

[000h 0000 004h]                   Signature : "IORT"    [IO Remapping Table]
[004h 0004 004h]                Table Length : 00000054
[008h 0008 001h]                    Revision : 05
[009h 0009 001h]                    Checksum : 3C
[00Ah 0010 006h]                      Oem ID : "BOCHS "
[010h 0016 008h]                Oem Table ID : "BXPC    "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "BXPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]                  Node Count : 00000001
[028h 0040 004h]                 Node Offset : 00000030
[02Ch 0044 004h]                    Reserved : 00000000

[030h 0048 001h]                        Type : 02
[031h 0049 002h]                      Length : 0024
[033h 0051 001h]                    Revision : 03
[034h 0052 004h]                  Identifier : 00000000
[038h 0056 004h]               Mapping Count : 00000000
[03Ch 0060 004h]              Mapping Offset : 00000024

[040h 0064 008h]           Memory Properties : [IORT Memory Access Properties]
[040h 0064 004h]             Cache Coherency : 00000001
[044h 0068 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[045h 0069 002h]                    Reserved : 0000
[047h 0071 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[048h 0072 004h]               ATS Attribute : 00000000
[04Ch 0076 004h]          PCI Segment Number : 00000000
[050h 0080 001h]           Memory Size Limit : 40
[051h 0081 002h]          PASID Capabilities : 0000
[053h 0083 001h]                    Reserved : 00

Raw Table Data: Length 84 (0x54)

    0000: 49 4F 52 54 54 00 00 00 05 3C 42 4F 43 48 53 20  // IORTT....<BOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 01 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    0030: 02 24 00 03 00 00 00 00 00 00 00 00 24 00 00 00  // .$..........$...
    0040: 01 00 00 00 00 00 00 03 00 00 00 00 00 00 00 00  // ................
    0050: 40 00 00 00                                      // @...
