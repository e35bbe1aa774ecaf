import Foundation

/// An ``ActivityMeasures`` definition compiled against one export's header, once: column positions, the
/// columns each stage reads, case-folded literals and compiled regular expressions. Shared by the workers that
/// read the export's parts; a class, so that the per-row code holds one reference instead of copying it.
final class MeasurePlan: Sendable {
    let file: String
    let measures: ActivityMeasures
    let header: [String]
    /// The columns read, ascending; a "slot" is a position in this list.
    let neededColumns: [Int]
    /// Column → slot, or -1, for columns `0...lastColumn`.
    let slotOfColumn: [Int32]
    let lastColumn: Int
    let recordSlot: Int?
    let repSlot: Int
    let daySlots: [(slot: Int, parser: DayParser, column: String)]
    let quantitySlot: Int?
    let scale: Double
    /// Slots the filters read, and the filters over positions in that list.
    let filterSlots: [Int]
    let filters: [(keeps: Bool, condition: CompiledCondition)]
    /// Slots the rules read, and the rules over positions in that list, with their task index.
    let ruleSlots: [Int]
    let rules: [(task: Int32, condition: CompiledCondition)]
    let taskIDs: [SalesTask.ID]
    /// CRM user → index in ``ownerRepIDs``; `nil` when the owner column holds rep ids.
    let owners: [String: Int32]?
    let ownerRepIDs: [Rep.ID]

    /// Compiles `measures` against a header.
    ///
    /// - Throws: ``ImportError`` `.missingColumn` naming the column the definition reads and the columns the
    ///   export has.
    init(measures: ActivityMeasures, header: CSVHeader, owners ownerMap: OwnerMap?, timeZone: TimeZone) throws {
        file = header.file
        self.measures = measures
        self.header = header.names
        var columnOf: [String: Int] = [:]
        for name in measures.columns {
            guard let index = header.index(of: name) else {
                throw ImportError(
                    .missingColumn, file: header.file, line: header.line, field: name,
                    message:
                        "the measure definition reads column \(ImportError.quote(name)), which the export lacks "
                        + "(it has: \(header.names.joined(separator: ", ")))")
            }
            columnOf[name] = index
        }
        neededColumns = Set(columnOf.values).sorted()
        lastColumn = neededColumns.last ?? 0
        var slotOfColumn = [Int32](repeating: -1, count: lastColumn + 1)
        for (slot, column) in neededColumns.enumerated() { slotOfColumn[column] = Int32(slot) }
        self.slotOfColumn = slotOfColumn
        let slot = { (name: String) in Int(slotOfColumn[columnOf[name]!]) }
        recordSlot = measures.recordIDColumn.map(slot)
        repSlot = slot(measures.repColumn)
        daySlots = measures.days.map { (slot($0.column), DayParser(format: $0.format, timeZone: timeZone), $0.column) }
        quantitySlot = measures.quantity.column.map(slot)
        scale = measures.quantity.scale

        let filterFields = MeasurePlan.distinct(measures.filters.flatMap(\.condition.fields))
        filterSlots = filterFields.map(slot)
        filters = try measures.filters.map {
            ($0.keeps, try CompiledCondition($0.condition, slots: filterFields))
        }
        let ruleFields = MeasurePlan.distinct(measures.rules.flatMap(\.condition.fields))
        ruleSlots = ruleFields.map(slot)
        let taskIDs = measures.taskIDs
        self.taskIDs = taskIDs
        rules = try measures.rules.map { rule in
            (Int32(taskIDs.firstIndex(of: rule.taskID)!), try CompiledCondition(rule.condition, slots: ruleFields))
        }
        if let ownerMap {
            var repIDs: [Rep.ID] = []
            var indexOf: [Rep.ID: Int32] = [:]
            var owners: [String: Int32] = [:]
            for (user, rep) in ownerMap.reps.sorted(by: { $0.key < $1.key }) {
                let index =
                    indexOf[rep]
                    ?? {
                        let next = Int32(repIDs.count)
                        repIDs.append(rep)
                        indexOf[rep] = next
                        return next
                    }()
                owners[user] = index
            }
            self.owners = owners
            ownerRepIDs = repIDs
        } else {
            owners = nil
            ownerRepIDs = []
        }
    }

    /// The fields the rules read, in slot order (for the report's unmatched values).
    var ruleFieldNames: [String] { ruleSlots.map { header[neededColumns[$0]] } }

    /// The column name of a slot.
    func column(ofSlot slot: Int) -> String { header[neededColumns[slot]] }

    private static func distinct(_ names: [String]) -> [String] {
        var seen: [String] = []
        for name in names where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// Decodes a field's bytes in the declared encoding; `nil` when they are invalid in it.
    static func decode(_ bytes: UnsafeRawBufferPointer, _ encoding: ActivityMeasures.Encoding) -> String? {
        switch encoding {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .isoLatin1:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if byte < 0x80 || byte >= 0xA0 {
                    scalars.append(Unicode.Scalar(byte))
                } else {
                    let code = windows1252[Int(byte) - 0x80]
                    guard code != 0, let scalar = Unicode.Scalar(code) else { return nil }
                    scalars.append(scalar)
                }
            }
            return String(scalars)
        }
    }

    /// The first byte of `bytes` that is invalid in `encoding`, for the error message.
    static func firstInvalidByte(_ bytes: UnsafeRawBufferPointer, _ encoding: ActivityMeasures.Encoding) -> UInt8? {
        switch encoding {
        case .isoLatin1: return nil
        case .windows1252: return bytes.first { $0 >= 0x80 && $0 < 0xA0 && windows1252[Int($0) - 0x80] == 0 }
        case .utf8: return bytes.first { $0 >= 0x80 }
        }
    }

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars; 0 where the code page leaves the byte undefined.
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]
}

/// A condition with its fields replaced by positions in a list of values, literals case-folded and regular
/// expressions compiled.
indirect enum CompiledCondition: Sendable {
    case equals(Int, [UInt8], fold: Bool)
    case oneOf(Int, Set<[UInt8]>, fold: Bool)
    case contains(Int, [UInt8], fold: Bool)
    case startsWith(Int, [UInt8], fold: Bool)
    case matches(Int, NSRegularExpression)
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)

    init(_ condition: ActivityMeasures.Condition, slots fields: [String]) throws {
        func position(_ field: String) -> Int { fields.firstIndex(of: field)! }
        func literal(_ text: String, _ fold: Bool) -> [UInt8] { Array((fold ? text.lowercased() : text).utf8) }
        switch condition.kind {
        case .equals(let field, let value, let fold): self = .equals(position(field), literal(value, fold), fold: fold)
        case .oneOf(let field, let values, let fold):
            self = .oneOf(position(field), Set(values.map { literal($0, fold) }), fold: fold)
        case .contains(let field, let value, let fold):
            self = .contains(position(field), literal(value, fold), fold: fold)
        case .startsWith(let field, let value, let fold):
            self = .startsWith(position(field), literal(value, fold), fold: fold)
        case .matches(let field, let pattern, let fold):
            self = .matches(
                position(field), try ActivityMeasures.Condition.regularExpression(pattern, ignoringCase: fold))
        case .all(let list): self = .all(try list.map { try CompiledCondition($0, slots: fields) })
        case .any(let list): self = .any(try list.map { try CompiledCondition($0, slots: fields) })
        case .not(let inner): self = .not(try CompiledCondition(inner, slots: fields))
        }
    }

    /// Whether the condition holds for `values` (one per position).
    func holds(_ values: [FieldText]) -> Bool {
        switch self {
        case .equals(let position, let literal, let fold): return values[position].bytes(fold) == literal
        case .oneOf(let position, let literals, let fold): return literals.contains(values[position].bytes(fold))
        case .contains(let position, let literal, let fold):
            return CompiledCondition.find(literal, in: values[position].bytes(fold))
        case .startsWith(let position, let literal, let fold): return values[position].bytes(fold).starts(with: literal)
        case .matches(let position, let expression):
            let text = values[position].text
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        case .all(let list): return list.allSatisfy { $0.holds(values) }
        case .any(let list): return list.contains { $0.holds(values) }
        case .not(let inner): return !inner.holds(values)
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// A decoded field value, with its UTF-8 bytes as is and lower-cased.
struct FieldText {
    let text: String
    let raw: [UInt8]
    let folded: [UInt8]

    init(_ text: String) {
        self.text = text
        raw = Array(text.utf8)
        folded = Array(text.lowercased().utf8)
    }

    func bytes(_ fold: Bool) -> [UInt8] { fold ? folded : raw }
}
