extension CompetencyDictionary {
    /// The World-Class Sales Competency Model: 6 roles with 31 example titles, 4 clusters, 29 foundational
    /// competencies with their key actions and 13 areas of expertise with their knowledge, abilities, key actions
    /// and sample outputs, with every alternative name the source uses as an alias.
    ///
    /// Its version is `1.0.0` and it is in effect for every date (its effective date is 1970-01-01). Names and
    /// short labels come from the source; definitions and descriptions are the project's own words (see
    /// `Documentation/DataLicensing.md`).
    public static let builtIn = CompetencyDictionary(
        unchecked: "1.0.0",
        effectiveDate: Day(daysSinceEpoch: 0),
        roles: BuiltInModel.roles,
        clusters: BuiltInModel.clusters,
        competencies: BuiltInModel.competencies,
        areasOfExpertise: BuiltInModel.areasOfExpertise
    )
}
