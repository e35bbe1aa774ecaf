import Foundation
import SalesCompetency
import TestSupport
import Testing

/// The small hand-worked scoring fixture shared by the scoring tests (files under `Fixtures/Scoring`).
///
/// Consultant rules: communicating-effectively = emails (target 10, w 1) + replies (target 2, w 2);
/// building-relationships = calls (target 4, w 1) + emails (target 10, w 1) + complaints (target 2, w 2, lower is
/// better). Analyst: gathering-intelligence = reports (target 3, w 1). The manager m1 has no rules.
enum ScoringFixture {
    static let utc = TimeZone(identifier: "UTC")!
    static let january = Period.month(2025, 1)
    static let february = Period.month(2025, 2)

    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures/Scoring")).path
    }

    static func roster() throws -> Roster { try Roster(csvFile: path("roster")) }

    static func policy(
        tasks: [SalesTask] = [], timeZone: TimeZone = utc, roleBands: [Role.ID: StatusBands] = [:]
    ) throws -> ScoringPolicy {
        try ScoringPolicy(rulesCSVFile: path("rules"), tasks: tasks, roleBands: roleBands, timeZone: timeZone)
    }

    static func engine() throws -> ScoringEngine { ScoringEngine(policy: try policy(), roster: try roster()) }

    static func day(_ text: String) throws -> Day { try Day(parsing: text) }

    static func activity(_ rep: Rep.ID, _ task: SalesTask.ID, _ day: String, _ quantity: Double) throws -> Activity {
        try Activity(repID: rep, taskID: task, day: Day(parsing: day), quantity: quantity)
    }

    /// The rows of `activities.csv` as a log.
    static func log() throws -> ActivityLog {
        ActivityLog([
            try activity("r1", "emails", "2025-01-05", 6), try activity("r1", "emails", "2025-01-20", 6),
            try activity("r1", "replies", "2025-01-10", 1), try activity("r1", "calls", "2025-01-11", 10),
            try activity("r1", "complaints", "2025-01-12", 1), try activity("r2", "emails", "2025-02-03", 5),
            try activity("r2", "complaints", "2025-02-04", 4), try activity("r3", "reports", "2025-01-15", 3),
            try activity("ghost", "emails", "2025-01-01", 3), try activity("r1", "lunches", "2025-01-08", 2),
            try activity("r3", "emails", "2025-01-09", 1),
        ])
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "activities.csv") throws -> String {
        try ScratchFolder.file(text.utf8, named: name)
    }
}
