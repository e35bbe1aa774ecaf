// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// Areas of expertise 1–4 of 13.
    static let sellingAreasOfExpertise: [AreaOfExpertise] = [
        AreaOfExpertise(
            id: "creating-and-closing-opportunities",
            name: "Creating and Closing Opportunities",
            definition: """
                Finds and qualifies new prospects, builds interest and a pipeline, shapes the solution and business \
                case, runs the negotiation with expert support, and closes deals that serve buyer and seller alike.
                """,
            knowledge: [
                "Product or service features, benefits, and value propositions",
                "Sales collateral resources",
                "Cold-calling sales techniques",
                "Customer-related vertical market or industry information resources",
                "Sales negotiation and closing methods",
                """
                Formal and ad hoc research strategies (for example, systematic exploration, personal networking, \
                and web site scanning)
                """,
                "Lead management procedures",
                "Cost-estimation and sizing techniques",
                "Personal engagement and interest-generation strategies",
                "Business alliance building skills (for example, client, third party, and so forth)",
                "Business analysis metrics and procedures (for example, health ratios and balance sheet analysis)",
                "Return-on-investment (ROI) and total cost of ownership (TCO) techniques",
                "Business workshop facilitation and management skills",
                "Sales cycle management skills",
                "Proposal development, component integration, and management practices",
                "Formal sales negotiation and closing methods or strategies",
                "Objection handling techniques",
                "Opportunity qualification skills",
                "Resource knowledge (technical, pricing, legal, and delivery and fulfillment)",
            ],
            abilities: [
                "Create compelling sales presentations",
                """
                Interpret and synthesize information from multiple sources (for example, databases, online \
                resources, and colleagues)
                """,
                "Compellingly communicate product or service benefits and features",
                "Determine buyer readiness from verbal and nonverbal cues",
                "Identify influencers, buyers, and detractors in the sales process",
                "Manage multiple or interrelated sales calls",
                "Implement environmental scanning to ensure well-targeted sales messages",
                "Manage leads and ensure follow-up and follow-through",
                "Accurately estimate costs and size solutions",
                """
                Calculate business metrics and translate product or service features meaningfully into value \
                propositions
                """,
                "Leverage vertical market and industry knowledge in product or service positioning",
                "Align sales activities with their respective point in the sales process",
                "Lead business analysis discussions",
            ],
            keyActions: [
                KeyAction(
                    title: "Researches and targets prospects",
                    description: """
                        Studies available sources to find prospects that fit the offer, market and typical customer \
                        profile.
                        """
                ),
                KeyAction(
                    title: "Conducts interest-building calls (cold calls) when applicable",
                    description: "Makes first-contact calls that spark real interest without putting prospects off."
                ),
                KeyAction(
                    title: "Identifies, follows up on, and manages sales leads",
                    description: "Builds lead-sharing networks and acts on every new lead quickly."
                ),
                KeyAction(
                    title: "Gains interest",
                    description: """
                        Uses marketing material and business, financial and market angles to turn curiosity into an \
                        opportunity.
                        """
                ),
                KeyAction(
                    title: "Qualifies opportunities",
                    description: """
                        Checks the prospect's business health, fit, risk and the resources a pursuit would need.
                        """
                ),
                KeyAction(
                    title: "Develops winning proposals",
                    description: """
                        Writes proposals with a strong value proposition, coordinating expert input and competitive \
                        advantages.
                        """
                ),
                KeyAction(
                    title: "Builds business justification cases",
                    description: """
                        Works with finance, legal and technical experts on a business justification that earns \
                        internal buy-in.
                        """
                ),
                KeyAction(
                    title: "Orchestrates support for negotiations",
                    description: """
                        Brings legal, technical and financial experts into one negotiation strategy focused on the \
                        outcome.
                        """
                ),
                KeyAction(
                    title: "Maintains opportunity momentum to expand sales",
                    description: """
                        Builds on early wins and satisfied customers to grow deeper and wider in the account.
                        """
                ),
            ],
            sampleOutputs: [
                "Prioritized prospect list",
                "Target prospect business or operations profile",
                "Sales plan or strategy",
                "Capture plan",
                "Prospect entry into sales system tracking tool",
                "Lead management strategies",
                "Follow-up activities",
                "Opportunity pursuit strategy",
                "Business health analysis",
                "Letters of understanding",
                "Sales proposals",
                "Responses to requests for information",
                "Negotiation strategy",
                "Business case justification",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "protecting-accounts",
            name: "Protecting Accounts",
            definition: """
                Keeps a current picture of each customer's business, plans and forecasts accurately, becomes a trusted \
                advisor, guards the account against competitors and disruptive selling, and makes sure delivery meets \
                the contract.
                """,
            knowledge: [
                "Customer business and operations (for example, reporting structures and decision makers)",
                "Account history (prior investments and account relationships)",
                """
                Account farming procedures and practices (for example, check-ins and sponsoring marketing \
                initiatives)
                """,
                "Transition to farming practices",
                "Business analysis methods",
                "Industry research engines and resources (for example, Dun and Bradstreet and analysts reports)",
                """
                Customer organizational communication resources (websites, annual reports, press releases, and \
                position and white papers)
                """,
                "Customer business health indictors (for example, ratios)",
                "Account planning tools, templates, and procedures",
                "Account-related marketing plans",
                "Supply chain knowledge (lead times, response rates, and fulfillment processes)",
                "Funnel management practices, tools, metrics, and policies",
                "Deployment practices and back-office administrative or order-entry procedures",
                "Competitive information resources",
                "Contract administration and renewal processes",
                "Standard contractual and service level agreement (SLA) terms, conditions, and milestone metrics",
                "Resource management strategies",
            ],
            abilities: [
                "Manage total customer satisfaction to optimize relationships",
                "Coordinate and align all account activities with overarching plan",
                "Determine how customers are organized and how they make purchasing decisions",
                "Leverage marketing programs to advance sales",
                """
                Summarize salient content from customer communication sources (for example, websites, annual \
                reports, press releases, and position and white papers)
                """,
                "Determine business health and viability using key business ratios",
                "Apply relevant account planning tools, templates, and procedures",
                """
                Apply funnel management practices, tools, metrics, and policies effectively to prioritize and \
                manage selling
                """,
                "Translate competitive knowledge into relevant sales practices",
                "Leverage contract administration and renewal into up- or cross-selling opportunities",
                "Monitor and manage contractual and service level agreement terms, conditions, and milestone metrics",
                """
                Set accurate customer expectations for order fulfillment (for example, lead times, response rates, \
                and fulfillment processes)
                """,
            ],
            keyActions: [
                KeyAction(
                    title: "Gathers and monitors account intelligence",
                    description: """
                        Follows the customer's business direction through networks inside the account and outside \
                        sources.
                        """
                ),
                KeyAction(
                    title: "Documents account plans and sales forecasts",
                    description: """
                        Plans account pursuit, keeps the funnel healthy across accounts and keeps forecasts accurate.
                        """
                ),
                KeyAction(
                    title: "Builds client executive business relationships",
                    description: "Reaches executives and frames messages in terms of the client's business benefits."
                ),
                KeyAction(
                    title: "Cultivates and develops trusted advisor status",
                    description: """
                        Gives sound, checked advice whose value fits the customer's needs, and earns trust by it.
                        """
                ),
                KeyAction(
                    title: "Protects and expands accounts",
                    description: """
                        Makes sure obligations are met, limits rogue selling and watches competitors in the account.
                        """
                ),
                KeyAction(
                    title: "Manages deployment readiness and resource alignment",
                    description: """
                        Passes what was agreed at closing to the people who deliver, and helps launch complex deals.
                        """
                ),
            ],
            sampleOutputs: [
                "Strategic account plan",
                "Sales funnel",
                "Customer check-ups",
                "Forecast updates",
                "Sales forecasts",
                "Marketing feedback",
                "Executive-level communications",
                "Portfolio and client reviews",
                "Account profiles",
                "Service level agreements",
                "Legal documentation",
                "Management and team member updates",
                "Industry and competitive position papers",
                "Competitive analyses",
                "Transition plans",
                "Company-specific paperwork",
                "Solution roadmap",
                "Other outputs as appropriate",
            ],
            aliases: [
                "Managing Accounts"
            ]
        ),
        AreaOfExpertise(
            id: "defining-and-positioning-solutions",
            name: "Defining and Positioning Solutions",
            definition: """
                Leads technical qualification, turns business needs into solution requirements, designs and sizes \
                solutions that fit the customer, presents them at every level, and checks proposals for accuracy.
                """,
            knowledge: [
                "Product, service, or solution technology (for example, concepts and uses)",
                "Solution technical foundation",
                "Solution configuration frameworks or templates",
                "Requirements analysis and management techniques",
                "Solution design procedures and communication conventions (written and graphical)",
                "Solution design methodologies, best practices, and trends",
                """
                Oral and written communication skills (sufficient for ensuring that technical concepts are \
                meaningful to nontechnical audiences)
                """,
                "Customer-facing skills",
                "Technical trust building and selling",
                "Business context of technical solution knowledge",
                "Solution sizing criteria",
                "Technical team leadership",
                "Vertical industry solutions",
                "Solution deployment or delivery practices (expectation setting and quality checking)",
            ],
            abilities: [
                "Counter competitor product or service feature and benefit messages",
                "Communicate features and benefits of solution-related tools or packages",
                "Accurately map customer’s product or service operating environment",
                "Effectively communicate technical solutions",
                """
                Translate solution designs into meaningful customer benefits and differentiate these by \
                stakeholder needs
                """,
                "Develop trusted advisor status with customers based on technical and business acumen",
                "Ensure cost-effective solution deployment and delivery practices",
                "Manage teams and integrate their contributions",
            ],
            keyActions: [
                KeyAction(
                    title: "Performs technical qualifications",
                    description: """
                        Collects what a technical design needs, builds technical credibility and screens opportunities \
                        for feasibility.
                        """
                ),
                KeyAction(
                    title: "Designs solutions",
                    description: """
                        Lays out the solution's components and how they work together, and validates the design with \
                        others.
                        """
                ),
                KeyAction(
                    title: "Customizes standard products or services",
                    description: """
                        Tailors offerings to the customer's needs with in-house experts and briefs everyone on what is \
                        unique.
                        """
                ),
                KeyAction(
                    title: "Conducts technical demonstrations and benchmarks",
                    description: """
                        Shows features and value in the customer's setting, with proof-of-concept and benchmark data.
                        """
                ),
                KeyAction(
                    title: "Contributes to solution sizing and modification",
                    description: """
                        Sizes solutions with pricing, delivery and legal experts and adapts them to new constraints.
                        """
                ),
                KeyAction(
                    title: "Articulates solution designs",
                    description: """
                        Positions the design for technical and business audiences and reviews proposals for accuracy.
                        """
                ),
            ],
            sampleOutputs: [
                "Technical demonstrations or proof-of-concept demonstrations",
                "Technical components of proposals and positioning communications",
                "Technical requirements and input to statements of work (SOWs) and delivery or deployment strategies",
                "Goals and objectives statements",
                "Technical proposals",
                "Definition of technical problems",
                "Prototypes and models",
                "Work flow or work breakdown structures",
                "Forcefield and/or root cause analyses",
                "Logical or conceptual and technical solution designs",
                "Solution presentations",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "supporting-indirect-selling",
            name: "Supporting Indirect Selling",
            definition: """
                Plans and markets jointly with partners, builds their trust and preference, presents one face to \
                customers with them, meets obligations to them, and educates and motivates them to sell.
                """,
            knowledge: [
                "Partner types and functions (distributors and resellers)",
                "Company indirect sales team focus, strategy, and direction",
                "Marketing promotional programs and initiatives",
                "Partner incentive programs",
                "Partner business model and financial health",
                "Partner market niche and product or service alignment model",
                "Partner loyalty and commitment-building techniques",
                "Partner issues escalation and resolution procedures",
                "Sell-with, sell-through, and sell-for techniques",
                "Business planning",
                "Business or influencing methods",
                "Product or service information resources",
                "Partner sales crediting processes and tools",
                "Partner scorecard metrics",
                "Sales forecasting and metrics management skills",
                "Knowledge transfer and communication skills",
                "Vendor requirements and certification processes",
            ],
            abilities: [
                "Build personal relationships with partners to advance mind-share",
                "Leverage marketing programs and initiatives to advance partner selling",
                "Influence operations to ensure timely and accurate payout to partners",
                """
                Ensure timely and accurate product or service updates to partners based on the most appropriate \
                communication method (for example, web portals and telecommunications)
                """,
                "Implement partner performance assessments and evaluations impartially",
                "Ensure partner compliance with product or service certification requirements",
            ],
            keyActions: [
                KeyAction(
                    title: "Assesses and helps develop partner’s sales force",
                    description: "Assesses the partner's sales talent to use strengths and close gaps."
                ),
                KeyAction(
                    title: "Drives partner sales planning or forecasting",
                    description: "Sets joint goals, metrics and plans with partners and tracks progress against them."
                ),
                KeyAction(
                    title: "Motivates and educates partners",
                    description: "Uses promotions and training to raise partner preference and readiness to sell."
                ),
                KeyAction(
                    title: "Cultivates partner business relationships",
                    description: """
                        Builds understanding of each side's aims and extends planning to the partner's senior levels.
                        """
                ),
                KeyAction(
                    title: "Facilitates inventory balancing or clearance",
                    description: "Watches distributor stock flow and fixes supply issues that hold back sell-through."
                ),
                KeyAction(
                    title: "Tracks investments in partner selling to determine business impact",
                    description: "Measures the return on money spent on partner selling and adjusts programmes."
                ),
                KeyAction(
                    title: "Facilitates partner transformation",
                    description: "Brings partners new selling strategies and markets so they keep pace with change."
                ),
                KeyAction(
                    title: "Monitors and manages contract fulfillment",
                    description: "Uses contracts to set expectations and makes sure their terms are met."
                ),
                KeyAction(
                    title: "Troubleshoots partner sales crediting",
                    description: "Works with operations to credit partner sales correctly and on time."
                ),
                KeyAction(
                    title: "Collaborates on team selling and positioning",
                    description: """
                        Helps partners at key moments of the sale and presents a united team to the customer.
                        """
                ),
            ],
            sampleOutputs: [
                "Partner business plans",
                "Partner account plans",
                "Transformation plans",
                "Partner reviews and assessments",
                "Inventory management and turnover metrics",
                "Investment assessments and reports",
                "Market investment funding proposals",
                "Sell through or demand generation tracking results",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
    ]
}
