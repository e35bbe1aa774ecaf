import Foundation
import SalesCompetency
import Testing

struct ReinforcementProgressTests {
    typealias F = ProgrammeFixtures

    static let heldCSV = """
        rep_id,investment_id,held_on
        ava,bootcamp,2025-03-10
        ava,bootcamp,2025-03-25
        cy,crm,2025-02-01
        """

    @Test func listsLateAndMissedSessionsPerManager() throws {
        let held = try HeldReinforcementLog(csvText: Self.heldCSV, enrolments: F.enrolments())
        let progress = try ReinforcementProgress(
            calendar: F.calendar(), held: held, asOf: F.day("2025-06-30"), model: .seedFast)
        let ava = progress.sessions.filter { $0.session.repID == "ava" }
        #expect(ava.map(\.status) == [.onTime, .late, .missed, .missed, .due])
        #expect(ava[1].daysLate == 6)  // scheduled 2025-03-19, held 2025-03-25
        #expect(progress.lateOrMissed(managedBy: "mgr-a").map(\.session.number) == [2, 3, 4])
        // bo held nothing: sessions 1 to 4 (2025-03-10 … 2025-05-27) have passed, 5 (2025-08-26) is due.
        #expect(progress.lateOrMissed(managedBy: "mgr-b").map(\.status) == [.missed, .missed, .missed, .missed])
        #expect(progress.counts == [.onTime: 1, .late: 1, .missed: 6, .due: 2])
    }

    @Test func expectsRetentionFromWhatWasHeld() throws {
        let held = try HeldReinforcementLog(csvText: Self.heldCSV, enrolments: F.enrolments())
        let progress = try ReinforcementProgress(
            calendar: F.calendar(), held: held, asOf: F.day("2025-06-30"), model: .seedFast)
        // By hand (and in Python): S0 = 90 / ln 5 = 55.92; held on days 7 and 22 give S = 125.92, then 275.92.
        // ava: R(365) = e^(−343 / 275.92) = 0.288485; below 90% after 22 + 275.92 × ln(1/0.9) = 51.07, so
        // from day 52 = 2025-04-24. bo: R(365) = e^(−365 / 55.92) = 0.001463, below from day 6 = 2025-03-09.
        let ava = try #require(progress.participants.first { $0.repID == "ava" })
        #expect(ava.heldDays == [7, 22])
        #expect(abs(ava.retentionAtHorizon - 0.288484679968785) < 1e-9)
        #expect(ava.fallsBelowTargetOn == F.day("2025-04-24"))
        let bo = try #require(progress.participants.first { $0.repID == "bo" })
        #expect(abs(bo.retentionAtHorizon - 0.0014631481945561627) < 1e-12)
        #expect(bo.fallsBelowTargetOn == F.day("2025-03-09"))
        // The cohort: mean 0.144974 at a year, far from 90%; on 2025-06-30 the mean is 0.411334 and it has
        // been below 90% since 2025-03-14 (ava's session of 03-10 lifted it back above for four days).
        #expect(abs(progress.cohortRetentionAtHorizon - 0.1449739140816706) < 1e-9)
        #expect(!progress.meetsGoal)
        #expect(abs(progress.cohortRetentionNow - 0.4113335308908397) < 1e-9)
        #expect(progress.cohortFallsBelowTargetOn == F.day("2025-03-14"))
    }

    @Test func saysWhenTheCohortWillFallBelowUnlessASessionIsHeld() throws {
        let held = [
            HeldReinforcement(repID: "ava", investmentID: "bootcamp", heldOn: F.day("2025-03-08")),
            HeldReinforcement(repID: "bo", investmentID: "bootcamp", heldOn: F.day("2025-03-08")),
        ]
        // Both held on day 5: S = 55.92 + 50 = 105.92, so retention stays ≥ 90% until day 5 + 11.16 = 16.16:
        // below from day 17 = 2025-03-20.
        let progress = try ReinforcementProgress(
            calendar: F.calendar(), held: held, asOf: F.day("2025-03-12"), model: .seedFast)
        #expect(progress.cohortFallsBelowTargetOn == F.day("2025-03-20"))
        #expect(progress.participants.allSatisfy { $0.fallsBelowTargetOn == F.day("2025-03-20") })
        #expect(progress.sessions.filter { $0.status == .onTime }.count == 2)
    }

    @Test func refusesASessionHeldBeforeEnrolment() throws {
        let text = "rep_id,investment_id,held_on\nava,bootcamp,2025-03-10\nbo,bootcamp,2025-02-28\n"
        let error = try #require(throws: ImportError.self) {
            try HeldReinforcementLog(csvText: text, name: "held.csv", enrolments: F.enrolments())
        }
        #expect(error.file == "held.csv" && error.line == 3 && error.field == "held_on")
        #expect(error.message.contains("before enrolling on 2025-03-03"))
        // The library type refuses it too, without a file.
        let early = [HeldReinforcement(repID: "bo", investmentID: "bootcamp", heldOn: F.day("2025-03-01"))]
        #expect(throws: ValidationError.self) {
            try ReinforcementProgress(calendar: F.calendar(), held: early, asOf: F.day("2025-06-30"), model: .seedFast)
        }
    }

    @Test func refusesSessionsOfStrangersAndTwiceRecordedOnes() throws {
        let stranger = "rep_id,investment_id,held_on\nava,bootcamp,2025-03-10\nzed,bootcamp,2025-03-11\n"
        let unknown = try #require(throws: ImportError.self) {
            try HeldReinforcementLog(csvText: stranger, name: "held.csv", enrolments: F.enrolments())
        }
        #expect(unknown.code == .unknownID && unknown.line == 3 && unknown.field == "rep_id")
        let twice = "rep_id,investment_id,held_on\nava,bootcamp,2025-03-10\nava,bootcamp,2025-03-10\n"
        let duplicate = try #require(throws: ImportError.self) {
            try HeldReinforcementLog(csvText: twice, name: "held.csv", enrolments: F.enrolments())
        }
        #expect(duplicate.code == .duplicateID && duplicate.line == 3)
        let bad = try #require(throws: ImportError.self) {
            try HeldReinforcementLog(csvText: "rep_id,investment_id,held_on\nava,bootcamp,10/03/2025\n")
        }
        #expect(bad.field == "held_on" && bad.line == 2)
    }

    @Test func takesTodayFromTheInjectedClock() throws {
        // 2026-12-01T20:00Z is 2026-12-01 in London: every session has passed.
        let progress = try ReinforcementProgress(calendar: F.calendar(), held: [], clock: F.clock, model: .seedFast)
        #expect(progress.asOf == F.day("2026-12-01"))
        #expect(progress.counts == [.missed: 10])
    }
}

extension ReinforcementProgressTests {
    @Test func writesTheProgressAsCSV() throws {
        let held = try HeldReinforcementLog(csvText: Self.heldCSV, enrolments: F.enrolments())
        let progress = try ReinforcementProgress(
            calendar: F.calendar(), held: held, asOf: F.day("2025-06-30"), model: .seedFast)
        let lines = progress.csvText.split(separator: "\n")
        #expect(lines[0] == Substring(ReinforcementProgress.csvHeader))
        #expect(lines.contains("mgr-a,ava,bootcamp,2,2025-03-19,2025-03-25,late,6"))
        #expect(lines.contains("mgr-b,bo,bootcamp,5,2025-08-26,,due,"))
    }
}
