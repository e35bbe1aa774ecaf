public import Foundation

extension ScoringEngine {
    /// The version of the partial-aggregate file format that ``partialAggregateData(_:)`` writes and
    /// ``aggregate(partialAggregateData:name:)`` reads.
    public static let partialAggregateFormatVersion = 1

    /// The first 8 bytes of a partial-aggregate file.
    static let partialAggregateMagic = Array("SCOPART\n".utf8)

    /// The header of a partial-aggregate file: what the totals are of, so a merge can check that every shard was
    /// aggregated the same way.
    struct PartialAggregateHeader: Codable, Equatable {
        var schemaVersion: Int
        var granularity: Period.Granularity
        var timeZone: String
        var firstPeriod: Period?
        var lastPeriod: Period?
        /// The roster's reps, in order, and their primary roles.
        var reps: [String]
        var primaryRoles: [String]
        /// The accumulated tasks, in slot order, and whether each counts rows.
        var tasks: [String]
        var countsRows: [Bool]
        /// Per role with rules, the tasks whose rows it keeps.
        var scoredTasks: [String: [String]]
        var diagnostics: ScoringDiagnostics
    }

    func partialAggregateHeader(_ aggregate: ActivityAggregate) -> PartialAggregateHeader {
        var scoredTasks: [String: [String]] = [:]
        for (index, role) in plan.roles.enumerated() {
            scoredTasks[role.role.rawValue] = plan.slots.indices.filter { plan.scored[index * plan.slots.count + $0] }
                .map { plan.slots[$0].rawValue }
        }
        return PartialAggregateHeader(
            schemaVersion: ScoringEngine.partialAggregateFormatVersion, granularity: policy.granularity,
            timeZone: policy.timeZone.identifier, firstPeriod: aggregate.periods?.first,
            lastPeriod: aggregate.periods?.last, reps: roster.reps.map(\.id.rawValue),
            primaryRoles: roster.reps.map(\.primaryRoleID.rawValue), tasks: plan.slots.map(\.rawValue),
            countsRows: plan.slotCountsRows, scoredTasks: scoredTasks, diagnostics: aggregate.diagnostics)
    }

    /// Encodes an aggregate this engine built as a partial-aggregate file, to be merged with the aggregates of
    /// other shards of the activity (split by rep or by time) by ``aggregate(partialAggregateData:name:)`` and
    /// ``ActivityAggregate/merging(_:)``.
    ///
    /// The format (version 1), all integers little-endian:
    ///
    /// | bytes | what |
    /// | --- | --- |
    /// | 8 | `SCOPART\n` |
    /// | 4 | format version, `1` |
    /// | 4 | header length *h* |
    /// | *h* | header, UTF-8 JSON: `schemaVersion`, `granularity`, `timeZone`, `firstPeriod`, `lastPeriod` (null without activity), `reps` and `primaryRoles` (the roster in order), `tasks` and `countsRows` (the accumulated tasks), `scoredTasks` (per role, the tasks whose rows it keeps), `diagnostics` |
    /// | 8 | number of totals *n* = periods × reps × tasks |
    /// | 8 *n* | the totals, IEEE 754 doubles, indexed `((period × reps) + rep) × tasks + task` |
    /// | 8 | FNV-1a 64 checksum of every byte before it |
    ///
    /// - Parameter aggregate: An aggregate this engine built (or merged from ones it built).
    /// - Returns: The file's bytes.
    /// - Complexity: O(totals).
    public func partialAggregateData(_ aggregate: ActivityAggregate) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = try! encoder.encode(partialAggregateHeader(aggregate))
        var bytes = ScoringEngine.partialAggregateMagic
        bytes.reserveCapacity(32 + header.count + aggregate.totals.count * 8)
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        append(UInt32(ScoringEngine.partialAggregateFormatVersion))
        append(UInt32(header.count))
        bytes.append(contentsOf: header)
        append(UInt64(aggregate.totals.count))
        for total in aggregate.totals { append(total.bitPattern) }
        append(ScoringEngine.fnv1a(bytes[...]))
        return Data(bytes)
    }

    /// Reads a partial-aggregate file that an engine with the same roster, tasks, rules' roles, time zone and
    /// granularity wrote (see ``partialAggregateData(_:)``), for merging with ``ActivityAggregate/merging(_:)``
    /// and scoring with ``score(_:)``.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The file name, for errors.
    /// - Returns: The aggregate.
    /// - Throws: ``InputError`` naming the file and the header field: `.unsupportedSchemaVersion` for another
    ///   format version, `.invalidValue` for a damaged file (wrong magic, length or checksum) or one aggregated
    ///   under another roster, task list, time zone or granularity.
    /// - Complexity: O(file size).
    public func aggregate(partialAggregateData data: Data, name: String) throws -> ActivityAggregate {
        let bytes = [UInt8](data)
        func fail(_ field: String?, _ message: String, code: InputError.Code = .invalidValue) -> InputError {
            InputError(code, file: name, field: field, message: message)
        }
        func integer<T: FixedWidthInteger>(at offset: Int, as: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= bytes.count else { return nil }
            var value = T.zero
            for index in 0..<MemoryLayout<T>.size { value |= T(bytes[offset + index]) << (8 * index) }
            return value
        }
        guard bytes.count >= 32, Array(bytes[0..<8]) == ScoringEngine.partialAggregateMagic else {
            throw fail(nil, "not a partial-aggregate file (it does not start with SCOPART)")
        }
        guard let version = integer(at: 8, as: UInt32.self), version == ScoringEngine.partialAggregateFormatVersion
        else {
            throw fail(
                "version", "format version \(integer(at: 8, as: UInt32.self) ?? 0) is not the version 1 this reads",
                code: .unsupportedSchemaVersion)
        }
        guard let checksum = integer(at: bytes.count - 8, as: UInt64.self),
            checksum == ScoringEngine.fnv1a(bytes[0..<(bytes.count - 8)])
        else {
            throw fail("checksum", "the checksum does not match: the file is damaged or cut short")
        }
        guard let headerLength = integer(at: 12, as: UInt32.self).map(Int.init), 16 + headerLength + 16 <= bytes.count
        else { throw fail("header", "the header length runs past the end of the file") }
        let header: PartialAggregateHeader
        do {
            header = try JSONDecoder().decode(PartialAggregateHeader.self, from: Data(bytes[16..<(16 + headerLength)]))
        } catch {
            throw fail("header", "the header is not the JSON this format expects")
        }
        let expected = partialAggregateHeader(
            ActivityAggregate(reps: [], tasks: [], periods: nil, totals: [], diagnostics: header.diagnostics))
        for (field, same) in [
            ("timeZone", header.timeZone == expected.timeZone),
            ("granularity", header.granularity == expected.granularity),
            ("reps", header.reps == expected.reps && header.primaryRoles == expected.primaryRoles),
            ("tasks", header.tasks == expected.tasks && header.countsRows == expected.countsRows),
            ("scoredTasks", header.scoredTasks == expected.scoredTasks),
        ] where !same {
            throw fail(field, "the shard was aggregated under another \(field) than this roster and policy have")
        }
        var range: PeriodRange?
        if let first = header.firstPeriod, let last = header.lastPeriod {
            guard first.granularity == header.granularity, let valid = try? PeriodRange(first, through: last) else {
                throw fail("firstPeriod", "the periods \(first)–\(last) do not form a range of the policy's periods")
            }
            range = valid
        }
        let count = (range?.count ?? 0) * header.reps.count * header.tasks.count
        let start = 16 + headerLength + 8
        guard integer(at: 16 + headerLength, as: UInt64.self) == UInt64(count), start + count * 8 + 8 == bytes.count
        else { throw fail("totals", "the file does not hold the \(count) totals its header describes") }
        var totals = [Double].zeroed(count: count)
        for index in 0..<count {
            totals[index] = Double(bitPattern: integer(at: start + index * 8, as: UInt64.self)!)
        }
        return ActivityAggregate(
            reps: plan.reps, tasks: plan.slots, periods: range, totals: totals, diagnostics: header.diagnostics)
    }

    static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
