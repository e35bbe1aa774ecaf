extension ReinforcementProgress {
    /// The header of ``csvText``.
    public static let csvHeader = "manager_id,rep_id,investment_id,session,scheduled_on,held_on,status,days_late"

    /// Every planned session and what became of it, as CSV in calendar order: `held_on` and `days_late` are
    /// empty when they do not apply; `status` is `on-time`, `late`, `missed` or `due`.
    ///
    /// - Complexity: O(n) in the sessions.
    public var csvText: String {
        var csv = CSVWriter(header: ReinforcementProgress.csvHeader.split(separator: ",").map(String.init))
        for item in sessions {
            csv.append([
                .text(item.session.managerID?.rawValue ?? ""), .text(item.session.repID.rawValue),
                .text(item.session.investmentID.rawValue), CSVWriter.number(item.session.number),
                .text(item.session.scheduledOn.description), .text(item.heldOn?.description ?? ""),
                .text(item.status.rawValue), .number(item.daysLate.map(String.init) ?? ""),
            ])
        }
        return csv.text
    }
}
