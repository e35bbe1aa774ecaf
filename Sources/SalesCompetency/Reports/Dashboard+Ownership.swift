extension Dashboard {
    /// Adds the ownership findings: for each investment whose owner is not set up to succeed (carries a quota,
    /// has no sales role, owns too many live programmes, is the vendor's contact, has left or is not on the
    /// roster) or that has no measurable goal, one plain sentence.
    ///
    /// - Parameters:
    ///   - findings: The findings of ``OwnershipCheck``.
    ///   - investmentsChecked: How many investments were checked, for the summary line.
    ///   - title: The section heading.
    /// - Complexity: O(findings).
    public mutating func addOwnership(
        _ findings: [OwnershipFinding], investmentsChecked: Int, title: String = "Programme ownership"
    ) {
        let flagged = Set(findings.map(\.investmentID)).count
        let intro =
            findings.isEmpty
            ? "Every one of the \(investmentsChecked) investments has one owner set up to succeed and a measurable goal."
            : "\(flagged) of \(investmentsChecked) investments need attention: each needs one accountable owner "
                + "without a quota, with sales experience, not stretched over other programmes and not the vendor, "
                + "and a goal that can be measured."
        // Without findings the sentence says it all: no table of headings over nothing.
        let table: [HTMLFragment] =
            findings.isEmpty
            ? []
            : [
                .table(
                    header: ["Investment", "Owner", "Finding", "What to do"],
                    rows: findings.map {
                        [$0.investmentID.rawValue, $0.ownerID.rawValue, $0.kind.rawValue, $0.message]
                    })
            ]
        addSection(title, [.paragraph(intro)] + table)
    }
}
