import Foundation
import SalesCompetency

extension StoreCommand {
    /// Reads an activities CSV (`rep_id,task_id,occurred_on,quantity`) completely, or throws naming the file,
    /// line and field of the first bad value.
    static func readActivities(_ path: String) throws -> [StoredActivity] {
        var header: CSVHeader?
        var columns = (rep: 0, task: 0, day: 0, quantity: 0)
        var batch: [StoredActivity] = []
        try CSVReader(contentsOfFile: path).forEachRecord { record in
            guard let known = header else {
                let parsed = try CSVHeader(record, file: path)
                columns = (
                    try parsed.require("rep_id"), try parsed.require("task_id"), try parsed.require("occurred_on"),
                    try parsed.require("quantity")
                )
                header = parsed
                return
            }
            try known.checkFieldCount(record)
            func bad(_ field: String, _ message: String) -> ImportError {
                ImportError(.invalidValue, file: path, line: record.line, field: field, message: message)
            }
            let rep = record.string(at: columns.rep)
            let task = record.string(at: columns.task)
            guard !rep.isEmpty else { throw bad("rep_id", "empty rep id") }
            guard !task.isEmpty else { throw bad("task_id", "empty task id") }
            guard let day = Day.parse(record.bytes(at: columns.day)) else {
                throw bad("occurred_on", "not a YYYY-MM-DD date: \"\(record.string(at: columns.day))\"")
            }
            let text = record.string(at: columns.quantity)
            guard let quantity = Double(text), quantity.isFinite, quantity >= 0 else {
                throw bad("quantity", "not a finite, non-negative number: \"\(text)\"")
            }
            batch.append(try StoredActivity(rep: Rep.ID(rawValue: rep), task: task, day: day, quantity: quantity))
        }
        guard header != nil else { throw ImportError(.emptyFile, file: path, message: "no header row") }
        return batch
    }
}
