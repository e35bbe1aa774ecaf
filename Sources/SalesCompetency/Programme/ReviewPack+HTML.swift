extension ReviewPack {
    /// The review as one self-contained printable HTML page.
    ///
    /// The print style fits both A4 and Letter (the page size is left to the printer; 12 mm margins, tables
    /// at most 186 mm wide): table headers repeat on each page, no table row and no heading is split from what
    /// follows it, and the colour bands print (`print-color-adjust: exact`). Every piece of text is escaped.
    ///
    /// - Returns: The HTML text.
    /// - Complexity: O(size of the page).
    public func html() -> String {
        let e = HTMLFragment.escape
        let title = "Annual review \(year): \(repID.rawValue)"
        var html = HTMLDocument.opening(title: title, style: ReviewPack.style)
        html += """
            <main class="pack">
            <header><h1>\(e(title))</h1>
            <p class="meta">Role \(e(roleID.rawValue)) · manager \(e(managerID?.rawValue ?? "none")) · \
            prepared from the monthly competency measurements, the observers' ratings and the CRM</p></header>

            """
        html += section("Monthly scores per competency", scoresTable())
        html += section("Scores validated by field rides, 1-on-1s and 360s", validationTable())
        html += section("Gaps against the \(roleID.rawValue) profile", gapsTable())
        html += section("Readiness for the next role", readinessBlock())
        html += section("Outcomes", outcomesTable())
        html += section("Trainings and reinforcements attended", attendanceBlock())
        html += """
            <section class="sign"><h2>Review</h2><p>Manager's summary, agreed priorities for next year:</p>
            <div class="lines"></div><p class="signatures"><span>Manager</span><span>Rep</span><span>Date</span></p>
            </section>
            </main>
            </body>
            </html>

            """
        return html
    }

    private func section(_ title: String, _ body: String) -> String {
        "<section><h2>\(HTMLFragment.escape(title))</h2>\n\(body)</section>\n"
    }

    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static func fixed(_ value: Double, _ decimals: Int = 2) -> String {
        NumberFormatting.fixed(value, decimals: decimals)
    }

    private func table(_ header: [String], _ rows: [[String]], classes: [[String]] = [], kind: String) -> String {
        let e = HTMLFragment.escape
        var html = "<table class=\"\(kind)\"><thead><tr>"
        html += header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for (index, row) in rows.enumerated() {
            let rowClasses = index < classes.count ? classes[index] : []
            html += "<tr>"
            for (column, cell) in row.enumerated() {
                let name = column < rowClasses.count ? rowClasses[column] : ""
                html += name.isEmpty ? "<td>\(e(cell))</td>" : "<td class=\"\(e(name))\">\(e(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private func note(_ text: String) -> String { "<p class=\"note\">\(HTMLFragment.escape(text))</p>\n" }

    private func scoresTable() -> String {
        guard !competencies.isEmpty else { return note("No competency was scored for \(repID) in \(year).") }
        let rows = competencies.map { item in
            [item.name] + item.months.map { $0.score.map { ReviewPack.fixed($0) } ?? "–" }
                + [item.mean.map { ReviewPack.fixed($0) } ?? "–"]
        }
        let classes = competencies.map { item in ["name"] + item.months.map { "num \($0.band)" } + ["num mean"] }
        let empty =
            competencies.first?.months.filter { month in
                competencies.allSatisfy { $0.months[month.period.firstDay.month - 1].score == nil }
            }.count ?? 0
        return note(
            "Scores are attainment against the monthly targets (1.00 = on target): green from 1.00, amber from "
                + "0.70, red below; – is a month without data (not employed, or no activity recorded)"
                + (empty > 0 ? "; \(empty) of the 12 months have no data at all." : "."))
            + table(["Competency"] + ReviewPack.monthNames + ["Mean"], rows, classes: classes, kind: "scores")
    }

    private func validationTable() -> String {
        guard !validations.isEmpty else {
            return note("No field ride, 1-on-1 or 360 rated \(repID) in \(year): validate the scores in the next ones.")
        }
        let diverging = validations.filter(\.diverges).count
        let rows = validations.map { item in
            [
                ReviewPack.monthNames[item.period.firstDay.month - 1],
                competencies.first { $0.competencyID == item.competencyID }?.name ?? item.competencyID.rawValue,
                item.sources.map(\.rawValue).joined(separator: ", "), ReviewPack.fixed(item.meanRating, 1),
                ReviewPack.fixed(item.assessed), item.score.map { ReviewPack.fixed($0) } ?? "–",
                item.diverges ? "diverges" : (item.score == nil ? "no score" : "agrees"),
            ]
        }
        let classes = validations.map { ["", "", "", "num", "num", "num", $0.diverges ? "diverges" : ""] }
        return note(
            "\(validations.count) month-competency ratings by observers; \(diverging) differ from the activity "
                + "score by more than the tolerance. Ratings are on the "
                + "\(ReviewPack.fixed(scale.low, 0))–\(ReviewPack.fixed(scale.high, 0)) scale and normalised to 0–1.")
            + table(
                ["Month", "Competency", "Rated by", "Rating", "As 0–1", "Activity", "Result"], rows, classes: classes,
                kind: "validations")
    }

    private func gapRows(_ gaps: [CompetencyGap]) -> (rows: [[String]], classes: [[String]]) {
        let rows = gaps.map { gap in
            [
                competencies.first { $0.competencyID == gap.competencyID }?.name ?? gap.competencyID.rawValue,
                ReviewPack.fixed(gap.required, 1), gap.assessed.map { ReviewPack.fixed($0, 1) } ?? "not rated",
                ReviewPack.fixed(gap.gap, 1),
            ]
        }
        return (rows, gaps.map { ["", "num", "num", $0.isShortfall ? "num short" : "num"] })
    }

    private func gapsTable() -> String {
        guard let gaps else { return note("No profile of the \(roleID) role was given.") }
        let shortfalls = gaps.filter(\.isShortfall).count
        let (rows, classes) = gapRows(gaps)
        return note(
            "Required level against the mean of the year's ratings by others; \(shortfalls) of \(gaps.count) "
                + "requirements are not met (largest gap first; an unrated competency counts at the lowest level).")
            + table(["Competency", "Required", "Assessed", "Gap"], rows, classes: classes, kind: "gaps")
    }

    private func readinessBlock() -> String {
        guard let readiness else { return note("No next role (or no profile for it) was given.") }
        let shortfalls = readiness.shortfalls
        var html = "<p class=\"figure\">Ready for \(HTMLFragment.escape(readiness.roleID.rawValue)): "
        html += "<strong>\(ReviewPack.fixed(readiness.matchPercent, 0))%</strong> of the required proficiency"
        html += readiness.meetsAllRequirements ? ", every requirement met.</p>\n" : ".</p>\n"
        guard !shortfalls.isEmpty else { return html }
        let (rows, classes) = gapRows(shortfalls)
        return html + table(["To develop", "Required", "Assessed", "Gap"], rows, classes: classes, kind: "gaps")
    }

    private func outcomesTable() -> String {
        guard !outcomes.isEmpty else { return note("No deal closed in \(year).") }
        let rows = outcomes.map { item in
            [
                ReviewPack.monthNames[item.period.firstDay.month - 1], String(item.summary.won),
                String(item.summary.lost),
                item.summary.winRate.map { NumberFormatting.percent($0) } ?? "–",
                NumberFormatting.fixed(item.summary.wonValue, decimals: 0),
            ]
        }
        let won = outcomes.reduce(0) { $0 + $1.summary.won }
        let lost = outcomes.reduce(0) { $0 + $1.summary.lost }
        let rate = won + lost > 0 ? NumberFormatting.percent(Double(won) / Double(won + lost)) : "–"
        return note("\(won) won and \(lost) lost in \(year), win rate \(rate), by close month.")
            + table(
                ["Month", "Won", "Lost", "Win rate", "Won value"], rows,
                classes: rows.map { _ in ["", "num", "num", "num", "num"] }, kind: "outcomes")
    }

    private func attendanceBlock() -> String {
        guard !enrolments.isEmpty || !reinforcements.isEmpty else {
            return note("No training or reinforcement session recorded in \(year).")
        }
        var rows: [[String]] = enrolments.map {
            [$0.enrolledOn.description, $0.investmentID.rawValue, "training (enrolled)"]
        }
        rows += reinforcements.map { [$0.heldOn.description, $0.investmentID.rawValue, "reinforcement session"] }
        rows.sort { $0[0] < $1[0] }
        return table(["Day", "Investment", "What"], rows, kind: "attendance")
    }

    static let style = """
        @page{margin:12mm}
        *{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{margin:0;font:9.5pt/1.35 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#1f2933;background:#fff}
        .pack{max-width:186mm;margin:0 auto;padding:10mm 0}
        header h1{margin:0;font-size:16pt}.meta{margin:2pt 0 8pt;color:#52606d}
        h2{font-size:11.5pt;margin:12pt 0 4pt;break-after:avoid;page-break-after:avoid}
        section{break-inside:auto}.note{margin:0 0 4pt;color:#52606d;font-size:8.5pt;break-after:avoid;\
        page-break-after:avoid}
        table{width:100%;border-collapse:collapse;font-size:8pt;margin:0 0 6pt}
        thead{display:table-header-group}tr,td,th{break-inside:avoid;page-break-inside:avoid}
        th{text-align:left;color:#52606d;font-weight:600;border-bottom:1px solid #9aa5b1;padding:2pt 3pt}
        td{border-bottom:1px solid #e4e7eb;padding:2pt 3pt;vertical-align:top}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        table.scores td.name{width:58mm}table.scores th:not(:first-child){text-align:right}
        td.green{background:#cfe8d6}td.amber{background:#fbe3bd}td.red{background:#f5c6c6;color:#7a1f1f}
        td.no-data{background:#f0f2f4;color:#9aa5b1;text-align:center}td.mean{font-weight:600}
        td.diverges,td.short{color:#b42318;font-weight:600}
        .figure{font-size:10pt;margin:0 0 4pt}
        .sign{break-inside:avoid;page-break-inside:avoid}.lines{height:28mm;border:1px solid #cbd2d9;margin:2pt 0 8pt}
        .signatures{display:flex;gap:10mm}.signatures span{flex:1;border-top:1px solid #52606d;padding-top:2pt;\
        color:#52606d}
        @media print{.pack{padding:0;max-width:none}}
        """
}
