/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20260408 (64-bit version)
 * Copyright (c) 2000 - 2026 Intel Corporation
 * 
 * Disassembly of VIOT
 *
 * ACPI Data Table [VIOT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */

[000h 0000 004h]                   Signature : "VIOT"    [Virtual I/O Translation Table]
[004h 0004 004h]                Table Length : 00000070
[008h 0008 001h]                    Revision : 00
[009h 0009 001h]                    Checksum : 3D
[00Ah 0010 006h]                      Oem ID : "BOCHS "
[010h 0016 008h]                Oem Table ID : "BXPC    "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "BXPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 002h]                  Node count : 0003
[026h 0038 002h]                 Node offset : 0030
[028h 0040 008h]                    Reserved : 0000000000000000

[030h 0048 001h]                        Type : 03 [VirtIO-PCI IOMMU]
[031h 0049 001h]                    Reserved : 00
[032h 0050 002h]                      Length : 0010

[034h 0052 002h]                 PCI Segment : 0000
[036h 0054 002h]              PCI BDF number : 0010
[038h 0056 008h]                    Reserved : 0000000000000000

[040h 0064 001h]                        Type : 01 [PCI Range]
[041h 0065 001h]                    Reserved : 00
[042h 0066 002h]                      Length : 0018

[044h 0068 004h]              Endpoint start : 00001000
[048h 0072 002h]           PCI Segment start : 0000
[04Ah 0074 002h]             PCI Segment end : 0000
[04Ch 0076 002h]               PCI BDF start : 1000
[04Eh 0078 002h]                 PCI BDF end : 10FF
[050h 0080 002h]                 Output node : 0030
[052h 0082 006h]                    Reserved : 000000000000

[058h 0088 001h]                        Type : 01 [PCI Range]
[059h 0089 001h]                    Reserved : 00
[05Ah 0090 002h]                      Length : 0018

[05Ch 0092 004h]              Endpoint start : 00003000
[060h 0096 002h]           PCI Segment start : 0000
[062h 0098 002h]             PCI Segment end : 0000
[064h 0100 002h]               PCI BDF start : 3000
[066h 0102 002h]                 PCI BDF end : 30FF
[068h 0104 002h]                 Output node : 0030
[06Ah 0106 006h]                    Reserved : 000000000000

Raw Table Data: Length 112 (0x70)

    0000: 56 49 4F 54 70 00 00 00 00 3D 42 4F 43 48 53 20  // VIOTp....=BOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 03 00 30 00 00 00 00 00 00 00 00 00  // ......0.........
    0030: 03 00 10 00 00 00 10 00 00 00 00 00 00 00 00 00  // ................
    0040: 01 00 18 00 00 10 00 00 00 00 00 00 00 10 FF 10  // ................
    0050: 30 00 00 00 00 00 00 00 01 00 18 00 00 30 00 00  // 0............0..
    0060: 00 00 00 00 00 30 FF 30 30 00 00 00 00 00 00 00  // .....0.00.......
