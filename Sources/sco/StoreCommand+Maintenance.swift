import Foundation
import SalesCompetency

extension StoreCommand {
    /// `verify` and `repair`; `false` for any other subcommand.
    static func runMaintenance(_ subcommand: String, directory: String, arguments: inout Arguments) throws -> Bool {
        switch subcommand {
        case "verify":
            let options = try OutputOptions(&arguments, .receipt)
            let (format, output) = (options.format, options.output)
            try arguments.finish()
            let report = try FileStore.verify(directory: URL(fileURLWithPath: directory))
            try output.write(format == .json ? try jsonText(report) : text(of: report, directory: directory))
            if !report.isIntact {
                throw CommandFailure(
                    "\(directory): \(report.damage.count) damaged \(report.damage.count == 1 ? "range" : "ranges"); "
                        + "salvage the rest with sco store repair --store \(directory) --into NEW")
            }
            return true
        case "repair":
            let target = try arguments.required("--into", "NEW")
            let options = try OutputOptions(&arguments, .receipt)
            let (format, output) = (options.format, options.output)
            let environmentUser = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
            let actor = try arguments.option("--actor") ?? environmentUser ?? "sco"
            try arguments.finish()
            try output.checkWritable()
            let repair = try FileStore.repair(
                directory: URL(fileURLWithPath: directory), into: URL(fileURLWithPath: target), clock: .system,
                actor: actor)
            if format == .json {
                try output.write(try jsonText(repair))
            } else {
                try output.write(
                    "salvaged \(repair.salvagedBatches) batches (\(repair.salvagedActivities) activities), "
                        + "\(repair.salvagedAuditFrames) audit records and \(repair.salvagedDocumentVersions) "
                        + "document versions into \(target); \(directory) was not changed\n"
                        + (repair.lost.isIntact
                            ? "nothing was lost\n" : "lost:\n" + text(of: repair.lost, directory: directory)))
            }
            return true
        default:
            return false
        }
    }

    /// The verification as lines: a summary, then every damaged range and what it held.
    static func text(of report: StoreVerification, directory: String) -> String {
        var lines = [
            "store \(directory): \(report.intactBatches) intact batches in \(report.intactFrames) intact frames"
                + (report.acknowledgedFrames.map { " of \($0) acknowledged" } ?? "")
        ]
        if report.unacknowledgedBytes > 0 {
            lines.append(
                "\(report.unacknowledgedBytes) bytes after the acknowledged end: an interrupted write, never acknowledged; the next writer cuts it"
            )
        }
        for damage in report.damage {
            let range = damage.start.map { " bytes \($0)-\(damage.end ?? $0)" } ?? ""
            lines.append("damaged: \(damage.file)\(range): \(damage.problem)")
            lines += damage.held.map { "  held \($0)" }
        }
        if report.isIntact { lines.append("intact") }
        return lines.joined(separator: "\n") + "\n"
    }
}
