import Foundation
import SalesCompetency

extension CalendarCommand {
    /// Compares the held sessions with the plan and prints the progress.
    static func track(_ inputs: Inputs, heldPath: String, asOf: Day, format: OutputFormat, output: Output) throws {
        let held = try HeldReinforcementLog(csvFile: heldPath, enrolments: inputs.enrolments.enrolments)
        let progress: ReinforcementProgress
        do {
            progress = try ReinforcementProgress(
                calendar: inputs.calendar, held: held, asOf: asOf, model: inputs.model, target: inputs.target,
                horizonDays: inputs.horizonDays)
        } catch let error as ValidationError where error.field == "heldOn" {
            throw CommandFailure("\(heldPath): field held_on: \(error.message)")
        } catch let error as ValidationError where error.field == "target" || error.field == "horizonDays" {
            throw UsageError("--\(error.field == "target" ? "target" : "horizon-days"): \(error.message)")
        }
        try output.checkWritable()
        switch format {
        case .csv: try output.write(progress.csvText)
        case .json: try output.write(jsonText(progress))
        default: try output.write(report(progress, calendar: inputs.calendar))
        }
    }

    /// The progress in plain words: counts, late and missed sessions per manager, retention against the goal.
    static func report(_ progress: ReinforcementProgress, calendar: ReinforcementCalendar) -> String {
        let counts = progress.counts
        let target = NumberFormatting.percent(progress.target)
        var lines = [
            "Reinforcements of \(calendar.investmentName) on \(progress.asOf): \(counts[.onTime] ?? 0) on time, "
                + "\(counts[.late] ?? 0) late, \(counts[.missed] ?? 0) missed, \(counts[.due] ?? 0) still due."
        ]
        for manager in calendar.managers {
            let items = progress.lateOrMissed(managedBy: manager)
            let who = TextTable.printable(manager?.rawValue ?? "no manager")
            lines.append(items.isEmpty ? "\(who): nothing late or missed" : "\(who):")
            for item in items {
                let what =
                    item.status == .late
                    ? "held \(item.heldOn!) (\(item.daysLate!) days late)" : "missed"
                lines.append(
                    "  \(TextTable.printable(item.session.repID.rawValue)) session \(item.session.number), "
                        + "scheduled \(item.session.scheduledOn): \(what)")
            }
        }
        let expected = NumberFormatting.percent(progress.cohortRetentionAtHorizon)
        lines.append(
            "Expected retention \(progress.horizonDays) days after enrolment, from what was held: \(expected) "
                + "(goal \(target)): \(progress.meetsGoal ? "met" : "not met").")
        if let day = progress.cohortFallsBelowTargetOn {
            lines.append(
                day <= progress.asOf
                    ? "The cohort's retention has been below \(target) since \(day): hold the next sessions now."
                    : "The cohort's retention falls below \(target) on \(day) unless a session is held before.")
        } else {
            lines.append("The cohort's retention holds \(target) through every participant's horizon.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
