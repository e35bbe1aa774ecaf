import SalesCompetency
import Testing

struct PeriodTests {
    @Test func monthsQuartersAndWeeks() throws {
        let day = try Day(parsing: "2025-02-10")
        #expect(Period(containing: day).description == "2025-02")
        #expect(Period(containing: day, granularity: .quarter).description == "2025-Q1")
        #expect(Period(containing: day, granularity: .week).description == "2025-W07")
    }

    @Test func isoWeeksAtYearBoundaries() throws {
        // 2024-12-30 is the Monday of 2025-W01; 2021-01-03 is in 2020-W53.
        #expect(Period(containing: try Day(parsing: "2024-12-30"), granularity: .week).description == "2025-W01")
        #expect(Period(containing: try Day(parsing: "2021-01-03"), granularity: .week).description == "2020-W53")
        #expect(try Period(parsing: "2020-W53").firstDay.description == "2020-12-28")
        #expect(try Period(parsing: "1969-W52").firstDay.description == "1969-12-22")
    }

    @Test func parsesEveryForm() throws {
        #expect(try Period(parsing: "2025-12") == .month(2025, 12))
        #expect(try Period(parsing: "2025-Q4").lastDay.description == "2025-12-31")
        #expect(try Period(parsing: "2024-02").lastDay.description == "2024-02-29")
        for text in ["2025-13", "2025-Q5", "2025-W54", "2025-W53", "25-01", "2025/01", "2025-1", ""] {
            #expect(throws: TimeError.self) { try Period(parsing: text) }
        }
    }

    @Test func rangesAreOrderedAndChecked() throws {
        let range = try PeriodRange(.month(2024, 11), through: .month(2025, 2))
        #expect(range.map(\.description) == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(range.count == 4)
        #expect(throws: TimeError.self) { try PeriodRange(.month(2025, 2), through: .month(2025, 1)) }
    }
}
