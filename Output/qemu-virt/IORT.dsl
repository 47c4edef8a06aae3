/*
 * topoc: ACPI data table [IORT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */
[000h 0000 004h]                   Signature : "IORT"    [IO Remapping Table]
[004h 0004 004h]                Table Length : 00000080
[008h 0008 001h]                    Revision : 03
[009h 0009 001h]                    Checksum : B3
[00Ah 0010 006h]                      Oem ID : "BOCHS "
[010h 0016 008h]                Oem Table ID : "BXPC    "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "BXPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]                  Node Count : 00000002
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

[048h 0072 001h]                        Type : 02
[049h 0073 002h]                      Length : 0038
[04Bh 0075 001h]                    Revision : 03
[04Ch 0076 004h]                  Identifier : 00000001
[050h 0080 004h]               Mapping Count : 00000001
[054h 0084 004h]              Mapping Offset : 00000024

[058h 0088 008h]           Memory Properties : [IORT Memory Access Properties]
[058h 0088 004h]             Cache Coherency : 00000001
[05Ch 0092 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[05Dh 0093 002h]                    Reserved : 0000
[05Fh 0095 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[060h 0096 004h]               ATS Attribute : 00000000
[064h 0100 004h]          PCI Segment Number : 00000000
[068h 0104 001h]           Memory Size Limit : 40
[069h 0105 002h]          PASID Capabilities : 0000
[06Bh 0107 001h]                    Reserved : 00

[06Ch 0108 004h]                  Input base : 00000000
[070h 0112 004h]                    ID Count : 0000FFFF
[074h 0116 004h]                 Output Base : 00000000
[078h 0120 004h]            Output Reference : 00000030
[07Ch 0124 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

Raw Table Data: Length 128 (0x80)

    0000: 49 4F 52 54 80 00 00 00 03 B3 42 4F 43 48 53 20  // IORT......BOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 02 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    0030: 00 18 00 01 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 01 00 00 00 00 00 00 00 02 38 00 03 01 00 00 00  // .........8......
    0050: 01 00 00 00 24 00 00 00 01 00 00 00 00 00 00 03  // ....$...........
    0060: 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  // ........@.......
    0070: FF FF 00 00 00 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
