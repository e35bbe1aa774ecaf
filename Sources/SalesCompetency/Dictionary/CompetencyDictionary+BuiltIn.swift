extension CompetencyDictionary {
    /// The World-Class Sales Competency Model: 6 roles with 31 example titles, 4 clusters, 29 foundational
    /// competencies with their key actions and 13 areas of expertise with their knowledge, abilities, key actions
    /// and sample outputs, with every alternative name the source uses as an alias.
    public static let builtIn = CompetencyDictionary(
        roles: BuiltInModel.roles,
        clusters: BuiltInModel.clusters,
        competencies: BuiltInModel.competencies,
        areasOfExpertise: BuiltInModel.areasOfExpertise
    )
}
