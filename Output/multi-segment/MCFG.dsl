/*
 * topoc: ACPI data table [MCFG]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */
[000h 0000 004h]                   Signature : "MCFG"    [Memory Mapped Configuration table]
[004h 0004 004h]                Table Length : 0000004C
[008h 0008 001h]                    Revision : 01
[009h 0009 001h]                    Checksum : 40
[00Ah 0010 006h]                      Oem ID : "TOPOC "
[010h 0016 008h]                Oem Table ID : "MULTISEG"
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "TOPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 008h]                    Reserved : 0000000000000000

[02Ch 0044 008h]                Base Address : 0000004010000000
[034h 0052 002h]        Segment Group Number : 0000
[036h 0054 001h]            Start Bus Number : 00
[037h 0055 001h]              End Bus Number : 3F
[038h 0056 004h]                    Reserved : 00000000

[03Ch 0060 008h]                Base Address : 0000004020000000
[044h 0068 002h]        Segment Group Number : 0001
[046h 0070 001h]            Start Bus Number : 00
[047h 0071 001h]              End Bus Number : 1F
[048h 0072 004h]                    Reserved : 00000000

Raw Table Data: Length 76 (0x4C)

    0000: 4D 43 46 47 4C 00 00 00 01 40 54 4F 50 4F 43 20  // MCFGL....@TOPOC 
    0010: 4D 55 4C 54 49 53 45 47 01 00 00 00 54 4F 50 43  // MULTISEG....TOPC
    0020: 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 10  // ................
    0030: 40 00 00 00 00 00 00 3F 00 00 00 00 00 00 00 20  // @......?....... 
    0040: 40 00 00 00 01 00 00 1F 00 00 00 00              // @...........
