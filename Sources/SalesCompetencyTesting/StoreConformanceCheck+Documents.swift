import Foundation
public import SalesCompetency

extension StoreConformanceCheck {
    /// Checks the ``DocumentStore`` requirements.
    ///
    /// - Parameter makeEmptyStore: Makes a fresh, empty store; called once per check.
    /// - Throws: ``StoreConformanceError`` naming the first requirement broken, or an error of the store.
    public func checkDocumentStore<Store: DocumentStore>(_ makeEmptyStore: () async throws -> Store) async throws {
        let collection: DocumentCollection = "conformance"
        func version(_ id: String, _ number: Int, in collection: DocumentCollection = collection) throws
            -> DocumentVersion
        {
            try DocumentVersion(
                collection: collection, id: id, number: number, effectiveFrom: Day(daysSinceEpoch: 20_000 + number),
                savedAt: Date(timeIntervalSince1970: 1_743_465_600.25 + Double(number)), author: "conformance",
                payload: Data("{\"n\":\(number)}".utf8))
        }

        var requirement = "documents.emptyStoreIsEmpty"
        var store = try await makeEmptyStore()
        try Self.expect(
            try await store.versions(of: "missing", in: collection).isEmpty, requirement,
            "versions(of:in:) of an unknown document is not empty")
        try Self.expect(
            try await store.documentIDs(in: collection).isEmpty, requirement,
            "documentIDs(in:) of an unknown collection is not empty")

        requirement = "documents.roundTripsEveryField"
        store = try await makeEmptyStore()
        let exact = try DocumentVersion(
            collection: collection, id: "policy", number: 1, effectiveFrom: Day(daysSinceEpoch: -25_567),
            savedAt: Date(timeIntervalSince1970: 1_743_465_600.123_456), author: "Ana Müller ✓",
            payload: Data([0x00, 0xFF, 0x7B, 0x0A, 0x22, 0x5C, 0x80]))
        try await store.save(exact)
        let undated = try DocumentVersion(
            collection: collection, id: "policy", number: 2, effectiveFrom: nil,
            savedAt: Date(timeIntervalSince1970: -1.5), author: "", payload: Data())
        try await store.save(undated)
        let read = try await store.versions(of: "policy", in: collection)
        try Self.expect(read == [exact, undated], requirement, "saved \([exact, undated]) but read back \(read)")

        requirement = "documents.listsVersionsInOrder"
        store = try await makeEmptyStore()
        for number in 1...5 { try await store.save(try version("history", number)) }
        let numbers = try await store.versions(of: "history", in: collection).map(\.number)
        try Self.expect(numbers == [1, 2, 3, 4, 5], requirement, "versions came back numbered \(numbers)")

        requirement = "documents.rejectsOutOfSequenceVersions"
        store = try await makeEmptyStore()
        try await Self.expectStoreError(.conflict, requirement, "saving version 2 of a new document") {
            try await store.save(try version("gap", 2))
        }
        for number in 1...3 { try await store.save(try version("gap", number)) }
        try await Self.expectStoreError(.conflict, requirement, "saving version 5 after 3") {
            try await store.save(try version("gap", 5))
        }
        try await Self.expectStoreError(.conflict, requirement, "saving version 3 again") {
            try await store.save(try version("gap", 3))
        }
        let afterConflicts = try await store.versions(of: "gap", in: collection)
        try Self.expect(
            afterConflicts == [try version("gap", 1), try version("gap", 2), try version("gap", 3)], requirement,
            "a rejected save changed the stored versions to \(afterConflicts.map(\.number))")

        requirement = "documents.keepsUnusualIDsDistinct"
        store = try await makeEmptyStore()
        let ids = ["../escape", "a/b", "/etc/passwd", ".", "..", "A", "a", "Ä", "x y", "%41", "con", "a.json", "-"]
        for (offset, id) in ids.enumerated() {
            var saved = try version(id, 1)
            saved.payload = Data(id.utf8)
            saved.author = "\(offset)"
            try await store.save(saved)
        }
        for id in ids {
            let versions = try await store.versions(of: id, in: collection)
            try Self.expect(
                versions.count == 1 && versions[0].id == id && versions[0].payload == Data(id.utf8), requirement,
                "id \"\(id)\" read back as \(versions.map { ($0.id, String(decoding: $0.payload, as: UTF8.self)) })")
        }
        let listed = try await store.documentIDs(in: collection)
        try Self.expect(
            listed == ids.sorted(), requirement, "documentIDs(in:) gave \(listed), expected \(ids.sorted())")
        let otherCollection: DocumentCollection = "../conformance"
        try Self.expect(
            try await store.documentIDs(in: otherCollection).isEmpty, requirement,
            "collection \"../conformance\" is not separate from \"conformance\"")

        requirement = "documents.separatesCollections"
        store = try await makeEmptyStore()
        let other: DocumentCollection = "conformance-other"
        try await store.save(try version("shared", 1))
        try await store.save(try version("shared", 1, in: other))
        try await store.save(try version("shared", 2, in: other))
        let counts = (
            try await store.versions(of: "shared", in: collection).count,
            try await store.versions(of: "shared", in: other).count
        )
        try Self.expect(
            counts == (1, 2), requirement, "the same id in two collections has \(counts.0) and \(counts.1) versions")

        requirement = "documents.oneOfConcurrentSavesWins"
        store = try await makeEmptyStore()
        let racing = store
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    var candidate = try version("race", 1)
                    candidate.author = "writer \(writer)"
                    do {
                        try await racing.save(candidate)
                        return true
                    } catch let error as StoreError where error.code == .conflict {
                        return false
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        let winners = outcomes.filter { $0 }.count
        let stored = try await store.versions(of: "race", in: collection)
        try Self.expect(
            winners == 1 && stored.count == 1, requirement,
            "8 concurrent saves of version 1: \(winners) succeeded, \(stored.count) stored")
    }
}
