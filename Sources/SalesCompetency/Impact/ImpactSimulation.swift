import Foundation

/// A generated organisation with a known, planted effect, for checking that an impact analysis finds what
/// was planted (tests, the benchmark, the coverage run in `Documentation/ImpactCoverage.md`).
///
/// Each rep has a level of their own, each month a level shared by all, and every rep-month noise; a share of
/// the reps enrol in staggered months. After enrolment a participant's value rises by `effect · e^(−t/S)`
/// (t days after enrolment, at 30.4375 days a month); before it, a planted `preTrend` adds `preTrend · (m − e)`
/// per month. Some rep-months are missing.
package struct ImpactSimulation: Sendable {
    /// The panel.
    package var panel: MeasurePanel
    /// The enrolments, all in investment `sim`.
    package var enrolments: EnrolmentList
    /// The true difference-in-differences of the default windows: the mean planted gain over the after window.
    package var trueEffect: Double

    /// Generates an organisation.
    ///
    /// - Parameters:
    ///   - reps: The number of reps.
    ///   - months: The number of months, from January 2024.
    ///   - participantShare: The share of reps that enrol.
    ///   - effect: The planted gain at enrolment.
    ///   - stability: The planted decay S in days (`.infinity` for none).
    ///   - preTrend: A planted drift of the participants per month before enrolment.
    ///   - noise: The standard deviation of rep-month noise.
    ///   - missing: The share of rep-months without a value.
    ///   - monthsBefore: The before window the enrolment months leave room for.
    ///   - monthsAfter: The after window the enrolment months leave room for, and the one ``trueEffect`` uses.
    ///   - seed: The seed.
    package init(
        reps: Int, months: Int, participantShare: Double = 0.4, effect: Double, stability: Double = .infinity,
        preTrend: Double = 0, noise: Double = 1, missing: Double = 0.05, monthsBefore: Int = 3,
        monthsAfter: Int = 3, seed: UInt64
    ) {
        var random = SeededGenerator(seed: seed)
        let ids = (0..<reps).map { Rep.ID(rawValue: "rep-" + String(100_000 + $0).dropFirst()) }
        let monthLevels = (0..<months).map { _ in 0.5 * random.normal() }
        var values = [Double](repeating: .nan, count: reps * months)
        var enrolments: [Enrolment] = []
        let latest = Swift.max(monthsBefore, months - monthsAfter - 1)
        for rep in 0..<reps {
            let level = 10 + 2 * random.normal()
            let enrols = random.unit() < participantShare
            let month = monthsBefore + Int(random.unit() * Double(latest - monthsBefore + 1))
            if enrols {
                let day = Day(year: 2024 + month / 12, month: 1 + month % 12, day: 1 + Int(random.unit() * 20))!
                enrolments.append(try! Enrolment(repID: ids[rep], investmentID: "sim", enrolledOn: day))
            }
            for m in 0..<months {
                var value = level + monthLevels[m] + noise * random.normal()
                if enrols, m > month { value += effect * exp(-ImpactRun.day(ofMonth: m - month) / stability) }
                if enrols, m < month { value += preTrend * Double(m - month) }
                if random.unit() >= missing { values[rep * months + m] = value }
            }
        }
        self.panel = try! MeasurePanel(
            measure: .won, reps: ids,
            months: PeriodRange(
                .month(2024, 1),
                through: .month(
                    2024 + (months - 1) / 12,
                    1 + (months - 1) % 12)), values: values)
        self.enrolments = try! EnrolmentList(enrolments)
        self.trueEffect =
            (1...monthsAfter).map { effect * exp(-ImpactRun.day(ofMonth: $0) / stability) }.reduce(0, +)
            / Double(monthsAfter)
    }
}
