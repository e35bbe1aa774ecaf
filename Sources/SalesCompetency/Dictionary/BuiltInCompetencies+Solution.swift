// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// The solution competencies.
    static let solutionCompetencies: [Competency] = [
        Competency(
            id: "facilitating-change",
            name: "Facilitating Change",
            clusterID: "solution",
            definition: "Stays positive and adaptable through change and looks for the good it can bring.",
            keyActions: [
                KeyAction(
                    title: "Advocates change and its benefits",
                    description: "Promotes change and the benefits it brings."
                ),
                KeyAction(
                    title: "Manages change effectively",
                    description: """
                        Helps others through change, easing its downsides and using influence to win acceptance.
                        """
                ),
                KeyAction(
                    title: "Approaches work with a proactive attitude",
                    description: "Meets change with initiative and a constructive attitude."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "formalizing-commitment",
            name: "Formalizing Commitment",
            clusterID: "solution",
            definition: "Puts commitments in writing in enough detail to guide delivery of the agreed solution.",
            keyActions: [
                KeyAction(
                    title: "Secures appropriate commitment",
                    description: "Meets requirements through every phase of solution design to build support."
                ),
                KeyAction(
                    title: "Appropriately communicates agreements",
                    description: "Shares verbal and written agreements with stakeholders on time."
                ),
                KeyAction(
                    title: "Documents agreements",
                    description: "Writes and amends agreements so they match what was negotiated."
                ),
            ],
            aliases: [
                "Formalizing Agreements"
            ]
        ),
        Competency(
            id: "resolving-issues",
            name: "Resolving Issues",
            clusterID: "solution",
            definition: "Works with others to solve problems fast or escalate them.",
            keyActions: [
                KeyAction(
                    title: "Actively monitors situations for potential problems",
                    description: "Watches for likely problems and prepares contingency plans."
                ),
                KeyAction(
                    title: "Monitors implementation or deployment to ensure success",
                    description: "Follows deployment against plan milestones to make sure it succeeds."
                ),
                KeyAction(
                    title: "Acts as a focal point of escalation to expedite problem resolution",
                    description: """
                        Fixes problems directly where possible and serves as the escalation point otherwise.
                        """
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "managing-projects",
            name: "Managing Projects",
            clusterID: "solution",
            definition: "Uses basic project management to keep critical work on track.",
            keyActions: [
                KeyAction(
                    title: "Organizes and manages work systematically",
                    description: """
                        Controls scope, cost, time, requirements, standards and communication with project techniques.
                        """
                ),
                KeyAction(
                    title: "Organizes and manages resources effectively",
                    description: "Tracks people, money and timing for results that are on time and cost-effective."
                ),
                KeyAction(
                    title: "Adaptively applies methods as needed to achieve goals",
                    description: "Adjusts plans and resources as requirements and conditions change."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "leveraging-success",
            name: "Leveraging Success",
            clusterID: "solution",
            definition: "Builds on good results to widen and deepen a partnership.",
            keyActions: [
                KeyAction(
                    title: "Leverages success through active promotion",
                    description: """
                        Makes sure stakeholders see the value delivered and the relationship behind it, to expand \
                        collaboration.
                        """
                ),
                KeyAction(
                    title: "Documents and communicates best practices",
                    description: "Captures lessons learned and shares them so they create further opportunities."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "articulating-value",
            name: "Articulating Value",
            clusterID: "solution",
            definition: """
                Ties each solution to the problem or opportunity it addresses and confirms its worth with \
                stakeholders.
                """,
            keyActions: [
                KeyAction(
                    title: "Ensures that criteria for decision making are shared and addressed",
                    description: "Presents benefits against the decision criteria and priorities stakeholders hold."
                ),
                KeyAction(
                    title: "Adapts and tailors messages as required",
                    description: "Adapts value messages to each type and level of stakeholder."
                ),
                KeyAction(
                    title: "Confirms validity of the proposed solution",
                    description: "Gets stakeholders to agree that the solution meets the needs identified."
                ),
            ],
            aliases: []
        ),
    ]
}
