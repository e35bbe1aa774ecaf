// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// Areas of expertise 5–6 of 13.
    static let leadingAreasOfExpertise: [AreaOfExpertise] = [
        AreaOfExpertise(
            id: "setting-sales-strategy",
            name: "Setting Sales Strategy",
            definition: """
                Shapes long-term selling performance: a systems view of selling, balanced short- and long-term goals, \
                new practices and team structures, territories, executive relationships across functions, and change \
                programmes.
                """,
            knowledge: [
                "Emerging market and sales trend knowledge",
                "Company business plans, strategic direction, and goals",
                "Company sales and competitive policies",
                "Company market position and market performance information",
                "Cultural and market segment diversity",
                "Market dynamics (general and product- or service-specific trends)",
                "Risk management and mitigation strategies",
                "Competitive knowledge and best practices",
                "Situational leadership methods",
                "Sales best practice and industry sales benchmarking resources",
                "Companywide organizational and value-chain information",
                "Systemic change, diffusion, and management methods",
                "Program management and measurement methods",
                "Sales metrics and measurement methods",
                "Sales system, tool, or process automation information",
                "Workforce planning concepts",
                "Regulatory environment resources (global)",
                "Executive relationship-building strategies",
            ],
            abilities: [
                "Synthesize industry or market knowledge toward the creation of sales force requirements",
                "Identify areas of risk and their probability and develop appropriate contingency plans",
                "Leverage and diffuse best practices in selling within the organization (industry and competitive)",
                """
                Manage complex change or transformation programs (for example, design, develop, implement, and \
                evaluate) to preserve innovation while ensuring compliance with company policy
                """,
                "Divide and allocate sales territories for maximum impact on company growth objectives",
                "Build executive sponsorship at the highest levels of the company",
            ],
            keyActions: [
                KeyAction(
                    title: "Identifies and articulates innovative sales practices",
                    description: """
                        Combines business plans, market trends and field insight into scalable sales models and \
                        practices.
                        """
                ),
                KeyAction(
                    title: """
                        Creates strategic plans that guide organizational, technical, process, or practice planning \
                        and implementation
                        """,
                    description: """
                        Sets the direction for tactical sales planning and aligns management, tools and systems with \
                        it.
                        """
                ),
                KeyAction(
                    title: "Builds business and partner alliances to increase sales",
                    description: "Forms alliances inside and outside the company with those who share the vision."
                ),
                KeyAction(
                    title: "Provides leadership to accelerate strategy diffusion",
                    description: """
                        Drives enthusiasm for the strategy through communication, events and personal advocacy.
                        """
                ),
                KeyAction(
                    title: "Configures and aligns sales territories for maximum effectiveness",
                    description: """
                        Designs territories for the best coverage and agrees responsibilities with local teams.
                        """
                ),
            ],
            sampleOutputs: [
                "Strategic plans",
                "Business models",
                "Territory alignment plans",
                "Change management strategies",
                "Organization-specific plans",
                "Annual meeting materials",
                "Sales team meeting agendas",
                "Executive summaries and briefings",
                "Territory planning spreadsheets",
                "Change management presentations",
                "Motivational materials",
                "Communication to key partners",
                "Best practice briefings",
                "Knowledge-sharing documents",
                "Leadership strategies",
                "Leadership assessments",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "managing-within-the-sales-ecosystem",
            name: "Managing within the Sales Ecosystem",
            definition: """
                Runs a sales team day to day: reports team results, tracks individual metrics and budgets, sets \
                structure, hires and develops people, reviews performance and keeps functions working together.
                """,
            knowledge: [
                "Company business or sales targets and metrics",
                "Performance measurement and management processes and tools",
                "Human resources policies and procedures",
                "Financial concepts and spreadsheet tools",
                "Forecasting and aggregation methods or tools",
                "Funnel management and aggregation methods or tools",
                "Supply chain and order fulfillment processes and procedures",
                "Competitive sales management tactics",
                "Workforce planning methods",
                "Capability gap analysis methods",
                "Career counseling methods",
                "Behavioral interview methods",
                "Business organizational culture",
                "Organization and operations",
                "High-performance and team-building methods",
                "Risk-assessment and -management methods",
                "Business development methods",
                "Contract administration and vendor management methods",
                "Legal and regulatory requirements",
                "Profit-and-loss (P&L) management methods",
                "Cost-center management methods",
                "Business standards of conduct and ethical guidelines",
            ],
            abilities: [
                "Convert company targets and metrics into action",
                "Assess individual or team strengths and weaknesses",
                "Ensure compliance with applicable local, national, and international laws",
                "Manage operations to ensure cost-effectiveness",
                "Manage business forecasts to ensure accuracy",
                "Build strategies for counteracting competitive tactics",
                "Identify and address workforce gaps (for example, training and hiring)",
                "Manage operations to minimize costs or maximize profits",
                """
                Ensure workforce compliance with standards of conduct, ethical guidelines, and specific human \
                resources policies
                """,
            ],
            keyActions: [
                KeyAction(
                    title: "Aligns tactical activities to support strategic sales plans",
                    description: """
                        Turns strategic plans into local priorities and closes opportunity or resource gaps.
                        """
                ),
                KeyAction(
                    title: "Establishes, monitors, and controls costs that affect sales margins",
                    description: "Sets budgets, tracks spending and controls discounts to protect margins."
                ),
                KeyAction(
                    title: "Aligns resources with opportunities",
                    description: "Assigns people and experts to opportunities by importance, win chance and size."
                ),
                KeyAction(
                    title: """
                        Screens administrative demands and troubleshoots back-office operations to minimize sales \
                        disruptions
                        """,
                    description: """
                        Shields sellers from administrative noise and fixes back-office problems that disrupt selling.
                        """
                ),
                KeyAction(
                    title: "Ensures accurate forecasting while monitoring performance to metrics",
                    description: """
                        Has the team use planning tools consistently and reviews progress against metrics regularly.
                        """
                ),
                KeyAction(
                    title: "Hires, promotes, and terminates to improve sales performance and address capability gaps",
                    description: "Hires, promotes and lets go against defined competencies to close capability gaps."
                ),
                KeyAction(
                    title: "Aligns reward and recognition strategies with performance goals",
                    description: "Runs fair reward and recognition schemes that motivate performance."
                ),
            ],
            sampleOutputs: [
                "Forecasts (synthesized or rolled up)",
                "Budgets and expenditure control plans",
                "Progress reports",
                "Responses to data requests",
                "Technical and functional resource plans or requests",
                "Workforce plans",
                "Hiring, termination, and promotion input and justification documents",
                "Hiring interview instruments and methods",
                "New hire training plan inputs",
                "New hire competency model(s) inputs",
                "Meetings with internal stakeholders",
                "Documentation for employee termination",
                "Talent management inputs",
                "Reward and recognition program plans",
                "Vendor selection criteria",
                "Flowcharts, mind maps, or other system maps",
                "Performance reviews",
                "Incentive plans",
                "Team-building events",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
    ]
}
