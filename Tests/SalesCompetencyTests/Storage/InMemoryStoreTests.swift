import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

struct InMemoryStoreTests {
    @Test func passesTheConformanceCheck() async throws {
        try await StoreConformanceCheck().run { InMemoryStore() }
    }
}
