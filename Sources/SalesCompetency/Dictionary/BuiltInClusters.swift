// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// The four clusters of foundational competencies.
    static let clusters: [CompetencyCluster] = [
        CompetencyCluster(
            id: "partnering",
            name: "Partnering Competencies",
            summary: "Working well with others across the sales ecosystem.",
            aliases: [
                "Partnering"
            ]
        ),
        CompetencyCluster(
            id: "insight",
            name: "Insight Competencies",
            summary: "Gathering, analysing and synthesising information to act on it.",
            aliases: [
                "Insight"
            ]
        ),
        CompetencyCluster(
            id: "solution",
            name: "Solution Competencies",
            summary: "Winning support for solutions and seeing them through.",
            aliases: [
                "Solution"
            ]
        ),
        CompetencyCluster(
            id: "effectiveness",
            name: "Effectiveness Competencies",
            summary: "Personal effectiveness and responsibility.",
            aliases: [
                "Effectiveness",
                "Personal effectiveness competencies",
            ]
        ),
    ]
}
