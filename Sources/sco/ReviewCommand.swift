import Foundation
import SalesCompetency

/// `sco review`: one printable page per rep for the annual review.
enum ReviewCommand: Command {
    static let name = "review"
    static let summary = "A printable annual review page per rep: monthly scores, validations, gaps, readiness"
    static let help = """
        Usage: sco review --rep ID --year YYYY --roster FILE --activities FILE --rules FILE [inputs]
                          [--output FILE]
               sco review --team MANAGER_ID --year YYYY --roster FILE --activities FILE --rules FILE [inputs]
                          --output-dir DIR

        Writes one self-contained HTML page per rep, made to print on A4 or Letter (open it in a browser and
        print, or save as PDF): the year's monthly scores per competency with their colour bands and the months
        without data; which scores field rides, 1-on-1s and 360s rated and where they diverge from the
        activity; the gaps against the profile of the rep's role; readiness for the next role; the outcomes
        by close month; the trainings and reinforcement sessions attended.

        --rep writes the page to --output (or standard output); --team writes DIR/review-ID.html for each
        direct report of the manager (the id encoded as in sco calendar's file names) and lists them.

        Inputs (besides the roster, activities and rules that the scores come from):
          --assessments FILE   rep_id,competency_id,source,rating,assessed_on: the validations, and the
                               assessed levels for the gaps (mean of the year's ratings by others)
          --profiles FILE      role profiles, JSON: [{"roleID": "consultant", "requirements":
                               [{"competencyID": "...", "level": 3}]}]
          --next-role ROLE     the role to measure readiness for (with --profiles)
          --opportunities FILE the CRM export in sco outcomes' default columns (owner, opened_on, closed_on,
                               stage, value; stages won and lost)
          --enrolments FILE    rep_id,investment_id,enrolled_on[,...]: trainings attended
          --held FILE          rep_id,investment_id,held_on: reinforcement sessions attended
          --time-zone ZONE     the zone of the scoring periods [UTC]
          --format html        the only format: a printable page

        A rep with no score, rating, deal or training in the year is an error (exit 1) with --rep, and is
        skipped (and named) with --team.

        Example: sco review --rep rep-01 --year 2025 --roster sco-demo/roster.csv \\
                   --activities sco-demo/activities.csv --rules sco-demo/rules.csv --output review.html
        """

    static let formats: [(form: String, choice: FormatChoice)] = [("", FormatChoice([.html], default: .html))]

    static func run(_ arguments: inout Arguments) async throws {
        let rep = try arguments.option("--rep")
        let team = try arguments.option("--team")
        let yearText = try arguments.required("--year", "YYYY")
        let rosterPath = try arguments.requiredInput("--roster")
        let activitiesPath = try arguments.requiredInput("--activities")
        let rulesPath = try arguments.requiredInput("--rules")
        let assessmentsPath = try arguments.input("--assessments")
        let profilesPath = try arguments.input("--profiles")
        let nextRole = try arguments.option("--next-role")
        let opportunitiesPath = try arguments.input("--opportunities")
        let enrolmentsPath = try arguments.input("--enrolments")
        let heldPath = try arguments.input("--held")
        let timeZone = try arguments.timeZone()
        let directory = try arguments.option("--output-dir")
        let output = try OutputOptions(&arguments, formats[0].choice).output
        try arguments.finish()

        guard (rep == nil) != (team == nil) else { throw UsageError("give exactly one of --rep and --team") }
        guard let year = Int(yearText), (1900...2999).contains(year), yearText.count == 4 else {
            throw Arguments.invalid("--year", "a year YYYY", yearText)
        }
        if team != nil, directory == nil { throw UsageError("--team writes one page per rep: give --output-dir") }
        if rep != nil, directory != nil { throw UsageError("--output-dir goes with --team; use --output") }

        let roster = try Roster(csvFile: rosterPath)
        let policy = try ScoringPolicy(rulesCSVFile: rulesPath, timeZone: timeZone)
        let months = try PeriodRange(Period.month(year, 1), through: Period.month(year, 12))
        let scorecards = try ScoringEngine(policy: policy, roster: roster)
            .score(activitiesCSVFile: activitiesPath, periods: months)
        let assessments = try assessmentsPath.map { try AssessmentLog(csvFile: $0).assessments } ?? []
        let profiles = try profilesPath.map(readProfiles) ?? []
        let opportunities =
            try opportunitiesPath.map {
                try OpportunityReader(stages: try StageLabels(won: ["won"], lost: ["lost"])).read(csvFile: $0)
            } ?? []
        let enrolments = try enrolmentsPath.map { try EnrolmentList(csvFile: $0, roster: roster).enrolments } ?? []
        let held = try heldPath.map { try HeldReinforcementLog(csvFile: $0, enrolments: enrolments).records } ?? []
        func pack(_ id: Rep.ID) throws -> ReviewPack {
            try ReviewPack(
                repID: id, year: year, roster: roster, scorecards: scorecards, assessments: assessments,
                profiles: profiles, nextRoleID: nextRole.map { Role.ID(rawValue: $0) }, opportunities: opportunities,
                enrolments: enrolments, held: held)
        }

        if let rep {
            try output.checkWritable()
            do {
                try output.write(try pack(Rep.ID(rawValue: rep)).html())
            } catch let error as ValidationError {
                throw CommandFailure("\(error.field == "year" ? activitiesPath : rosterPath): \(error.message)")
            }
            return
        }
        guard let team, let directory else { return }
        let members = roster.directReports(of: Rep.ID(rawValue: team))
        guard !members.isEmpty else {
            throw CommandFailure("\(rosterPath): nobody reports to \(ErrorText.quoted(team))")
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var lines: [String] = []
        var skipped: [String] = []
        for member in members {
            do {
                let page = try pack(member.id)
                let file = "\(directory)/review-\(ReviewPack.fileSafeName(member.id)).html"
                try Output(path: file).write(page.html())
                lines.append("  \(file)")
            } catch let error as ValidationError where error.field == "year" {
                skipped.append(member.id.rawValue)
            }
        }
        guard !lines.isEmpty else { throw CommandFailure("\(activitiesPath): no data for \(team)'s team in \(year)") }
        var text = "Wrote \(lines.count) review pages for \(year):\n" + lines.joined(separator: "\n") + "\n"
        if !skipped.isEmpty { text += "No data in \(year) for: " + skipped.joined(separator: ", ") + "\n" }
        try Output(path: nil).write(TextTable.printable(text))
    }

    static func readProfiles(_ path: String) throws -> [RoleProfile] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(.unreadableFile, file: path, message: "cannot read the file")
        }
        do {
            return try JSONDecoder().decode([RoleProfile].self, from: data)
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: path, data: data)
        } catch let error as ValidationError {
            throw InputError(.invalidValue, file: path, field: error.field, message: error.message)
        }
    }
}
