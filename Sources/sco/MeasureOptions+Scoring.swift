import Foundation
import SalesCompetency

extension MeasureOptions {
    /// `--measures FILE [--owners FILE]` when given: the raw export is then the command's activity file.
    struct Given {
        let measuresPath: String
        let ownersPath: String?

        /// Scores the raw export `file` through the definition, streamed; prints the report on standard error.
        func score(_ file: String, engine: ScoringEngine, periods: PeriodRange?) throws -> Scorecards {
            let (scorecards, report) = try engine.score(
                crmExports: [file], measures: ActivityMeasures(jsonFile: measuresPath),
                owners: ownersPath.map { try OwnerMap(csvFile: $0) }, periods: periods)
            Console.note(report.summary)
            return scorecards
        }

        /// Reads the raw export `file` into an activity log; prints the report on standard error.
        func activityLog(_ file: String, timeZone: TimeZone) throws -> ActivityLog {
            let (log, report) = try ActivityMeasures(jsonFile: measuresPath).activityLog(
                files: [file], owners: ownersPath.map { try OwnerMap(csvFile: $0) }, timeZone: timeZone)
            Console.note(report.summary)
            return log
        }
    }

    /// Reads `--measures` and `--owners`; `nil` without `--measures` (and `--owners` alone is an error).
    static func optional(_ arguments: inout Arguments) throws -> Given? {
        let measuresPath = try arguments.input("--measures")
        let ownersPath = try arguments.input("--owners")
        guard let measuresPath else {
            if ownersPath != nil { throw UsageError("--owners goes with --measures") }
            return nil
        }
        return Given(measuresPath: measuresPath, ownersPath: ownersPath)
    }
}
