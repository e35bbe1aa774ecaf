import Foundation
import SalesCompetency

/// A month's activity totals per rep and task, frozen into the store by `sco store snapshot`.
struct ActivitySnapshot: Codable, Sendable {
    static let collection: DocumentCollection = "activity-snapshots"

    struct Total: Codable, Sendable {
        var rep: String
        var task: String
        var activities: Int
        var total: Double
    }

    var period: String
    var totals: [Total]

    init(month: Period, activities: [StoredActivity]) {
        period = month.description
        var sums: [String: [String: (Int, Double)]] = [:]
        for activity in activities {
            let (count, total) = sums[activity.rep.rawValue, default: [:]][activity.task, default: (0, 0)]
            sums[activity.rep.rawValue, default: [:]][activity.task] = (count + 1, total + activity.quantity)
        }
        totals = sums.keys.sorted().flatMap { rep in
            sums[rep]!.keys.sorted().map { task in
                let (count, total) = sums[rep]![task]!
                return Total(rep: rep, task: task, activities: count, total: total)
            }
        }
    }

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(self)
        case .csv:
            var writer = CSVWriter(header: ["rep_id", "period", "task_id", "activities", "total"])
            for row in totals {
                writer.append([
                    .text(row.rep), .text(period), .text(row.task), CSVWriter.number(row.activities),
                    CSVWriter.number(row.total, decimals: 6),
                ])
            }
            return writer.text
        default:
            var table = TextTable(
                columns: [
                    .init("rep"), .init("task"), .init("activities", alignment: .right),
                    .init("total", alignment: .right),
                ])
            for row in totals {
                table.append([
                    row.rep, row.task, String(row.activities), NumberFormatting.fixed(row.total, decimals: 2),
                ])
            }
            return "frozen \(period): \(totals.count) rep × task totals\n" + table.render(colored: false)
        }
    }
}
