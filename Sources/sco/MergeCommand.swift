import Foundation
import SalesCompetency

/// `sco merge`: adds up the partial aggregates of shards of the activity and scores them as one run would.
enum MergeCommand: Command {
    static let name = "merge"
    static let summary = "Merge partial aggregates of activity shards (sco score --partial-output) into scorecards"
    static let help = """
        Usage: sco merge PART... --roster FILE --rules FILE [--time-zone ID] [--cap X]
                       [--employment pro-rated|whole|ignored] [--absence no-data|zero] [--bench]
                         [--format table|json|csv|html] [--output FILE]

        Sharding without a warehouse: split the activity by rep or by time, run
          sco score --activities shard-N.csv --roster FILE --rules FILE --partial-output part-N.bin
        on each shard (on any machine), then merge the parts here: the scorecards are the same as one
        sco score run over all the activity. Every part must come from the same roster, tasks, time zone and
        period length (each part's header says which; a mismatch is an error naming the part).

          PART               a partial-aggregate file (format version 1, see "Scoring in your warehouse")
          --roster FILE      rep_id,role[,manager_id,hired_on,left_on,departure], as given to each shard
          --rules FILE       task_id,competency_id,role,monthly_target,weight[,direction]
          --time-zone ID     as given to each shard (default UTC)
          --cap X            attainment cap (default 1.5)
          --format           csv: rep_id,period,competency_id,score,status, as sco score writes it;
                             html: the page sco score --format html writes
        """

    static let formats: [(form: String, choice: FormatChoice)] = [("", .page)]

    static func run(_ arguments: inout Arguments) async throws {
        let rosterPath = try arguments.requiredInput("--roster")
        let rulesPath = try arguments.requiredInput("--rules")
        let timeZone = try arguments.timeZone()
        let cap = try arguments.number("--cap")
        let grid = try GridOptions.parse(&arguments)
        let options = try OutputOptions(&arguments, .page)
        let (format, output) = (options.format, options.output)
        let parts = arguments.positionalInputs()
        try arguments.finish()
        guard !parts.isEmpty else { throw UsageError("give at least one partial-aggregate file") }
        let roster = try Roster(csvFile: rosterPath)
        let policy = try ScoringPolicy(
            rulesCSVFile: rulesPath, attainmentCap: cap ?? 1.5, timeZone: timeZone, employment: grid.employment,
            absence: grid.absence)
        let engine = ScoringEngine(policy: policy, roster: roster)
        var merged: ActivityAggregate?
        for part in parts {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: part))
            } catch {
                throw InputError(.unreadableFile, file: part, message: "cannot read the file")
            }
            let aggregate = try engine.aggregate(partialAggregateData: data, name: part)
            merged = try merged.map { try $0.merging(aggregate) } ?? aggregate
        }
        let scorecards = engine.score(merged!)
        Console.note("sco merge: \(parts.count) parts; \(scorecards.diagnostics.summary)")
        switch format {
        case .csv: try output.write(bytesOf: scorecards.writeCSV)
        case .json: try output.write(jsonText(Array(scorecards)))
        case .html: try output.write(ScoreCommand.html(scorecards, assessed: nil, roster: roster))
        default: try output.write(ScoreCommand.table(scorecards, assessed: nil, colored: output.isColored))
        }
    }
}
