import Foundation
import SalesCompetency
import SalesCompetencyTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The cases of the bad-input matrix, grouped by reader or calculator.
enum BadInputMatrix {

    static var cases: [BadInput] {
        rosterCases + opportunityCases + dictionaryJSONCases + dictionaryEditCases + investmentCases
            + calculatorCases + fileCases + scoringCases + storeCases + fileStoreCases
    }

    // MARK: File store on disk

    /// A file store in a fresh folder holding two imported batches; returns its directory.
    static func fileStoreWithTwoBatches(_ name: String) -> URL {
        let directory = URL(fileURLWithPath: ScratchFiles.missing(name))
        do {
            let store = try FileStore(directory: directory, clock: clock)
            _ = try store.append([try FaultInjectionTests.activity("r1", 2, 3)])
            _ = try store.append([try FaultInjectionTests.activity("r2", 3, 4)])
            store.close()
        } catch {
            preconditionFailure("cannot make the store: \(error)")
        }
        return directory
    }

    /// Runs `body` on the store in `directory` after `damage`, and reports whether `file` kept its bytes.
    static func onDisk(
        _ directory: URL, file: String, _ body: (URL) throws -> Void
    ) -> (error: (any Error)?, unchanged: Bool) {
        let path = directory.appendingPathComponent(file).path
        let before = FileManager.default.contents(atPath: path)
        var thrown: (any Error)?
        do { try body(directory) } catch { thrown = error }
        return (thrown, before != nil && FileManager.default.contents(atPath: path) == before)
    }

    static let fileStoreCases: [BadInput] = [
        BadInput(
            "File store", "damaged frame in the middle of the log",
            Reported(
                "StoreError", "corruptFile", file: "damaged-store/journal.log",
                "damaged-store/journal.log: checksum mismatch in the activities of frame 1 at byte 197; nothing was changed (FileStore.verify lists every damaged range, and repair salvages the valid batches into a new store)"
            ),
            state: .inputFile
        ) {
            let directory = fileStoreWithTwoBatches("damaged-store")
            let log = directory.appendingPathComponent("journal.log").path
            var bytes = [UInt8](FileManager.default.contents(atPath: log)!)
            bytes[bytes.count - 1] ^= 0xFF  // the last byte of the second batch
            #expect(FileManager.default.createFile(atPath: log, contents: Data(bytes)))
            return onDisk(directory, file: "journal.log") { directory in
                let store = try FileStore(directory: directory, clock: clock, options: .init(readOnly: true))
                defer { store.close() }
                _ = try store.activities(
                    from: Day(year: 2025, month: 1, day: 1)!, through: Day(year: 2025, month: 12, day: 31)!, reps: nil)
            }
        },
        BadInput(
            "File store", "schema from a newer version",
            Reported(
                "StoreError", "unsupportedSchema", file: "future-store/schema.json",
                "future-store/schema.json: schema version 99; this library reads versions 1 to 3"), state: .inputFile
        ) {
            let directory = fileStoreWithTwoBatches("future-store")
            #expect(
                FileManager.default.createFile(
                    atPath: directory.appendingPathComponent("schema.json").path,
                    contents: Data(#"{"format":"swift-sales-competency/file-store","version":99}"#.utf8)))
            return onDisk(directory, file: "journal.log") { _ = try FileStore(directory: $0, clock: clock) }
        },
        BadInput(
            "File store", "another writer holds the lock too long",
            Reported(
                "StoreError", "locked", file: "locked-store/lock",
                "locked-store/lock: another writer held the store for longer than the 0.0 seconds this writer waits"),
            state: .inputFile
        ) {
            let directory = fileStoreWithTwoBatches("locked-store")
            return onDisk(directory, file: "journal.log") { directory in
                let holder = open(directory.path + "/lock", O_RDWR)
                defer { close(holder) }
                _ = flock(holder, LOCK_EX)
                _ = try FileStore(directory: directory, clock: clock, options: .init(lockTimeout: .zero))
            }
        },
        BadInput(
            "File store", "a file given as the directory",
            Reported("StoreError", "io", file: "file-not-store", "file-not-store: exists and is not a directory"),
            state: .inputFile
        ) {
            let path = ScratchFiles.write(Array("not a store\n".utf8), named: "file-not-store")
            let url = URL(fileURLWithPath: path)
            return onDisk(url.deletingLastPathComponent(), file: url.lastPathComponent) { _ in
                _ = try FileStore(directory: url, clock: clock)
            }
        },
    ]

    static let utc = TimeZone(identifier: "UTC")!

    // MARK: Scoring files

    static let scoringCases: [BadInput] = {
        let activityHeader = "rep_id,task_id,occurred_on,quantity\n"
        func activities(_ name: String, _ text: String, _ expected: Reported) -> BadInput {
            BadInput("Activity CSV", name, expected) {
                _ = try ActivityLog(csvText: text, name: "activities.csv", timeZone: utc)
            }
        }
        let rulesHeader = "task_id,competency_id,role,monthly_target,weight\n"
        func rules(_ name: String, _ text: String, _ expected: Reported) -> BadInput {
            BadInput("Rules CSV", name, expected) {
                _ = try ScoringPolicy(rulesCSVText: text, name: "rules.csv", timeZone: utc)
            }
        }
        let assessmentHeader = "rep_id,competency_id,source,rating,assessed_on\n"
        func assessments(_ name: String, _ text: String, _ expected: Reported) -> BadInput {
            BadInput("Assessment CSV", name, expected) {
                _ = try AssessmentLog(csvText: text, name: "assessments.csv")
            }
        }
        return [
            activities(
                "empty file", "",
                Reported(
                    "InputError", "emptyFile", file: "activities.csv",
                    "activities.csv: the file is empty; expected a header rep_id,task_id,occurred_on,quantity")),
            activities(
                "missing column", "rep_id,task_id,occurred_on\nr1,emails,2025-01-02\n",
                Reported(
                    "InputError", "missingColumn", file: "activities.csv", line: 1, field: "quantity",
                    "activities.csv:1: field quantity: required column is missing (found: rep_id, task_id, occurred_on)"
                )),
            activities(
                "negative quantity", activityHeader + "r1,emails,2025-01-02,-3\n",
                Reported(
                    "InputError", "invalidValue", file: "activities.csv", line: 2, field: "quantity",
                    #"activities.csv:2: field quantity: "-3" is not a finite number ≥ 0"#)),
            activities(
                "NaN quantity", activityHeader + "r1,emails,2025-01-02,nan\n",
                Reported(
                    "InputError", "invalidValue", file: "activities.csv", line: 2, field: "quantity",
                    #"activities.csv:2: field quantity: "nan" is not a finite number ≥ 0"#)),
            activities(
                "infinite quantity", activityHeader + "r1,emails,2025-01-02,inf\n",
                Reported(
                    "InputError", "invalidValue", file: "activities.csv", line: 2, field: "quantity",
                    #"activities.csv:2: field quantity: "inf" is not a finite number ≥ 0"#)),
            activities(
                "huge quantity: overflows a double", activityHeader + "r1,emails,2025-01-02,1e999\n",
                Reported(
                    "InputError", "invalidValue", file: "activities.csv", line: 2, field: "quantity",
                    #"activities.csv:2: field quantity: "1e999" is not a finite number ≥ 0"#)),
            activities(
                "wrong type: date", activityHeader + "r1,emails,2nd of January,3\n",
                Reported(
                    "InputError", "invalidValue", file: "activities.csv", line: 2, field: "occurred_on",
                    #"activities.csv:2: field occurred_on: "2nd of January" is not a date YYYY-MM-DD or an ISO 8601 timestamp"#
                )),
            activities(
                "empty rep id", activityHeader + ",emails,2025-01-02,3\n",
                Reported(
                    "InputError", "missingValue", file: "activities.csv", line: 2, field: "rep_id",
                    "activities.csv:2: field rep_id: rep_id is empty")),
            rules(
                "header only", rulesHeader,
                Reported(
                    "InputError", "emptyFile", file: "rules.csv", line: 1,
                    "rules.csv:1: the file has a header (task_id,competency_id,role,monthly_target,weight) but no rules"
                )),
            rules(
                "unknown competency id", rulesHeader + "emails,cold-calling,consultant,10,1\n",
                Reported(
                    "InputError", "unknownID", file: "rules.csv", line: 2, field: "competency_id",
                    #"rules.csv:2: field competency_id: competency "cold-calling" is not in the dictionary"#)),
            rules(
                "unknown role id", rulesHeader + "emails,communicating-effectively,hunter,10,1\n",
                Reported(
                    "InputError", "unknownID", file: "rules.csv", line: 2, field: "role",
                    #"rules.csv:2: field role: role "hunter" is not in the dictionary"#)),
            rules(
                "duplicate rule",
                rulesHeader
                    + "emails,communicating-effectively,consultant,10,1\nemails,communicating-effectively,consultant,5,2\n",
                Reported(
                    "InputError", "duplicateID", file: "rules.csv", line: 3, field: "task_id",
                    "rules.csv:3: field task_id: rule emails → communicating-effectively for consultant is given twice (first on line 2)"
                )),
            rules(
                "zero target", rulesHeader + "emails,communicating-effectively,consultant,0,1\n",
                Reported(
                    "InputError", "invalidValue", file: "rules.csv", line: 2, field: "monthly_target",
                    #"rules.csv:2: field monthly_target: "0" is not a positive finite number"#)),
            rules(
                "huge weight", rulesHeader + "emails,communicating-effectively,consultant,10,1e300\n",
                Reported(
                    "InputError", "invalidValue", file: "rules.csv", line: 2, field: "weight",
                    #"rules.csv:2: field weight: "1e300" is more than the largest weight, 1000000000"#)),
            assessments(
                "rating out of range", assessmentHeader + "r1,communicating-effectively,self,9,2025-01-31\n",
                Reported(
                    "InputError", "invalidValue", file: "assessments.csv", line: 2, field: "rating",
                    #"assessments.csv:2: field rating: "9" is not a rating in 1.0...5.0"#)),
            assessments(
                "unknown source", assessmentHeader + "r1,communicating-effectively,horoscope,3,2025-01-31\n",
                Reported(
                    "InputError", "invalidValue", file: "assessments.csv", line: 2, field: "source",
                    #"assessments.csv:2: field source: "horoscope" is not field-ride, 1-on-1, 360, self or manager"#)),
        ]
    }()

    // MARK: Stores

    static let clock: any WallClock = .fixed(Date(timeIntervalSince1970: 1_735_689_600))

    /// Runs `change` on `session` and reports whether `store` holds what it held before.
    static func attempt(
        _ store: some DocumentStore & ActivityStore & AuditTrail, through session: StoreSession,
        _ change: @Sendable (StoreSession) async throws -> Void
    ) async -> (error: (any Error)?, unchanged: Bool) {
        let before = try? await FaultInjectionTests.Contents(store)
        var thrown: (any Error)?
        do { try await change(session) } catch { thrown = error }
        let after = try? await FaultInjectionTests.Contents(store)
        return (thrown, before != nil && before == after)
    }

    /// An in-memory store holding one batch and one roster.
    static func seeded() async -> InMemoryStore {
        let store = InMemoryStore()
        let session = StoreSession(store: store, clock: clock, actor: "setup")
        do {
            try await session.appendActivities([try FaultInjectionTests.activity("r0", 1, 7)])
            _ = try await session.rosters.save(try Roster([Rep(id: "r0", roleIDs: ["consultant"])]), id: "team")
        } catch {
            preconditionFailure("cannot seed the store: \(error)")
        }
        return store
    }

    static let storeCases: [BadInput] = {
        func store(
            _ name: String, _ expected: Reported, _ change: @escaping @Sendable (StoreSession) async throws -> Void
        ) -> BadInput {
            BadInput("Store", name, expected, state: .store) {
                let base = await seeded()
                return await attempt(base, through: StoreSession(store: base, clock: clock, actor: "ana"), change)
            }
        }
        func fullDisk(_ name: String, _ change: @escaping @Sendable (StoreSession) async throws -> Void) -> BadInput {
            BadInput(
                "Store", "full disk: \(name)", Reported("StoreError", "io", "injected fault: no space left on device"),
                state: .store
            ) {
                let base = await seeded()
                let failing = FaultInjectingStore(base, failingCall: 1, persistence: .fromThenOn)
                return await attempt(base, through: StoreSession(store: failing, clock: clock, actor: "ana"), change)
            }
        }
        return [
            fullDisk("import a batch") {
                try await $0.appendActivities([try FaultInjectionTests.activity("r1", 2, 1)])
            },
            fullDisk("save a document") {
                _ = try await $0.rosters.save(try Roster([Rep(id: "r1", roleIDs: ["analyst"])]), id: "team")
            },
            store(
                "version out of sequence",
                Reported("StoreError", "conflict", "version 3 of rosters/team given, expected 2")
            ) { session in
                try await session.documentStore.save(
                    try DocumentVersion(
                        collection: .rosters, id: "team", number: 3, savedAt: clock.now, author: "ana", payload: Data())
                )
            },
            store("empty document id", Reported("StoreError", "invalidID", "the document id in rosters is empty")) {
                _ in
                _ = try DocumentVersion(
                    collection: .rosters, id: "", number: 1, savedAt: clock.now, author: "ana", payload: Data())
            },
            store(
                "id too long for a file name",
                Reported(
                    "StoreError", "invalidID",
                    #"the id in rosters "éééééééééééééééééééééééééééééééééééééééé…" is too long for the file store (100 bytes)"#
                )
            ) { _ in
                let folder = ScratchFiles.missing("long-id-store")
                let store = try FileStore(directory: URL(fileURLWithPath: folder), clock: clock)
                defer { store.close() }
                try store.save(
                    try DocumentVersion(
                        collection: .rosters, id: String(repeating: "é", count: 50), number: 1, savedAt: clock.now,
                        author: "ana", payload: Data()))
            },
        ]
    }()

    // MARK: Roster CSV

    static let rosterCases: [BadInput] = {
        func roster(_ name: String, _ text: String, _ expected: Reported) -> BadInput {
            BadInput("Roster CSV", name, expected) { _ = try Roster(csvText: text, name: "roster.csv") }
        }
        return [
            roster(
                "empty file", "",
                Reported(
                    "InputError", "emptyFile", file: "roster.csv",
                    "roster.csv: the file is empty; expected a header rep_id,role")),
            roster(
                "header only", "rep_id,role\n",
                Reported(
                    "InputError", "emptyFile", file: "roster.csv", line: 1,
                    "roster.csv:1: the file has a header (rep_id,role) but no reps")),
            roster(
                "missing column", "rep_id,manager_id\nr1,\n",
                Reported(
                    "InputError", "missingColumn", file: "roster.csv", line: 1, field: "role",
                    "roster.csv:1: field role: required column is missing (found: rep_id, manager_id)")),
            roster(
                "extra field in a record", "rep_id,role\nr1,consultant,extra\n",
                Reported(
                    "InputError", "wrongFieldCount", file: "roster.csv", line: 2,
                    "roster.csv:2: expected 2 fields as in the header, found 3")),
            roster(
                "missing field in a record", "rep_id,role\nr1,consultant\nr2\n",
                Reported(
                    "InputError", "wrongFieldCount", file: "roster.csv", line: 3,
                    "roster.csv:3: expected 2 fields as in the header, found 1")),
            roster(
                "duplicate column", "rep_id,role,role\nr1,consultant,analyst\n",
                Reported(
                    "InputError", "duplicateColumn", file: "roster.csv", line: 1, field: "role",
                    "roster.csv:1: field role: column appears twice in the header")),
            roster(
                "unclosed quote", "rep_id,role\n\"r1,consultant\n",
                Reported(
                    "InputError", "malformedQuote", file: "roster.csv", line: 2, field: "column 1",
                    "roster.csv:2: field column 1: quoted field is not closed before the end of the file")),
            roster(
                "wrong type: date", "rep_id,role,hired_on\nr1,consultant,yesterday\n",
                Reported(
                    "InputError", "invalidValue", file: "roster.csv", line: 2, field: "hired_on",
                    #"roster.csv:2: field hired_on: "yesterday" is not a date YYYY-MM-DD"#)),
            roster(
                "impossible date", "rep_id,role,hired_on\nr1,consultant,2025-02-29\n",
                Reported(
                    "InputError", "invalidValue", file: "roster.csv", line: 2, field: "hired_on",
                    #"roster.csv:2: field hired_on: "2025-02-29" is not a date YYYY-MM-DD"#)),
            roster(
                "reversed range: left before hired",
                "rep_id,role,hired_on,left_on\nr1,consultant,2025-03-01,2025-02-28\n",
                Reported(
                    "InputError", "invalidValue", file: "roster.csv", line: 2, field: "left_on",
                    #"roster.csv:2: field left_on: rep "r1" leaves on 2025-02-28, before being hired on 2025-03-01"#)),
            roster(
                "duplicate id", "rep_id,role\nr1,consultant\nr2,analyst\nr1,manager\n",
                Reported(
                    "InputError", "duplicateID", file: "roster.csv", line: 4, field: "rep_id",
                    #"roster.csv:4: field rep_id: rep "r1" appears twice (first on line 2)"#)),
            roster(
                "unknown manager id", "rep_id,role,manager_id\nr1,consultant,m9\n",
                Reported(
                    "InputError", "unknownID", file: "roster.csv", line: 2, field: "manager_id",
                    #"roster.csv:2: field manager_id: manager "m9" of rep "r1" is not in the roster"#)),
            roster(
                "empty id", "rep_id,role\n  ,consultant\n",
                Reported(
                    "InputError", "missingValue", file: "roster.csv", line: 2, field: "rep_id",
                    "roster.csv:2: field rep_id: rep_id is empty")),
            roster(
                "empty role list", "rep_id,role\nr1,; ;\n",
                Reported(
                    "InputError", "missingValue", file: "roster.csv", line: 2, field: "role",
                    "roster.csv:2: field role: role is empty")),
            roster(
                "unknown departure", "rep_id,role,departure\nr1,consultant,fired\n",
                Reported(
                    "InputError", "invalidValue", file: "roster.csv", line: 2, field: "departure",
                    #"roster.csv:2: field departure: "fired" is not voluntary or induced"#)),
            BadInput(
                "Roster CSV", "invalid UTF-8",
                Reported(
                    "InputError", "invalidUTF8", file: "roster.csv", line: 3, field: "rep_id",
                    "roster.csv:3: field rep_id: not valid UTF-8"), state: .inputFile
            ) {
                ScratchFiles.attempt(
                    Array("rep_id,role\nr1,consultant\nr".utf8) + [0xFF] + Array("2,analyst\n".utf8),
                    named: "roster.csv"
                ) { path in
                    _ = try Roster(csvFile: path)
                }
            },
        ]
    }()

    // MARK: CRM export

    static let opportunityCases: [BadInput] = {
        let reader = OpportunityReader(stages: try! StageLabels(won: ["won"], lost: ["lost"]))
        let header = "opportunity_id,owner,account,opened_on,closed_on,stage,value\n"
        func deals(_ name: String, _ text: String, _ expected: Reported) -> BadInput {
            BadInput("CRM export", name, expected) { _ = try reader.read(csvText: text, name: "deals.csv") }
        }
        return [
            deals(
                "empty file", "",
                Reported(
                    "InputError", "emptyFile", file: "deals.csv", "deals.csv: the file is empty; expected a header row"
                )),
            deals(
                "header only", header,
                Reported(
                    "InputError", "emptyFile", file: "deals.csv", line: 1,
                    "deals.csv:1: the file has a header (opportunity_id,owner,account,opened_on,closed_on,stage,value) but no deals"
                )),
            deals(
                "missing column", "opportunity_id,owner,opened_on,closed_on,stage\nA1,Ann,,,open\n",
                Reported(
                    "InputError", "missingColumn", file: "deals.csv", line: 1, field: "value",
                    "deals.csv:1: field value: required column is missing (found: opportunity_id, owner, opened_on, closed_on, stage)"
                )),
            deals(
                "extra field in a record", header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,100,extra\n",
                Reported(
                    "InputError", "wrongFieldCount", file: "deals.csv", line: 2,
                    "deals.csv:2: expected 7 fields as in the header, found 8")),
            deals(
                "wrong type: value", header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,ten\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "value",
                    #"deals.csv:2: field value: "ten" is not a number"#)),
            deals(
                "NaN value", header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,NaN\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "value",
                    #"deals.csv:2: field value: "NaN" is not a number"#)),
            deals(
                "infinite value", header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,Infinity\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "value",
                    #"deals.csv:2: field value: "Infinity" is not a number"#)),
            deals(
                "negative value", header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,-5\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "value",
                    "deals.csv:2: field value: opportunity A1: field value: value -5 is negative")),
            deals(
                "huge value: 39 digits",
                header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,123456789012345678901234567890123456789\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "value",
                    #"deals.csv:2: field value: "123456789012345678901234567890123456789" is not a number"#)),
            deals(
                "reversed range: closed before opened", header + "A1,Ann,Acme,2025-03-01,2025-02-01,won,1\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "closed_on",
                    "deals.csv:2: field closed_on: opportunity A1: field closed: closes on 2025-02-01, before it opens on 2025-03-01"
                )),
            deals(
                "duplicate id",
                header + "A1,Ann,Acme,2025-01-01,2025-02-01,won,1\nA1,Bob,Beta,2025-01-01,2025-02-01,lost,0\n",
                Reported(
                    "InputError", "duplicateID", file: "deals.csv", line: 3, field: "opportunity_id",
                    #"deals.csv:3: field opportunity_id: opportunity "A1" appears twice (first on line 2)"#)),
            deals(
                "unknown stage labels",
                header + "A1,Ann,,,,Closed Won,1\nA2,Bob,,,,Closed Won,1\nA3,Bob,,,,Stalled,\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "stage",
                    #"deals.csv:2: field stage: unknown stage labels "Closed Won" (2 deals), "Stalled" (1 deals); won: won; lost: lost; open: 19 labels. Name each label as won, lost or open, or treat unknown labels as open"#
                )),
            deals(
                "won deal without a close date", header + "A1,Ann,Acme,2025-01-01,,won,100\n",
                Reported(
                    "InputError", "missingValue", file: "deals.csv", line: 2, field: "closed_on",
                    #"deals.csv:2: field closed_on: a won deal (stage "won") needs a close date"#)),
            deals(
                "wrong type: date", header + "A1,Ann,Acme,01/02/2025,2025-02-01,won,100\n",
                Reported(
                    "InputError", "invalidValue", file: "deals.csv", line: 2, field: "opened_on",
                    #"deals.csv:2: field opened_on: "01/02/2025" is not a date YYYY-MM-DD or an ISO 8601 timestamp"#)),
            deals(
                "empty owner", header + "A1,,Acme,2025-01-01,2025-02-01,won,100\n",
                Reported(
                    "InputError", "missingValue", file: "deals.csv", line: 2, field: "owner",
                    "deals.csv:2: field owner: the owner is empty")),
            BadInput(
                "CRM export", "invalid UTF-8",
                Reported(
                    "InputError", "invalidUTF8", file: "deals.csv", line: 2, field: "owner",
                    "deals.csv:2: field owner: not valid UTF-8"), state: .inputFile
            ) {
                ScratchFiles.attempt(
                    Array(header.utf8) + Array("A1,".utf8) + [0xC3, 0x28] + Array(",,,,open,\n".utf8),
                    named: "deals.csv"
                ) { path in
                    _ = try reader.read(csvFile: path)
                }
            },
        ]
    }()

    // MARK: Dictionary JSON

    static let dictionaryJSONCases: [BadInput] = {
        let valid = try! CompetencyDictionary(
            version: "1", effectiveDate: Day(year: 2026, month: 1, day: 1)!,
            roles: [Role(id: "hunter", name: "Hunter")], clusters: [CompetencyCluster(id: "core", name: "Core")],
            competencies: [Competency(id: "prospecting", name: "Prospecting", clusterID: "core")],
            areasOfExpertise: []
        ).encodedJSON()
        let text = String(decoding: valid, as: UTF8.self)
        func json(_ name: String, _ bytes: [UInt8], _ expected: Reported) -> BadInput {
            BadInput("Dictionary JSON", name, expected) {
                _ = try CompetencyDictionary(json: Data(bytes), file: "dictionary.json")
            }
        }
        func edited(_ name: String, _ from: String, _ to: String, _ expected: Reported) -> BadInput {
            precondition(text.contains(from), "the fixture lacks \(from)")
            return json(name, Array(text.replacingOccurrences(of: from, with: to).utf8), expected)
        }
        return [
            json(
                "empty file", [],
                Reported(
                    "InputError", "invalidJSON", file: "dictionary.json",
                    "dictionary.json: not valid JSON: Unexpected end of file during JSON parse.")),
            json(
                "truncated", Array(valid.prefix(valid.count / 2)),
                Reported(
                    "InputError", "invalidJSON", file: "dictionary.json",
                    "dictionary.json: not valid JSON: Unexpected end of file during JSON parse.")),
            edited(
                "unsupported schema version", #""schemaVersion" : 1"#, #""schemaVersion" : 2"#,
                Reported(
                    "ValidationError", "unsupportedSchemaVersion", field: "schemaVersion",
                    "field schemaVersion: schema version 2 is not supported; this library reads version 1")),
            edited(
                "wrong type: version", #""version" : "1""#, #""version" : 1"#,
                Reported(
                    "InputError", "invalidJSON", file: "dictionary.json", field: "version",
                    "dictionary.json: field version: expected a string: Expected to decode String but found number instead."
                )),
            edited(
                "missing field", #""roles" : ["#, #""rolesX" : ["#,
                Reported(
                    "InputError", "invalidJSON", file: "dictionary.json", field: "roles",
                    #"dictionary.json: field roles: the required key "roles" is missing"#)),
            edited(
                "invalid id: padded", #""id" : "prospecting""#, #""id" : " prospecting""#,
                Reported(
                    "ValidationError", "invalidID", field: "id",
                    "competency  prospecting: field id: the id is empty or padded")),
            edited(
                "unknown cluster id", #""clusterID" : "core""#, #""clusterID" : "solutions""#,
                Reported(
                    "ValidationError", "danglingReference", field: "clusterID",
                    #"competency prospecting: field clusterID: unknown cluster "solutions""#)),
            edited(
                "empty name", #""name" : "Hunter""#, #""name" : " ""#,
                Reported("ValidationError", "missingValue", field: "name", "role hunter: field name: the name is empty")
            ),
            json(
                "invalid UTF-8",
                Array(text.replacingOccurrences(of: "Hunter\"", with: "Hunter\u{1}\"").utf8).map {
                    $0 == 1 ? 0xFF : $0
                },
                Reported(
                    "InputError", "invalidJSON", file: "dictionary.json", line: 41,
                    "dictionary.json:41: not valid JSON: Invalid UTF-8 sequence 7 bytes starting from character 586.")),
        ]
    }()

    // MARK: Dictionary edits

    static let dictionaryEditCases: [BadInput] = {
        func edit(
            _ name: String, _ expected: Reported,
            _ change: @escaping @Sendable (inout CompetencyDictionary) throws -> Void
        )
            -> BadInput
        {
            BadInput("Dictionary edit", name, expected, state: .dictionary) {
                let before = CompetencyDictionary.builtIn
                var dictionary = before
                do {
                    try change(&dictionary)
                    return (nil, dictionary == before)
                } catch {
                    return (error, dictionary == before)
                }
            }
        }
        return [
            edit(
                "duplicate id",
                Reported(
                    "ValidationError", "duplicateID", field: "id",
                    "competency formalizing-commitment: field id: another competency has this id")
            ) {
                try $0.add(Competency(id: "formalizing-commitment", name: "Closing again", clusterID: "solution"))
            },
            edit(
                "unknown cluster id",
                Reported(
                    "ValidationError", "danglingReference", field: "clusterID",
                    #"competency cold-calling: field clusterID: unknown cluster "no-such-cluster""#)
            ) {
                try $0.add(Competency(id: "cold-calling", name: "Cold calling", clusterID: "no-such-cluster"))
            },
            edit(
                "unknown id: rename",
                Reported(
                    "ValidationError", "danglingReference", field: "id",
                    "competency no-such-competency: field id: no competency has this id")
            ) { try $0.renameCompetency("no-such-competency", to: "Anything") },
            edit(
                "unknown id: retire",
                Reported(
                    "ValidationError", "danglingReference", field: "id",
                    "role no-such-role: field id: no role has this id")
            ) { try $0.retireRole("no-such-role") },
            edit(
                "empty name",
                Reported(
                    "ValidationError", "missingValue", field: "name",
                    "competency communicating-effectively: field name: the name is empty")
            ) { try $0.renameCompetency("communicating-effectively", to: "  ") },
            edit(
                "empty version",
                Reported("ValidationError", "missingValue", field: "version", "field version: the version is empty")
            ) { try $0.setVersion("", effectiveDate: Day(daysSinceEpoch: 0)) },
        ]
    }()

    // MARK: Investment JSON

    static let investmentCases: [BadInput] = {
        let base = """
            {"schemaVersion": 1, "id": "crm", "name": "CRM", "category": "crm", "owner": "m-1",
             "startsOn": "2025-01-01", "seatsBought": 10, "seatsUsed": 5,
             "costs": [{"name": "Licences", "kind": "perSeat", "amount": 300}]}
            """
        func investment(_ name: String, _ from: String, _ to: String, _ expected: Reported) -> BadInput {
            precondition(base.contains(from), "the fixture lacks \(from)")
            let text = base.replacingOccurrences(of: from, with: to)
            return BadInput("Investment JSON", name, expected) {
                _ = try Investment(jsonData: Data(text.utf8), name: "investment.json")
            }
        }
        return [
            investment(
                "unsupported schema version", #""schemaVersion": 1"#, #""schemaVersion": 7"#,
                Reported(
                    "InputError", "unsupportedSchemaVersion", file: "investment.json", field: "schemaVersion",
                    "investment.json: field schemaVersion: this library reads version 1, found 7")),
            investment(
                "negative amount", #""amount": 300"#, #""amount": -300"#,
                Reported(
                    "InputError", "invalidValue", file: "investment.json", field: "costs[0].amount",
                    "investment.json: field costs[0].amount: investment crm: must not be negative, found -300")),
            investment(
                "huge number", #""amount": 300"#, #""amount": 1e400"#,
                Reported(
                    "InputError", "invalidJSON", file: "investment.json",
                    "investment.json: not valid JSON: Number 1e400 is not representable in Swift.")),
            investment(
                "wrong type: amount", #""amount": 300"#, #""amount": "300 EUR""#,
                Reported(
                    "InputError", "invalidJSON", file: "investment.json", field: "costs[0].amount",
                    "investment.json: field costs[0].amount: expected Decimal: ")),
            investment(
                "negative seats", #""seatsBought": 10"#, #""seatsBought": -10"#,
                Reported(
                    "InputError", "invalidValue", file: "investment.json", field: "seatsBought",
                    "investment.json: field seatsBought: investment crm: must not be negative, found -10")),
            investment(
                "more seats used than bought", #""seatsUsed": 5"#, #""seatsUsed": 11"#,
                Reported(
                    "InputError", "invalidValue", file: "investment.json", field: "seatsUsed",
                    "investment.json: field seatsUsed: investment crm: 11 seats used but only 10 bought")),
            investment(
                "reversed range: ends before it starts", #""startsOn": "2025-01-01""#,
                #""startsOn": "2025-01-01", "endsOn": "2024-12-31""#,
                Reported(
                    "InputError", "invalidValue", file: "investment.json", field: "endsOn",
                    "investment.json: field endsOn: investment crm: 2024-12-31 comes before startsOn 2025-01-01")),
            investment(
                "no accountable owner", #""owner": "m-1""#, #""owner": " ""#,
                Reported(
                    "InputError", "missingValue", file: "investment.json", field: "owner",
                    "investment.json: field owner: investment crm: every investment needs exactly one accountable owner"
                )),
            investment(
                "missing field", #""name": "CRM", "#, "",
                Reported(
                    "InputError", "invalidJSON", file: "investment.json", field: "name",
                    #"investment.json: field name: the required key "name" is missing"#)),
        ]
    }()

    // MARK: Calculators

    static let calculatorCases: [BadInput] = [
        BadInput(
            "ROI calculator", "zero costs",
            Reported(
                "ValidationError", "zeroCosts", field: "costs",
                "investment free: field costs: are 0, so the benefit-cost ratio, ROI % and payback are undefined")
        ) {
            let free = try Investment(
                id: "free", name: "Free pilot", category: .software, ownerID: "m-1",
                startsOn: Day(year: 2025, month: 1, day: 1)!, costs: [])
            _ = try ROICalculator().report(for: free)
        },
        BadInput(
            "ROI ratios", "zero costs",
            Reported(
                "ValidationError", "zeroCosts", field: "costs",
                "field costs: are 0, so the benefit-cost ratio, ROI % and payback are undefined")
        ) { _ = try ROIRatios(benefits: 1000, costs: 0) },
        BadInput(
            "ROI ratios", "negative costs",
            Reported("ValidationError", "negativeValue", field: "costs", "field costs: must not be negative, found -1")
        ) { _ = try ROIRatios(benefits: 1000, costs: -1) },
        BadInput(
            "Discounted cash flows", "years of different lengths",
            Reported(
                "ValidationError", "mismatchedLengths", field: "benefits",
                "field benefits: needs one value per year like costs (2), found 3")
        ) {
            _ = try DiscountedCashFlows(costs: [100, 0], benefits: [0, 50, 50], discountRate: 0.1)
        },
        BadInput(
            "Discounted cash flows", "discount rate above 1",
            Reported(
                "ValidationError", "outOfRange", field: "discountRate",
                "field discountRate: must be between 0 and 1, found 1.5")
        ) {
            _ = try DiscountedCashFlows(costs: [100], benefits: [0], discountRate: 1.5)
        },
        BadInput(
            "Retention model", "NaN",
            Reported(
                "ValidationError", "notFinite", field: "forgotten",
                "field forgotten: must be a finite number, found nan"
            )
        ) { _ = try RetentionModel(forgotten: .nan, afterDays: 90) },
        BadInput(
            "Retention model", "infinity",
            Reported(
                "ValidationError", "notFinite", field: "afterDays",
                "field afterDays: must be a finite number, found inf"
            )
        ) { _ = try RetentionModel(forgotten: 0.8, afterDays: .infinity) },
        BadInput(
            "Retention model", "fraction above 1",
            Reported(
                "ValidationError", "outOfRange", field: "forgotten",
                "field forgotten: must be between 0 and 1 (exclusive), found 1.5")
        ) { _ = try RetentionModel(forgotten: 1.5, afterDays: 90) },
        BadInput(
            "Retention model", "negative days",
            Reported(
                "ValidationError", "outOfRange", field: "afterDays",
                "field afterDays: must be greater than 0, found -90.0")
        ) { _ = try RetentionModel(forgotten: 0.8, afterDays: -90) },
        BadInput(
            "Retention model", "huge days overflow the stability",
            Reported(
                "ValidationError", "notFinite", field: "stability",
                "field stability: must be a finite number, found -inf")
        ) {
            _ = try RetentionModel(forgotten: 1e-300, afterDays: 1e300)
        },
        BadInput(
            "Period range", "reversed range",
            Reported("ValidationError", "outOfOrder", "period range 2025-06..2025-01: the end comes before the start")
        ) {
            _ = try PeriodRange(.month(2025, 6), through: .month(2025, 1))
        },
        BadInput("Period", "month 13", Reported("InputError", "invalidValue", #"invalid period "2025-13""#)) {
            _ = try Period(parsing: "2025-13")
        },
        BadInput(
            "Day", "wrong type",
            Reported("InputError", "invalidValue", #"invalid date "tomorrow": expected YYYY-MM-DD"#)
        ) { _ = try Day(parsing: "tomorrow") },
        BadInput(
            "Proficiency scale", "reversed range",
            Reported(
                "ValidationError", "invalidScale", field: "levels",
                "scale: field levels: the low end 5 is not below the high end 1")
        ) { _ = try ProficiencyScale(low: 5, high: 1) },
        BadInput(
            "Stage labels", "a label both won and lost",
            Reported("ValidationError", "outOfRange", "stage labels: labels in more than one set: closed")
        ) {
            _ = try StageLabels(won: ["Closed"], lost: ["closed"])
        },
        BadInput(
            "Team map CSV", "duplicate id",
            Reported(
                "InputError", "duplicateID", file: "teams.csv", line: 3, field: "rep_id",
                #"teams.csv:3: field rep_id: rep "Ann" appears twice (first on line 2)"#)
        ) {
            _ = try TeamMap(csvText: "rep_id,team_id\nAnn,east\nAnn,west\n", name: "teams.csv")
        },
    ]

    // MARK: Files

    static let fileCases: [BadInput] = [
        BadInput(
            "Roster CSV", "file does not exist",
            Reported(
                "InputError", "unreadableFile", file: "absent.csv",
                "absent.csv: cannot open: No such file or directory")
        ) {
            _ = try Roster(csvFile: ScratchFiles.missing("absent.csv"))
        },
        BadInput(
            "CRM export", "a directory given as the file",
            Reported("InputError", "unreadableFile", file: "folder.csv", "folder.csv: read failed: Is a directory")
        ) {
            let reader = OpportunityReader(stages: try StageLabels())
            let folder = ScratchFiles.missing("folder.csv")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = try reader.read(csvFile: folder)
        },
        BadInput(
            "Investment JSON", "file vanishes between listing and reading",
            Reported("InputError", "unreadableFile", file: "vanishing.json", "vanishing.json: cannot read the file"),
            state: .inputFile
        ) {
            let path = ScratchFiles.write(Array("{}".utf8), named: "vanishing.json")
            let listed = FileManager.default.fileExists(atPath: path)
            try? FileManager.default.removeItem(atPath: path)
            do {
                _ = try Investment(jsonFile: path)
                return (nil, false)
            } catch {
                // Nothing may appear at the path: the reader creates no file.
                return (error, listed && !FileManager.default.fileExists(atPath: path))
            }
        },
        BadInput(
            "Team map CSV", "file vanishes between listing and reading",
            Reported(
                "InputError", "unreadableFile", file: "teams.csv", "teams.csv: cannot open: No such file or directory")
        ) {
            let path = ScratchFiles.write(Array("rep_id,team_id\nAnn,east\n".utf8), named: "teams.csv")
            try FileManager.default.removeItem(atPath: path)
            _ = try TeamMap(csvFile: path)
        },
    ]

    // MARK: The documentation table

    static let header = """
        | # | reader or calculator | bad input | error | what it says | state checked |
        | --: | --- | --- | --- | --- | --- |

        """

    static func row(number: Int, _ input: BadInput) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let error = "`\(input.expected.type).\(input.expected.code)`"
        return "| \(number) | \(input.area) | \(input.name) | \(error) | \(cell(input.expected.text)) "
            + "| \(input.state.rawValue) |\n"
    }
}
