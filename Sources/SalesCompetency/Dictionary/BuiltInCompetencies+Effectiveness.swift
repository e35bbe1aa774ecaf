// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// The effectiveness competencies.
    static let effectivenessCompetencies: [Competency] = [
        Competency(
            id: "building-business-skill",
            name: "Building Business Skill",
            clusterID: "effectiveness",
            definition: "Applies business understanding to create solutions that matter to business success.",
            keyActions: [
                KeyAction(
                    title: "Incorporates business and industry acumen into work",
                    description: "Uses business vocabulary and processes correctly when planning and communicating."
                ),
                KeyAction(
                    title: "Exhibits business-oriented perspective in assessing needs",
                    description: """
                        Judges the value and priority of work through an understanding of how businesses make money.
                        """
                ),
                KeyAction(
                    title: "Incorporates legal and contractual requirements into work",
                    description: """
                        Knows what standard contracts and work statements are for and how they pin down what is \
                        expected.
                        """
                ),
                KeyAction(
                    title: "Incorporates financial understanding into work",
                    description: "Considers costs and returns when using resources and positioning solutions."
                ),
            ],
            aliases: [
                "Building Business Skills"
            ]
        ),
        Competency(
            id: "solving-problems",
            name: "Solving Problems",
            clusterID: "effectiveness",
            definition: "Brings fresh or alternative views to get past difficulty and uncertainty.",
            keyActions: [
                KeyAction(
                    title: "Approaches challenges creatively",
                    description: "Looks at problems from a new angle."
                ),
                KeyAction(
                    title: "Crosses disciplines to frame or address challenges",
                    description: "Combines ideas from several disciplines to find new approaches."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "embracing-diversity",
            name: "Embracing Diversity",
            clusterID: "effectiveness",
            definition: """
                Values differences among people and draws on varied experience to reach goals and keep work \
                productive.
                """,
            keyActions: [
                KeyAction(
                    title: "Demonstrates respect for others",
                    description: "Treats every person with dignity."
                ),
                KeyAction(
                    title: "Acclimates to diverse work settings",
                    description: "Listens to and learns from different ways of working and adopts them."
                ),
                KeyAction(
                    title: "Harnesses diversity to create workplace synergies",
                    description: "Uses varied experiences and outlooks to spark creativity and innovation."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "making-ethical-decisions",
            name: "Making Ethical Decisions",
            clusterID: "effectiveness",
            definition: "Keeps to ethical standards and business rules in decisions and work.",
            keyActions: [
                KeyAction(
                    title: "Demonstrates personal integrity",
                    description: "Owns decisions that protect the company's integrity and lives its core values."
                ),
                KeyAction(
                    title: "Incorporates quality considerations into decision making",
                    description: "Chooses courses of action that respect quality processes and business rules."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "managing-knowledge",
            name: "Managing Knowledge",
            clusterID: "effectiveness",
            definition: "Captures and shares key information to reach goals and spread good practice.",
            keyActions: [
                KeyAction(
                    title: "Provides proactive knowledge transfer",
                    description: "Shares useful information openly to lift performance."
                ),
                KeyAction(
                    title: "Ensures that communication tools and processes advance information storage and transfer",
                    description: "Removes obstacles to storing, finding and passing on information."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "using-technology",
            name: "Using Technology",
            clusterID: "effectiveness",
            definition: "Is at ease with technology and uses it to make work faster and better.",
            keyActions: [
                KeyAction(
                    title: "Maintains understanding of technical innovations",
                    description: "Keeps up with technical trends and what they mean."
                ),
                KeyAction(
                    title: "Uses information technology to align and expedite work",
                    description: """
                        Uses tools and systems so work reaches customers and colleagues on time and in usable form.
                        """
                ),
                KeyAction(
                    title: "Improves personal productivity technology",
                    description: """
                        Learns new tools such as CRM, virtual classrooms and mobile devices and puts them to work.
                        """
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "accelerating-learning",
            name: "Accelerating Learning",
            clusterID: "effectiveness",
            definition: "Learns quickly by conventional and new means to keep skills current.",
            keyActions: [
                KeyAction(
                    title: "Takes personal responsibility for development",
                    description: "Seeks feedback, finds own skill gaps and chooses ways to close them."
                ),
                KeyAction(
                    title: "Demonstrates agility in addressing development needs",
                    description: "Uses many learning options and media to gain skills efficiently."
                ),
                KeyAction(
                    title: "Leverages information to change behavior",
                    description: "Applies new information to improve personal effectiveness."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "executing-plans",
            name: "Executing Plans",
            clusterID: "effectiveness",
            definition: """
                Organises tasks and resources efficiently and keeps stakeholders informed of expectations and results.
                """,
            keyActions: [
                KeyAction(
                    title: "Develops plans that clearly actualize strategy",
                    description: "Turns strategy into aligned activities, deliverables and milestones."
                ),
                KeyAction(
                    title: "Builds commitment to plan",
                    description: "Wins enthusiastic support for a plan and what it requires."
                ),
                KeyAction(
                    title: "Executes to plan, yet adapts to emergent circumstances",
                    description: "Follows the plan but adjusts it as circumstances change."
                ),
                KeyAction(
                    title: "Delivers to plan",
                    description: "Reaches the plan's goals well enough to extend the relationship."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "maximizing-personal-time",
            name: "Maximizing Personal Time",
            clusterID: "effectiveness",
            definition: "Spends time and effort on priorities and uses resources efficiently.",
            keyActions: [
                KeyAction(
                    title: "Incorporates a strategic perspective in activity planning",
                    description: """
                        Separates tactical from strategic and urgent from critical when planning activities.
                        """
                ),
                KeyAction(
                    title: "Practices time management",
                    description: "Uses time management techniques to focus, prioritise and track tasks."
                ),
            ],
            aliases: []
        ),
        Competency(
            id: "aligning-to-sales-processes",
            name: "Aligning to Sales Processes",
            clusterID: "effectiveness",
            definition: "Knows the phases of selling and how one's own duties affect execution.",
            keyActions: [
                KeyAction(
                    title: "Aligns and relates work to sales success",
                    description: "Connects work products to effective selling and makes sure they contribute."
                ),
                KeyAction(
                    title: "Incorporates selling sensibilities into work execution",
                    description: "Treats internal and external 'customers' as partners for mutual benefit."
                ),
                KeyAction(
                    title: "Demonstrates a systemic understanding of sales",
                    description: """
                        Understands buyer-seller relationships and adapts work to support tailored sales solutions.
                        """
                ),
                KeyAction(
                    title: "Ensures that work helps to advance sales",
                    description: "Helps selling, sales processing or sales readiness through everyday work."
                ),
            ],
            aliases: [
                "Aligning to the Sales Process"
            ]
        ),
    ]
}
