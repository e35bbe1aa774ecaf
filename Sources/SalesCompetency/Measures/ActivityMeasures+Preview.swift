public import Foundation

extension ActivityMeasures {
    /// The first rows of an export and what each became, and why: the filter that dropped it, the rule that
    /// matched, the owner and day columns used. For checking a definition before converting a large export.
    ///
    /// - Parameters:
    ///   - file: The export.
    ///   - rows: How many data rows.
    ///   - owners: Maps the owner column to rep ids.
    ///   - timeZone: The time zone for timestamps.
    /// - Returns: One entry per row, in order.
    /// - Throws: ``ImportError`` as ``activityLog(files:owners:timeZone:)``.
    /// - Complexity: O(rows read).
    public func preview(file: String, rows: Int, owners: OwnerMap? = nil, timeZone: TimeZone) throws
        -> [MeasurePreview]
    {
        let (descriptor, size) = try MeasureReader.open(file)
        defer { close(descriptor) }
        let reader = MeasureReader(measures: self, owners: owners, timeZone: timeZone)
        let (header, bodyStart, bodyLine) = try reader.readHeader(descriptor, size: size, file: file)
        let plan = try MeasurePlan(measures: self, header: header, owners: owners, timeZone: timeZone)
        var bytes = [UInt8](repeating: 0, count: max(0, min(size - bodyStart, 1 << 20)))
        var filled = try bytes.withUnsafeMutableBytes {
            try ActivityImporter.readFully(descriptor, $0.baseAddress!, $0.count, at: bodyStart, path: file)
        }
        var result: [MeasurePreview] = []
        var position = 0
        var line = bodyLine
        var seen = Set<[UInt64]>()
        let slots = plan.neededColumns.count
        while result.count < rows, position < filled {
            let isFinal = bodyStart + filled >= size
            let scanned = try bytes.withUnsafeBytes { raw in
                try plan.slotOfColumn.withUnsafeBufferPointer { slotOfColumn in
                    try withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * slots + 1) { bounds in
                        try withUnsafeTemporaryAllocation(of: Bool.self, capacity: slots + 1) { escaped in
                            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                            let scan = MeasureScanner.record(
                                base, from: position, count: filled, isFinal: isFinal,
                                slotOfColumn: slotOfColumn.baseAddress!, lastColumn: plan.lastColumn,
                                bounds: bounds.baseAddress!, escaped: escaped.baseAddress!)
                            guard case .record(_, _, let fields) = scan else { return (scan, MeasurePreview?.none) }
                            if fields >= 0, fields != plan.header.count {
                                throw ImportError(
                                    .wrongFieldCount, file: file, line: line,
                                    message: "expected \(plan.header.count) fields as in the header, found \(fields)")
                            }
                            let row = try MeasureWorker.withFields(
                                base, bounds: bounds.baseAddress!, escaped: escaped.baseAddress!, slots: slots
                            ) { fields in
                                try plan.explain(fields, line: line, seen: &seen)
                            }
                            return (scan, row)
                        }
                    }
                }
            }
            switch scanned.0 {
            case .record(let next, let lines, _):
                result.append(scanned.1!)
                line += lines
                position = next
            case .blank(let next, let lines):
                if endsAtBlankLine { return result }
                line += lines
                position = next
            case .malformed(let message, let lines):
                throw ImportError(.malformedQuote, file: file, line: line + lines, message: message)
            case .incomplete:
                guard bodyStart + filled < size else { return result }
                let more = min(size - bodyStart, bytes.count * 2) - bytes.count
                bytes.append(contentsOf: repeatElement(0, count: more))
                filled += try bytes.withUnsafeMutableBytes {
                    try ActivityImporter.readFully(
                        descriptor, $0.baseAddress! + filled, $0.count - filled, at: bodyStart + filled, path: file)
                }
            }
        }
        return result
    }
}

extension MeasurePlan {
    /// What one row becomes, with the reason in words; `seen` holds the record ids of earlier rows that became
    /// activity.
    func explain(_ fields: UnsafeMutablePointer<UnsafeRawBufferPointer>, line: Int, seen: inout Set<[UInt64]>) throws
        -> MeasurePreview
    {
        func texts(_ slots: [Int]) throws -> [FieldText] {
            try slots.map { slot in
                guard let text = MeasurePlan.decode(fields[slot], measures.encoding) else {
                    throw MeasureWorker.encodingError(fields[slot], self, slot: slot, line: line)
                }
                return FieldText(text)
            }
        }
        var preview = MeasurePreview(line: line, taskIDs: [], why: "")
        let filterValues = try texts(filterSlots)
        for (index, filter) in filters.enumerated() where filter.condition.holds(filterValues) != filter.keeps {
            preview.reason = .filteredOut
            preview.why = "filters[\(index)]: \(measures.filters[index].description)"
            return preview
        }
        let ruleValues = try texts(ruleSlots)
        var reasons: [String] = []
        for (index, rule) in rules.enumerated() where rule.condition.holds(ruleValues) {
            let id = taskIDs[Int(rule.task)]
            if !preview.taskIDs.contains(id) {
                preview.taskIDs.append(id)
                reasons.append("rules[\(index)] \(id): \(measures.rules[index].condition.description)")
            }
            if measures.match == .first { break }
        }
        guard !preview.taskIDs.isEmpty else {
            preview.reason = .noTaskRule
            preview.why =
                "no rule matched "
                + zip(ruleFieldNames, ruleValues).map { "\($0) = \(ImportError.quote($1.text))" }.joined(
                    separator: ", ")
            return preview
        }
        let ownerText = try texts([repSlot])[0].text
        if let owners {
            guard let index = owners[ownerText] else {
                preview.taskIDs = []
                preview.reason = .unknownOwner
                preview.why = "\(measures.repColumn) \(ImportError.quote(ownerText)) is not in the owner map"
                return preview
            }
            preview.repID = ownerRepIDs[Int(index)]
        } else if ownerText.isEmpty {
            preview.taskIDs = []
            preview.reason = .unknownOwner
            preview.why = "\(measures.repColumn) is empty"
            return preview
        } else {
            preview.repID = Rep.ID(rawValue: ownerText)
        }
        for source in daySlots where !fields[source.slot].isEmpty {
            guard let day = source.parser.day(fields[source.slot]) else {
                throw ImportError(
                    .invalidValue, file: file, line: line, field: source.column,
                    message:
                        "\(ImportError.quote(String(decoding: fields[source.slot], as: UTF8.self))) is not a date in "
                        + "the declared format \(source.parser.format.rawValue)")
            }
            preview.day = Day(daysSinceEpoch: Int(day))
            reasons.append("day from \(source.column)")
            break
        }
        guard preview.day != nil else {
            preview.taskIDs = []
            preview.reason = .noDate
            preview.why = "every day column is empty (\(measures.days.map(\.column).joined(separator: ", ")))"
            return preview
        }
        if let slot = recordSlot, !fields[slot].isEmpty {
            let (high, low) = MeasureWorker.fingerprint(fields[slot])
            guard seen.insert([high, low]).inserted else {
                preview.taskIDs = []
                preview.reason = .duplicateRecord
                preview.why =
                    "record \(ImportError.quote(String(decoding: fields[slot], as: UTF8.self))) already counted"
                return preview
            }
        }
        preview.why = reasons.joined(separator: "; ")
        return preview
    }
}
