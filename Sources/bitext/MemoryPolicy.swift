#if canImport(CMalloc)
import CMalloc
#endif

/// The allocator's settings for bitext's processes, which run for seconds, allocate in bursts on
/// every thread and exit.
///
/// Why: by default glibc hands freed memory back to the kernel as soon as 128 KB sit free at the top
/// of a heap and maps every block over 128 KB on its own, so a QA batch kept faulting fresh pages in
/// (a tenth of its time was the kernel's). Keeping freed memory and growing heaps in larger steps
/// costs no resident memory that is not used: untouched pages are never faulted in.
enum MemoryPolicy {
    static func apply() {
        #if canImport(CMalloc)
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
        #endif
    }
}
