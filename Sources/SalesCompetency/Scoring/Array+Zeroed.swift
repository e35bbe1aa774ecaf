import Foundation

extension Array where Element == Double {
    /// `count` zeros, in transparent huge pages where the system offers them on request (Linux's default
    /// `madvise` mode): an aggregate's totals are tens of megabytes written at random, so 2 MiB pages save
    /// thousands of page faults when they are first touched and most of the TLB misses after.
    ///
    /// - Complexity: O(count).
    static func zeroed(count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
                let hugePage = 2 << 20
                if count * MemoryLayout<Double>.stride >= 2 * hugePage, let base = buffer.baseAddress {
                    let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
                    let end = (Int(bitPattern: base + count)) & ~(hugePage - 1)
                    if end > start {
                        // Advice only: if the kernel declines, the pages are ordinary ones.
                        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
                    }
                }
            #endif
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }
}
