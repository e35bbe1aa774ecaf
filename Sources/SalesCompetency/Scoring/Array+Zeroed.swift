extension Array where Element == Double {
    /// `count` zeros: the one way totals arrays are made, so that how they are allocated is decided in one place.
    ///
    /// Transparent huge pages were tried here (`madvise(MADV_HUGEPAGE)`) and left out: on the virtual machines
    /// these benchmarks run on, a fresh 2 MiB page sometimes costs a millisecond or more to fault in (the host backs
    /// it lazily), so the same run took 0.57 to 0.91 s where ordinary pages kept it within 0.63 to 0.72 s, with the
    /// same median.
    ///
    /// - Complexity: O(count).
    static func zeroed(count: Int) -> [Double] {
        [Double](repeating: 0, count: count)
    }
}
