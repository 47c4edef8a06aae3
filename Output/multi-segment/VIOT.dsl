/*
 * topoc: ACPI data table [VIOT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */
[000h 0000 004h]                   Signature : "VIOT"    [Virtual I/O Translation Table]
[004h 0004 004h]                Table Length : 00000098
[008h 0008 001h]                    Revision : 00
[009h 0009 001h]                    Checksum : E1
[00Ah 0010 006h]                      Oem ID : "TOPOC "
[010h 0016 008h]                Oem Table ID : "MULTISEG"
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "TOPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 002h]                  Node count : 0005
[026h 0038 002h]                 Node offset : 0030
[028h 0040 008h]                    Reserved : 0000000000000000

[030h 0048 001h]                        Type : 03 [VirtIO-PCI IOMMU]
[031h 0049 001h]                    Reserved : 00
[032h 0050 002h]                      Length : 0010

[034h 0052 002h]                 PCI Segment : 0000
[036h 0054 002h]              PCI BDF number : 0008
[038h 0056 008h]                    Reserved : 0000000000000000

[040h 0064 001h]                        Type : 04 [VirtIO-MMIO IOMMU]
[041h 0065 001h]                    Reserved : 00
[042h 0066 002h]                      Length : 0010

[044h 0068 004h]                    Reserved : 00000000
[048h 0072 008h]                Base address : 000000000A003E00

[050h 0080 001h]                        Type : 01 [PCI Range]
[051h 0081 001h]                    Reserved : 00
[052h 0082 002h]                      Length : 0018

[054h 0084 004h]              Endpoint start : 00000000
[058h 0088 002h]           PCI Segment start : 0000
[05Ah 0090 002h]             PCI Segment end : 0000
[05Ch 0092 002h]               PCI BDF start : 0000
[05Eh 0094 002h]                 PCI BDF end : 3FFF
[060h 0096 002h]                 Output node : 0030
[062h 0098 006h]                    Reserved : 000000000000

[068h 0104 001h]                        Type : 02 [MMIO Endpoint]
[069h 0105 001h]                    Reserved : 00
[06Ah 0106 002h]                      Length : 0018

[06Ch 0108 004h]                    Endpoint : 00000000
[070h 0112 008h]                Base address : 000000000A000000
[078h 0120 002h]                 Output node : 0040
[07Ah 0122 006h]                    Reserved : 000000000000

[080h 0128 001h]                        Type : 02 [MMIO Endpoint]
[081h 0129 001h]                    Reserved : 00
[082h 0130 002h]                      Length : 0018

[084h 0132 004h]                    Endpoint : 00000001
[088h 0136 008h]                Base address : 000000000A000200
[090h 0144 002h]                 Output node : 0040
[092h 0146 006h]                    Reserved : 000000000000

Raw Table Data: Length 152 (0x98)

    0000: 56 49 4F 54 98 00 00 00 00 E1 54 4F 50 4F 43 20  // VIOT......TOPOC 
    0010: 4D 55 4C 54 49 53 45 47 01 00 00 00 54 4F 50 43  // MULTISEG....TOPC
    0020: 01 00 00 00 05 00 30 00 00 00 00 00 00 00 00 00  // ......0.........
    0030: 03 00 10 00 00 00 08 00 00 00 00 00 00 00 00 00  // ................
    0040: 04 00 10 00 00 00 00 00 00 3E 00 0A 00 00 00 00  // .........>......
    0050: 01 00 18 00 00 00 00 00 00 00 00 00 00 00 FF 3F  // ...............?
    0060: 30 00 00 00 00 00 00 00 02 00 18 00 00 00 00 00  // 0...............
    0070: 00 00 00 0A 00 00 00 00 40 00 00 00 00 00 00 00  // ........@.......
    0080: 02 00 18 00 01 00 00 00 00 02 00 0A 00 00 00 00  // ................
    0090: 40 00 00 00 00 00 00 00                          // @.......
