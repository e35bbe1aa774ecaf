// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// The insight competencies.
    static let insightCompetencies: [Competency] = [
        Competency(
            id: "analyzing-organizational-capacity",
            name: "Analyzing Organizational Capacity",
            clusterID: "insight",
            definition: """
                Weighs demands against available resources to limit risk, deliver quality and match capability to \
                capacity.
                """,
            keyActions: [
                KeyAction(
                    title: "Assesses resources accurately",
                    description: "Knows which resources, of what kind, quality and amount, a result needs."
                ),
                KeyAction(
                    title: "Balances risk with goal achievement when determining next steps",
                    description: """
                        Trades desired outcomes against risk to choose the best path while protecting the company.
                        """
                ),
            ],
            aliases: [
                "Analyzing capacity"
            ]
        ),
        Competency(
            id: "understanding-the-business-context",
            name: "Understanding the Business Context",
            clusterID: "insight",
            definition: "Understands the operations and priorities of the business that frame one's work.",
            keyActions: [
                KeyAction(
                    title: "Situates work meaningfully in terms of its relationship to other functions",
                    description: "Knows how one's work connects with other functions and serves the whole enterprise."
                ),
                KeyAction(
                    title: "Contributes to the organization’s success",
                    description: "Knows and sells the organisation's offerings at the level the position calls for."
                ),
            ],
            aliases: [
                "Understanding the customer’s business"
            ]
        ),
        Competency(
            id: "evaluating-customer-experiences",
            name: "Evaluating Customer Experiences",
            clusterID: "insight",
            definition: """
                Measures how well solutions work and what they achieve, and reports the results to stakeholders.
                """,
            keyActions: [
                KeyAction(
                    title: "Develops and implements robust evaluations of solutions",
                    description: """
                        Uses sound methods to show a solution's effect at milestones and to surface obstacles.
                        """
                ),
                KeyAction(
                    title: "Communicates performance in terms of the organization’s key performance drivers",
                    description: """
                        Reports results in business metrics stakeholders value, such as NPS, TCO, ROI or time to \
                        competence.
                        """
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "gathering-intelligence",
            name: "Gathering Intelligence",
            clusterID: "insight",
            definition: """
                Collects the information needed for decisions, planning, relationships and informed execution, \
                methodically.
                """,
            keyActions: [
                KeyAction(
                    title: "Determines the range, type, and scope of information needed",
                    description: "Scopes problems and opportunities so the right sources and facts are used."
                ),
                KeyAction(
                    title: "Applies the most appropriate tools and strategies to gather needed information",
                    description: """
                        Picks the tools and methods best suited to each information need and uses them well.
                        """
                ),
                KeyAction(
                    title: "Develops sources of ongoing information",
                    description: "Builds several reliable sources and rechecks them as needs and quality change."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "prioritizing-stakeholder-needs",
            name: "Prioritizing Stakeholder Needs",
            clusterID: "insight",
            definition: "Ranks stakeholder needs by importance and acts in that order.",
            keyActions: [
                KeyAction(
                    title: "Thoroughly diagnoses needs to identify their true nature",
                    description: "Digs into root causes to understand the full scope of a need."
                ),
                KeyAction(
                    title: "Prioritizes the most critical causes as a basis for proceeding",
                    description: "Plans actions, resources and time around the most critical causes."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "identifying-options",
            name: "Identifying Options",
            clusterID: "insight",
            definition: "Chooses the best course after a methodical look at what is possible.",
            keyActions: [
                KeyAction(
                    title: "Explores the scope of possible solutions",
                    description: "Considers every feasible way to meet the need."
                ),
                KeyAction(
                    title: "Approaches option assessment creatively",
                    description: "Keeps options open to catch ideas that conventional thinking would miss."
                ),
                KeyAction(
                    title: "Surveys the impact of all alternatives for selecting and prioritizing the best option",
                    description: "Involves experts and beneficiaries in judging alternatives to pick the best one."
                ),
                KeyAction(
                    title: "Commits to action",
                    description: "Weighs needs and opportunities, then commits to the chosen course."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "building-a-business-case",
            name: "Building a Business Case",
            clusterID: "insight",
            definition: "Makes the business case that justifies investing in a solution.",
            keyActions: [
                KeyAction(
                    title: "Identifies critical business metrics",
                    description: """
                        Agrees with stakeholders which business, financial or operational metrics matter most.
                        """
                ),
                KeyAction(
                    title: "Builds the value justifications required to commit resources",
                    description: "Frames expert input so that resource decisions are well informed."
                ),
                KeyAction(
                    title: "Clearly identifies the business or financial benefits to be realized by investments",
                    description: "States the business and financial gains of a solution in terms of business impact."
                ),
            ],
            aliases: []
        ),
    ]
}
