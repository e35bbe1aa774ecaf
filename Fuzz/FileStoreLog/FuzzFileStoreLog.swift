import Foundation

#if canImport(SalesCompetency)
    import SalesCompetency
#endif

/// The first byte picks a file of a fresh file store (0 `journal.log`, 1 `head`, 2 a document, 3
/// `schema.json`); the rest of the input replaces that file. Opening the store must then either fail with a
/// `StoreError` or open, and every read must either fail with a `StoreError` or succeed. What reads is copied
/// into a second store and must read back equal; a batch appended after recovery must stay, with everything
/// read before, when the store is opened again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFileStoreLog(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let selector = bytes.first else { return 0 }
    let files = ["journal.log", "head", "documents/activity-snapshots/2025-03.json", "schema.json"]
    let file = files[Int(selector) % files.count]
    let directory = scratch.appendingPathComponent("store")
    let copy = scratch.appendingPathComponent("copy")
    for url in [directory, copy] { try? FileManager.default.removeItem(at: url) }
    do {
        try FileStore(directory: directory, clock: clock).close()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("documents/activity-snapshots"), withIntermediateDirectories: true)
        try Data(bytes.dropFirst()).write(to: directory.appendingPathComponent(file))
    } catch {
        preconditionFailure("cannot prepare the store: \(error)")
    }

    guard let store = storeCall("open", { try FileStore(directory: directory, clock: clock) }) else { return 0 }
    let activities = storeCall("activities") { try store.activities(from: first, through: last, reps: nil) }
    let audit = storeCall("audit") { try store.auditEntries(from: .distantPast, before: .distantFuture) }
    let ids = storeCall("documentIDs") { try store.documentIDs(in: "activity-snapshots") } ?? []
    var documents: [[DocumentVersion]] = []
    for id in ids {
        guard let versions = storeCall("versions", { try store.versions(of: id, in: "activity-snapshots") }) else {
            continue
        }
        documents.append(versions)
    }

    // Copy what read into a second store: it must read back the same.
    let second = try! FileStore(directory: copy, clock: clock)
    if let activities, !activities.isEmpty {
        _ = try! second.append(activities)
        precondition(try! second.activities(from: first, through: last, reps: nil) == activities)
    }
    if let audit, !audit.isEmpty {
        try! second.record(audit)
        precondition(try! second.auditEntries(from: .distantPast, before: .distantFuture) == audit)
    }
    for versions in documents where !versions.isEmpty {
        for version in versions { try! second.save(version) }
        precondition(try! second.versions(of: versions[0].id, in: "activity-snapshots") == versions)
    }
    second.close()

    // A batch appended to the recovered log stays, after everything read before it.
    guard let activities, let batch = activities.first.map({ [$0] }),
        let receipt = storeCall(
            "append",
            { try store.append(ActivityBatch(batch, source: "fuzz", key: "fuzz-after-recovery"), auditing: []) })
    else {
        store.close()
        return 0
    }
    store.close()
    let reopened = try! FileStore(directory: directory, clock: clock)
    precondition(reopened.recovery.tornBytesCut == 0, "a clean log was cut on reopening")
    precondition(
        try! reopened.activities(from: first, through: last, reps: nil)
            == activities + (receipt.alreadyStored ? [] : batch),
        "the log lost activities across a reopen")
    reopened.close()
    return 0
}

let scratch = URL(
    fileURLWithPath: (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        + "/fuzz-filestore-\(ProcessInfo.processInfo.processIdentifier)")
let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))
let first = Day(daysSinceEpoch: -3_000_000)
let last = Day(daysSinceEpoch: 3_000_000)

/// Runs a store call: a `StoreError` gives `nil`; any other error is a bug.
func storeCall<T>(_ name: String, _ body: () throws -> T) -> T? {
    do {
        return try body()
    } catch is StoreError {
        return nil
    } catch {
        preconditionFailure("\(name) threw a \(type(of: error)), not a StoreError: \(error)")
    }
}
