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
[004h 0004 004h]                Table Length : 000000EC
[008h 0008 001h]                    Revision : 03
[009h 0009 001h]                    Checksum : 57
[00Ah 0010 006h]                      Oem ID : "BOCHS "
[010h 0016 008h]                Oem Table ID : "BXPC    "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "BXPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]                  Node Count : 00000003
[028h 0040 004h]                 Node Offset : 00000030
[02Ch 0044 004h]                    Reserved : 00000000

[030h 0048 001h]                        Type : 00
[031h 0049 002h]                      Length : 0018
[033h 0051 001h]                    Revision : 01
[034h 0052 004h]                  Identifier : 00000000
[038h 0056 004h]               Mapping Count : 00000000
[03Ch 0060 004h]              Mapping Offset : 00000000

[040h 0064 004h]                    ItsCount : 00000001
[044h 0068 004h]                 Identifiers : 00000000

[048h 0072 001h]                        Type : 04
[049h 0073 002h]                      Length : 0058
[04Bh 0075 001h]                    Revision : 04
[04Ch 0076 004h]                  Identifier : 00000001
[050h 0080 004h]               Mapping Count : 00000001
[054h 0084 004h]              Mapping Offset : 00000044

[058h 0088 008h]                Base Address : 0000000009050000
[060h 0096 004h]       Flags (decoded below) : 00000001
                             COHACC Override : 1
                               HTTU Override : 0
                      Proximity Domain Valid : 0
                              DeviceID Valid : 0
[064h 0100 004h]                    Reserved : 00000000
[068h 0104 008h]               VATOS Address : 0000000000000000
[070h 0112 004h]                       Model : 00000000
[074h 0116 004h]                  Event GSIV : 0000006A
[078h 0120 004h]                    PRI GSIV : 0000006B
[07Ch 0124 004h]                   GERR GSIV : 0000006D
[080h 0128 004h]                   Sync GSIV : 0000006C
[084h 0132 004h]            Proximity Domain : 00000000
[088h 0136 004h]     Device ID Mapping Index : 00000000

[08Ch 0140 004h]                  Input base : 00000000
[090h 0144 004h]                    ID Count : 0000FFFF
[094h 0148 004h]                 Output Base : 00000000
[098h 0152 004h]            Output Reference : 00000030
[09Ch 0156 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0A0h 0160 001h]                        Type : 02
[0A1h 0161 002h]                      Length : 004C
[0A3h 0163 001h]                    Revision : 03
[0A4h 0164 004h]                  Identifier : 00000002
[0A8h 0168 004h]               Mapping Count : 00000002
[0ACh 0172 004h]              Mapping Offset : 00000024

[0B0h 0176 008h]           Memory Properties : [IORT Memory Access Properties]
[0B0h 0176 004h]             Cache Coherency : 00000001
[0B4h 0180 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[0B5h 0181 002h]                    Reserved : 0000
[0B7h 0183 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[0B8h 0184 004h]               ATS Attribute : 00000000
[0BCh 0188 004h]          PCI Segment Number : 00000000
[0C0h 0192 001h]           Memory Size Limit : 40
[0C1h 0193 002h]          PASID Capabilities : 0000
[0C3h 0195 001h]                    Reserved : 00

[0C4h 0196 004h]                  Input base : 00000000
[0C8h 0200 004h]                    ID Count : 000000FF
[0CCh 0204 004h]                 Output Base : 00000000
[0D0h 0208 004h]            Output Reference : 00000048
[0D4h 0212 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0D8h 0216 004h]                  Input base : 00000100
[0DCh 0220 004h]                    ID Count : 0000FEFF
[0E0h 0224 004h]                 Output Base : 00000100
[0E4h 0228 004h]            Output Reference : 00000030
[0E8h 0232 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

Raw Table Data: Length 236 (0xEC)

    0000: 49 4F 52 54 EC 00 00 00 03 57 42 4F 43 48 53 20  // IORT.....WBOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 03 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    0030: 00 18 00 01 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 01 00 00 00 00 00 00 00 04 58 00 04 01 00 00 00  // .........X......
    0050: 01 00 00 00 44 00 00 00 00 00 05 09 00 00 00 00  // ....D...........
    0060: 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0070: 00 00 00 00 6A 00 00 00 6B 00 00 00 6D 00 00 00  // ....j...k...m...
    0080: 6C 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // l...............
    0090: FF FF 00 00 00 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    00A0: 02 4C 00 03 02 00 00 00 02 00 00 00 24 00 00 00  // .L..........$...
    00B0: 01 00 00 00 00 00 00 03 00 00 00 00 00 00 00 00  // ................
    00C0: 40 00 00 00 00 00 00 00 FF 00 00 00 00 00 00 00  // @...............
    00D0: 48 00 00 00 00 00 00 00 00 01 00 00 FF FE 00 00  // H...............
    00E0: 00 01 00 00 30 00 00 00 00 00 00 00              // ....0.......
