import Foundation

/// What an investment changed in one measure, measured from the organisation's own data.
///
/// Participants are the reps enrolled in the investment; the comparison group is, by default, the reps of the
/// same primary roles who were never enrolled in it. Each participant is measured around their own enrolment
/// month, so staggered starts work:
///
/// - the participant's change is the mean of the *after* window minus the mean of the *before* window
///   (``ImpactOptions``: 3 months each side, the enrolment month itself in neither);
/// - the comparison group's change is the mean, over comparison reps with data in both windows, of the same
///   change over the *same calendar months*;
/// - the **difference-in-differences** estimate is the mean over participants of (own change − comparison
///   change).
///
/// Beside it: a percentile **bootstrap interval** clustered by rep (whole reps are resampled, participants
/// and comparison separately), a two-sided **permutation p-value** (participant labels reassigned at random),
/// a **pre-trend check** (the same estimate between two windows before enrolment), a **trend-line
/// projection** of each participant's own months before (the second isolation method), the months around
/// enrolment for a chart, and the **observed retention** of the gain. Everything is seeded: the same inputs
/// give the same report. <doc:MeasuringImpact> explains the statistics in plain words.
///
/// ```swift
/// let panel = try MeasurePanel(opportunities: deals, measure: .winRate, roster: roster, months: range)
/// let report = try ImpactReport(panel: panel, enrolments: list, investmentID: "bootcamp", roster: roster)
/// report.estimate.value            // +0.21 win rate
/// report.estimate.interval         // 0.12 ... 0.30
/// ```
public struct ImpactReport: Hashable, Sendable, Codable {
    /// A participant left out of the estimate, and why.
    public struct Exclusion: Hashable, Sendable, Codable {
        /// The rep.
        public var repID: Rep.ID
        /// Why, in words: no data before enrolment, no data after it, enrolled outside the data's months.
        public var reason: String

        /// Creates an exclusion.
        ///
        /// - Parameters:
        ///   - repID: The rep.
        ///   - reason: Why.
        public init(repID: Rep.ID, reason: String) {
            (self.repID, self.reason) = (repID, reason)
        }
    }

    /// Observed retention with and without reinforcement events.
    public struct ReinforcementComparison: Hashable, Sendable, Codable {
        /// Participants with at least one reinforcement event.
        public var reinforcedReps: Int
        /// Participants without one.
        public var unreinforcedReps: Int
        /// The retention of the reinforced participants' gain, if it could be fitted.
        public var reinforced: ObservedRetention?
        /// The retention of the others' gain, if it could be fitted.
        public var unreinforced: ObservedRetention?

        /// Creates a comparison.
        ///
        /// - Parameters:
        ///   - reinforcedReps: Participants with reinforcement.
        ///   - unreinforcedReps: Participants without.
        ///   - reinforced: Their retention.
        ///   - unreinforced: The others' retention.
        public init(
            reinforcedReps: Int, unreinforcedReps: Int, reinforced: ObservedRetention?,
            unreinforced: ObservedRetention?
        ) {
            self.reinforcedReps = reinforcedReps
            self.unreinforcedReps = unreinforcedReps
            self.reinforced = reinforced
            self.unreinforced = unreinforced
        }
    }

    /// The version of the JSON shape.
    public static let schemaVersion = 1

    /// The version of the JSON shape of this report.
    public var schemaVersion: Int = ImpactReport.schemaVersion
    /// The investment.
    public var investmentID: Investment.ID
    /// The measure.
    public var measure: ImpactMeasure
    /// The months of the data.
    public var months: PeriodRange
    /// The options used.
    public var options: ImpactOptions
    /// The reps enrolled in the investment.
    public var enrolled: Int
    /// The comparison reps with data in both windows for at least one participant's months.
    public var comparisonReps: Int
    /// The difference-in-differences estimate; its `reps` are the participants used.
    public var estimate: ImpactEstimate
    /// The two-sided permutation p-value, or `nil` with no permutations.
    public var pValue: Double?
    /// The same estimate between two windows before enrolment; near 0 when the groups moved alike before.
    public var preTrend: ImpactEstimate?
    /// The second isolation method: after-window values minus each participant's own trend line projected.
    public var trendLine: ImpactEstimate?
    /// Participants and comparison by month relative to enrolment.
    public var timeline: [ImpactMonth]
    /// The observed retention of the gain, when there is a positive gain to fit.
    public var retention: ObservedRetention?
    /// Retention with and without reinforcement, when some enrolments have reinforcement events.
    public var reinforcement: ReinforcementComparison?
    /// Participants left out, and why.
    public var excluded: [Exclusion]
    /// Plain warnings: small groups, a pre-trend, participants left out.
    public var warnings: [String]

    /// Measures the impact of an investment on the measure of a panel.
    ///
    /// - Parameters:
    ///   - panel: The measure per rep-month.
    ///   - enrolments: The enrolments; those in `investmentID` are the participants.
    ///   - investmentID: The investment.
    ///   - roster: The roster: enrolled reps must be in it, and the default comparison group is the reps of the
    ///     participants' primary roles. `nil`: every rep of the panel not enrolled is in the comparison group.
    ///   - comparisonGroup: A named comparison group instead of the default; none of them may be enrolled.
    ///   - options: Windows, resamples, seed.
    /// - Throws: ``ValidationError``: `.danglingReference` for an enrolled or named rep not in the roster or the
    ///   panel; `.valueOutOfRange` naming `participants` when nobody is enrolled or no participant has data
    ///   both before and after enrolment, naming `comparisonGroup` when it is empty, has no data in the
    ///   participants' months, or holds a participant, or naming an option out of range.
    /// - Complexity: O(reps × cohorts × (months + resamples + permutations)).
    public init(
        panel: MeasurePanel, enrolments: EnrolmentList, investmentID: Investment.ID, roster: Roster? = nil,
        comparisonGroup: [Rep.ID]? = nil, options: ImpactOptions = .default
    ) throws {
        try options.validate()
        let inputs = try ImpactInputs(
            panel: panel, enrolments: enrolments, investmentID: investmentID, roster: roster,
            comparisonGroup: comparisonGroup, options: options)
        self.investmentID = investmentID
        self.measure = panel.measure
        self.months = panel.months
        self.options = options
        self.enrolled = inputs.enrolled
        self.excluded = inputs.excluded
        let result = ImpactRun(
            panel: panel, participants: inputs.participants, comparison: inputs.comparison,
            options: options)
        guard result.estimate.reps > 0 else {
            throw ValidationError(
                .valueOutOfRange, item: "investment \(investmentID)", field: "comparisonGroup",
                message: "no comparison rep has data in the participants' months before and after enrolment")
        }
        self.estimate = result.estimate
        self.comparisonReps = result.comparisonReps
        self.pValue = result.pValue
        self.preTrend = result.preTrend
        self.trendLine = result.trendLine
        self.timeline = result.timeline
        self.retention = result.retention
        let reinforced = inputs.participants.filter(\.reinforced)
        if !reinforced.isEmpty, reinforced.count < inputs.participants.count {
            let others = inputs.participants.filter { !$0.reinforced }
            self.reinforcement = ReinforcementComparison(
                reinforcedReps: reinforced.count, unreinforcedReps: others.count,
                reinforced: ImpactRun(
                    panel: panel, participants: reinforced, comparison: inputs.comparison, options: options
                ).retention,
                unreinforced: ImpactRun(
                    panel: panel, participants: others, comparison: inputs.comparison, options: options
                ).retention)
        }
        self.warnings = ImpactReport.warnings(
            estimate: estimate, comparisonReps: comparisonReps, preTrend: preTrend, excluded: excluded,
            options: options)
    }

    static func warnings(
        estimate: ImpactEstimate, comparisonReps: Int, preTrend: ImpactEstimate?, excluded: [Exclusion],
        options: ImpactOptions
    ) -> [String] {
        var warnings: [String] = []
        for (name, count) in [("participants", estimate.reps), ("comparison reps", comparisonReps)]
        where count < options.minimumGroupSize {
            warnings.append(
                "Only \(count) \(name) have data before and after enrolment (fewer than "
                    + "\(options.minimumGroupSize)): too few to say anything; read the estimate as a hint at most.")
        }
        if let preTrend {
            if !preTrend.intervalContainsZero {
                warnings.append(
                    "Before enrolment the participants were already moving away from the comparison group "
                        + "(pre-trend \(ImpactReport.format(preTrend.value)), interval excludes 0): part of the "
                        + "estimate may be that trend, not the investment.")
            }
        } else {
            warnings.append(
                "Too few months before enrolment to check that both groups moved alike before it (pre-trend).")
        }
        if !excluded.isEmpty {
            var reasons: [String: Int] = [:]
            for exclusion in excluded { reasons[exclusion.reason, default: 0] += 1 }
            let text = reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            warnings.append("\(excluded.count) enrolled reps are left out: \(text).")
        }
        return warnings
    }

    static func format(_ value: Double) -> String {
        String(format: "%+.4g", value)
    }
}
