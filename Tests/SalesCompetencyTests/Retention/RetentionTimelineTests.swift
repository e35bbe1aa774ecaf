import SalesCompetency
import Testing

struct RetentionTimelineTests {
    @Test func reinforcementsResetRetentionAndRaiseStability() throws {
        let timeline = try RetentionTimeline(model: .default, reinforcementDays: [5, 16, 38])
        // S0 = 55.920144; day 5: S1 = S0 + 10·5 = 105.920144; day 16: S2 = S1 + 10·11 = 215.920144;
        // day 38: S3 = S2 + 10·22 = 435.920144 (none hits the cap 4·S).
        #expect(timeline.segments.map(\.startDay) == [0, 5, 16, 38])
        #expect(abs(timeline.stability(atDay: 30) - 215.920144110365) < 1e-9)
        // Day 30 is 14 days into the stretch that started on day 16: e^(−14/215.920144) = 0.937218544.
        #expect(abs(timeline.retention(atDay: 30) - 0.937218544023) < 1e-9)
        // On a reinforcement day retention is back to 1.
        #expect(timeline.retention(atDay: 16) == 1)
        // Just before them: e^(−5/55.92) = 0.914468, e^(−11/105.92) = 0.901359, e^(−22/215.92) = 0.903129.
        let before = timeline.retentionBeforeReinforcements
        #expect(before.count == 3)
        #expect(abs(before[0] - 0.914467621598) < 1e-9)
        #expect(abs(before[1] - 0.901358848672) < 1e-9)
        #expect(abs(before[2] - 0.903129323223) < 1e-9)
    }

    @Test func findsTheFirstMomentBelowTarget() throws {
        let plain = try RetentionTimeline(model: .default)
        #expect(abs(try #require(try plain.firstDayBelow(0.9, throughDay: 365)) - 5.891775219128) < 1e-9)
        #expect(try plain.firstDayBelow(0.9, throughDay: 5) == nil)
        // With a refresher on day 5 (S = 105.920144) the next drop is 5 + 105.920144 × 0.105360516 = 16.159801.
        let refreshed = try RetentionTimeline(model: .default, reinforcementDays: [5])
        #expect(abs(try #require(try refreshed.firstDayBelow(0.9, throughDay: 365)) - 16.159801002) < 1e-8)
    }

    @Test(arguments: [[0], [5, 5], [10, 3], [-2]])
    func rejectsReinforcementsNotAfterThePreviousEvent(days: [Int]) {
        #expect {
            _ = try RetentionTimeline(model: .default, reinforcementDays: days)
        } throws: { error in
            (error as? ValidationError)?.code == .outOfOrder
        }
    }
}
