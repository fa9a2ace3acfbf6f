#if canImport(CMalloc)
import CMalloc
#endif
import Foundation

/// How glibc's malloc gives memory back: less eagerly than by default.
///
/// By default, whenever the free space at the top of a heap passes 128 KB, `free` hands it back
/// to the kernel (`madvise`, or a shrunk break), and the next allocation faults those pages in
/// again. A certificate's render allocates and frees that much and more many times over, on the
/// database's writer: in profiles of issuing, `madvise` and page faults were 4 % of its
/// thread's time. A service that keeps what it freed (up to `trimThreshold` a heap) reuses it;
/// what it holds stays near its high-water mark instead of falling back between bursts: under
/// `scripts/run`, 68 to 84 MB a service, certification's after issuing 220 certificates.
///
/// An operator who sets glibc's malloc tunables himself (`GLIBC_TUNABLES=glibc.malloc.…`)
/// keeps them: this then changes nothing.
public enum MemoryAllocator {
    /// Free space at the top of a heap that `free` keeps rather than returns.
    public static let trimThreshold = 64 << 20
    /// Blocks from this size up get mappings of their own, returned whole when freed. Setting
    /// the trim threshold stops glibc from moving this one as it would (up from 128 KB, to the
    /// largest block freed so far), so it is set too: smaller blocks come from the heaps that
    /// are kept, larger ones are mapped and unmapped whole, as before.
    public static let mmapThreshold = 4 << 20

    /// Call once, first thing in `main`. Returns whether it changed anything.
    @discardableResult
    public static func keepFreedMemory(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        #if canImport(CMalloc)
        if let tunables = environment["GLIBC_TUNABLES"], tunables.contains("glibc.malloc.") { return false }
        return mallopt(M_TRIM_THRESHOLD, Int32(trimThreshold)) == 1 && mallopt(M_MMAP_THRESHOLD, Int32(mmapThreshold)) == 1
        #else
        return false
        #endif
    }
}
