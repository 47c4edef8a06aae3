import Testing
import VirtioIOMMU

@Suite struct GuestMemoryTests {
    @Test func littleEndianRoundTrip() {
        let m = GuestMemory(base: 0x1000, size: 64)
        #expect(m.write64(0x0102_0304_0506_0708, at: 0x1000))
        #expect(m.readBytes(at: 0x1000, count: 8) == [8, 7, 6, 5, 4, 3, 2, 1])
        #expect(m.read32(at: 0x1000) == 0x0506_0708)
        #expect(m.read16(at: 0x1006) == 0x0102)
        #expect(m.write16(0xbeef, at: 0x1001))  // unaligned is fine
        #expect(m.read8(at: 0x1001) == 0xef)
    }

    @Test func outOfRangeFailsWithoutTrapping() {
        let m = GuestMemory(base: 0x1000, size: 64)
        #expect(m.read8(at: 0xfff) == nil)
        #expect(m.read32(at: 0x103d) == nil)  // 3 bytes inside, 1 outside
        #expect(m.read32(at: 0x103c) != nil)
        #expect(m.write64(1, at: 0x1039) == false)
        #expect(m.read64(at: 0x1038) == 0)  // the refused write left nothing behind
        #expect(m.read64(at: .max - 3) == nil)  // address + length wraps
        #expect(m.readBytes(at: 0x1000, count: 65) == nil)
        #expect(m.writeBytes([1, 2], at: 0x103f) == false)
        #expect(m.contains(address: 0x1000, length: 64))
        #expect(!m.contains(address: 0x1001, length: 64))
    }
}
