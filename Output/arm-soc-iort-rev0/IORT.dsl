/*
 * topoc: ACPI data table [IORT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */
[000h 0000 004h]                   Signature : "IORT"    [IO Remapping Table]
[004h 0004 004h]                Table Length : 00000207
[008h 0008 001h]                    Revision : 00
[009h 0009 001h]                    Checksum : 82
[00Ah 0010 006h]                      Oem ID : "TOPOC "
[010h 0016 008h]                Oem Table ID : "SOCREV0 "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "TOPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]                  Node Count : 00000006
[028h 0040 004h]                 Node Offset : 00000030
[02Ch 0044 004h]                    Reserved : 00000000

[030h 0048 001h]                        Type : 00
[031h 0049 002h]                      Length : 0018
[033h 0051 001h]                    Revision : 00
[034h 0052 004h]                    Reserved : 00000000
[038h 0056 004h]               Mapping Count : 00000000
[03Ch 0060 004h]              Mapping Offset : 00000000

[040h 0064 004h]                    ItsCount : 00000001
[044h 0068 004h]                 Identifiers : 00000000

[048h 0072 001h]                        Type : 04
[049h 0073 002h]                      Length : 0094
[04Bh 0075 001h]                    Revision : 02
[04Ch 0076 004h]                    Reserved : 00000000
[050h 0080 004h]               Mapping Count : 00000004
[054h 0084 004h]              Mapping Offset : 00000044

[058h 0088 008h]                Base Address : 000000002B400000
[060h 0096 004h]       Flags (decoded below) : 00000001
                             COHACC Override : 1
                               HTTU Override : 0
                      Proximity Domain Valid : 0
                              DeviceID Valid : 0
[064h 0100 004h]                    Reserved : 00000000
[068h 0104 008h]               VATOS Address : 0000000000000000
[070h 0112 004h]                       Model : 00000000
[074h 0116 004h]                  Event GSIV : 0000006A
[078h 0120 004h]                    PRI GSIV : 00000000
[07Ch 0124 004h]                   GERR GSIV : 0000006D
[080h 0128 004h]                   Sync GSIV : 0000006C
[084h 0132 004h]            Proximity Domain : 00000000
[088h 0136 004h]     Device ID Mapping Index : 00000003

[08Ch 0140 004h]                  Input base : 00000000
[090h 0144 004h]                    ID Count : 00000FFF
[094h 0148 004h]                 Output Base : 00000000
[098h 0152 004h]            Output Reference : 00000030
[09Ch 0156 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0A0h 0160 004h]                  Input base : 00004100
[0A4h 0164 004h]                    ID Count : 00000000
[0A8h 0168 004h]                 Output Base : 00004100
[0ACh 0172 004h]            Output Reference : 00000030
[0B0h 0176 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0B4h 0180 004h]                  Input base : 00004200
[0B8h 0184 004h]                    ID Count : 00000000
[0BCh 0188 004h]                 Output Base : 00004200
[0C0h 0192 004h]            Output Reference : 00000030
[0C4h 0196 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0C8h 0200 004h]                  Input base : 00000000
[0CCh 0204 004h]                    ID Count : 00000000
[0D0h 0208 004h]                 Output Base : 00010000
[0D4h 0212 004h]            Output Reference : 00000030
[0D8h 0216 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[0DCh 0220 001h]                        Type : 01
[0DDh 0221 002h]                      Length : 003D
[0DFh 0223 001h]                    Revision : 02
[0E0h 0224 004h]                    Reserved : 00000000
[0E4h 0228 004h]               Mapping Count : 00000001
[0E8h 0232 004h]              Mapping Offset : 00000029

[0ECh 0236 004h]                  Node Flags : 00000000
[0F0h 0240 008h]           Memory Properties : [IORT Memory Access Properties]
[0F0h 0240 004h]             Cache Coherency : 00000001
[0F4h 0244 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[0F5h 0245 002h]                    Reserved : 0000
[0F7h 0247 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[0F8h 0248 001h]           Memory Size Limit : 40
[0F9h 0249 00Bh]                 Device Name : "\_SB_.DMA0"
[104h 0260 001h]                     Padding : 00

[105h 0261 004h]                  Input base : 00000000
[109h 0265 004h]                    ID Count : 00000000
[10Dh 0269 004h]                 Output Base : 00004000
[111h 0273 004h]            Output Reference : 00000048
[115h 0277 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[119h 0281 001h]                        Type : 01
[11Ah 0282 002h]                      Length : 003D
[11Ch 0284 001h]                    Revision : 02
[11Dh 0285 004h]                    Reserved : 00000000
[121h 0289 004h]               Mapping Count : 00000001
[125h 0293 004h]              Mapping Offset : 00000029

[129h 0297 004h]                  Node Flags : 00000000
[12Dh 0301 008h]           Memory Properties : [IORT Memory Access Properties]
[12Dh 0301 004h]             Cache Coherency : 00000001
[131h 0305 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[132h 0306 002h]                    Reserved : 0000
[134h 0308 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[135h 0309 001h]           Memory Size Limit : 40
[136h 0310 00Bh]                 Device Name : "\_SB_.UFS0"
[141h 0321 001h]                     Padding : 00

[142h 0322 004h]                  Input base : 00000000
[146h 0326 004h]                    ID Count : 00000000
[14Ah 0330 004h]                 Output Base : 00004100
[14Eh 0334 004h]            Output Reference : 00000048
[152h 0338 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[156h 0342 001h]                        Type : 01
[157h 0343 002h]                      Length : 0079
[159h 0345 001h]                    Revision : 02
[15Ah 0346 004h]                    Reserved : 00000000
[15Eh 0350 004h]               Mapping Count : 00000004
[162h 0354 004h]              Mapping Offset : 00000029

[166h 0358 004h]                  Node Flags : 00000000
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
[172h 0370 001h]           Memory Size Limit : 40
[173h 0371 00Bh]                 Device Name : "\_SB_.ETH_"
[17Eh 0382 001h]                     Padding : 00

[17Fh 0383 004h]                  Input base : 00000000
[183h 0387 004h]                    ID Count : 00000000
[187h 0391 004h]                 Output Base : 00004200
[18Bh 0395 004h]            Output Reference : 00000048
[18Fh 0399 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[193h 0403 004h]                  Input base : 00000000
[197h 0407 004h]                    ID Count : 00000000
[19Bh 0411 004h]                 Output Base : 00004201
[19Fh 0415 004h]            Output Reference : 00000048
[1A3h 0419 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[1A7h 0423 004h]                  Input base : 00000000
[1ABh 0427 004h]                    ID Count : 00000000
[1AFh 0431 004h]                 Output Base : 00004202
[1B3h 0435 004h]            Output Reference : 00000048
[1B7h 0439 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[1BBh 0443 004h]                  Input base : 00000000
[1BFh 0447 004h]                    ID Count : 00000000
[1C3h 0451 004h]                 Output Base : 00004203
[1C7h 0455 004h]            Output Reference : 00000048
[1CBh 0459 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[1CFh 0463 001h]                        Type : 02
[1D0h 0464 002h]                      Length : 0038
[1D2h 0466 001h]                    Revision : 01
[1D3h 0467 004h]                    Reserved : 00000000
[1D7h 0471 004h]               Mapping Count : 00000001
[1DBh 0475 004h]              Mapping Offset : 00000024

[1DFh 0479 008h]           Memory Properties : [IORT Memory Access Properties]
[1DFh 0479 004h]             Cache Coherency : 00000001
[1E3h 0483 001h]       Hints (decoded below) : 00
                                   Transient : 0
                              Write Allocate : 0
                               Read Allocate : 0
                                    Override : 0
[1E4h 0484 002h]                    Reserved : 0000
[1E6h 0486 001h] Memory Flags (decoded below) : 03
                                   Coherency : 1
                            Device Attribute : 1
               Ensured Coherency of Accesses : 0
[1E7h 0487 004h]               ATS Attribute : 00000000
[1EBh 0491 004h]          PCI Segment Number : 00000000
[1EFh 0495 001h]           Memory Size Limit : 40
[1F0h 0496 002h]          PASID Capabilities : 0000
[1F2h 0498 001h]                    Reserved : 00

[1F3h 0499 004h]                  Input base : 00000000
[1F7h 0503 004h]                    ID Count : 00000FFF
[1FBh 0507 004h]                 Output Base : 00000000
[1FFh 0511 004h]            Output Reference : 00000048
[203h 0515 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

Raw Table Data: Length 519 (0x207)

    0000: 49 4F 52 54 07 02 00 00 00 82 54 4F 50 4F 43 20  // IORT......TOPOC 
    0010: 53 4F 43 52 45 56 30 20 01 00 00 00 54 4F 50 43  // SOCREV0 ....TOPC
    0020: 01 00 00 00 06 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    0030: 00 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0040: 01 00 00 00 00 00 00 00 04 94 00 02 00 00 00 00  // ................
    0050: 04 00 00 00 44 00 00 00 00 00 40 2B 00 00 00 00  // ....D.....@+....
    0060: 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0070: 00 00 00 00 6A 00 00 00 00 00 00 00 6D 00 00 00  // ....j.......m...
    0080: 6C 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  // l...............
    0090: FF 0F 00 00 00 00 00 00 30 00 00 00 00 00 00 00  // ........0.......
    00A0: 00 41 00 00 00 00 00 00 00 41 00 00 30 00 00 00  // .A.......A..0...
    00B0: 00 00 00 00 00 42 00 00 00 00 00 00 00 42 00 00  // .....B.......B..
    00C0: 30 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // 0...............
    00D0: 00 00 01 00 30 00 00 00 01 00 00 00 01 3D 00 02  // ....0........=..
    00E0: 00 00 00 00 01 00 00 00 29 00 00 00 00 00 00 00  // ........).......
    00F0: 01 00 00 00 00 00 00 03 40 5C 5F 53 42 5F 2E 44  // ........@\_SB_.D
    0100: 4D 41 30 00 00 00 00 00 00 00 00 00 00 00 40 00  // MA0...........@.
    0110: 00 48 00 00 00 01 00 00 00 01 3D 00 02 00 00 00  // .H........=.....
    0120: 00 01 00 00 00 29 00 00 00 00 00 00 00 01 00 00  // .....)..........
    0130: 00 00 00 00 03 40 5C 5F 53 42 5F 2E 55 46 53 30  // .....@\_SB_.UFS0
    0140: 00 00 00 00 00 00 00 00 00 00 00 41 00 00 48 00  // ...........A..H.
    0150: 00 00 01 00 00 00 01 79 00 02 00 00 00 00 04 00  // .......y........
    0160: 00 00 29 00 00 00 00 00 00 00 01 00 00 00 00 00  // ..).............
    0170: 00 03 40 5C 5F 53 42 5F 2E 45 54 48 5F 00 00 00  // ..@\_SB_.ETH_...
    0180: 00 00 00 00 00 00 00 00 42 00 00 48 00 00 00 01  // ........B..H....
    0190: 00 00 00 00 00 00 00 00 00 00 00 01 42 00 00 48  // ............B..H
    01A0: 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 02  // ................
    01B0: 42 00 00 48 00 00 00 01 00 00 00 00 00 00 00 00  // B..H............
    01C0: 00 00 00 03 42 00 00 48 00 00 00 01 00 00 00 02  // ....B..H........
    01D0: 38 00 01 00 00 00 00 01 00 00 00 24 00 00 00 01  // 8..........$....
    01E0: 00 00 00 00 00 00 03 00 00 00 00 00 00 00 00 40  // ...............@
    01F0: 00 00 00 00 00 00 00 FF 0F 00 00 00 00 00 00 48  // ...............H
    0200: 00 00 00 00 00 00 00                             // .......
