import Foundation
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
            #expect(throws: InputError.self) { try Period(parsing: text) }
        }
    }

    @Test func rangesAreOrderedAndChecked() throws {
        let range = try PeriodRange(.month(2024, 11), through: .month(2025, 2))
        #expect(range.map(\.description) == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(range.count == 4)
        #expect(throws: ValidationError.self) { try PeriodRange(.month(2025, 2), through: .month(2025, 1)) }
    }
}

struct DecodingInvariantTests {
    @Test func reversedPeriodRangeDoesNotDecode() throws {
        let good = Data(#"{"first":"2025-01","last":"2025-03"}"#.utf8)
        #expect(try JSONDecoder().decode(PeriodRange.self, from: good).count == 3)
        let reversed = Data(#"{"first":"2025-03","last":"2025-01"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PeriodRange.self, from: reversed) }
        let mixed = Data(#"{"first":"2025-03","last":"2025-Q4"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PeriodRange.self, from: mixed) }
    }

    @Test func personWithoutRolesDoesNotDecode() throws {
        let good = Data(#"{"id":"rep-1","roles":["consultant"],"hiredOn":"2024-01-02"}"#.utf8)
        #expect(try JSONDecoder().decode(Rep.self, from: good).hiredOn?.description == "2024-01-02")
        let empty = Data(#"{"id":"rep-1","roles":[]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Rep.self, from: empty) }
    }
}
