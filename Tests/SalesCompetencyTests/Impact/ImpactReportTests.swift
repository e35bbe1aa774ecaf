import Testing

@testable import SalesCompetency

struct ImpactReportTests {
    /// Two participants (enrolled March and February) and two comparison reps over January–May 2025; worked by
    /// hand in the comments and by `Benchmarks/ImpactCheck/impact_check.py`.
    static func smallCase() throws -> (MeasurePanel, EnrolmentList) {
        let nan = Double.nan
        let panel = try MeasurePanel(
            measure: .won, reps: ["p1", "p2", "c1", "c2"],
            months: PeriodRange(.month(2025, 1), through: .month(2025, 5)),
            values: [
                1, 2, nan, 5, 6,  // p1, enrolled in March: before (Jan, Feb) 1.5, after (Apr, May) 5.5 → +4
                2, nan, 4, 4, nan,  // p2, enrolled in February: before (Jan) 2, after (Mar, Apr) 4 → +2
                1, 1, 2, 2, 3,  // c1: for March +1.5, for February +1
                3, 3, 3, 5, 5,  // c2: for March +2, for February +1
            ])
        let enrolments = try EnrolmentList([
            Enrolment(repID: "p1", investmentID: "x", enrolledOn: Day(parsing: "2025-03-10")),
            Enrolment(repID: "p2", investmentID: "x", enrolledOn: Day(parsing: "2025-02-03")),
        ])
        return (panel, enrolments)
    }

    static var smallOptions: ImpactOptions {
        var options = ImpactOptions()
        options.monthsBefore = 2
        options.monthsAfter = 2
        options.resamples = 200
        options.permutations = 200
        options.minimumGroupSize = 1
        return options
    }

    static var quickOptions: ImpactOptions {
        var options = ImpactOptions()
        options.resamples = 200
        options.permutations = 0
        return options
    }

    @Test func differenceInDifferencesByHand() throws {
        let (panel, enrolments) = try Self.smallCase()
        let report = try ImpactReport(
            panel: panel, enrolments: enrolments, investmentID: "x", options: Self.smallOptions)
        // p1: 4 − (1.5 + 2) / 2 = 2.25; p2: 2 − (1 + 1) / 2 = 1; mean 1.625.
        #expect(abs(report.estimate.value - 1.625) < 1e-12)
        #expect(report.estimate.reps == 2 && report.comparisonReps == 2 && report.enrolled == 2)
        // Pre-trend windows (one month each): p1 Feb − Jan = 1, comparison 0 → 1; p2 has no month before January.
        #expect(report.preTrend?.value == 1 && report.preTrend?.reps == 1)
        // Month 1 after: p1 Apr 5 − 1.5 = 3.5 vs (2 − 1) and (5 − 3): 3.5 − 1.5 = 2; p2 Mar 4 − 2 = 2 vs 1 and 0: 1.5.
        #expect(report.timeline.first { $0.offset == 1 }?.gain == 1.75)
        #expect(report.timeline.map(\.offset) == [-2, -1, 0, 1, 2])
        // Month −1: p1 Feb 2, p2 Jan 2 → 2; comparison Feb (1 + 3) / 2 = 2 and Jan 2 → 2.
        #expect(report.timeline[1].participants == 2 && report.timeline[1].comparison == 2)
        // The trend line through p1's Jan 1 and Feb 2 projects Apr 4 and May 5: effect 1; p2 has one month before.
        #expect(report.trendLine?.value == 1 && report.trendLine?.reps == 1)
        let interval = try #require(report.estimate.interval)
        #expect(interval.lower <= report.estimate.value && report.estimate.value <= interval.upper)
        #expect(report.pValue.map { $0 > 0 && $0 <= 1 } == true)
    }

    @Test func isDeterministic() throws {
        let (panel, enrolments) = try Self.smallCase()
        let one = try ImpactReport(panel: panel, enrolments: enrolments, investmentID: "x", options: Self.smallOptions)
        let two = try ImpactReport(panel: panel, enrolments: enrolments, investmentID: "x", options: Self.smallOptions)
        #expect(one == two)
    }

    @Test func findsAPlantedEffectAndItsDecay() throws {
        let simulation = ImpactSimulation(reps: 400, months: 18, effect: 2, stability: 120, noise: 0.5, seed: 7)
        var options = ImpactOptions()
        options.resamples = 300
        options.permutations = 300
        let report = try ImpactReport(
            panel: simulation.panel, enrolments: simulation.enrolments, investmentID: "sim", options: options)
        let interval = try #require(report.estimate.interval)
        #expect(interval.contains(simulation.trueEffect))
        #expect(!interval.contains(0) && (report.pValue ?? 1) < 0.01)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let retention = try #require(report.retention)
        #expect(retention.interval?.contains(120) == true, "\(retention)")
        #expect(!retention.isOnTrack && abs(retention.assumedStability - 55.92) < 0.01)
    }

    @Test func intervalsCoverThePlantedValueInAboutTheNominalShare() throws {
        let options = Self.quickOptions
        var covered = 0
        var coveredZero = 0
        var runs = 0
        for (size, seeds) in [(60, 0..<12), (150, 100..<112), (300, 200..<206)] {
            for seed in seeds {
                let planted = ImpactSimulation(reps: size, months: 15, effect: 1, stability: 90, seed: UInt64(seed))
                let report = try ImpactReport(
                    panel: planted.panel, enrolments: planted.enrolments, investmentID: "sim", options: options)
                if report.estimate.interval?.contains(planted.trueEffect) == true { covered += 1 }
                let none = ImpactSimulation(reps: size, months: 15, effect: 0, seed: UInt64(seed + 1000))
                let null = try ImpactReport(
                    panel: none.panel, enrolments: none.enrolments, investmentID: "sim", options: options)
                if null.estimate.interval?.contains(0) == true { coveredZero += 1 }
                runs += 1
            }
        }
        // 95% nominal over 30 runs: 26 or more covered is what a 95% interval does (binomial 1st percentile ≈ 25).
        #expect(covered >= 25, "covered \(covered) of \(runs)")
        #expect(coveredZero >= 25, "covered 0 in \(coveredZero) of \(runs)")
    }

    @Test func flagsAPlantedPreTrend() throws {
        let simulation = ImpactSimulation(reps: 300, months: 15, effect: 0, preTrend: 0.5, noise: 0.5, seed: 3)
        let options = Self.quickOptions
        let report = try ImpactReport(
            panel: simulation.panel, enrolments: simulation.enrolments, investmentID: "sim", options: options)
        #expect(report.preTrend.map { !$0.intervalContainsZero } == true)
        #expect(report.warnings.contains { $0.contains("pre-trend") })
        let clean = ImpactSimulation(reps: 300, months: 15, effect: 0, noise: 0.5, seed: 3)
        let quiet = try ImpactReport(
            panel: clean.panel, enrolments: clean.enrolments, investmentID: "sim", options: options)
        #expect(!quiet.warnings.contains { $0.contains("pre-trend") })
    }

    @Test func warnsAboutSmallGroupsAndLeftOutParticipants() throws {
        let (panel, enrolments) = try Self.smallCase()
        var options = Self.smallOptions
        options.minimumGroupSize = 5
        let more = try EnrolmentList(
            enrolments.enrolments + [Enrolment(repID: "c2", investmentID: "x", enrolledOn: Day(parsing: "2025-01-15"))])
        let report = try ImpactReport(panel: panel, enrolments: more, investmentID: "x", options: options)
        #expect(report.warnings.count { $0.contains("too few to say anything") } == 2)
        #expect(report.excluded == [.init(repID: "c2", reason: "without data before enrolment")])
    }

    @Test func rejectsBadInputs() throws {
        let (panel, enrolments) = try Self.smallCase()
        let roster = try Roster(csvText: "rep_id,role\np1,consultant\nc1,consultant\nc2,consultant\n")
        func fails(
            _ code: ValidationError.Code, _ field: String, _ body: () throws -> ImpactReport,
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            #expect(sourceLocation: sourceLocation) { _ = try body() } throws: { error in
                (error as? ValidationError).map { $0.code == code && $0.field == field } ?? false
            }
        }
        let options = Self.smallOptions
        // An investment nobody is enrolled in (an unknown investment), and an enrolled rep not in the roster.
        fails(.valueOutOfRange, "participants") {
            try ImpactReport(panel: panel, enrolments: enrolments, investmentID: "nobody", options: options)
        }
        fails(.danglingReference, "repID") {
            try ImpactReport(panel: panel, enrolments: enrolments, investmentID: "x", roster: roster, options: options)
        }
        // Enrolment dates outside the data, and a measure with no data before enrolment.
        let outside = try EnrolmentList([
            Enrolment(repID: "p1", investmentID: "x", enrolledOn: Day(parsing: "2026-01-01")),
            Enrolment(repID: "p2", investmentID: "x", enrolledOn: Day(parsing: "2025-01-02")),
        ])
        fails(.valueOutOfRange, "participants") {
            try ImpactReport(panel: panel, enrolments: outside, investmentID: "x", options: options)
        }
        // Empty and invalid comparison groups.
        fails(.valueOutOfRange, "comparisonGroup") {
            try ImpactReport(
                panel: panel, enrolments: enrolments, investmentID: "x", comparisonGroup: [], options: options)
        }
        fails(.danglingReference, "comparisonGroup") {
            try ImpactReport(
                panel: panel, enrolments: enrolments, investmentID: "x", comparisonGroup: ["ghost"], options: options)
        }
        fails(.valueOutOfRange, "comparisonGroup") {
            try ImpactReport(
                panel: panel, enrolments: enrolments, investmentID: "x", comparisonGroup: ["p1"], options: options)
        }
        var bad = options
        bad.confidenceLevel = 1
        fails(.valueOutOfRange, "confidenceLevel") {
            try ImpactReport(panel: panel, enrolments: enrolments, investmentID: "x", options: bad)
        }
    }

    @Test func namedComparisonGroup() throws {
        let (panel, enrolments) = try Self.smallCase()
        let report = try ImpactReport(
            panel: panel, enrolments: enrolments, investmentID: "x", comparisonGroup: ["c1"], options: Self.smallOptions
        )
        // p1: 4 − 1.5 = 2.5; p2: 2 − 1 = 1; mean 1.75.
        #expect(report.estimate.value == 1.75 && report.comparisonReps == 1)
    }
}

struct DashboardImpactTests {
    @Test func rendersTheEstimateTheMonthsAndBothRetentionCurves() throws {
        let simulation = ImpactSimulation(reps: 120, months: 12, effect: 2, stability: 120, noise: 0.5, seed: 5)
        let report = try ImpactReport(
            panel: simulation.panel, enrolments: simulation.enrolments, investmentID: "sim",
            options: ImpactReportTests.quickOptions)
        var dashboard = Dashboard(title: "Impact")
        dashboard.addImpact(report)
        let html = dashboard.render()
        #expect(html.contains("Impact of sim on won"))
        #expect(html.contains("participants") && html.contains("comparison group") && html.contains("enrolment"))
        #expect(html.contains("observed") && html.contains("assumed") && html.contains("goal 90% at a year"))
        #expect(html.contains(ImpactReport.bracket(report.estimate.interval)))
    }
}
