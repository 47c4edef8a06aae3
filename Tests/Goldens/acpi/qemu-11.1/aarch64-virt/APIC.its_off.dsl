/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20260408 (64-bit version)
 * Copyright (c) 2000 - 2026 Intel Corporation
 * 
 * Disassembly of APIC
 *
 * ACPI Data Table [APIC]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */

[000h 0000 004h]                   Signature : "APIC"    [Multiple APIC Description Table (MADT)]
[004h 0004 004h]                Table Length : 000000A4
[008h 0008 001h]                    Revision : 04
[009h 0009 001h]                    Checksum : 08
[00Ah 0010 006h]                      Oem ID : "BOCHS "
[010h 0016 008h]                Oem Table ID : "BXPC    "
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "BXPC"
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]          Local Apic Address : 00000000
[028h 0040 004h]       Flags (decoded below) : 00000000
                         PC-AT Compatibility : 0

[02Ch 0044 001h]               Subtable Type : 0C [Generic Interrupt Distributor]
[02Dh 0045 001h]                      Length : 18
[02Eh 0046 002h]                    Reserved : 0000
[030h 0048 004h]       Local GIC Hardware ID : 00000000
[034h 0052 008h]                Base Address : 0000000008000000
[03Ch 0060 004h]              Interrupt Base : 00000000
[040h 0064 001h]                     Version : 03
[041h 0065 003h]                    Reserved : 000000

[044h 0068 001h]               Subtable Type : 0B [Generic Interrupt Controller]
[045h 0069 001h]                      Length : 50
[046h 0070 002h]                    Reserved : 0000
[048h 0072 004h]        CPU Interface Number : 00000000
[04Ch 0076 004h]               Processor UID : 00000000
[050h 0080 004h]       Flags (decoded below) : 00000001
                           Processor Enabled : 1
          Performance Interrupt Trigger Mode : 0
          Virtual GIC Interrupt Trigger Mode : 0
[054h 0084 004h]    Parking Protocol Version : 00000000
[058h 0088 004h]       Performance Interrupt : 00000017
[05Ch 0092 008h]              Parked Address : 0000000000000000
[064h 0100 008h]                Base Address : 0000000000000000
[06Ch 0108 008h]    Virtual GIC Base Address : 0000000000000000
[074h 0116 008h] Hypervisor GIC Base Address : 0000000000000000
[07Ch 0124 004h]       Virtual GIC Interrupt : 00000000
[080h 0128 008h]  Redistributor Base Address : 0000000000000000
[088h 0136 008h]                   ARM MPIDR : 0000000000000000
[090h 0144 001h]            Efficiency Class : 00
[091h 0145 001h]                    Reserved : 00
[092h 0146 002h]      SPE Overflow Interrupt : 0000
[094h 0148 002h]              TRBE Interrupt : 100E

[094h 0148 001h]               Subtable Type : 0E [Generic Interrupt Redistributor]
[095h 0149 001h]                      Length : 10
[097h 0151 002h]                    Reserved : 0000
[098h 0152 008h]                Base Address : 00000000080A0000
[0A0h 0160 004h]                      Length : 00F60000

Raw Table Data: Length 164 (0xA4)

    0000: 41 50 49 43 A4 00 00 00 04 08 42 4F 43 48 53 20  // APIC......BOCHS 
    0010: 42 58 50 43 20 20 20 20 01 00 00 00 42 58 50 43  // BXPC    ....BXPC
    0020: 01 00 00 00 00 00 00 00 00 00 00 00 0C 18 00 00  // ................
    0030: 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00 00  // ................
    0040: 03 00 00 00 0B 50 00 00 00 00 00 00 00 00 00 00  // .....P..........
    0050: 01 00 00 00 00 00 00 00 17 00 00 00 00 00 00 00  // ................
    0060: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0070: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0080: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0090: 00 00 00 00 0E 10 00 00 00 00 0A 08 00 00 00 00  // ................
    00A0: 00 00 F6 00                                      // ....
