/*
 * topoc: ACPI data table [IORT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */
[000h 0000 004h]                   Signature : "IORT"    [IO Remapping Table]
[004h 0004 004h]                Table Length : 000001E6
[008h 0008 001h]                    Revision : 05
[009h 0009 001h]                    Checksum : 83
[00Ah 0010 006h]                      Oem ID : "TOPOC "
[010h 0016 008h]                Oem Table ID : "MULTISEG"
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "TOPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]                  Node Count : 00000007
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

[048h 0072 001h]                        Type : 00
[049h 0073 002h]                      Length : 0018
[04Bh 0075 001h]                    Revision : 01
[04Ch 0076 004h]                  Identifier : 00000001
[050h 0080 004h]               Mapping Count : 00000000
[054h 0084 004h]              Mapping Offset : 00000000

[058h 0088 004h]                    ItsCount : 00000001
[05Ch 0092 004h]                 Identifiers : 00000001

[060h 0096 001h]                        Type : 04
[061h 0097 002h]                      Length : 0080
[063h 0099 001h]                    Revision : 04
[064h 0100 004h]                  Identifier : 00000002
[068h 0104 004h]               Mapping Count : 00000003
[06Ch 0108 004h]              Mapping Offset : 00000044

[070h 0112 008h]                Base Address : 0000000009050000
[078h 0120 004h]       Flags (decoded below) : 00000001
                             COHACC Override : 1
                               HTTU Override : 0
                      Proximity Domain Valid : 0
                              DeviceID Valid : 0
[07Ch 0124 004h]                    Reserved : 00000000
[080h 0128 008h]               VATOS Address : 0000000000000000
[088h 0136 004h]                       Model : 00000000
[08Ch 0140 004h]                  Event GSIV : 0000006A
[090h 0144 004h]                    PRI GSIV : 0000006B
[094h 0148 004h]                   GERR GSIV : 0000006D
[098h 0152 004h]                   Sync GSIV : 0000006C
[09Ch 0156 004h]            Proximity Domain : 00000000
[0A0h 0160 004h]     Device ID Mapping Index : 00000000

[0A4h 0164 004h]                  Input base : 00000100
[0A8h 0168 004h]                    ID Count : 00000000
[0ACh 0172 004h]                 Output Base : 00005000
[0B0h 0176 004h]            Output Reference : 00000048
[0B4h 0180 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0B8h 0184 004h]                  Input base : 00020000
[0BCh 0188 004h]                    ID Count : 00000FFF
[0C0h 0192 004h]                 Output Base : 00000400
[0C4h 0196 004h]            Output Reference : 00000048
[0C8h 0200 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0CCh 0204 004h]                  Input base : 00030000
[0D0h 0208 004h]                    ID Count : 00000FFF
[0D4h 0212 004h]                 Output Base : 00001400
[0D8h 0216 004h]            Output Reference : 00000048
[0DCh 0220 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0E0h 0224 001h]                        Type : 01
[0E1h 0225 002h]                      Length : 003D
[0E3h 0227 001h]                    Revision : 04
[0E4h 0228 004h]                  Identifier : 00000003
[0E8h 0232 004h]               Mapping Count : 00000001
[0ECh 0236 004h]              Mapping Offset : 00000029

[0F0h 0240 004h]                  Node Flags : 00000000
[0F4h 0244 008h]           Memory Properties : [IORT Memory Access Properties]
[0F4h 0244 004h]             Cache Coherency : 00000001
[0F8h 0248 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[0F9h 0249 002h]                    Reserved : 0000
[0FBh 0251 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[0FCh 0252 001h]           Memory Size Limit : 40
[0FDh 0253 00Bh]                 Device Name : "\_SB_.NET0"
[108h 0264 001h]                     Padding : 00

[109h 0265 004h]                  Input base : 00000000
[10Dh 0269 004h]                    ID Count : 00000000
[111h 0273 004h]                 Output Base : 00020000
[115h 0277 004h]            Output Reference : 00000030
[119h 0281 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[11Dh 0285 001h]                        Type : 01
[11Eh 0286 002h]                      Length : 003D
[120h 0288 001h]                    Revision : 04
[121h 0289 004h]                  Identifier : 00000004
[125h 0293 004h]               Mapping Count : 00000001
[129h 0297 004h]              Mapping Offset : 00000029

[12Dh 0301 004h]                  Node Flags : 00000000
[131h 0305 008h]           Memory Properties : [IORT Memory Access Properties]
[131h 0305 004h]             Cache Coherency : 00000001
[135h 0309 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[136h 0310 002h]                    Reserved : 0000
[138h 0312 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[139h 0313 001h]           Memory Size Limit : 40
[13Ah 0314 00Bh]                 Device Name : "\_SB_.DMA0"
[145h 0325 001h]                     Padding : 00

[146h 0326 004h]                  Input base : 00000000
[14Ah 0330 004h]                    ID Count : 00000000
[14Eh 0334 004h]                 Output Base : 00000100
[152h 0338 004h]            Output Reference : 00000060
[156h 0342 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[15Ah 0346 001h]                        Type : 02
[15Bh 0347 002h]                      Length : 003C
[15Dh 0349 001h]                    Revision : 04
[15Eh 0350 004h]                  Identifier : 00000005
[162h 0354 004h]               Mapping Count : 00000001
[166h 0358 004h]              Mapping Offset : 00000028

[16Ah 0362 008h]           Memory Properties : [IORT Memory Access Properties]
[16Ah 0362 004h]             Cache Coherency : 00000001
[16Eh 0366 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[16Fh 0367 002h]                    Reserved : 0000
[171h 0369 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[172h 0370 004h]               ATS Attribute : 00000000
[176h 0374 004h]          PCI Segment Number : 00000000
[17Ah 0378 001h]           Memory Size Limit : 40
[17Bh 0379 002h]          PASID Capabilities : 0000
[17Dh 0381 001h]                    Reserved : 00
/* [17Eh 0382 004h]                       Flags : 00000000    (root complex node revision 4; ACPICA has no such field, iasl omits these 4 bytes) */

[182h 0386 004h]                  Input base : 00000000
[186h 0390 004h]                    ID Count : 00003FFF
[18Ah 0394 004h]                 Output Base : 00010000
[18Eh 0398 004h]            Output Reference : 00000030
[192h 0402 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[196h 0406 001h]                        Type : 02
[197h 0407 002h]                      Length : 0050
[199h 0409 001h]                    Revision : 04
[19Ah 0410 004h]                  Identifier : 00000006
[19Eh 0414 004h]               Mapping Count : 00000002
[1A2h 0418 004h]              Mapping Offset : 00000028

[1A6h 0422 008h]           Memory Properties : [IORT Memory Access Properties]
[1A6h 0422 004h]             Cache Coherency : 00000001
[1AAh 0426 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[1ABh 0427 002h]                    Reserved : 0000
[1ADh 0429 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[1AEh 0430 004h]               ATS Attribute : 00000001
[1B2h 0434 004h]          PCI Segment Number : 00000001
[1B6h 0438 001h]           Memory Size Limit : 40
[1B7h 0439 002h]          PASID Capabilities : 0000
[1B9h 0441 001h]                    Reserved : 00
/* [1BAh 0442 004h]                       Flags : 00000000    (root complex node revision 4; ACPICA has no such field, iasl omits these 4 bytes) */

[1BEh 0446 004h]                  Input base : 00000000
[1C2h 0450 004h]                    ID Count : 00000FFF
[1C6h 0454 004h]                 Output Base : 00020000
[1CAh 0458 004h]            Output Reference : 00000060
[1CEh 0462 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[1D2h 0466 004h]                  Input base : 00001000
[1D6h 0470 004h]                    ID Count : 00000FFF
[1DAh 0474 004h]                 Output Base : 00030000
[1DEh 0478 004h]            Output Reference : 00000060
[1E2h 0482 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

Raw Table Data: Length 486 (0x1E6)

    0000: 49 4F 52 54 E6 01 00 00 05 83 54 4F 50 4F 43 20  // IORT......TOPOC 
    0010: 4D 55 4C 54 49 53 45 47 01 00 00 00 54 4F 50 43  // MULTISEG....TOPC
    0020: 01 00 00 00 07 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    0030: 00 18 00 01 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 01 00 00 00 00 00 00 00 00 18 00 01 01 00 00 00  // ................
    0050: 00 00 00 00 00 00 00 00 01 00 00 00 01 00 00 00  // ................
    0060: 04 80 00 04 02 00 00 00 03 00 00 00 44 00 00 00  // ............D...
    0070: 00 00 05 09 00 00 00 00 01 00 00 00 00 00 00 00  // ................
    0080: 00 00 00 00 00 00 00 00 00 00 00 00 6A 00 00 00  // ............j...
    0090: 6B 00 00 00 6D 00 00 00 6C 00 00 00 00 00 00 00  // k...m...l.......
    00A0: 00 00 00 00 00 01 00 00 00 00 00 00 00 50 00 00  // .............P..
    00B0: 48 00 00 00 00 00 00 00 00 00 02 00 FF 0F 00 00  // H...............
    00C0: 00 04 00 00 48 00 00 00 00 00 00 00 00 00 03 00  // ....H...........
    00D0: FF 0F 00 00 00 14 00 00 48 00 00 00 00 00 00 00  // ........H.......
    00E0: 01 3D 00 04 03 00 00 00 01 00 00 00 29 00 00 00  // .=..........)...
    00F0: 00 00 00 00 01 00 00 00 00 00 00 03 40 5C 5F 53  // ............@\_S
    0100: 42 5F 2E 4E 45 54 30 00 00 00 00 00 00 00 00 00  // B_.NET0.........
    0110: 00 00 00 02 00 30 00 00 00 01 00 00 00 01 3D 00  // .....0........=.
    0120: 04 04 00 00 00 01 00 00 00 29 00 00 00 00 00 00  // .........)......
    0130: 00 01 00 00 00 00 00 00 03 40 5C 5F 53 42 5F 2E  // .........@\_SB_.
    0140: 44 4D 41 30 00 00 00 00 00 00 00 00 00 00 00 01  // DMA0............
    0150: 00 00 60 00 00 00 01 00 00 00 02 3C 00 04 05 00  // ..`........<....
    0160: 00 00 01 00 00 00 28 00 00 00 01 00 00 00 00 00  // ......(.........
    0170: 00 03 00 00 00 00 00 00 00 00 40 00 00 00 00 00  // ..........@.....
    0180: 00 00 00 00 00 00 FF 3F 00 00 00 00 01 00 30 00  // .......?......0.
    0190: 00 00 00 00 00 00 02 50 00 04 06 00 00 00 02 00  // .......P........
    01A0: 00 00 28 00 00 00 01 00 00 00 00 00 00 03 01 00  // ..(.............
    01B0: 00 00 01 00 00 00 40 00 00 00 00 00 00 00 00 00  // ......@.........
    01C0: 00 00 FF 0F 00 00 00 00 02 00 60 00 00 00 00 00  // ..........`.....
    01D0: 00 00 00 10 00 00 FF 0F 00 00 00 00 03 00 60 00  // ..............`.
    01E0: 00 00 00 00 00 00                                // ......
