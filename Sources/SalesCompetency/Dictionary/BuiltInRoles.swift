// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// The six sales roles with their example titles.
    static let roles: [Role] = [
        Role(
            id: "consultant",
            name: "Consultant",
            summary: """
                Advises customers and partners from a position of trust, recommends what to do, and leads negotiations \
                and agreements that build long-term partnerships.
                """,
            exampleTitles: [
                "Sales recruiter",
                "Account executive",
                "Solution architect",
                "Pre-sales technical consultant",
                "Account manager",
                "Sales specialist",
                "Client account manager",
            ],
            aliases: []
        ),
        Role(
            id: "strategist",
            name: "Strategist",
            summary: """
                Imagines new ways to reach goals when challenges or openings appear, and turns that vision into \
                working practice that gives the business an edge.
                """,
            exampleTitles: [
                "Sales strategy manager",
                "Operations strategy and development manager",
                "Business planning strategist",
                "Chief learning officer",
                "Vice president of sales",
            ],
            aliases: []
        ),
        Role(
            id: "developer",
            name: "Developer",
            summary: """
                Designs and builds the processes, tools, programmes and products that improve sales performance, and \
                shapes the plans behind them.
                """,
            exampleTitles: [
                "Product specialist",
                "Instructional developer",
                "Knowledge engineer",
                "Compensation application engineer",
                "Sales coach",
            ],
            aliases: []
        ),
        Role(
            id: "manager",
            name: "Manager",
            summary: """
                Directs a sales organisation or department: allocates people and budget and holds the team to its \
                commitments and policies.
                """,
            exampleTitles: [
                "Sales district manager",
                "Sales operations manager",
                "Sales training and development manager",
            ],
            aliases: []
        ),
        Role(
            id: "analyst",
            name: "Analyst",
            summary: """
                Turns ideas, facts and raw data into insight for others, captures business needs and requirements, and \
                knows the sales tools and systems.
                """,
            exampleTitles: [
                "Sales researcher",
                "Policy analyst",
                "Productivity and process analyst",
                "Sales analyst",
                "Sales incentive analyst",
                "Training needs analyst",
            ],
            aliases: []
        ),
        Role(
            id: "administrator",
            name: "Administrator",
            summary: """
                Runs scheduled, documented, procedure-based work and keeps it in line with established processes and \
                rules.
                """,
            exampleTitles: [
                "Sales coordinator",
                "Sales configuration and quote specialist",
                "Operations specialist",
                "Order entry specialist",
                "Training coordinator",
            ],
            aliases: [
                "Admin."
            ]
        ),
    ]
}
