import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

struct StoreSessionTests {
    let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

    @Test func keepsTheLibrarysOwnTypesInAFileStore() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let roster = try Roster(csvText: "rep_id,role,manager_id\nm-1,manager,\nrep-1,consultant,m-1\n")
        do {
            let session = StoreSession(
                store: try FileStore(directory: temporary.url, clock: FixedClock(start)), clock: FixedClock(start),
                actor: "ana")
            try await session.dictionaries.save(.builtIn, id: "world-class")
            try await session.roleExpertiseMaps.save(.builtIn, id: "table-a1")
            try await session.proficiencyScales.save(.standard, id: "standard")
            try await session.rosters.save(roster, id: "org", effectiveFrom: try Day(parsing: "2025-01-01"))
        }
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        let session = StoreSession(store: store, clock: FixedClock(start), actor: "bo")
        #expect(try await session.dictionaries.latest("world-class") == CompetencyDictionary.builtIn)
        #expect(try await session.roleExpertiseMaps.latest("table-a1") == RoleExpertiseMap.builtIn)
        #expect(try await session.proficiencyScales.latest("standard") == ProficiencyScale.standard)
        #expect(try await session.rosters.document("org", inEffectOn: try Day(parsing: "2025-06-30")) == roster)
        #expect(try await session.rosters.document("org", inEffectOn: try Day(parsing: "2024-12-31")) == nil)
        let trail = try store.auditEntries(from: start, before: start.addingTimeInterval(1))
        #expect(
            trail.map(\.subject) == [
                "dictionaries/world-class#1", "role-expertise-maps/table-a1#1", "proficiency-scales/standard#1",
                "rosters/org#1",
            ])
    }
}
