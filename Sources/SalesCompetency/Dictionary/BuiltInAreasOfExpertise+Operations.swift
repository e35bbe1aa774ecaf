// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// Areas of expertise 10–13 of 13.
    static let operationsAreasOfExpertise: [AreaOfExpertise] = [
        AreaOfExpertise(
            id: "building-sales-infrastructure",
            name: "Building Sales Infrastructure",
            definition: """
                Defines and builds the processes, tools and systems of an efficient sales environment, keeps them \
                usable, plans capacity and rolls out changes with little disruption.
                """,
            knowledge: [
                "Sales operations-related tools and technologies",
                "Requirements definition techniques",
                "Technical prototyping testing strategies",
                "Strategic planning methods",
                "Data analysis methods",
                "Process analysis and planning methods",
                """
                Sales stakeholder requirements (for example, business planners, sales management, sales force, and \
                partners)
                """,
                "Sales operations functions and processes",
                "Sales operations best practices (order entry or fulfillment and value chain maintenance)",
                "ROI calculation methods",
                "Change management methodologies",
            ],
            abilities: [
                "Establish valid requirement feeds from all key stakeholders",
                "Depict key value chain process inputs, milestones, and outputs",
                "Build comprehensive models depicting all stakeholder interfaces",
                "Assess current processes and tools for gaps or inefficiencies",
            ],
            keyActions: [
                KeyAction(
                    title: "Monitors current business processes and sales productivity tools for adequacy",
                    description: """
                        Reviews current workflows and sales tools for anything that slows sellers down or hides data \
                        from them.
                        """
                ),
                KeyAction(
                    title: "Develops and drives strategic infrastructure planning",
                    description: """
                        Works with planners and sales leaders on where the sales infrastructure should go next.
                        """
                ),
                KeyAction(
                    title: "Manages infrastructure upkeep or revision",
                    description: "Pilots, revises and rolls out infrastructure changes to plan."
                ),
                KeyAction(
                    title: "Drives or supports infrastructure change and alignment",
                    description: "Prepares the change, communication and training that a roll-out needs."
                ),
                KeyAction(
                    title: "Pilots and evaluates infrastructure programs",
                    description: "Measures the impact of new programmes and keeps them easy to use."
                ),
            ],
            sampleOutputs: [
                "Process improvement flow charts",
                "Internal communications",
                "Sales team diagnostic tools",
                "Tool or system investment plans",
                "Tool or system productivity reports",
                "Infrastructure needs assessments",
                "Change management plans",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "designing-compensation",
            name: "Designing Compensation",
            definition: """
                Designs sales pay that rewards the right behaviour, fits strategy and market practice, balances \
                company interests with a motivated sales force, and pays out accurately and on time.
                """,
            knowledge: [
                "Research methods",
                "Industry benchmarking sources",
                "Payout processes, key milestones, ratios, and formulas",
                "Sales force motivators",
                "Financial compensation vehicles and metrics",
                "Financial modeling methods",
                "Business analysis methods",
                "Program planning and management skills",
                "Change management requirements",
                "Sales culture",
                "Local, regional, and/or country-level regulatory requirements",
                "Business performance resources",
            ],
            abilities: [
                "Synthesize data from a variety of sources and make valid inferences",
                "Determine competitive yet feasible compensation metrics",
                "Supplement base payout with innovative reward strategies",
                "Identify and incorporate market competitive practices in compensation",
                "Generate stakeholder buy-in",
                """
                Identify the impact of current and proposed compensation policies on company health and sales \
                force retention or recruiting
                """,
            ],
            keyActions: [
                KeyAction(
                    title: """
                        Assesses current compensation against best practices and innovative sales compensation options
                        """,
                    description: """
                        Finds pay problems that may cause poor or misaligned performance, against market practice.
                        """
                ),
                KeyAction(
                    title: """
                        Aligns compensation with business requirements and appropriate sales behaviors and metrics
                        """,
                    description: "Balances pay plans with strategy, policy and what sellers can actually achieve."
                ),
                KeyAction(
                    title: "Develops and enlists support for sales compensation models and plans",
                    description: "Builds the salary, commission and bonus mix and gets executives to review it."
                ),
                KeyAction(
                    title: "Drives sales compensation acceptance",
                    description: "Plans the change and communication that win acceptance of a new plan."
                ),
            ],
            sampleOutputs: [
                "Sales compensation research reports",
                "Sales compensation models",
                "Strategic compensation plans",
                "Compensation training programs",
                "Compensation plan updates",
                "Executive team briefings",
                "Coding specifications for human resource or payroll systems",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "maintaining-accounts",
            name: "Maintaining Accounts",
            definition: """
                Manages an account portfolio: analyses performance and credit, reports status, handles orders and \
                fulfilment problems, and administers contracts toward renewal.
                """,
            knowledge: [
                "Sales system or tools",
                "Sales-related databases (for example, what they contain and how to access)",
                "Sales process",
                "Sales culture",
                "Pricing or costing formulas",
                "Account management processes",
                "Order entry and fulfillment processes",
                "Funnel management administration",
                "Contractual terms and conditions (standard)",
                "Report templates",
                "Supply chain (for example, components, strategy, processes, and key contacts)",
                "Customer satisfaction requirements",
                "Process improvement methods",
            ],
            abilities: [
                "Collaborate effectively with account managers to meet customer needs",
                """
                Apply standard contractual terms and pricing appropriately and escalate for nonstandard \
                conditions, where needed
                """,
                "Identify account performance trends and key milestones",
                "Prioritize and fulfill customer requests with an appropriate sense of urgency",
            ],
            keyActions: [
                KeyAction(
                    title: "Prepares standard and ad hoc reports on account status",
                    description: "Analyses account performance, credit and contract data and reports on it."
                ),
                KeyAction(
                    title: "Provides agile task substitution assistance to facilitate sales",
                    description: """
                        Looks up pricing and part numbers and takes routine tasks off customer-facing sellers.
                        """
                ),
                KeyAction(
                    title: "Crafts contracts and statements of work",
                    description: "Prepares standard contracts and statements of work and updates terms with legal."
                ),
                KeyAction(
                    title: "Troubleshoots customer operational issues",
                    description: "Clears order and fulfilment bottlenecks with back-office and supply-chain staff."
                ),
                KeyAction(
                    title: "Tracks and administers contracts",
                    description: "Tracks expiry dates and milestones and prepares renewals."
                ),
            ],
            sampleOutputs: [
                "Standard or nonstandard contracts",
                "Statements of work",
                "Trouble reports",
                "Scheduled or ad hoc reports",
                "Project plans",
                "Meeting agendas",
                "Metrics documents",
                "Contract administration updates",
                "Data-entry modifications or updates to company-specific database",
                "Standard or customized pricing quotes",
                "Legal review documentation",
                "Customer surveys",
                "Back-office actions",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "recruiting-sales-talent",
            name: "Recruiting Sales Talent",
            definition: """
                Keeps job descriptions accurate, agrees expectations with managers and candidates, sources and \
                interviews candidates, explains pay, and sees hires through offer and on-boarding.
                """,
            knowledge: [
                "Psychometric tests (uses and output)",
                "Industry recruitment practices",
                "Industry networking methods",
                "Sales organization or company compensation structure and practices",
                "Sales or organization culture and personality variables",
                "Sales interviewing methods",
                "Job or position analysis methods",
                "Human resources recruitment policies, compliance requirements, and procedures",
                "Human resources operational policies (including diversity and harassment policies)",
                "Product, services, and solutions (target markets and customers)",
                "Industry vertical selling requirements",
                "Candidate pipeline management tools",
                "Local, regional, and country-level labor laws",
                "Interviewing methods and strategies (behavioral based and probing techniques)",
                "Company mission, vision, and goals",
                "Negotiation methods",
            ],
            abilities: [
                "Build and maintain professional industry and professional contacts",
                "Influence the definition of job and salary requirements to ensure logical alignment",
                "Accurately interpret psychometric test output",
                "Validate tacit impressions of a candidate through questioning techniques",
                "Establish candidate relationships based on trust",
                "Assess emerging information against prior information for consistency",
                "Protect the interests of company stakeholders during negotiations",
            ],
            keyActions: [
                KeyAction(
                    title: "Aligns and modifies sales job profiles",
                    description: """
                        Updates sales job profiles with managers, including KPIs and the skills behind them.
                        """
                ),
                KeyAction(
                    title: "Ensures valid compensation package",
                    description: "Checks the pay package against the market and agrees a range."
                ),
                KeyAction(
                    title: "Monitors and maintains sales candidate pipeline",
                    description: "Keeps a pipeline of candidates through events, associations and contacts."
                ),
                KeyAction(
                    title: "Sources sales candidates",
                    description: "Finds candidates through networks, job boards, social media and associations."
                ),
                KeyAction(
                    title: "Solicits, screens, and profiles candidates and determines person-job fit",
                    description: "Interviews and screens candidates and judges fit with the job profile."
                ),
                KeyAction(
                    title: "Facilitates sales peer team interviews and candidate testing",
                    description: "Runs team interviews, simulations and tests that mirror the real job."
                ),
                KeyAction(
                    title: "Generates offers and conducts negotiations with sales stakeholders to closure",
                    description: "Writes offers and negotiates them to a close with candidates and managers."
                ),
                KeyAction(
                    title: "Supports on-boarding",
                    description: "Plans on-boarding and stays in touch with new hires to fix early problems."
                ),
            ],
            sampleOutputs: [
                "Job or position descriptions",
                "Network of industry resources and contacts",
                "Sales candidate pipeline of future prospects",
                "Psychometric test results",
                "Sales compensation data (amended) management meetings",
                "Candidate interview data",
                "Résumé filing and retrieval",
                "Coordinated candidate interviews",
                "Sales interview protocols (questions and strategies)",
                "Offer letters and cover letters",
                "On-boarding plan input",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
    ]
}
