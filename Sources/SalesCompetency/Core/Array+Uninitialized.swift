extension Array {
    /// An array of up to `capacity` elements that `body` writes in place, setting how many it wrote: the project's
    /// one way to make such an array (rather than `Array(unsafeUninitializedCapacity:initializingWith:)`).
    ///
    /// A capacity of zero gives `[]` without calling `body`. The standard library's initialiser, given zero, writes
    /// the count (zero) into the storage that every empty array shares, and ThreadSanitizer reports that write
    /// against any other thread reading an empty array (Swift 6.3.1 on Linux; seen between two aggregating sinks
    /// of reads without periods, in different tests).
    ///
    /// - Complexity: O(1) besides `body`.
    init(
        uninitializedCapacity capacity: Int,
        initializingWith body: (inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void
    ) rethrows {
        guard capacity != 0 else {
            self = []
            return
        }
        try self.init(unsafeUninitializedCapacity: capacity, initializingWith: body)
    }
}
