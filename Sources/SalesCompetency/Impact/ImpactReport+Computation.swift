/// The participants and comparison group of an analysis, checked against the roster and the panel.
struct ImpactInputs {
    struct Participant {
        var repID: Rep.ID
        var row: Int
        var month: Int
        var reinforced: Bool
    }

    var enrolled: Int
    var participants: [Participant] = []
    var comparison: [Int] = []
    var excluded: [ImpactReport.Exclusion] = []

    init(
        panel: MeasurePanel, enrolments: EnrolmentList, investmentID: Investment.ID, roster: Roster?,
        comparisonGroup: [Rep.ID]?, options: ImpactOptions
    ) throws {
        let enrolledHere = enrolments.enrolments(in: investmentID)
        enrolled = enrolledHere.count
        guard !enrolledHere.isEmpty else {
            throw ValidationError(
                .valueOutOfRange, item: "investment \(investmentID)", field: "participants",
                message: "nobody is enrolled in \"\(investmentID)\"")
        }
        let months = panel.months.count
        var roles = Set<Role.ID>()
        for enrolment in enrolledHere {
            if let roster {
                guard let rep = roster[enrolment.repID] else {
                    throw ValidationError(
                        .danglingReference, item: "enrolment \(enrolment.repID) in \(investmentID)", field: "repID",
                        message: "rep \"\(enrolment.repID)\" is not in the roster")
                }
                roles.insert(rep.primaryRole)
            }
            guard let row = panel.index(of: enrolment.repID) else {
                excluded.append(.init(repID: enrolment.repID, reason: "without any value of the measure"))
                continue
            }
            let month = Period(containing: enrolment.enrolledOn).ordinal - panel.months.first.ordinal
            guard month >= 0, month < months else {
                excluded.append(.init(repID: enrolment.repID, reason: "enrolled outside the months of the data"))
                continue
            }
            if ImpactEngine.mean(panel.values, row: row, months: months, (month - options.monthsBefore)...(month - 1))
                .isNaN
            {
                excluded.append(.init(repID: enrolment.repID, reason: "without data before enrolment"))
            } else if ImpactEngine.mean(
                panel.values, row: row, months: months, (month + 1)...(month + options.monthsAfter)
            ).isNaN {
                excluded.append(.init(repID: enrolment.repID, reason: "without data after enrolment"))
            } else {
                participants.append(
                    Participant(repID: enrolment.repID, row: row, month: month, reinforced: enrolment.isReinforced))
            }
        }
        let enrolledIDs = Set(enrolledHere.map(\.repID))
        if let comparisonGroup {
            for id in comparisonGroup {
                guard roster.map({ $0[id] != nil }) ?? true, let row = panel.index(of: id) else {
                    throw ValidationError(
                        .danglingReference, item: "rep \(id)", field: "comparisonGroup",
                        message: "rep \"\(id)\" of the comparison group has no data of the measure")
                }
                guard !enrolledIDs.contains(id) else {
                    throw ValidationError(
                        .valueOutOfRange, item: "rep \(id)", field: "comparisonGroup",
                        message:
                            "rep \"\(id)\" is enrolled in \"\(investmentID)\" and cannot be in the comparison group")
                }
                comparison.append(row)
            }
        } else {
            for (row, id) in panel.reps.enumerated() where !enrolledIDs.contains(id) {
                if let roster {
                    guard let rep = roster[id], roles.contains(rep.primaryRole) else { continue }
                }
                comparison.append(row)
            }
        }
        guard !participants.isEmpty else {
            throw ValidationError(
                .valueOutOfRange, item: "investment \(investmentID)", field: "participants",
                message: "no participant has data of \(panel.measure) both before and after their enrolment ("
                    + excluded.map { "\($0.repID) \($0.reason)" }.prefix(3).joined(separator: "; ") + ")")
        }
        guard !comparison.isEmpty else {
            throw ValidationError(
                .valueOutOfRange, item: "investment \(investmentID)", field: "comparisonGroup",
                message: "the comparison group is empty: no rep of the participants' roles was left unenrolled")
        }
    }
}

/// The estimates of one set of participants against one comparison group.
struct ImpactRun {
    var estimate: ImpactEstimate
    var comparisonReps: Int
    var pValue: Double?
    var preTrend: ImpactEstimate?
    var trendLine: ImpactEstimate?
    var timeline: [ImpactMonth]
    var retention: ObservedRetention?

    /// The days at which the gain of month k after enrolment is measured: 30.4375 · k.
    static func day(ofMonth k: Int) -> Double { 30.4375 * Double(k) }

    init(panel: MeasurePanel, participants: [ImpactInputs.Participant], comparison: [Int], options: ImpactOptions) {
        let before = -options.monthsBefore...(-1)
        let half = Swift.max(1, options.monthsBefore / 2)
        var stages = [
            ImpactEngine.Stage(before: before, after: 1...options.monthsAfter),
            ImpactEngine.Stage(before: (-2 * half)...(-half - 1), after: (-half)...(-1)),
        ]
        for k in 1...options.monthsAfter { stages.append(ImpactEngine.Stage(before: before, after: k...k)) }
        let engine = ImpactEngine(
            values: panel.values, months: panel.months.count, participants: participants.map { ($0.row, $0.month) },
            comparison: comparison, stages: stages, trendStage: stages[0])
        let ones = [Int32](repeating: 1, count: engine.participantCount)
        let allComparison = [Int32](repeating: 1, count: engine.comparisonCount)
        var scratch: [Double] = []
        var observed: [(value: Double, weight: Int)] = []
        for stage in stages.indices {
            observed.append(
                engine.estimate(
                    stage: stage, participantWeights: ones, comparisonWeights: allComparison, scratch: &scratch))
        }
        let rows = engine.bootstrap(resamples: options.resamples, seed: options.seed)
        let width = stages.count + 1
        let level = options.confidenceLevel
        let interval = { (column: Int) -> ConfidenceInterval? in
            ConfidenceInterval.percentile(
                of: stride(from: column, to: rows.count, by: width).map { rows[$0] }, level: level)
        }
        estimate = ImpactEstimate(value: observed[0].value, interval: interval(0), reps: observed[0].weight)
        comparisonReps = (0..<engine.comparisonCount).count { j in
            (0..<engine.cohortMonths.count).contains {
                !engine.change[(engine.participantCount + j) * engine.cohortMonths.count + $0].isNaN
            }
        }
        if options.permutations > 0, !estimate.value.isNaN {
            let statistics = engine.permutations(count: options.permutations, seed: options.seed ^ 0x7065_726D)
            let finite = statistics.filter { !$0.isNaN }
            let observedSize = abs(observed[0].value) - 1e-12
            let extreme = finite.count { abs($0) >= observedSize }
            pValue = Double(1 + extreme) / Double(1 + finite.count)
        }
        preTrend =
            observed[1].weight > 0
            ? ImpactEstimate(value: observed[1].value, interval: interval(1), reps: observed[1].weight) : nil
        let trend = engine.trendEstimate(participantWeights: ones)
        trendLine =
            trend.isNaN
            ? nil
            : ImpactEstimate(
                value: trend, interval: interval(stages.count), reps: engine.trend.count { !$0.isNaN })
        timeline = ImpactRun.timeline(
            panel: panel, participants: participants, comparison: comparison,
            options: options, gains: observed.dropFirst(2).map(\.value))
        let days = (1...options.monthsAfter).map(ImpactRun.day(ofMonth:))
        let gains = Array(observed.dropFirst(2).map(\.value))
        if let fitted = ObservedRetention.fit(days: days, gains: gains) {
            let resampled = stride(from: 0, to: rows.count, by: width).map { start in
                ObservedRetention.fit(days: days, gains: Array(rows[(start + 2)..<(start + 2 + days.count)]))?
                    .stability ?? 1
            }
            retention = ObservedRetention(
                initialGain: fitted.gain, stability: fitted.stability,
                interval: ConfidenceInterval.percentile(of: resampled, level: options.confidenceLevel),
                assumedStability: RetentionModel.seedFast.stability,
                days: zip(days, gains).filter { !$0.1.isNaN }.map(\.0), gains: gains.filter { !$0.isNaN })
        }
    }

    static func timeline(
        panel: MeasurePanel, participants: [ImpactInputs.Participant], comparison: [Int], options: ImpactOptions,
        gains: [Double]
    ) -> [ImpactMonth] {
        let months = panel.months.count
        let comparisonMeans = (0..<months).map { month in
            let values = comparison.map { panel.values[$0 * months + month] }.filter { !$0.isNaN }
            return values.isEmpty ? Double.nan : values.reduce(0, +) / Double(values.count)
        }
        func mean(_ values: [Double]) -> Double? {
            let finite = values.filter { !$0.isNaN }
            return finite.isEmpty ? nil : finite.reduce(0, +) / Double(finite.count)
        }
        return (-options.monthsBefore...options.monthsAfter).map { offset in
            let inside = participants.filter { $0.month + offset >= 0 && $0.month + offset < months }
            return ImpactMonth(
                offset: offset, participants: mean(inside.map { panel.values[$0.row * months + $0.month + offset] }),
                comparison: mean(inside.map { comparisonMeans[$0.month + offset] }),
                gain: offset >= 1 && !gains[offset - 1].isNaN ? gains[offset - 1] : nil)
        }
    }
}
