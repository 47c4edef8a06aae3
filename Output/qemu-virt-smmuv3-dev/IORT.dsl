/*
 * topoc: ACPI data table [IORT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */
[000h 0000 004h]                   Signature : "IORT"    [IO Remapping Table]
[004h 0004 004h]                Table Length : 00000104
[008h 0008 001h]                    Revision : 05
[009h 0009 001h]                    Checksum : 49
[00Ah 0010 006h]                      Oem ID : "BOCHS "
[010h 0016 008h]                Oem Table ID : "BXPC    "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "BXPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]                  Node Count : 00000003
[028h 0040 004h]                 Node Offset : 00000030
[02Ch 0044 004h]                    Reserved : 00000000

[030h 0048 001h]                        Type : 04
[031h 0049 002h]                      Length : 0044
[033h 0051 001h]                    Revision : 04
[034h 0052 004h]                  Identifier : 00000000
[038h 0056 004h]               Mapping Count : 00000000
[03Ch 0060 004h]              Mapping Offset : 00000000

[040h 0064 008h]                Base Address : 000000000C000000
[048h 0072 004h]       Flags (decoded below) : 00000001
                             COHACC Override : 1
                               HTTU Override : 0
                      Proximity Domain Valid : 0
                              DeviceID Valid : 0
[04Ch 0076 004h]                    Reserved : 00000000
[050h 0080 008h]               VATOS Address : 0000000000000000
[058h 0088 004h]                       Model : 00000000
[05Ch 0092 004h]                  Event GSIV : 00000090
[060h 0096 004h]                    PRI GSIV : 00000091
[064h 0100 004h]                   GERR GSIV : 00000093
[068h 0104 004h]                   Sync GSIV : 00000092
[06Ch 0108 004h]            Proximity Domain : 00000000
[070h 0112 004h]     Device ID Mapping Index : 00000000

[074h 0116 001h]                        Type : 04
[075h 0117 002h]                      Length : 0044
[077h 0119 001h]                    Revision : 04
[078h 0120 004h]                  Identifier : 00000001
[07Ch 0124 004h]               Mapping Count : 00000000
[080h 0128 004h]              Mapping Offset : 00000000

[084h 0132 008h]                Base Address : 000000000C020000
[08Ch 0140 004h]       Flags (decoded below) : 00000001
                             COHACC Override : 1
                               HTTU Override : 0
                      Proximity Domain Valid : 0
                              DeviceID Valid : 0
[090h 0144 004h]                    Reserved : 00000000
[094h 0148 008h]               VATOS Address : 0000000000000000
[09Ch 0156 004h]                       Model : 00000000
[0A0h 0160 004h]                  Event GSIV : 00000094
[0A4h 0164 004h]                    PRI GSIV : 00000095
[0A8h 0168 004h]                   GERR GSIV : 00000097
[0ACh 0172 004h]                   Sync GSIV : 00000096
[0B0h 0176 004h]            Proximity Domain : 00000000
[0B4h 0180 004h]     Device ID Mapping Index : 00000000

[0B8h 0184 001h]                        Type : 02
[0B9h 0185 002h]                      Length : 004C
[0BBh 0187 001h]                    Revision : 03
[0BCh 0188 004h]                  Identifier : 00000002
[0C0h 0192 004h]               Mapping Count : 00000002
[0C4h 0196 004h]              Mapping Offset : 00000024

[0C8h 0200 008h]           Memory Properties : [IORT Memory Access Properties]
[0C8h 0200 004h]             Cache Coherency : 00000001
[0CCh 0204 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[0CDh 0205 002h]                    Reserved : 0000
[0CFh 0207 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[0D0h 0208 004h]               ATS Attribute : 00000000
[0D4h 0212 004h]          PCI Segment Number : 00000000
[0D8h 0216 001h]           Memory Size Limit : 40
[0D9h 0217 002h]          PASID Capabilities : 0000
[0DBh 0219 001h]                    Reserved : 00

[0DCh 0220 004h]                  Input base : 00000000
[0E0h 0224 004h]                    ID Count : 000001FF
[0E4h 0228 004h]                 Output Base : 00000000
[0E8h 0232 004h]            Output Reference : 00000030
[0ECh 0236 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0F0h 0240 004h]                  Input base : 00001000
[0F4h 0244 004h]                    ID Count : 000000FF
[0F8h 0248 004h]                 Output Base : 00001000
[0FCh 0252 004h]            Output Reference : 00000074
[100h 0256 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

Raw Table Data: Length 260 (0x104)

    0000: 49 4F 52 54 04 01 00 00 05 49 42 4F 43 48 53 20  // IORT.....IBOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 03 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    0030: 04 44 00 04 00 00 00 00 00 00 00 00 00 00 00 00  // .D..............
    0040: 00 00 00 0C 00 00 00 00 01 00 00 00 00 00 00 00  // ................
    0050: 00 00 00 00 00 00 00 00 00 00 00 00 90 00 00 00  // ................
    0060: 91 00 00 00 93 00 00 00 92 00 00 00 00 00 00 00  // ................
    0070: 00 00 00 00 04 44 00 04 01 00 00 00 00 00 00 00  // .....D..........
    0080: 00 00 00 00 00 00 02 0C 00 00 00 00 01 00 00 00  // ................
    0090: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    00A0: 94 00 00 00 95 00 00 00 97 00 00 00 96 00 00 00  // ................
    00B0: 00 00 00 00 00 00 00 00 02 4C 00 03 02 00 00 00  // .........L......
    00C0: 02 00 00 00 24 00 00 00 01 00 00 00 00 00 00 03  // ....$...........
    00D0: 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  // ........@.......
    00E0: FF 01 00 00 00 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    00F0: 00 10 00 00 FF 00 00 00 00 10 00 00 74 00 00 00  // ............t...
    0100: 00 00 00 00                                      // ....
