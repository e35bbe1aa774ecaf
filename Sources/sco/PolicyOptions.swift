import Foundation
import SalesCompetency

/// `--rules` or `--policy`, with `--period`, `--time-zone`, `--cap` and the grid options: the scoring policy that
/// `sco score` and `sco sql` share.
struct PolicyOptions {
    /// The rules CSV.
    var rulesPath: String?
    /// A whole policy document (JSON), instead of the rules and the options.
    var policyPath: String?
    /// `--period`: the length of a period.
    var granularity: Period.Granularity?
    /// `--time-zone`.
    var zoneName: String?
    /// `--cap`.
    var cap: Double?
    /// `--employment`, `--absence`, `--bench`.
    var grid = GridOptions()

    /// The help lines of `--policy` and `--period`.
    static let help = """
          --policy FILE       instead of --rules: a scoring policy document (JSON, the shape ScoringPolicy
                              encodes: rules, tasks such as ratios, attainmentCap, bands, roleBands,
                              granularity, timeZone, employment, absence); it sets what --period,
                              --time-zone, --cap and the grid options would. Its ids are the host's:
                              neither it nor the roster's roles are checked against the built-in dictionary
          --period P          month (default), week (ISO, Monday to Sunday, printed YYYY-Www; --from and
                              --to as YYYY-Www) or quarter (YYYY-Qn); monthly targets scale with the
                              period's days
        """

    /// Reads the options from `arguments`.
    static func parse(_ arguments: inout Arguments) throws -> PolicyOptions {
        var options = PolicyOptions()
        options.rulesPath = try arguments.input("--rules")
        options.policyPath = try arguments.input("--policy")
        if let text = try arguments.option("--period") {
            guard let granularity = Period.Granularity(rawValue: text) else {
                throw Arguments.invalid("--period", "month, week or quarter", text)
            }
            options.granularity = granularity
        }
        options.zoneName = try arguments.option("--time-zone")
        options.cap = try arguments.number("--cap")
        options.grid = try GridOptions.parse(&arguments)
        if options.policyPath != nil {
            let conflicts = [
                ("--rules", options.rulesPath != nil), ("--period", options.granularity != nil),
                ("--time-zone", options.zoneName != nil), ("--cap", options.cap != nil),
                ("--employment, --absence or --bench", options.grid.given),
            ]
            if let (name, _) = conflicts.first(where: \.1) {
                throw UsageError("\(name) is set by the --policy document; give one or the other")
            }
        }
        return options
    }

    /// The time zone of `--time-zone` (default UTC).
    func timeZone() throws -> TimeZone {
        let name = zoneName ?? "UTC"
        guard let zone = TimeZone(identifier: name) else {
            throw Arguments.invalid("--time-zone", "an IANA time zone such as Europe/London", name)
        }
        return zone
    }

    /// The policy of `--policy`, or of `--rules` and the options; `nil` when neither was given.
    ///
    /// - Throws: `InputError` naming the file (and line or JSON path) for a bad document or rules file.
    func policy() throws -> ScoringPolicy? {
        if let policyPath { return try Self.readPolicy(policyPath) }
        guard let rulesPath else { return nil }
        return try ScoringPolicy(
            rulesCSVFile: rulesPath, attainmentCap: cap ?? 1.5, granularity: granularity ?? .month,
            timeZone: try timeZone(), employment: grid.employment, absence: grid.absence)
    }

    /// Reads a policy document, naming the file and the JSON path of what is wrong.
    static func readPolicy(_ path: String) throws -> ScoringPolicy {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(.unreadableFile, file: path, message: "cannot read the file")
        }
        do {
            return try JSONDecoder().decode(ScoringPolicy.self, from: data)
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: path, data: data)
        } catch let error as ValidationError {
            throw InputError(.invalidValue, file: path, field: error.field, message: error.message)
        }
    }
}
