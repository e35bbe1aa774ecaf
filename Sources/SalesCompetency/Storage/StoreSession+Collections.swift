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

    /// Freezes the scorecards of one period: written once, never replaced.
    ///
    /// - Parameters:
    ///   - scorecards: Scorecards covering `period` (others are left out).
    ///   - period: The period to freeze; its description (`2025-03`) is the snapshot's id.
    /// - Returns: The stored version.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/frozen`` when the period is already frozen; any
    ///   error of the stores, unchanged.
    /// - Complexity: O(*n*) in the number of scorecards.
    @discardableResult
    public func freezeScorecards(_ scorecards: Scorecards, for period: Period) async throws -> DocumentVersion {
        try await scorecardSnapshots.freeze(scorecards.filter { $0.period == period }, id: period.description)
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
