import Foundation
import SalesCompetency

extension ScoreCommand {
    /// `sco score --partial-output FILE`: aggregates a shard of the activity and writes its partial aggregate
    /// (for `sco merge`) instead of scorecards.
    static func writePartial(
        engine: ScoringEngine, activities: String, range: PeriodRange?, to path: String
    ) throws {
        let progress = ProgressLine(reading: activities, what: "activities")
        let aggregate = try engine.aggregate(activitiesCSVFile: activities, periods: range)
        progress.finish()
        Console.note("sco score: \(aggregate.diagnostics.summary)")
        let data = engine.partialAggregateData(aggregate)
        try Output(path: path).write { try data.withUnsafeBytes($0) }
    }
}
