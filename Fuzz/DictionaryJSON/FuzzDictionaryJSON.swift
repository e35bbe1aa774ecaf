import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// Reads arbitrary bytes as a dictionary JSON document; whatever imports must export, import again and compare
/// equal, and export to the same bytes the second time (the export is canonical).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDictionaryJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? CompetencyDictionary.validate(json: data, file: "fuzz.json")
    guard let first = try? CompetencyDictionary(json: data, file: "fuzz.json") else { return 0 }
    let exported = try! first.encodedJSON()
    let second = try! CompetencyDictionary(json: exported, file: "exported.json")
    precondition(second == first, "dictionary JSON round trip changed the dictionary")
    precondition(try! second.encodedJSON() == exported, "dictionary JSON export is not canonical")
    // Every lookup must answer for every id the document holds.
    for competency in first.competencies { precondition(first.competency(competency.id) == competency) }
    for role in first.roles { precondition(first.role(role.id) == role) }
    for area in first.areasOfExpertise { precondition(first.areaOfExpertise(area.id) == area) }
    return 0
}
