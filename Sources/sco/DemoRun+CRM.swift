import Foundation
import SalesCompetency

extension DemoRun {
    /// The sample's activity as a raw Salesforce-style Task export (API names, 18-character owner ids, Subjects
    /// typed by people, a quantity in a custom field), with a deleted row, a row no rule matches and a record
    /// repeated from an overlapping export; its measure definition; and the owner map.
    var crmFiles: [(String, String)] {
        var reps: [String] = []
        var export = "Id,OwnerId,Subject,ActivityDate,Status,IsDeleted,CreatedDate,Quantity__c\n"
        var index = 0
        var repeated = ""
        var tasks: [String] = []
        try? CSVReader(string: sample.activitiesCSV).forEachRecord { record in
            guard record.line > 1 else { return }
            let rep = record.string(at: 0)
            if !reps.contains(rep) { reps.append(rep) }
            let owner = DemoRun.ownerID(reps.firstIndex(of: rep)!)
            let task = record.string(at: 1)
            if !tasks.contains(task) { tasks.append(task) }
            let words = task.split(separator: "_").joined(separator: " ")
            let subject =
                switch task {
                case "prospecting_emails_sent": "Email: intro to account \(index % 40)"
                case "prospecting_email_replies": "RE: your question \(index % 25)"
                default: words.prefix(1).uppercased() + words.dropFirst() + " - account \(index % 40)"
                }
            let row =
                "00T5g00000\(String(format: "%05d", index))QAE,\(owner),\(subject),\(record.string(at: 2)),Completed,"
                + "false,\(record.string(at: 2))T09:30:00.000+0000,\(record.string(at: 3))\n"
            export += row
            if index == 7 { repeated = row }
            index += 1
        }
        let day = sample.firstDay.description
        export +=
            "00T5g00000X0001QAE,\(DemoRun.ownerID(0)),Review Case,\(day),Completed,false,\(day)T09:30:00.000+0000,1\n"
        export += "00T5g00000X0002QAE,\(DemoRun.ownerID(0)),Call,\(day),Completed,true,\(day)T09:30:00.000+0000,1\n"
        export += repeated
        let owners =
            "crm_user,rep_id\n" + reps.enumerated().map { "\(DemoRun.ownerID($0.offset)),\($0.element)\n" }.joined()
        return [
            ("crm-task-export.csv", export), ("crm-owners.csv", owners),
            ("crm-measures.json", String(decoding: DemoRun.crmMeasures(tasks: tasks).jsonData(), as: UTF8.self)),
        ]
    }

    /// An 18-character Salesforce-style user id.
    static func ownerID(_ index: Int) -> String { "0055g00000\(String(format: "%05d", index))QAZ" }

    /// The measure definition of the demo's export: the Salesforce Task preset's columns with a quantity field,
    /// a regular expression for emails and replies, and the task named by the Subject's first words.
    static func crmMeasures(tasks all: [String]) -> ActivityMeasures {
        var measures = ActivityMeasures.salesforceTaskExport
        measures.name = "sco demo: Salesforce-style Task export"
        measures.quantity = .column("Quantity__c")
        measures.filters.append(.keep(.equals("Status", "Completed")))
        let tasks = Set(all).subtracting(["prospecting_emails_sent", "prospecting_email_replies"])
        measures.rules =
            [
                .init(taskID: "prospecting_emails_sent", when: .matches("Subject", "^e-?mail:", ignoringCase: true)),
                .init(
                    taskID: "prospecting_email_replies", when: .matches("Subject", "^(re|fwd?):", ignoringCase: true)),
            ]
            + tasks.sorted().map { task in
                ActivityMeasures.TaskRule(
                    taskID: SalesTask.ID(rawValue: task),
                    when: .startsWith("Subject", task.split(separator: "_").joined(separator: " "), ignoringCase: true))
            }
        return measures
    }

    /// Scores the export written in `directory` through its definition and checks the scorecards against those
    /// from `activities.csv`.
    func crmLine(directory: String) throws -> String {
        let utc = TimeZone(identifier: "UTC")!
        let policy = try ScoringPolicy(rulesCSVText: sample.rulesCSV, name: "rules.csv", timeZone: utc)
        let engine = ScoringEngine(policy: policy, roster: roster)
        let (cards, report) = try engine.score(
            crmExports: ["\(directory)/crm-task-export.csv"],
            measures: ActivityMeasures(jsonFile: "\(directory)/crm-measures.json"),
            owners: OwnerMap(csvFile: "\(directory)/crm-owners.csv"), periods: scorecards.periods)
        let skipped = report.skipped.map { "\($0.rows) \($0.reason.label)" }.joined(separator: ", ")
        let same = cards.csvText == scorecards.csvText ? "equal" : "DIFFER FROM"
        return "CRM          \(report.rowsRead) rows of a Salesforce-style export through crm-measures.json: "
            + "\(report.activities) activities, not activity: \(skipped); the scorecards \(same) those from "
            + "activities.csv.\n"
    }
}
