import Foundation
public import SalesCompetency

extension StoreConformanceCheck {
    /// Checks the ``AuditTrail`` requirements.
    ///
    /// - Parameter makeEmptyStore: Makes a fresh, empty trail; called once per check.
    /// - Throws: ``StoreConformanceError`` naming the first requirement broken, or an error of the store.
    public func checkAuditTrail<Store: AuditTrail>(_ makeEmptyStore: () async throws -> Store) async throws {
        let always = (Date(timeIntervalSince1970: -1e12), Date(timeIntervalSince1970: 1e12))
        func entry(_ at: Double, _ subject: String) -> AuditEntry {
            AuditEntry(
                at: Date(timeIntervalSince1970: at), actor: "conformance", action: .documentSaved, subject: subject,
                detail: "")
        }

        var requirement = "audit.emptyTrailIsEmpty"
        var store = try await makeEmptyStore()
        try Self.expect(
            try await store.auditEntries(from: always.0, before: always.1).isEmpty, requirement,
            "an empty trail returned entries")

        requirement = "audit.roundTripsEveryField"
        store = try await makeEmptyStore()
        let exact = [
            AuditEntry(
                at: Date(timeIntervalSince1970: 1_743_465_600.123_456), actor: "Ana Müller ✓",
                action: "host.custom-action", subject: "scoring-policies/../default#2",
                detail: "line one\nline two, \"quoted\""),
            AuditEntry(
                at: Date(timeIntervalSince1970: -86_400), actor: "", action: .storeMigrated, subject: "", detail: ""),
        ]
        try await store.record(exact)
        let read = try await store.auditEntries(from: always.0, before: always.1)
        try Self.expect(read == exact, requirement, "recorded \(exact) but read back \(read)")

        requirement = "audit.filtersHalfOpenInterval"
        store = try await makeEmptyStore()
        try await store.record([entry(99, "before"), entry(100, "start"), entry(150, "inside")])
        try await store.record([entry(200, "end")])
        let window = try await store.auditEntries(
            from: Date(timeIntervalSince1970: 100), before: Date(timeIntervalSince1970: 200))
        try Self.expect(
            window.map(\.subject) == ["start", "inside"], requirement,
            "[100, 200) gave \(window.map(\.subject)), expected [start, inside]")

        requirement = "audit.keepsRecordingOrder"
        store = try await makeEmptyStore()
        try await store.record([entry(300, "first")])
        try await store.record([entry(100, "second, clock set back"), entry(200, "third")])
        let ordered = try await store.auditEntries(from: always.0, before: always.1)
        try Self.expect(
            ordered.map(\.subject) == ["first", "second, clock set back", "third"], requirement,
            "entries came back as \(ordered.map(\.subject))")
    }
}
