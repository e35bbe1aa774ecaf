import Foundation
import SalesCompetencyTesting
import Testing

@testable import SalesCompetency

struct FileStoreTests {
    let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z
    struct Injected: Error {}

    func version(_ id: String, _ number: Int, _ text: String = "{}") throws -> DocumentVersion {
        try DocumentVersion(
            collection: .rosters, id: id, number: number, savedAt: start, author: "t", payload: Data(text.utf8))
    }

    func batch(_ index: Int, size: Int = 3) throws -> [Activity] {
        try (0..<size).map {
            try Activity(
                repID: Rep.ID(rawValue: "rep-\(index)"), taskID: "calls", day: Day(daysSinceEpoch: 20_000 + $0),
                quantity: Double(index) + Double($0) / 4)
        }
    }

    func allActivities(_ store: FileStore) throws -> [Activity] {
        try store.activities(from: Day(daysSinceEpoch: 0), through: Day(daysSinceEpoch: 100_000), reps: nil)
    }

    func fileSize(_ url: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
    }

    @Test func passesTheConformanceCheck() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        var made = 0
        try await StoreConformanceCheck().run {
            made += 1
            return try FileStore(directory: temporary.child("store-\(made)"), clock: FixedClock(start))
        }
        #expect(made == StoreConformanceCheck.requirements.count)
    }

    @Test func keepsEverythingAcrossReopening() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        var store: FileStore? = try FileStore(directory: temporary.url, clock: FixedClock(start))
        try store?.save(version("team-a", 1))
        _ = try store?.append(batch(0))
        try store?.record([AuditEntry(at: start, actor: "a", action: .documentSaved, subject: "x")])
        store = nil  // releases the lock
        let reopened = try FileStore(directory: temporary.url, clock: FixedClock(start))
        #expect(try reopened.versions(of: "team-a", in: .rosters) == [try version("team-a", 1)])
        #expect(try allActivities(reopened) == (try batch(0)))
        #expect(try reopened.auditEntries(from: start, before: start.addingTimeInterval(1)).count == 1)
        #expect(reopened.recovery == FileStore.Recovery(tornBytesCut: 0, migratedFrom: nil))
    }

    @Test func aFailedWriteLeavesThePreviousDocumentIntact() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        try store.save(version("team-a", 1, #"{"old":true}"#))
        let file = temporary.url.appendingPathComponent("documents/rosters/team-a.json")
        let before = try Data(contentsOf: file)
        store.writeFault.withLock { $0 = { _ in throw Injected() } }
        #expect(throws: Injected.self) { try store.save(version("team-a", 2, #"{"new":true}"#)) }
        #expect(try Data(contentsOf: file) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["team-a.json"])
        #expect(try store.versions(of: "team-a", in: .rosters).map(\.number) == [1])
        store.writeFault.withLock { $0 = nil }
        try store.save(version("team-a", 2, #"{"new":true}"#))
        #expect(try store.versions(of: "team-a", in: .rosters).map(\.number) == [1, 2])
    }

    @Test(arguments: [1, 15, 47, 48, 49, 100, 4096])
    func cutsATornTailOnlyAsAWriterAndKeepsEveryAcknowledgedBatch(tornBytes: Int) throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let log = temporary.url.appendingPathComponent("journal.log")
        do {
            let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
            for index in 0..<3 { _ = try store.append(batch(index)) }
        }
        let acknowledged = try fileSize(log)
        // What a crash leaves after the acknowledged end: the start of a fourth frame, or a zero-filled tail.
        let body = try ActivityBatchCoding.encode(try batch(3))
        let meta = try JournalFrame.Meta(key: "k", source: "").encoded()
        let header = JournalFrame.Header(kind: .activities, sequence: 3, meta: meta, body: body, rowCount: 3)
        let frame =
            tornBytes == 4096 ? [UInt8](repeating: 0, count: 4096) : JournalFrame.bytes(header, meta: meta, body: body)
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(frame.prefix(tornBytes)))
        try handle.close()

        // A reader sees the acknowledged batches and changes nothing.
        let reader = try FileStore(directory: temporary.url, clock: FixedClock(start), options: .init(readOnly: true))
        #expect(try reader.batchCount() == 3)
        #expect(try allActivities(reader) == (try batch(0) + batch(1) + batch(2)))
        #expect(try fileSize(log) == acknowledged + tornBytes)
        #expect(try FileStore.verify(directory: temporary.url).unacknowledgedBytes == tornBytes)
        let refused = #expect(throws: StoreError.self) { try reader.append(batch(3)) }
        #expect(refused?.code == .readOnly)

        // A writer cuts the tail before it appends.
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        #expect(try store.append(batch(3)).sequence == 3)
        #expect(store.recovery.tornBytesCut == tornBytes)
        #expect(try allActivities(store).count == 12)
        #expect(try FileStore.verify(directory: temporary.url).isIntact)
    }

    @Test func reportsACorruptChecksumMidFileWithoutLosingAnything() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let log = temporary.url.appendingPathComponent("journal.log")
        do {
            let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
            try store.save(version("team-a", 1))
            for index in 0..<3 { _ = try store.append(batch(index)) }
        }
        var bytes = try Data(contentsOf: log)
        let frames = try FileStore.verify(directory: temporary.url)
        #expect(frames.intactFrames == 4 && frames.intactBatches == 3)
        bytes[bytes.count - 10] ^= 0x01  // one bit of the last batch's activities
        try bytes.write(to: log)

        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        let error = #expect(throws: StoreError.self) { try allActivities(store) }
        #expect(error?.code == .corruptFile && error?.path == log.path)
        #expect(error?.message.contains("checksum mismatch in the activities of frame 3") == true)
        // Batches outside the damaged one's days are read without touching it.
        #expect(try store.batchCount() == 3)
        #expect(try Data(contentsOf: log) == bytes)  // nothing truncated
        #expect(try store.versions(of: "team-a", in: .rosters).count == 1)  // the documents are still readable
    }

    @Test func namesADocumentFileThatDoesNotParse() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        try store.save(version("team-a", 1))
        try store.save(version("team-b", 1))
        let file = temporary.url.appendingPathComponent("documents/rosters/team-a.json")
        try Data("[{\"trunc".utf8).write(to: file)
        let error = #expect(throws: StoreError.self) { try store.versions(of: "team-a", in: .rosters) }
        #expect(error?.code == .corruptFile && error?.path == file.path)
        #expect(throws: StoreError.self) { try store.save(version("team-a", 2)) }
        #expect(try Data(contentsOf: file) == Data("[{\"trunc".utf8))
        #expect(try store.versions(of: "team-b", in: .rosters).count == 1)
    }

    @Test func letsWritersTakeTurnsAndReadersReadBesideThem() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let first = try FileStore(directory: temporary.url, clock: FixedClock(start))
        let second = try FileStore(directory: temporary.url, clock: FixedClock(start))
        let reader = try FileStore(directory: temporary.url, clock: FixedClock(start), options: .init(readOnly: true))
        #expect(try first.append(batch(0)).sequence == 0)
        #expect(try second.append(batch(1)).sequence == 1)  // sees the first writer's batch
        #expect(try second.append(batch(0)).alreadyStored)  // and its key
        #expect(try reader.batchCount() == 2)
        first.close()
        #expect(throws: StoreError.self) { try first.batchCount() }
    }

    /// Batches of 4,096 activities or more are keyed and encoded on two cores at once: the key, the stored
    /// activities and the idempotency are those of a batch built the ordinary way, with a bad day still refused.
    @Test func aLargeAppendKeysAndStoresLikeAnyOther() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        let large = try batch(7, size: 5_000)
        let receipt = try store.append(large)
        #expect(receipt.key == ActivityBatch.contentKey(of: large, source: ""))
        #expect(receipt.count == 5_000)
        #expect(try allActivities(store) == large)
        #expect(try store.append(ActivityBatch(large, source: ""), auditing: []).alreadyStored)
        #expect(try store.append(large).alreadyStored)
        let outOfRange =
            large + [
                try Activity(repID: "rep-x", taskID: "calls", day: Day(daysSinceEpoch: 3_000_000_000), quantity: 1)
            ]
        #expect(throws: StoreError.self) { try store.append(outOfRange) }
        #expect(try store.batchCount() == 1)
    }

    @Test func waitsABoundedTimeForALockHeldByAnotherProcess() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let writer = try FileStore(directory: temporary.url, clock: FixedClock(start))
        _ = try writer.append(batch(0))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/flock") else { return }
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        let ready = temporary.child("held")
        holder.arguments = [temporary.url.path + "/lock", "sh", "-c", "touch '\(ready.path)'; sleep 30"]
        try holder.run()
        defer { holder.terminate() }
        while !FileManager.default.fileExists(atPath: ready.path) { usleep(10_000) }
        let error = #expect(throws: StoreError.self) {
            try FileStore(
                directory: temporary.url, clock: FixedClock(start), options: .init(lockTimeout: .milliseconds(50)))
        }
        #expect(error?.code == .locked)
        // A reader is not blocked by the writer's lock.
        let reader = try FileStore(directory: temporary.url, clock: FixedClock(start), options: .init(readOnly: true))
        #expect(try allActivities(reader) == (try batch(0)))
    }

    @Test func neverLetsAnIDBecomeAPath() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let root = temporary.child("store")
        let store = try FileStore(directory: root, clock: FixedClock(start))
        for id in ["../escape", "/etc/passwd", "a/b", "..", "."] { try store.save(version(id, 1)) }
        try store.save(
            DocumentVersion(
                collection: "../../outside", id: "x", number: 1, savedAt: start, author: "t", payload: Data()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path) == ["store"])
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path + "/documents/rosters").sorted()
        #expect(names == ["%2E%2E%2Fescape.json", "%2E%2E.json", "%2E.json", "%2Fetc%2Fpasswd.json", "a%2Fb.json"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path + "/documents").sorted()
                == ["%2E%2E%2F%2E%2E%2Foutside", "rosters"])
        #expect(try store.documentIDs(in: .rosters) == ["..", "../escape", ".", "/etc/passwd", "a/b"].sorted())
        let error = #expect(throws: StoreError.self) { try store.save(version(String(repeating: "x", count: 300), 1)) }
        #expect(error?.code == .invalidID)
    }

    /// Writes a version 2 store by hand: the activity and audit logs, one document, and the schema file.
    func writeVersionTwoStore(at url: URL, auditTrail: Bool = true) throws {
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("documents/rosters"), withIntermediateDirectories: true)
        var activity = try FramedLog(path: url.path + "/activity.log")
        try activity.append(try ActivityBatchCoding.encode(try batch(0)))
        try activity.append(try ActivityBatchCoding.encode(try batch(0)))  // imported twice, as version 2 allowed
        activity.close()
        if auditTrail {
            var audit = try FramedLog(path: url.path + "/audit.log")
            try audit.append(
                try FileStore.auditPayload([
                    AuditEntry(at: start, actor: "ana", action: .activitiesAppended, subject: "activities#0")
                ]))
            audit.close()
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode([try version("team-a", 1)]).write(
            to: url.appendingPathComponent("documents/rosters/team-a.json"))
        let schema = #"{"format":"swift-sales-competency/file-store","version":\#(auditTrail ? 2 : 1)}"#
        try Data(schema.utf8).write(to: url.appendingPathComponent("schema.json"))
    }

    @Test(arguments: [1, 2])
    func migratesOlderDirectoriesAndSaysSoInTheAuditTrail(from oldVersion: Int) throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        try writeVersionTwoStore(at: temporary.url, auditTrail: oldVersion == 2)
        let reader = #expect(throws: StoreError.self) {
            try FileStore(directory: temporary.url, clock: FixedClock(start), options: .init(readOnly: true))
        }
        #expect(reader?.code == .unsupportedSchema)  // a reader never migrates

        let clock = ManualClock(start)
        clock.advance(by: .seconds(3_600))
        let store = try FileStore(directory: temporary.url, clock: clock)
        #expect(store.recovery.migratedFrom == oldVersion)
        let schema = String(decoding: try Data(contentsOf: temporary.child("schema.json")), as: UTF8.self)
        #expect(schema == #"{"format":"swift-sales-competency\/file-store","version":3}"# + "\n")
        let trail = try store.auditEntries(from: start, before: start.addingTimeInterval(86_400))
        #expect(trail.map(\.action).filter { $0 == .storeMigrated }.count == (oldVersion == 1 ? 2 : 1))
        #expect(trail.last?.detail.hasPrefix("schema version 2 to 3") == true)
        #expect(try store.versions(of: "team-a", in: .rosters).count == 1)
        #expect(try allActivities(store) == (try batch(0) + batch(0)))  // both old batches, each with its own key
        #expect(!FileManager.default.fileExists(atPath: temporary.child("activity.log").path))
        #expect(try FileStore.verify(directory: temporary.url).isIntact)
        store.close()
        #expect(try FileStore(directory: temporary.url, clock: clock).recovery.migratedFrom == nil)
    }

    @Test func finishesAnInitialisationACrashInterrupted() throws {
        // Found by the crash test: killed after writing the temporary schema file, before renaming it.
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        try Data().write(to: temporary.child("lock"))
        try Data("{\"format\":".utf8).write(to: temporary.child(".schema.json.tmp"))
        let store = try FileStore(directory: temporary.url, clock: FixedClock(start))
        #expect(try store.batchCount() == 0)
        #expect(FileManager.default.fileExists(atPath: temporary.child("schema.json").path))
    }

    @Test func refusesNewerForeignAndDamagedSchemas() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let cases: [(String?, StoreError.Code)] = [
            (#"{"format":"swift-sales-competency/file-store","version":4}"#, .unsupportedSchema),
            (#"{"format":"something-else","version":1}"#, .unsupportedSchema),
            ("{not json", .corruptFile),
            (nil, .unsupportedSchema),  // no schema.json but other files: not a store
        ]
        for (index, (schema, code)) in cases.enumerated() {
            let directory = temporary.child("case-\(index)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data("keep me".utf8).write(to: directory.appendingPathComponent("notes.txt"))
            if let schema { try Data(schema.utf8).write(to: directory.appendingPathComponent("schema.json")) }
            let error = #expect(throws: StoreError.self) {
                try FileStore(directory: directory, clock: FixedClock(start))
            }
            #expect(error?.code == code, "case \(index)")
            #expect(error?.description.contains(directory.path) == true, "case \(index)")
            #expect(try Data(contentsOf: directory.appendingPathComponent("notes.txt")) == Data("keep me".utf8))
        }
    }

    @Test func stampsAuditEntriesFromAManualClock() async throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let clock = ManualClock(start)
        let store = try FileStore(directory: temporary.url, clock: clock)
        let session = StoreSession(store: store, clock: clock, actor: "ana")
        try await session.documents([String].self, in: .rosters).save(["rep-1"], id: "team-a")
        clock.advance(by: .seconds(86_400))
        try await session.appendActivities(try batch(0))
        let trail = try store.auditEntries(from: start, before: start.addingTimeInterval(2 * 86_400))
        #expect(trail.map(\.at) == [start, start.addingTimeInterval(86_400)])
        #expect(
            trail.map(\.subject) == ["rosters/team-a#1", "activities/" + ActivityBatch(try batch(0), source: "").key])
        #expect(try store.versions(of: "team-a", in: .rosters).first?.savedAt == start)
    }
}
