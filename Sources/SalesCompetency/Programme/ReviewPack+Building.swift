extension ReviewPack {
    /// Gathers a rep's year.
    ///
    /// Months are judged in the scorecards' own periods; a month of the year without a scorecard for a
    /// competency (or whose status is `no-data`) shows as no data. The assessed level of a competency, for
    /// the gaps and the readiness, is the mean of the year's ratings by others (field ride, 1-on-1, 360,
    /// manager; self-assessments are shown but not counted).
    ///
    /// - Parameters:
    ///   - repID: The rep.
    ///   - year: The year reviewed.
    ///   - roster: Gives the rep's role and manager.
    ///   - scorecards: Scores of any reps and months; the rep's months of `year` are used.
    ///   - assessments: Ratings of any reps; the rep's of `year` are used.
    ///   - blendPolicy: The scale and the tolerance beyond which a rating diverges from the score; default
    ///     `BlendPolicy()`.
    ///   - profiles: Role profiles; the one for the rep's role gives the gaps, the one for `nextRoleID` the
    ///     readiness.
    ///   - nextRoleID: The role the rep could be promoted to.
    ///   - opportunities: Deals of any owners; the rep's closed in `year` are used.
    ///   - enrolments: Enrolments of any reps; the rep's in `year` are listed.
    ///   - held: Reinforcement sessions of any reps; the rep's in `year` are listed.
    ///   - dictionary: Gives competency names and order.
    /// - Throws: ``ValidationError``: `.danglingReference` naming `repID` when the rep is not on the roster;
    ///   `.outOfRange` naming `year` when the rep has no score, rating, deal, enrolment or reinforcement in
    ///   it (a year with no data).
    /// - Complexity: O(n) in all the inputs, plus sorting what belongs to the rep.
    public init(
        repID: Rep.ID, year: Int, roster: Roster, scorecards: some Sequence<Scorecard>, assessments: [Assessment] = [],
        blendPolicy: BlendPolicy? = nil, profiles: [RoleProfile] = [], nextRoleID: Role.ID? = nil,
        opportunities: [Opportunity] = [], enrolments: [Enrolment] = [], held: [HeldReinforcement] = [],
        dictionary: CompetencyDictionary = .builtIn
    ) throws {
        let blendPolicy = try blendPolicy ?? BlendPolicy()
        guard let rep = roster[repID] else {
            throw ValidationError(
                .danglingReference, subject: "review of \(repID)", field: "repID",
                message: "rep \(ErrorText.quoted(repID)) is not on the roster")
        }
        let months = (1...12).map { Period.month(year, $0) }
        var cells: [Competency.ID: [Period: Scorecard]] = [:]
        for card in scorecards where card.repID == repID && card.period.firstDay.year == year {
            cells[card.competencyID, default: [:]][Period(containing: card.period.firstDay)] = card
        }
        let order = Dictionary(dictionary.competencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
        let competencyIDs = cells.keys.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        let competencies = competencyIDs.map { id in
            CompetencyYear(
                competencyID: id, name: dictionary.competency(id)?.name ?? id.rawValue,
                months: months.map { month in
                    guard let card = cells[id]?[month], card.status.rawValue != "no-data" else {
                        return MonthScore(period: month, score: nil, band: "no-data")
                    }
                    return MonthScore(period: month, score: card.score, band: card.status.rawValue)
                })
        }

        let rated = assessments.filter { $0.repID == repID && $0.assessedOn.year == year }
        var groups: [Competency.ID: [Period: [Assessment]]] = [:]
        for assessment in rated {
            groups[assessment.competencyID, default: [:]][Period(containing: assessment.assessedOn), default: []]
                .append(assessment)
        }
        var validations: [Validation] = []
        for (competency, byMonth) in groups {
            for (month, items) in byMonth {
                let mean = items.reduce(0) { $0 + $1.rating } / Double(items.count)
                let assessed = try blendPolicy.normalised(mean)
                let score = cells[competency]?[month].flatMap { $0.status.rawValue == "no-data" ? nil : $0.score }
                let sources = Assessment.Source.allCases.filter { source in items.contains { $0.source == source } }
                validations.append(
                    Validation(
                        competencyID: competency, period: month, sources: sources, meanRating: mean,
                        assessed: assessed, score: score,
                        diverges: score.map { abs(assessed - min($0, 1)) > blendPolicy.divergenceTolerance } ?? false))
            }
        }
        validations.sort { ($0.period, order[$0.competencyID] ?? .max) < ($1.period, order[$1.competencyID] ?? .max) }

        var levels: [Competency.ID: (sum: Double, count: Int)] = [:]
        for assessment in rated where assessment.source != .selfAssessment {
            levels[assessment.competencyID, default: (0, 0)].sum += assessment.rating
            levels[assessment.competencyID, default: (0, 0)].count += 1
        }
        let assessedLevels = levels.mapValues { $0.sum / Double($0.count) }
        let ownProfile = profiles.first { $0.roleID == rep.primaryRoleID }
        let nextProfile = nextRoleID.flatMap { next in profiles.first { $0.roleID == next } }

        var byMonth: [Period: [Opportunity]] = [:]
        for deal in opportunities where deal.ownerID == repID {
            guard let closed = deal.closed, deal.isClosed, closed.year == year else { continue }
            byMonth[Period(containing: closed), default: []].append(deal)
        }
        let attendedTrainings = enrolments.filter { $0.repID == repID && $0.enrolledOn.year == year }
        let attended = held.filter { $0.repID == repID && $0.heldOn.year == year }.sorted { $0.heldOn < $1.heldOn }
        guard
            !competencies.isEmpty || !rated.isEmpty || !byMonth.isEmpty || !attendedTrainings.isEmpty
                || !attended.isEmpty
        else {
            throw ValidationError(
                .outOfRange, subject: "review of \(repID)", field: "year",
                message: "rep \(ErrorText.quoted(repID)) has no scores, ratings, deals or trainings in \(year)")
        }
        self.repID = repID
        self.roleID = rep.primaryRoleID
        self.managerID = rep.managerID
        self.year = year
        self.competencies = competencies
        self.validations = validations
        self.gaps = try ownProfile.map { try $0.gaps(for: assessedLevels) }
        self.readiness = try nextProfile.map { try RoleReadiness(assessed: assessedLevels, against: $0) }
        self.outcomes = byMonth.keys.sorted().map { MonthOutcome(period: $0, summary: OutcomeSummary(byMonth[$0]!)) }
        self.enrolments = attendedTrainings.sorted { $0.enrolledOn < $1.enrolledOn }
        self.reinforcements = attended
        self.scale = blendPolicy.scale
    }
}
