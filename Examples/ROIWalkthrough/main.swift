import Foundation
import SalesCompetency

// ROIWalkthrough: what do a sales training program and a CRM rollout return? Money is `Decimal`; every
// figure below is computed by `ROICalculator` over three years with a 10% yearly discount rate.
//
// BCR and ROI % answer different questions: BCR = benefits ÷ costs (1.50 back per 1.00 spent), ROI % =
// (benefits − costs) ÷ costs × 100 (50% net return). The same investment has BCR 1.5 and ROI 50%.

// Fractions are written as text, read exactly: a Decimal made from a floating-point literal would carry binary
// rounding error into the money.
func decimal(_ text: String) -> Decimal { Decimal(plainDecimal: text)! }
let calculator = try ROICalculator(horizonYears: 3, discountRate: decimal("0.10"))
func fixed(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
func fixed(_ value: Decimal, _ decimals: Int) -> String { fixed(NSDecimalNumber(decimal: value).doubleValue, decimals) }
func money(_ value: Decimal) -> String { fixed(value, 0) }
func percent(_ value: Double) -> String { fixed(value * 100, 1) + "%" }

// 1. A consultative-selling bootcamp for 12 consultants, owned by the north team's manager.
//    The benefit is measured (deals won per rep per month, before and after), then discounted for
//    attribution (60% of the change is due to the training) and confidence (80%). Training benefits
//    fade as people forget: 80% is forgotten after 90 days unless it is reinforced.
func bootcamp(reinforcedOn days: [Int], extraCosts: [CostItem]) throws -> Investment {
    try Investment(
        id: "bootcamp-2025", name: "Consultative-selling bootcamp", category: .training, ownerID: "mgr-north",
        startsOn: Day(year: 2025, month: 3, day: 3)!, participants: 12,
        costs: [
            try CostItem(name: "Workshop fee", kind: .oneTime(amount: 36_000)),
            try CostItem(name: "Time in class", kind: .participantTime(hours: 24, loadedHourlyRate: 85)),
        ] + extraCosts,
        benefits: [
            try Benefit(
                name: "More deals won", change: .beforeAfter(before: decimal("1.8"), after: decimal("2.3")),
                frequency: .month, units: 12,
                attribution: decimal("0.6"), confidence: decimal("0.8"), unitValue: 2_500)
        ],
        retention: try RetentionAssumption(forgotten: 0.8, afterDays: 90, reinforcementDays: days))
}

// Which reinforcement schedule keeps 90% of the training through day 365? The planner finds the fewest.
let plan = try ReinforcementPlanner(model: RetentionModel(forgotten: 0.8, afterDays: 90), target: 0.9).plan()
print(plan.summary)

// Each refresher costs a coach's fee and two hours of each participant's time.
let refreshers = plan.days.count
let refresherCosts = [
    try CostItem(name: "Refresher coaching", kind: .oneTime(amount: Decimal(refreshers) * 1_500)),
    try CostItem(
        name: "Time in refreshers", kind: .participantTime(hours: Decimal(2 * refreshers), loadedHourlyRate: 85)),
]
let untouched = try calculator.report(for: bootcamp(reinforcedOn: [], extraCosts: []))
let reinforced = try calculator.report(for: bootcamp(reinforcedOn: plan.days, extraCosts: refresherCosts))

// Columns right-aligned to their widest cell, the first left-aligned.
var rows = [["bootcamp, 3 years", "costs", "benefits", "BCR", "ROI %", "payback", "NPV", "kept at day 365"]]
for (label, report) in [("no reinforcement", untouched), ("\(refreshers) refreshers", reinforced)] {
    let totals = report.totals
    rows.append([
        label, money(totals.costs), money(totals.benefits), fixed(totals.benefitCostRatio, 2),
        fixed(totals.roiPercent, 1) + "%", totals.paybackMonths.map { fixed($0, 1) + " mo" } ?? "never",
        money(report.cashFlows.netPresentValue), report.modelledRetentionAfterOneYear.map(percent) ?? "-",
    ])
}
let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max()! }
print()
for row in rows {
    let cells = row.enumerated().map { column, text in
        let pad = String(repeating: " ", count: widths[column] - text.count)
        return column == 0 ? text + pad : pad + text
    }
    print(cells.joined(separator: "  "))
}
let annual = reinforced.benefitLines[0].annualValue
print("The measured change is worth \(money(annual)) a year at full retention; forgetting is what the")
print("first row loses, and the refreshers buy most of it back.")

// 2. A CRM rollout: 30 seats bought, 22 in use. Benefits are a shorter sales cycle (lower is better) and
//    admin time saved; neither fades with forgetting, because CRM is not a training category.
let crm = try Investment(
    id: "crm-2025", name: "CRM rollout", category: .crm, ownerID: "mgr-key-accounts",
    startsOn: Day(year: 2025, month: 2, day: 1)!, participants: 30, seatsBought: 30, seatsUsed: 22,
    costs: [
        try CostItem(name: "Implementation", kind: .oneTime(amount: 25_000)),
        try CostItem(name: "Licences", kind: .perSeatMonthly(amount: 65, months: nil)),
        try CostItem(name: "Time in training", kind: .participantTime(hours: 6, loadedHourlyRate: 85)),
    ],
    benefits: [
        try Benefit(
            name: "Shorter sales cycle", change: .beforeAfter(before: 64, after: 58), direction: .lowerIsBetter,
            frequency: .year, units: 300, attribution: decimal("0.5"), confidence: decimal("0.7"),
            unitValue: 25),
        try Benefit(
            name: "Admin hours saved", change: .beforeAfter(before: 5, after: decimal("3.5")),
            direction: .lowerIsBetter, frequency: .week, units: 22, attribution: decimal("0.8"),
            confidence: decimal("0.8"), unitValue: 85),
    ],
    intangibles: ["One pipeline view for forecasting"],
    measured: try GoalMeasurements(
        nonInducedChurnBefore: 0.24, nonInducedChurnAfter: 0.15, salesCycleDaysBefore: 64, salesCycleDaysAfter: 58,
        salesCycleYears: 1))
let crmReport = try calculator.report(for: crm)
let crmTotals = crmReport.totals

print()
print("\(crmReport.name) (owner \(crmReport.ownerID)), 3 years:")
for line in crmReport.costLines { print("  cost     \(line.name): \(money(line.total))") }
for line in crmReport.benefitLines { print("  benefit  \(line.name): \(money(line.total))") }
print(
    "  BCR \(fixed(crmTotals.benefitCostRatio, 2)), ROI "
        + "\(fixed(crmTotals.roiPercent, 1))%, payback "
        + "\(crmTotals.paybackMonths.map { fixed($0, 1) } ?? "never") months, "
        + "break-even in month \(crmReport.breakEvenMonth.map(String.init) ?? "never"), "
        + "NPV \(money(crmReport.cashFlows.netPresentValue))")
if let adoption = crmReport.adoption {
    print(
        "  \(adoption.idleSeats) of \(adoption.seatsBought) seats idle (\(percent(adoption.utilisation ?? 0)) used): "
            + "\(money(adoption.wastedSpend)) of \(money(adoption.seatSpend)) licence spend wasted")
}
for goal in crmReport.goals {
    let verdict = goal.isMet ? "met" : "short by \(percent(goal.gap))"
    print("  goal \(goal.goal): measured \(percent(goal.measured)), target \(percent(goal.target)): \(verdict)")
}
print("  not monetised: \(crmReport.intangibles.joined(separator: ", "))")
