import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// Reads arbitrary bytes as a CRM export with the default columns and labels. Deals that read are written back
/// as CSV, read again and must compare equal; the outcome metrics over them must compute without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOpportunityCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let decoded = try? JSONDecoder().decode([Opportunity].self, from: data) {
        let again = try! JSONDecoder().decode([Opportunity].self, from: JSONEncoder().encode(decoded))
        precondition(again == decoded, "opportunity JSON round trip changed the deals")
    }
    guard let text = String(data: data, encoding: .utf8) else { return 0 }
    let reader = OpportunityReader(stages: try! StageLabels(won: ["won"], lost: ["lost"], unknownIsOpen: true))
    guard let first = try? reader.read(csvText: text, name: "fuzz.csv") else { return 0 }
    var writer = CSVWriter(
        header: ["opportunity_id", "owner", "account", "opened_on", "closed_on", "stage", "value"],
        guardsFormulas: false)
    for deal in first {
        writer.append([
            deal.id.rawValue, deal.ownerID.rawValue, deal.accountID?.rawValue ?? "", deal.opened?.description ?? "",
            deal.closed?.description ?? "", deal.outcome.rawValue, "\(deal.value)",
        ])
    }
    let second: [Opportunity]
    do {
        second = try reader.read(csvText: writer.text, name: "written.csv")
    } catch {
        preconditionFailure("deals that read do not read back after writing: \(error)\n\(writer.text)")
    }
    precondition(second == first, "opportunity CSV round trip changed the deals")
    let metrics = OutcomeMetrics(first)
    _ = metrics.byRep()
    _ = metrics.byPeriod()
    return 0
}
