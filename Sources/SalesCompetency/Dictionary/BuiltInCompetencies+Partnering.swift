// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// The partnering competencies.
    static let partneringCompetencies: [Competency] = [
        Competency(
            id: "spanning-boundaries",
            name: "Spanning Boundaries",
            clusterID: "partnering",
            definition: "Sees how personal and organisational boundaries affect results and works across them.",
            keyActions: [
                KeyAction(
                    title: "Advances collaboration and positive relationships across organizational boundaries",
                    description: """
                        Sets shared rules for working together so that stakeholders inside and outside keep a common \
                        focus with little friction.
                        """
                ),
                KeyAction(
                    title: "Recognizes and addresses gaps among personal, team, or organizational responsibilities",
                    description: """
                        Spots where individual duties fall short of what the goal needs and takes ownership of closing \
                        the gap.
                        """
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "communicating-effectively",
            name: "Communicating Effectively",
            clusterID: "partnering",
            definition: """
                Communicates clearly and to the point, through the right channel, from a real grasp of what people \
                need.
                """,
            keyActions: [
                KeyAction(
                    title: "Demonstrates active listening",
                    description: "Listens closely and asks questions to check and deepen understanding."
                ),
                KeyAction(
                    title: "Achieves communication objectives",
                    description: """
                        Prepares spoken, written and presented messages that are clear, brief, correct and convincing.
                        """
                ),
                KeyAction(
                    title: "Ensures responsive communication",
                    description: "Follows up on questions and requests promptly."
                ),
                KeyAction(
                    title: "Attains persuasive communication",
                    description: "Shifts perceptions toward the intended outcome."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "aligning-to-customers",
            name: "Aligning to Customers",
            clusterID: "partnering",
            definition: """
                Takes the customer's point of view so that concerns are understood, answered and customers end up \
                satisfied.
                """,
            keyActions: [
                KeyAction(
                    title: "Contributes to customer satisfaction",
                    description: """
                        Earns lasting business by being trustworthy and quick to respond when customers need \
                        something.
                        """
                ),
                KeyAction(
                    title: "Advocates for the customer",
                    description: "Speaks for the customer's interests and keeps them central to decisions."
                ),
            ],
            aliases: [
                "Aligning to customers’ needs"
            ]
        ),
        Competency(
            id: "setting-expectations",
            name: "Setting Expectations",
            clusterID: "partnering",
            definition: """
                Agrees expectations up front so that stakeholders share one understanding and avoid surprises.
                """,
            keyActions: [
                KeyAction(
                    title: "Communicates expectations to all stakeholders",
                    description: "Makes sure every stakeholder knows what a successful implementation requires."
                ),
                KeyAction(
                    title: "Ensures clear understanding of responsibilities",
                    description: "Makes clear who is accountable for what, by when and to which standard."
                ),
                KeyAction(
                    title: "Understands and addresses potential obstacles to proposed solutions",
                    description: "Anticipates threats to a solution and deals with them before they become problems."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "negotiating-positions",
            name: "Negotiating Positions",
            clusterID: "partnering",
            definition: "Brings stakeholder interests together into agreements that benefit every side.",
            keyActions: [
                KeyAction(
                    title: "Determines optimum negotiation positions",
                    description: "Works out ideal and fallback positions before negotiating and plans around them."
                ),
                KeyAction(
                    title: "Addresses objections accordingly",
                    description: "Answers stakeholder questions about a solution, bringing in experts when needed."
                ),
                KeyAction(
                    title: "Builds consensus and commitment",
                    description: "Uses common ground and settles disagreements to win buy-in to move forward."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "building-relationships",
            name: "Building Relationships",
            clusterID: "partnering",
            definition: """
                Grows strong relationships that raise stakeholder satisfaction and one's standing in their \
                organisation.
                """,
            keyActions: [
                KeyAction(
                    title: "Actively nurtures positive relationships",
                    description: """
                        Keeps professional relationships at every level healthy through integrity and trust.
                        """
                ),
                KeyAction(
                    title: "Protects and develops relationships to higher levels of trust and confidence",
                    description: "Uses established relationships to safeguard partnerships and deepen collaboration."
                ),
            ],
            aliases: []
        ),
    ]
}
