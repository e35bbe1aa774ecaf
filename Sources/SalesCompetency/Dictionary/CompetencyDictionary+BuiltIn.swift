extension CompetencyDictionary {
    /// The World-Class Sales Competency Model: 6 roles, 4 clusters, 29 foundational competencies and 13 areas
    /// of expertise.
    public static let builtIn = CompetencyDictionary(
        roles: [
            ("consultant", "Consultant"), ("strategist", "Strategist"), ("developer", "Developer"),
            ("manager", "Manager"), ("analyst", "Analyst"), ("administrator", "Administrator"),
        ].map { Role(id: Role.ID(rawValue: $0.0), name: $0.1) },
        clusters: [
            ("partnering", "Partnering Competencies"), ("insight", "Insight Competencies"),
            ("solution", "Solution Competencies"), ("effectiveness", "Effectiveness Competencies"),
        ].map { CompetencyCluster(id: CompetencyCluster.ID(rawValue: $0.0), name: $0.1) },
        competencies: [
            ("partnering", "spanning-boundaries", "Spanning Boundaries"),
            ("partnering", "communicating-effectively", "Communicating Effectively"),
            ("partnering", "aligning-to-customers", "Aligning to Customers"),
            ("partnering", "setting-expectations", "Setting Expectations"),
            ("partnering", "negotiating-positions", "Negotiating Positions"),
            ("partnering", "building-relationships", "Building Relationships"),
            ("insight", "analyzing-organizational-capacity", "Analyzing Organizational Capacity"),
            ("insight", "understanding-the-business-context", "Understanding the Business Context"),
            ("insight", "evaluating-customer-experiences", "Evaluating Customer Experiences"),
            ("insight", "gathering-intelligence", "Gathering Intelligence"),
            ("insight", "prioritizing-stakeholder-needs", "Prioritizing Stakeholder Needs"),
            ("insight", "identifying-options", "Identifying Options"),
            ("insight", "building-a-business-case", "Building a Business Case"),
            ("solution", "facilitating-change", "Facilitating Change"),
            ("solution", "formalizing-commitment", "Formalizing Commitment"),
            ("solution", "resolving-issues", "Resolving Issues"),
            ("solution", "managing-projects", "Managing Projects"),
            ("solution", "leveraging-success", "Leveraging Success"),
            ("solution", "articulating-value", "Articulating Value"),
            ("effectiveness", "building-business-skill", "Building Business Skill"),
            ("effectiveness", "solving-problems", "Solving Problems"),
            ("effectiveness", "embracing-diversity", "Embracing Diversity"),
            ("effectiveness", "making-ethical-decisions", "Making Ethical Decisions"),
            ("effectiveness", "managing-knowledge", "Managing Knowledge"),
            ("effectiveness", "using-technology", "Using Technology"),
            ("effectiveness", "accelerating-learning", "Accelerating Learning"),
            ("effectiveness", "executing-plans", "Executing Plans"),
            ("effectiveness", "maximizing-personal-time", "Maximizing Personal Time"),
            ("effectiveness", "aligning-to-sales-processes", "Aligning to Sales Processes"),
        ].map {
            Competency(
                id: Competency.ID(rawValue: $0.1), name: $0.2, clusterID: CompetencyCluster.ID(rawValue: $0.0))
        },
        areasOfExpertise: [
            ("creating-and-closing-opportunities", "Creating and Closing Opportunities"),
            ("protecting-accounts", "Protecting Accounts"),
            ("defining-and-positioning-solutions", "Defining and Positioning Solutions"),
            ("supporting-indirect-selling", "Supporting Indirect Selling"),
            ("setting-sales-strategy", "Setting Sales Strategy"),
            ("managing-within-the-sales-ecosystem", "Managing within the Sales Ecosystem"),
            ("developing-sales-force-capability", "Developing Sales Force Capability"),
            ("delivering-sales-training", "Delivering Sales Training"),
            ("coaching-for-sales-results", "Coaching for Sales Results"),
            ("building-sales-infrastructure", "Building Sales Infrastructure"),
            ("designing-compensation", "Designing Compensation"),
            ("maintaining-accounts", "Maintaining Accounts"),
            ("recruiting-sales-talent", "Recruiting Sales Talent"),
        ].map { AreaOfExpertise(id: AreaOfExpertise.ID(rawValue: $0.0), name: $0.1) }
    )
}
