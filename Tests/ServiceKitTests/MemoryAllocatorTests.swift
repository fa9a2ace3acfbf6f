import ServiceKit
import Testing

@Suite("malloc's thresholds")
struct MemoryAllocatorTests {
    @Test("an operator's own malloc tunables are left as they are")
    func operatorsTunablesWin() {
        #expect(!MemoryAllocator.keepFreedMemory(environment: ["GLIBC_TUNABLES": "glibc.malloc.trim_threshold=131072"]))
    }

    @Test("without them, glibc takes both thresholds")
    func thresholdsAreSet() {
        #expect(MemoryAllocator.keepFreedMemory(environment: ["GLIBC_TUNABLES": "glibc.pthread.rseq=0"]))
    }
}
