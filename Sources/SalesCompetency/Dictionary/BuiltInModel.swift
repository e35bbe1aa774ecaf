/// The data of the built-in World-Class Sales Competency Model, split by kind over several files.
///
/// Names, structure and short labels (key-action titles, knowledge and ability items, sample outputs, example
/// titles) carry over from the source; definitions, summaries and key-action descriptions are the project's own
/// words. ``CompetencyDictionary/builtIn`` assembles them.
enum BuiltInModel {
    /// The competencies of all four clusters, in the source's order.
    static var competencies: [Competency] {
        partneringCompetencies + insightCompetencies + solutionCompetencies + effectivenessCompetencies
    }

    /// The 13 areas of expertise, in the source's order.
    static var areasOfExpertise: [AreaOfExpertise] {
        sellingAreasOfExpertise + leadingAreasOfExpertise + enablementAreasOfExpertise + operationsAreasOfExpertise
    }
}
