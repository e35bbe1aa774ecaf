import Foundation

extension StoreSession {
    /// Custom and extended competency dictionaries, versioned (collection ``DocumentCollection/dictionaries``).
    public var dictionaries: VersionedDocuments<CompetencyDictionary> {
        documents(CompetencyDictionary.self, in: .dictionaries)
    }

    /// Role-to-area-of-expertise maps, versioned (``DocumentCollection/roleExpertiseMaps``).
    public var roleExpertiseMaps: VersionedDocuments<RoleExpertiseMap> {
        documents(RoleExpertiseMap.self, in: .roleExpertiseMaps)
    }

    /// Area-of-expertise-to-competency maps, versioned (``DocumentCollection/expertiseCompetencyMaps``).
    public var expertiseCompetencyMaps: VersionedDocuments<ExpertiseCompetencyMap> {
        documents(ExpertiseCompetencyMap.self, in: .expertiseCompetencyMaps)
    }

    /// Proficiency scales, versioned (``DocumentCollection/proficiencyScales``).
    public var proficiencyScales: VersionedDocuments<ProficiencyScale> {
        documents(ProficiencyScale.self, in: .proficiencyScales)
    }

    /// Role profiles, versioned (``DocumentCollection/roleProfiles``).
    public var roleProfiles: VersionedDocuments<RoleProfile> { documents(RoleProfile.self, in: .roleProfiles) }

    /// Rosters, versioned with the day each takes effect (``DocumentCollection/rosters``).
    public var rosters: VersionedDocuments<Roster> { documents(Roster.self, in: .rosters) }

    /// Opportunity lists, such as one per CRM export, versioned (``DocumentCollection/opportunities``).
    public var opportunities: VersionedDocuments<[Opportunity]> { documents([Opportunity].self, in: .opportunities) }

    /// Sales investments, one document per investment id, versioned (``DocumentCollection/investments``).
    public var investments: VersionedDocuments<Investment> { documents(Investment.self, in: .investments) }
}

extension StoreSession {
    /// Scoring policies, versioned with the day each takes effect (``DocumentCollection/scoringPolicies``):
    /// score a past month with ``VersionedDocuments/policy(_:inEffectOn:)``.
    public var scoringPolicies: VersionedDocuments<ScoringPolicy> {
        documents(ScoringPolicy.self, in: .scoringPolicies)
    }

    /// Subjective assessments, one log per import or review cycle, versioned
    /// (``DocumentCollection/assessments``).
    public var assessments: VersionedDocuments<AssessmentLog> { documents(AssessmentLog.self, in: .assessments) }

    /// Frozen monthly scorecards, one document per period id such as `2025-03`
    /// (``DocumentCollection/scorecardSnapshots``).
    public var scorecardSnapshots: VersionedDocuments<[Scorecard]> {
        documents([Scorecard].self, in: .scorecardSnapshots)
    }

    /// How many days after a period's last day activity may still arrive: a period is frozen only once its last
    /// day plus these days have passed, by the session's clock, in the policy's time zone.
    public static let snapshotGraceDays = 3

    /// Freezes the scorecards of one period: written once, never replaced.
    ///
    /// A snapshot that could later turn out wrong is refused: a period with no scored activity at all (every
    /// rep-period has no data, as when the activity has not been imported yet), and a period that can still
    /// receive activity: one whose last day plus ``snapshotGraceDays`` is not over yet by ``clock``, in the
    /// scoring policy's time zone. For March 2025 in UTC that is until 2025-04-03T24:00Z.
    ///
    /// ```swift
    /// try await session.freezeScorecards(scorecards, for: .month(2025, 3))   // refused before 4 April
    /// ```
    ///
    /// - Parameters:
    ///   - scorecards: Scorecards covering `period` (others are left out).
    ///   - period: The period to freeze; its description (`2025-03`) is the snapshot's id.
    ///   - allowEmpty: Freeze even when the period has no activity.
    ///   - allowOpen: Freeze even when the period can still receive activity.
    /// - Returns: The stored version.
    /// - Throws: ``ValidationError`` with code `.emptyPeriod` or `.openPeriod` (saying why and how to force it);
    ///   ``StoreError`` with code ``StoreError/Code/frozen`` when the period is already frozen; any error of the
    ///   stores, unchanged.
    /// - Complexity: O(*n*) in the number of scorecards.
    @discardableResult
    public func freezeScorecards(
        _ scorecards: Scorecards, for period: Period, allowEmpty: Bool = false, allowOpen: Bool = false
    ) async throws -> DocumentVersion {
        if !allowOpen {
            let closes = period.lastDay.adding(days: 1 + StoreSession.snapshotGraceDays)
            if clock.now < closes.start(in: scorecards.timeZone) {
                throw ValidationError(
                    .openPeriod, item: "period \(period)", field: "period",
                    message: "\(period) can still receive activity: it ends on \(period.lastDay) and late activity "
                        + "is accepted for \(StoreSession.snapshotGraceDays) more days, so it can be frozen from "
                        + "\(closes) (\(scorecards.timeZone.identifier)); force it with allowOpen (--allow-open)")
            }
        }
        if !allowEmpty && !scorecards.hasActivity(in: period) {
            throw ValidationError(
                .emptyPeriod, item: "period \(period)", field: "period",
                message: "\(period) has no scored activity: its scorecards would all be no-data (or 0) and could "
                    + "not be frozen again once the activity arrives; import it first, or force it with allowEmpty "
                    + "(--allow-empty)")
        }
        return try await scorecardSnapshots.freeze(scorecards.filter { $0.period == period }, id: period.description)
    }
}

extension VersionedDocuments where Document == ScoringPolicy {
    /// The scoring policy in force on `day`: scoring a past month uses the rules that applied then.
    ///
    /// - Parameters:
    ///   - id: The policy's id; `default` unless a host keeps several.
    ///   - day: The day, usually the first day of the period being scored.
    /// - Returns: The policy, or `nil` when none was in effect yet.
    /// - Throws: Any error of the store, unchanged; ``StoreError`` when the stored policy does not decode.
    public func policy(_ id: String = "default", inEffectOn day: Day) async throws -> ScoringPolicy? {
        try await document(id, inEffectOn: day)
    }
}

extension ActivityStore {
    /// The activities of a range of periods as the scoring engine's columnar ``ActivityLog``.
    ///
    /// - Parameters:
    ///   - range: The periods.
    ///   - reps: The reps to include, or `nil` for all.
    /// - Returns: The log, in append order.
    /// - Throws: Any error of the store, unchanged.
    /// - Complexity: O(*n*) in the number of activities returned.
    public func activityLog(in range: PeriodRange, reps: Set<Rep.ID>? = nil) async throws -> ActivityLog {
        ActivityLog(try await activities(in: range, reps: reps))
    }
}
