import SalesCompetency

// QuickStart: the smallest useful program. It grows as the library does.
let march = try Period(parsing: "2025-03")
print("Scoring period \(march): \(march.firstDay) to \(march.lastDay)")
