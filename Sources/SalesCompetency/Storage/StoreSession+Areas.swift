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
