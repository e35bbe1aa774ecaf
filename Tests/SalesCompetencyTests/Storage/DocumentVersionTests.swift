import Foundation
import SalesCompetency
import Testing

struct DocumentVersionTests {
    func version(_ number: Int, from day: String?) throws -> DocumentVersion {
        try DocumentVersion(
            collection: .scoringPolicies, id: "default", number: number,
            effectiveFrom: day.map { try Day(parsing: $0) },
            savedAt: Date(timeIntervalSince1970: 0), author: "t", payload: Data())
    }

    @Test func picksTheVersionInEffectOnADay() throws {
        let versions = [
            try version(1, from: "2025-01-01"), try version(2, from: "2025-04-01"),
            try version(3, from: "2025-04-01"),  // a correction of version 2, same effective day
            try version(4, from: "2025-07-01"),
        ]
        func number(on day: String) throws -> Int? {
            DocumentVersion.inEffect(on: try Day(parsing: day), among: versions.shuffled())?.number
        }
        #expect(try number(on: "2024-12-31") == nil)
        #expect(try number(on: "2025-01-01") == 1)
        #expect(try number(on: "2025-03-31") == 1)
        #expect(try number(on: "2025-04-01") == 3)
        #expect(try number(on: "2025-06-30") == 3)
        #expect(try number(on: "2099-01-01") == 4)
    }

    @Test func anUndatedVersionAppliesFromTheBeginning() throws {
        let versions = [try version(1, from: nil), try version(2, from: "2025-04-01"), try version(3, from: nil)]
        // Before April the latest undated version (3) applies; from April the dated one wins.
        #expect(DocumentVersion.inEffect(on: try Day(parsing: "1900-01-01"), among: versions)?.number == 3)
        #expect(DocumentVersion.inEffect(on: try Day(parsing: "2025-04-01"), among: versions)?.number == 2)
    }

    @Test func hasAPinnedJSONShape() throws {
        let version = try DocumentVersion(
            collection: .scoringPolicies, id: "default", number: 2, effectiveFrom: try Day(parsing: "2025-04-01"),
            savedAt: Date(timeIntervalSince1970: 1_743_465_600.5), author: "ana", payload: Data("{}".utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(version), as: UTF8.self)
        #expect(
            json
                == #"{"author":"ana","collection":"scoring-policies","effectiveFrom":"2025-04-01","id":"default","number":2,"payload":"e30=","savedAt":1743465600.5}"#
        )
        #expect(try JSONDecoder().decode(DocumentVersion.self, from: Data(json.utf8)) == version)
    }

    @Test func rejectsInvalidVersions() throws {
        #expect(throws: StoreError.self) { try version(0, from: nil) }
        #expect(throws: StoreError.self) {
            try DocumentVersion(
                collection: "c", id: "", number: 1, savedAt: Date(timeIntervalSince1970: 0), author: "", payload: Data()
            )
        }
        let json = #"{"author":"a","collection":"c","id":"x","number":-1,"payload":"","savedAt":0}"#
        #expect(throws: StoreError.self) { try JSONDecoder().decode(DocumentVersion.self, from: Data(json.utf8)) }
    }
}
