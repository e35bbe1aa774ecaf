import Foundation
import SalesCompetency
import Testing

@testable import sco

/// The typed option readers every command shares.
struct ArgumentsTests {
    @Test func periodsAreReadTheSameWayEverywhere() throws {
        var both = Arguments(["--from", "2025-01", "--to=2025-03"])
        let range = try #require(try both.periods().closed())
        #expect(range.count == 3)
        var alone = Arguments(["--from", "2025-02"])
        let periods = try alone.periods()
        #expect(throws: UsageError.self) { try periods.closed() }
        #expect(try periods.open()?.first == Period.month(2025, 2))
        var neither = Arguments([])
        #expect(try neither.periods().closed() == nil)
        var reversed = Arguments(["--from", "2025-03", "--to", "2025-01"])
        #expect(throws: UsageError.self) { try reversed.periods().closed() }
        var day = Arguments(["--from", "2025-03-01", "--to", "2025-03-31"])
        #expect(throws: UsageError.self) { try day.periods().closed() }
        var weeks = Arguments(["--from", "2025-W02", "--to", "2025-W05"])
        #expect(try weeks.periods().closed(.week)?.count == 4)
        var monthsForWeeks = Arguments(["--from", "2025-01", "--to", "2025-02"])
        #expect(throws: UsageError.self) { try monthsForWeeks.periods().closed(.week) }
    }

    @Test func daysAreEffectiveDates() throws {
        var arguments = Arguments(["--effective", "2025-04-01"])
        #expect(try arguments.day("--effective")?.description == "2025-04-01")
        var bad = Arguments(["--effective", "2025-04"])
        #expect(throws: UsageError.self) { try bad.day("--effective") }
    }

    @Test func aBadValueIsQuotedAtMost80Characters() throws {
        let huge = String(repeating: "9x", count: 500)
        var arguments = Arguments(["--months", huge])
        do {
            _ = try arguments.wholeNumber("--months")
            Issue.record("accepted \(huge.prefix(10))…")
        } catch let error as UsageError {
            #expect(error.description.count < 160)
            #expect(error.description.contains("…\""))
        }
    }

    @Test func anOutputMayNotBeAnInput() throws {
        var arguments = Arguments(["--roster", "a/../roster.csv", "--output", "roster.csv"])
        _ = try arguments.input("--roster")
        _ = try OutputOptions(&arguments, .report)
        #expect(throws: UsageError.self) { try arguments.finish() }
        var other = Arguments(["--roster", "roster.csv", "--output", "scores.csv"])
        _ = try other.input("--roster")
        _ = try OutputOptions(&other, .report)
        try other.finish()
    }

    @Test func formatsAreCheckedAgainstTheCommand() throws {
        var arguments = Arguments(["--format", "html"])
        #expect(throws: UsageError.self) { try OutputOptions(&arguments, .report) }
        var none = Arguments([])
        #expect(try OutputOptions(&none, FormatChoice([.table, .json], default: .json)).format == .json)
    }

    @Test func leftoversAreAnError() throws {
        let arguments = Arguments(["--unknown", "x"])
        #expect(throws: UsageError.self) { try arguments.finish() }
    }
}
