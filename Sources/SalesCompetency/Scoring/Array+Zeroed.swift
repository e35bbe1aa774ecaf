import Foundation

extension Array where Element == Double {
    /// `count` zeros: the one way totals arrays are made, so that how they are allocated is decided in one place.
    ///
    /// On Linux a large array's pages are first made present in one call (`MADV_POPULATE_WRITE`, Linux 5.14 and
    /// later; advice only) rather than by a page fault each as they are zeroed: on the virtual machines these
    /// benchmarks run on, faults were two fifths of the fixed cost of `sco score`.
    ///
    /// Transparent huge pages were tried here (`madvise(MADV_HUGEPAGE)`) and left out: on those machines a fresh
    /// 2 MiB page sometimes costs a millisecond or more to fault in (the host backs it lazily), so the same run took
    /// 0.57 to 0.91 s where ordinary pages kept it within 0.63 to 0.72 s, with the same median.
    ///
    /// - Complexity: O(count).
    static func zeroed(count: Int) -> [Double] {
        [Double](uninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
                let page = 4096
                if count * MemoryLayout<Double>.stride >= 64 * page, let base = buffer.baseAddress {
                    let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
                    let end = Int(bitPattern: base + count) & ~(page - 1)
                    if end > start {
                        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_POPULATE_WRITE)
                    }
                }
            #endif
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }
}
