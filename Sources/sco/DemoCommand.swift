import Foundation
import SalesCompetency

/// `sco demo`: the whole flow on a built-in sample organisation, a summary on the terminal and an HTML
/// dashboard on disk.
enum DemoCommand: Command {
    static let name = "demo"
    static let summary = "Run the whole flow on a built-in sample organisation and write an HTML dashboard"
    static let help = """
        Usage: sco demo [--seed N] [--output-dir DIR]

        Generates a sample sales organisation (3 teams, 53 people, January to June 2025: activity, field rides,
        1-on-1s, 360s, opportunities, a training bootcamp and a CRM rollout) from a seed, runs the whole flow
        on it — dictionary and profiles, scoring with colour bands, validation against assessments, outcomes,
        ROI with retention and a reinforcement plan, the plan's calendars, the owners' check and a review
        page — prints a summary and writes:

          DIR/dashboard.html      the dashboard: one self-contained file, open it in a browser
          DIR/*.csv               the sample files, to try the other commands on
          DIR/calendars/          the bootcamp's reinforcement sessions: one iCalendar file per manager
                                  (manager-ID.ics) and reinforcements.csv, as sco calendar writes them
          DIR/ownership.json      the ownership check of the programmes' owners (as in sco roi)
          DIR/review-ID.html      the annual review page of one trained rep (as sco review writes it)

        Options:
          --seed N          the seed of the sample data [2025]; the same seed gives the same files
          --output-dir DIR  where to write [sco-demo]
        """

    static let formats: [(form: String, choice: FormatChoice)] = []

    static func run(_ arguments: inout Arguments) async throws {
        let seed = UInt64(try arguments.wholeNumber("--seed") ?? 2025)
        let directory = try arguments.option("--output-dir") ?? "sco-demo"
        try arguments.finish()

        let demo = try DemoRun(seed: seed)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: "\(directory)/\(DemoProgramme.calendarFolder)", withIntermediateDirectories: true)
        for (file, text) in demo.files + demo.programme.files {
            try Output(path: "\(directory)/\(file)").write(text)
        }
        let dashboard = "\(directory)/dashboard.html"
        try Output(path: dashboard).write(demo.dashboard.render())
        try Output(path: nil).write(
            demo.summary + (try demo.crmLine(directory: directory))
                + demo.programme.lines(directory: directory).joined(separator: "\n") + "\n\n"
                + nextSteps(directory: directory, dashboard: dashboard))
    }

    static func nextSteps(directory: String, dashboard: String) -> String {
        """
        Wrote \(dashboard): open it in a browser.
        The sample files are in \(directory)/; try the other commands on them:
          sco outcomes --opportunities \(directory)/opportunities.csv --roster \(directory)/roster.csv
          sco retention --forgotten 0.8 --after-days 90 --target 0.9 --horizon-days 365

        """
    }
}
