import Testing

@testable import SalesCompetency

struct ParallelPartsTests {
    struct Stop: Error {}

    /// Parts finish in any order on the workers; the consumer sees them in part order, each once.
    @Test(arguments: [1, 2, 3, 8])
    func streamHandsPartsOverInOrder(workers: Int) {
        var seen: [Int] = []
        ParallelParts<[Int]>.stream(count: 40, workers: workers) { part in
            // Uneven work, so that later parts often finish first.
            var total = 0
            for step in 0..<((40 - part) * 2_000) { total &+= step }
            return [part, total == -1 ? 0 : part * part]
        } consume: { value in
            seen.append(value[0])
            #expect(value[1] == value[0] * value[0])
        }
        #expect(seen == Array(0..<40))
    }

    /// A consumer that fails stops the stream: the parts after it are not consumed and the error comes back.
    @Test func streamRethrowsTheConsumersErrorAndStops() {
        let produced = Locked(0)
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try ParallelParts<Int>.stream(count: 1_000, workers: 2) { part in
                produced.withLock { $0 += 1 }
                return part
            } consume: { part in
                if part == 7 { throw Stop() }
                consumed.append(part)
            }
        }
        #expect(consumed == Array(0..<7))
        #expect(produced.withLock { $0 } >= 8)
    }

    @Test func streamOfNothingConsumesNothing() {
        var calls = 0
        ParallelParts<Int>.stream(count: 0, workers: 2) {
            $0
        } consume: { _ in
            calls += 1
        }
        #expect(calls == 0)
    }

    /// A slow consumer holds the workers back: at most twice as many parts as workers are started and not yet
    /// consumed, so the memory held stays bounded whatever the number of parts.
    @Test(arguments: [1, 2, 3])
    func streamStartsOnlyAFewPartsAhead(workers: Int) {
        let started = Locked(0)
        var consumed = 0
        var mostAhead = 0
        ParallelParts<Int>.stream(count: 200, workers: workers) { part in
            started.withLock { $0 += 1 }
            return part
        } consume: { part in
            var total = 0
            for step in 0..<20_000 { total &+= step }
            consumed += total == -1 ? 0 : 1
            mostAhead = max(mostAhead, started.withLock { $0 } - consumed)
        }
        #expect(consumed == 200)
        #expect(mostAhead <= 2 * workers)
    }

    /// The consumer fails while workers wait for room: they are woken and return, and the stream is left as it
    /// was found (run many times, since a semaphore freed below its first value traps).
    @Test func streamThatFailsWhileWorkersWaitReturns() {
        for _ in 0..<50 {
            #expect(throws: Stop.self) {
                try ParallelParts<Int>.stream(count: 100, workers: 2) {
                    $0
                } consume: { part in
                    if part == 3 { throw Stop() }
                }
            }
        }
    }
}
