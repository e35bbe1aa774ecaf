import Foundation

/// A made-up but realistic sales organisation, generated deterministically from a seed: three teams with
/// their managers, fifty people in several roles (forty of them consultants), six months of activity (January
/// to June 2025), field rides, 1-on-1s, 360s and self-assessments, and the team's opportunities.
///
/// The story in the data: a CRM rollout on 1 February lifts CRM logging; a consultative-selling bootcamp
/// (investment `bootcamp`, in ``enrolmentsCSV``) trains sixteen consultants on 3 March and eight more on
/// 7 April. Its planted, known effect: a participant's skill (the multiplier of their activity, 0.5–1.25)
/// rises by 0.6 and their win probability by 0.4 (40 points) at enrolment, both fading as e^(−t/90) with t the
/// days since enrolment (e^(−t/180) for the eight reps of the first cohort who get a refresher in May). One
/// rep leaves of their own accord in April, one is let go in May, one is hired in March; two reps rate
/// themselves far above what their
/// activity shows. Every file is in the format the `sco` commands read, so
/// `sco demo --write-samples DIR` gives a newcomer files to try each command on.
///
/// ```swift
/// let sample = SampleOrganisation(seed: 2025)
/// let roster = try Roster(csvText: sample.rosterCSV)
/// ```
public struct SampleOrganisation: Hashable, Sendable {
    /// The seed the data was generated from.
    public let seed: UInt64
    /// `rep_id,role,manager_id,hired_on,left_on,departure`.
    public let rosterCSV: String
    /// `task_id,competency_id,role,monthly_target,weight,direction`.
    public let rulesCSV: String
    /// `rep_id,task_id,occurred_on,quantity`.
    public let activitiesCSV: String
    /// `rep_id,competency_id,source,rating,assessed_on,assessor_id`, ratings on a 1–5 scale.
    public let assessmentsCSV: String
    /// `opportunity_id,owner,account,opened_on,closed_on,stage,value`, stages `won`, `lost` and `open`.
    public let opportunitiesCSV: String
    /// The first and last day of the data.
    public let firstDay: Day, lastDay: Day
    /// The reps who attended the bootcamp, either cohort.
    public let trainedReps: [Rep.ID]
    /// The day of the consultative-selling bootcamp's first cohort.
    public let trainingDay: Day
    /// `rep_id,investment_id,enrolled_on,completed_on,reinforced_on`: the bootcamp's two cohorts.
    public let enrolmentsCSV: String
    /// The planted gain in win probability at enrolment (0.4), fading as e^(−t/``plantedStability``).
    public static let plantedWinRateGain = 0.4
    /// The planted gain in skill, the multiplier of activity, at enrolment (0.6), fading alike.
    public static let plantedActivityGain = 0.6
    /// The planted stability S of the bootcamp's effect in days (90; 180 with the refresher).
    public static let plantedStability = 90.0
    /// The day the CRM went live.
    public let crmRolloutDay: Day

    struct RuleSpec {
        let task: String, competency: String, role: String, target: Double, weight: Double, lowerIsBetter: Bool
    }

    static let rules: [RuleSpec] = [
        .init("prospecting_emails_sent", "communicating-effectively", "consultant", 120, 1),
        .init("prospecting_email_replies", "communicating-effectively", "consultant", 18, 2),
        .init("discovery_calls_held", "gathering-intelligence", "consultant", 12, 2),
        .init("needs_assessments_completed", "gathering-intelligence", "consultant", 6, 1),
        .init("demos_delivered", "articulating-value", "consultant", 8, 1),
        .init("proposals_sent", "formalizing-commitment", "consultant", 6, 1),
        .init("deals_closed", "formalizing-commitment", "consultant", 2, 2),
        .init("client_meetings_held", "building-relationships", "consultant", 10, 2),
        .init("crm_updates_logged", "using-technology", "consultant", 40, 1),
        .init("crm_updates_logged", "aligning-to-sales-processes", "consultant", 40, 1),
        .init("overdue_follow_ups", "executing-plans", "consultant", 6, 1, lowerIsBetter: true),
        .init("training_modules_completed", "accelerating-learning", "consultant", 2, 1),
        .init("market_research_reports_filed", "understanding-the-business-context", "analyst", 4, 1),
        .init("competitor_briefs_written", "gathering-intelligence", "analyst", 3, 1),
        .init("crm_updates_logged", "using-technology", "analyst", 20, 1),
        .init("account_plans_updated", "understanding-the-business-context", "strategist", 6, 1),
        .init("forecast_submissions_made", "executing-plans", "strategist", 4, 1),
        .init("quotes_issued", "executing-plans", "administrator", 30, 1),
        .init("contracts_processed", "formalizing-commitment", "administrator", 15, 1),
        .init("crm_updates_logged", "using-technology", "administrator", 60, 1),
        .init("team_coaching_sessions_held", "managing-knowledge", "manager", 8, 2),
        .init("pipeline_reviews_held", "aligning-to-sales-processes", "manager", 4, 1),
        .init("forecast_submissions_made", "executing-plans", "manager", 4, 1),
    ]

    struct Person {
        let id: String, role: String, manager: String?, hired: Day?, left: Day?, departure: String?
        let skill: Double
    }

    /// Generates the organisation.
    ///
    /// - Parameter seed: The seed; the same seed gives byte-identical files.
    /// - Complexity: O(activity rows), a few thousand.
    public init(seed: UInt64 = 2025) {
        self.seed = seed
        var random = SeededGenerator(seed: seed)
        let first = Day(year: 2025, month: 1, day: 1)!
        let last = Day(year: 2025, month: 6, day: 30)!
        let training = Day(year: 2025, month: 3, day: 3)!
        let crm = Day(year: 2025, month: 2, day: 1)!
        firstDay = first
        lastDay = last
        trainingDay = training
        crmRolloutDay = crm

        var people: [Person] = []
        let managers = ["mgr-north", "mgr-south", "mgr-key-accounts"]
        for manager in managers {
            people.append(
                Person(
                    id: manager, role: "manager", manager: nil, hired: Day(year: 2019, month: 4, day: 1), left: nil,
                    departure: nil, skill: 0.8 + 0.3 * random.unit()))
        }
        let roles =
            Array(repeating: "consultant", count: 40) + Array(repeating: "analyst", count: 4)
            + Array(repeating: "strategist", count: 3) + Array(repeating: "administrator", count: 3)
        for (index, role) in roles.enumerated() {
            let number = index + 1
            let id = "rep-\(number < 10 ? "0" : "")\(number)"
            var hired = Day(year: 2021 + index % 4, month: 1 + index % 12, day: 1 + index % 27)
            var left: Day?
            var departure: String?
            switch id {
            case "rep-07": (left, departure) = (Day(year: 2025, month: 4, day: 18), "voluntary")
            case "rep-15": (left, departure) = (Day(year: 2025, month: 5, day: 30), "induced")
            case "rep-20": hired = Day(year: 2025, month: 3, day: 3)
            default: break
            }
            let skill = id == "rep-20" ? 0.45 : 0.5 + 0.75 * random.unit()
            people.append(
                Person(
                    id: id, role: role, manager: managers[index % 3], hired: hired, left: left,
                    departure: departure, skill: skill))
        }
        // The bootcamp trains the first 24 consultants still employed in March: 16 on 3 March, 8 on 7 April;
        // the first eight get a refresher on 5 May.
        let trained = people.filter { $0.role == "consultant" && $0.left.map { $0 > training } ?? true }
            .prefix(24).map(\.id)
        trainedReps = trained.map { Rep.ID(rawValue: $0) }
        let secondCohort = Day(year: 2025, month: 4, day: 7)!
        let refresher = Day(year: 2025, month: 5, day: 5)!
        var enrolledOn: [String: Day] = [:]
        var enrolments = CSVWriter(header: [
            "rep_id", "investment_id", "enrolled_on", "completed_on", "reinforced_on",
        ])
        for (index, id) in trained.enumerated() {
            let day = index < 16 ? training : secondCohort
            enrolledOn[id] = day
            enrolments.append([
                id, "bootcamp", day.description, day.adding(days: 4).description,
                index < 8 ? refresher.description : "",
            ])
        }
        enrolmentsCSV = enrolments.text
        // The planted effect's share left on `day` for a person: 0 before enrolment.
        func boost(_ id: String, on day: Day) -> Double {
            guard let start = enrolledOn[id], day >= start else { return 0 }
            let stability = Self.plantedStability * (trained.prefix(8).contains(id) ? 2 : 1)
            return exp(-Double(start.days(to: day)) / stability)
        }

        var roster = CSVWriter(header: ["rep_id", "role", "manager_id", "hired_on", "left_on", "departure"])
        for person in people {
            roster.append([
                person.id, person.role, person.manager ?? "", person.hired?.description ?? "",
                person.left?.description ?? "", person.departure ?? "",
            ])
        }
        rosterCSV = roster.text

        var rules = CSVWriter(header: ["task_id", "competency_id", "role", "monthly_target", "weight", "direction"])
        for rule in Self.rules {
            rules.append([
                .text(rule.task), .text(rule.competency), .text(rule.role), CSVWriter.number(rule.target, decimals: 0),
                CSVWriter.number(rule.weight, decimals: 1), .text(rule.lowerIsBetter ? "lower" : "higher"),
            ])
        }
        rulesCSV = rules.text

        var activities = CSVWriter(header: ["rep_id", "task_id", "occurred_on", "quantity"])
        var assessments = CSVWriter(header: [
            "rep_id", "competency_id", "source", "rating", "assessed_on", "assessor_id",
        ])
        var opportunities = CSVWriter(header: [
            "opportunity_id", "owner", "account", "opened_on", "closed_on", "stage", "value",
        ])
        let accounts = [
            "Acme Logistics", "Birchwood Health", "Cobalt Energy", "Delta Foods", "Evergreen Bank", "Fjord Retail",
            "Granite Insurance", "Helix Pharma", "Ironside Manufacturing", "Juniper Telecom",
        ]
        var opportunityNumber = 0
        for month in 1...6 {
            let monthStart = Day(year: 2025, month: month, day: 1)!
            let workdays = (0..<Day.daysInMonth(year: 2025, month: month)).map { monthStart.adding(days: $0) }
                .filter { $0.isoWeekday <= 5 }
            for person in people {
                let employed = workdays.filter { day in
                    (person.hired.map { day >= $0 } ?? true) && (person.left.map { day <= $0 } ?? true)
                }
                guard !employed.isEmpty else { continue }
                let presence = Double(employed.count) / Double(workdays.count)
                let ramp = person.hired.map { min(1, Double($0.days(to: monthStart) + 60) / 150) } ?? 1
                let baseSkill = person.skill * max(0.3, ramp)
                let gain = Self.plantedActivityGain * boost(person.id, on: monthStart.adding(days: 14))
                let skill = (person.skill + gain) * max(0.3, ramp)
                var seenTasks = Set<String>()
                for rule in Self.rules where rule.role == person.role && seenTasks.insert(rule.task).inserted {
                    var factor = skill
                    if rule.task == "crm_updates_logged" { factor *= monthStart >= crm ? 1.05 : 0.45 }
                    if rule.lowerIsBetter { factor = max(0.2, 2 - skill) }
                    let total = random.poisson(rule.target * factor * presence)
                    guard total > 0 else { continue }
                    let pieces = min(total, 1 + Int(random.unit() * 5))
                    var remaining = total
                    for piece in 0..<pieces {
                        let quantity = piece == pieces - 1 ? remaining : max(1, remaining / (pieces - piece))
                        remaining -= quantity
                        let day = employed[Int(random.unit() * Double(employed.count))]
                        activities.append([
                            .text(person.id), .text(rule.task), .text(day.description), CSVWriter.number(quantity),
                        ])
                    }
                }
                // Assessments at the end of each quarter: a field ride and a 1-on-1 by the manager, a 360 and
                // a self-assessment. Ratings follow the person's skill on a 1–5 scale, with some noise.
                if month == 3 || month == 6, let manager = person.manager {
                    let day = Day(year: 2025, month: month, day: 24)!
                    let competencies = Array(Set(Self.rules.filter { $0.role == person.role }.map(\.competency)))
                        .sorted()
                    let overconfident = person.id == "rep-04" || person.id == "rep-11"
                    for (source, assessor) in [
                        ("field-ride", manager), ("1-on-1", manager), ("360", "peer-panel"), ("self", person.id),
                    ] {
                        let competency = competencies[Int(random.unit() * Double(competencies.count))]
                        var rating = 1 + 4 * min(skill, 1.25) / 1.25 + 0.5 * random.normal()
                        if source == "self", overconfident { rating = 5 }
                        let clamped = Int(min(5, max(1, rating.rounded())))
                        assessments.append([
                            .text(person.id), .text(competency), .text(source), CSVWriter.number(clamped),
                            .text(day.description), .text(assessor),
                        ])
                    }
                }
                guard person.role == "consultant" else { continue }
                // Five new deals a month, and in January the pipeline carried over from December.
                let carried = month == 1 ? random.poisson(4 * presence) : 0
                for number in 0..<(carried + random.poisson(5 * presence)) {
                    opportunityNumber += 1
                    let draw = random.unit()
                    let opened =
                        number < carried
                        ? first.adding(days: -1 - Int(draw * 24)) : employed[Int(draw * Double(employed.count))]
                    let cycle = Int(25 + 70 * random.unit())
                    let closed = opened.adding(days: cycle)
                    let lift = Self.plantedWinRateGain * boost(person.id, on: closed)
                    let wins = random.unit() < 0.2 + 0.3 * min(baseSkill, 1.3) + lift
                    let value = 5_000 + Int(random.unit() * 550) * 100
                    let isClosed = closed <= last
                    let number = String(opportunityNumber)
                    opportunities.append([
                        .text("opp-" + String(repeating: "0", count: max(0, 4 - number.count)) + number),
                        .text(person.id), .text(accounts[Int(random.unit() * Double(accounts.count))]),
                        .text(opened.description), .text(isClosed ? closed.description : ""),
                        .text(isClosed ? (wins ? "won" : "lost") : "open"), CSVWriter.number(value),
                    ])
                }
            }
        }
        activitiesCSV = activities.text
        assessmentsCSV = assessments.text
        opportunitiesCSV = opportunities.text
    }
}

extension SampleOrganisation.RuleSpec {
    init(_ task: String, _ competency: String, _ role: String, _ target: Double, _ weight: Double) {
        self.init(task: task, competency: competency, role: role, target: target, weight: weight, lowerIsBetter: false)
    }

    init(
        _ task: String, _ competency: String, _ role: String, _ target: Double, _ weight: Double, lowerIsBetter: Bool
    ) {
        self.init(
            task: task, competency: competency, role: role, target: target, weight: weight,
            lowerIsBetter: lowerIsBetter)
    }
}
