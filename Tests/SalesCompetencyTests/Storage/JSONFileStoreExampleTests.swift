import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

struct JSONFileStoreExampleTests {
    @Test func theArticlesExampleStorePassesTheConformanceCheck() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        var made = 0
        try await StoreConformanceCheck().run {
            made += 1
            return try JSONFileStore(url: temporary.child("store-\(made).json"))
        }
    }

    @Test func theArticlesExampleStoreKeepsItsDataAcrossReopening() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let url = temporary.child("store.json")
        let start = Date(timeIntervalSince1970: 1_735_689_600)
        let session = StoreSession(store: try JSONFileStore(url: url), clock: FixedClock(start), actor: "ana")
        try await session.documents([String].self, in: .rosters).save(["rep-1"], id: "team-a")
        let reopened = try JSONFileStore(url: url)
        #expect(await reopened.versions(of: "team-a", in: .rosters).map(\.author) == ["ana"])
        #expect(await reopened.auditEntries(from: start, before: start.addingTimeInterval(1)).count == 1)
    }
}
