import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// Reads arbitrary bytes as a roster CSV and as roster JSON. A roster that reads is written back as CSV (every
/// optional column) and as JSON, read again, and must compare equal; every rep's primary role and employment
/// must answer without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRosterCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let decoded = try? JSONDecoder().decode(Roster.self, from: data) { check(decoded) }
    guard let text = String(data: data, encoding: .utf8), let first = try? Roster(csvText: text, name: "fuzz.csv")
    else { return 0 }
    check(first)
    var writer = CSVWriter(
        header: ["rep_id", "role", "manager_id", "hired_on", "left_on", "departure"], guardsFormulas: false)
    for rep in first {
        writer.append([
            rep.id.rawValue, rep.roleIDs.map(\.rawValue).joined(separator: ";"), rep.managerID?.rawValue ?? "",
            rep.hiredOn?.description ?? "", rep.leftOn?.description ?? "", rep.departure?.rawValue ?? "",
        ])
    }
    let second: Roster
    do {
        second = try Roster(csvText: writer.text, name: "written.csv")
    } catch {
        preconditionFailure("a roster that read does not read back after writing: \(error)\n\(writer.text)")
    }
    precondition(second == first, "roster CSV round trip changed the roster")
    let third = try! JSONDecoder().decode(Roster.self, from: JSONEncoder().encode(first))
    precondition(third == first, "roster JSON round trip changed the roster")
    return 0
}

/// Touches every rep's derived values, which must not trap for a roster that was accepted.
func check(_ roster: Roster) {
    for rep in roster {
        _ = rep.primaryRoleID
        _ = rep.isEmployed(on: rep.hiredOn ?? rep.leftOn ?? Day(daysSinceEpoch: 0))
        precondition(roster[rep.id] == rep, "lookup by id disagrees with iteration")
        _ = roster.directReports(of: rep.id)
    }
}
