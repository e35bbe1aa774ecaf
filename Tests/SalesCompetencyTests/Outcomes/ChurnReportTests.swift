import Foundation
import SalesCompetency
import Testing

struct ChurnReportTests {
    func rep(_ id: String, hired: String, left: String? = nil, _ departure: Rep.Departure? = nil) -> Rep {
        Rep(
            id: Rep.ID(rawValue: id), roleIDs: ["consultant"], hiredOn: OutcomesFixtures.day(hired),
            leftOn: left.map(OutcomesFixtures.day), departure: departure)
    }

    var people: [Rep] {
        [
            rep("r1", hired: "2024-01-01"),  // there all year
            rep("r2", hired: "2024-01-01", left: "2025-03-31", .voluntary),
            rep("r3", hired: "2024-06-01", left: "2025-07-15", .induced),
            rep("r4", hired: "2025-02-01"),  // joins during the year
            rep("r5", hired: "2025-03-01", left: "2025-12-31", .voluntary),  // still there on the last day
            rep("r6", hired: "2023-01-01", left: "2024-12-31", .voluntary),  // left before the year
            rep("r7", hired: "2024-01-01", left: "2025-05-05"),  // no reason recorded
        ]
    }

    @Test func countsNonInducedDeparturesOverAverageHeadcount() throws {
        let churn = try ChurnReport(
            people, from: OutcomesFixtures.day("2025-01-01"), through: OutcomesFixtures.day("2025-12-31"))
        // Start: r1 r2 r3 r7 = 4. End: r1 r4 r5 = 3. Average 3.5. Voluntary r2 r5 = 2; r3 induced (not churn);
        // r7 has no recorded reason, so it was not induced: non-induced = 3.
        #expect(churn.headcountAtStart == 4 && churn.headcountAtEnd == 3 && churn.averageHeadcount == 3.5)
        #expect(churn.voluntary == 2 && churn.induced == 1 && churn.unknownReason == 1)
        #expect(churn.nonInduced == 3)
        #expect(churn.rate == 3 / 3.5)
    }

    @Test func aPeriodRunsFromItsFirstToItsLastDay() throws {
        let march = ChurnReport(people, in: .month(2025, 3))
        // 2025-03-01: r1 r2 r3 r4 r5 r7 = 6; 2025-03-31: the same 6 (r2 leaves that day). r2 voluntary.
        #expect(march.headcountAtStart == 6 && march.headcountAtEnd == 6 && march.voluntary == 1)
        #expect(march.rate == 1.0 / 6)
    }

    @Test func noHeadcountMeansNoRate() throws {
        let churn = try ChurnReport(
            [], from: OutcomesFixtures.day("2025-01-01"), through: OutcomesFixtures.day("2025-01-31"))
        #expect(churn.rate == nil && churn.averageHeadcount == 0)
    }

    @Test func rejectsAReversedSpan() {
        #expect {
            try ChurnReport(
                people, from: OutcomesFixtures.day("2025-02-01"), through: OutcomesFixtures.day("2025-01-01"))
        } throws: { ($0 as? ValidationError)?.code == .outOfOrder }
    }

    @Test func jsonCarriesTheRate() throws {
        let churn = ChurnReport(people, in: .month(2025, 3))
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(churn)) as? [String: Any]
        #expect(object?["rate"] as? Double == 1.0 / 6 && object?["averageHeadcount"] as? Double == 6)
        #expect(try JSONDecoder().decode(ChurnReport.self, from: try JSONEncoder().encode(churn)) == churn)
    }
}
