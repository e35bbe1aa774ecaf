// The built-in World-Class Sales Competency Model: names, structure and short labels from the source,
// definitions and descriptions in the project's own words. See Documentation/DataLicensing.md.

extension BuiltInModel {
    /// Areas of expertise 7–9 of 13.
    static let enablementAreasOfExpertise: [AreaOfExpertise] = [
        AreaOfExpertise(
            id: "developing-sales-force-capability",
            name: "Developing Sales Force Capability",
            definition: """
                Finds capability gaps, sets the competencies the strategy needs, keeps competency profiles current, \
                and designs, delivers and evaluates learning that lifts sales results.
                """,
            knowledge: [
                "Rapid instructional design methods",
                "Sales operations and fulfillment processes",
                "Audience learning style and preferences (individual and cultural)",
                "Test development (item construction and validation)",
                "Learning delivery systems and media",
                "Learning program evaluation methods (formative, summative, transfer, business impact, and ROI)",
                "Human performance improvement concepts",
                "Performance analysis methods",
                "Business direction and goals",
                "Sales cycle components and stage-specific milestones",
                "Blended learning techniques",
                """
                Experiential learning methods (work-based learning and on-the-job development techniques such as \
                mentoring, job rotation, and sabbaticals)
                """,
                "Learning management systems",
            ],
            abilities: [
                "Translate business requirements or performance gaps into relevant learning improvements",
                "Apply approaches to learning to best meet the needs of target audiences",
                "Apply rapid instructional design methods to ensure responsiveness to performance challenges",
                "Build learning solutions sensitive to learning styles or cultural norms",
                """
                Leverage workplace opportunities to advance experiential learning (for example, mentoring, \
                cognitive apprenticeship, and peer-to-peer tutoring)
                """,
                "Construct valid and reliable tests",
                """
                Balance cost, target audience requirements, and content demands to select the most appropriate \
                learning delivery systems and media
                """,
                """
                Implement learning program evaluation systematically to establish a value chain that clearly \
                connects programs to business results (for example, formative and summative)
                """,
            ],
            keyActions: [
                KeyAction(
                    title: "Determines competencies required to achieve sales strategy",
                    description: """
                        Links the sales strategy and customer needs to the competencies needed now and later.
                        """
                ),
                KeyAction(
                    title: "Conducts sales-related needs assessments",
                    description: "Identifies skill and environmental problems and recommends training or support."
                ),
                KeyAction(
                    title: "Designs and develops sales development programs, curricula, or learning solutions",
                    description: """
                        Builds programmes and curricula with subject experts and validated learning outcomes.
                        """
                ),
                KeyAction(
                    title: "Uses learning management systems",
                    description: "Keeps the learning system current and tracks participants through programmes."
                ),
                KeyAction(
                    title: "Ties learning strategy to organizational capacity",
                    description: """
                        Plans learning across the sales force and helps decide whether to hire, build or buy a \
                        competency.
                        """
                ),
                KeyAction(
                    title: "Evaluates learning program or solution effectiveness",
                    description: "Evaluates whether learning reaches its objectives and affects the business."
                ),
                KeyAction(
                    title: "Reports results to organizational stakeholders",
                    description: """
                        Shares measured results to justify investment and flag programmes to change or retire.
                        """
                ),
            ],
            sampleOutputs: [
                "Learning needs assessment plans, results, and support",
                "Learning design plans and specifications",
                "Competency models",
                "Curriculum plans",
                "Lesson plans",
                "Mediated learning delivery or support content",
                "Learning measurement plans",
                "Learning evaluation reports",
                "Appropriately worded tests",
                "Company-specific certification management",
                "Sales or sales-related training content",
                "Evaluation instruments",
                "Training reports",
                "Training calendars",
                "Support materials for marketing initiatives",
                "Learning management system updates",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "delivering-sales-training",
            name: "Delivering Sales Training",
            definition: """
                Prepares and runs sales training that fits the selling environment, separates what training can fix \
                from what it cannot, and makes learning interactive and practical.
                """,
            knowledge: [
                "Platform training methods and strategies",
                "Sales cycle and challenges",
                "Rapport-building techniques",
                "Sales operations and fulfillment processes",
                "Audience learning style and preferences",
                "Test monitoring or proctoring methods",
                "Certification processes and requirements",
                "Learning delivery systems and media utilization strategies",
                "Instructor-led delivery techniques",
                "Learning management systems",
                "Online (virtual) delivery techniques",
                "Classroom management techniques",
                "Small group discussion techniques",
                "Questioning techniques",
            ],
            abilities: [
                "Apply platform skills, methods, and tactics effectively to advance learning",
                "Adapt instructional methods to target audience requirements",
                "Use personal style and management techniques and media to optimize the conditions of learning",
                "Administer testing fairly and in a way that accurately assesses skill or knowledge acquisition",
                "Interpret attendance tracking and performance system data accurately",
                """
                Identify and recommend supplemental learning strategies that will reinforce and extend classroom \
                learning
                """,
                "Match experiential learning methods to appropriate content",
            ],
            keyActions: [
                KeyAction(
                    title: "Reviews and supplements learning",
                    description: "Prepares material and adds real stories so it suits the audience."
                ),
                KeyAction(
                    title: "Motivates participants",
                    description: "Raises interest by tying learning to participants' own goals and varying delivery."
                ),
                KeyAction(
                    title: "Manages instructional delivery",
                    description: """
                        Explains the structure and outcomes of the session and keeps the room collaborative.
                        """
                ),
                KeyAction(
                    title: "Administers tests",
                    description: "Administers tests by the protocol and keeps testing conditions fair."
                ),
            ],
            sampleOutputs: [
                "Lesson plan modifications and annotations",
                "Instructor notes or comments",
                "Participant guides and workbooks",
                "Training exercise materials",
                "Training presentation aids",
                "Participant surveys",
                "Individual and aggregate test scores",
                "Room set-up plans",
                "Management updates",
                "Training marketing materials",
                "Calendar updates",
                "Test administration and recording",
                "Company-specific certification updates",
                "Participation reports",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
        AreaOfExpertise(
            id: "coaching-for-sales-results",
            name: "Coaching for Sales Results",
            definition: """
                Coaches individuals and teams through observation, motivation and feedback, models the expected \
                behaviour, builds on strengths and removes obstacles to improvement.
                """,
            knowledge: [
                "Motivation methods",
                "Performance observation techniques",
                "Listening and feedback methods",
                "Coaching methodology and techniques",
                "Organization and business strategy",
                "Performance review instruments and administration methods",
                "Counseling methods",
                "Business standards of conduct and ethical guidelines",
            ],
            abilities: [
                "Assess performance objectively",
                """
                Assume various roles as needed in role-play to maximize learning (for example, sales person, \
                customer, sales manager, and technical support)
                """,
                "Employ observation to gather the most accurate depiction of performance data",
                "Identify “teachable moments” and uses these as program points to improve performance",
                "Balance performance improvement objectives with a recipient’s need for a healthy self-concept",
            ],
            keyActions: [
                KeyAction(
                    title: """
                        Observes sales person behavior to identify strengths, weaknesses, and opportunities for \
                        improvement
                        """,
                    description: "Watches joint sales calls for patterns and root causes of behaviour."
                ),
                KeyAction(
                    title: """
                        Balances corrective with positive feedback to ensure optimum guidance and performance \
                        improvement
                        """,
                    description: "Chooses the right moment and mixes praise with correction while protecting dignity."
                ),
                KeyAction(
                    title: "Leverages motivation as a key enabler of sales performance",
                    description: "Finds what drives each person and team and ties it to organisational goals."
                ),
                KeyAction(
                    title: "Links expected behaviors to strategic outcomes",
                    description: "Shows how individual performance feeds or derails strategic goals."
                ),
                KeyAction(
                    title: "Demonstrates and mentors expected sales behaviors",
                    description: "Demonstrates good practice on the job, for example on ride-alongs."
                ),
                KeyAction(
                    title: "Establishes support programs to expand and enrich new learning",
                    description: "Sets up peer coaching, mentoring and extra resources to reinforce learning."
                ),
            ],
            sampleOutputs: [
                "Coaching reports",
                "Pre-call plan sheets",
                "Employee communications (pre- and postcoaching experiences)",
                "Sales performance reviews",
                "Developmental objectives for customer calls",
                "Individual sales performance development plans",
                "Customized targets and goals",
                "Performance contracts",
                "Sales contests",
                "Sales mentoring program agreements",
                "Reward and recognition programs",
                "Maximum potential assessments",
                "Employee redeployment or exit strategies",
                "Other outputs as appropriate",
            ],
            aliases: []
        ),
    ]
}
