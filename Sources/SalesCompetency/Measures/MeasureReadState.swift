/// What a ``MeasureReader`` accumulates over the parts and files it reads: the counts of the report, the
/// record ids seen, and the reps numbered so far.
struct ReadState {
    let measures: ActivityMeasures
    var rowsRead = 0
    var rowsConverted = 0
    var activities = 0
    /// filteredOut, noTaskRule, unknownOwner, noDate, duplicateRecord.
    var skipped = [Int](repeating: 0, count: 5)
    var lines = [[MeasureReport.Location]](repeating: [], count: 5)
    var perFilter: [Int]
    var unmatched: [[String]: Int] = [:]
    var footerLines: [String: Int] = [:]
    var records = RecordSet()
    /// Without an owner map: rep id → index given to the sink.
    var repIndex: [String: Int32] = [:]

    init(measures: ActivityMeasures) {
        self.measures = measures
        perFilter = [Int](repeating: 0, count: measures.filters.count)
    }

    private mutating func note(_ reason: Int, _ file: String, _ line: Int) {
        if lines[reason].count < MeasureReport.firstLinesKept {
            lines[reason].append(MeasureReport.Location(file: file, line: line))
        }
    }

    /// Takes in one part, in file order: counts, skips the rows whose record id an earlier row had (see
    /// ``RecordSet/duplicates(in:)``) and hands its activity to the sink.
    ///
    /// - Parameters:
    ///   - fileBytes: The size of the file's body, for sizing the record-id table.
    ///   - mapsOwners: Whether the rows' owners are indices in an owner map; otherwise they are numbers of the worker
    ///     that read the part, named by the part's ``PartOutput/ownerNames``.
    ///   - localToGlobal: That worker's owner numbers → the sink's rep indices, extended as needed.
    mutating func apply<Sink: MeasureSink>(
        _ output: PartOutput, file: String, fileBytes: Int, firstLine: Int, mapsOwners: Bool,
        localToGlobal: inout [Int32], sink: inout Sink
    ) {
        records.reserve(partRows: output.rows.count, partBytes: output.stoppedAt - output.start, fileBytes: fileBytes)
        let duplicates = records.duplicates(in: output)
        let ownerNames = output.ownerNames
        rowsRead += output.rowsRead
        for reason in 0..<4 {
            skipped[reason] += output.skipped[reason]
            for line in output.skippedLines[reason] { note(reason, file, firstLine + line) }
        }
        for (index, count) in output.perFilter.enumerated() { perFilter[index] += count }
        for (values, count) in output.unmatchedValues { unmatched[values, default: 0] += count }
        var skipping = false
        for (index, row) in output.rows.enumerated() {
            if row.continues {
                if skipping { continue }
            } else {
                if duplicates[index] {
                    skipping = true
                    skipped[4] += 1
                    note(4, file, firstLine + Int(row.line))
                    continue
                }
                skipping = false
                rowsConverted += 1
            }
            activities += 1
            var rep = row.rep
            if !mapsOwners {
                while localToGlobal.count <= Int(rep) {
                    let name = ownerNames[localToGlobal.count]
                    if let known = repIndex[name] {
                        localToGlobal.append(known)
                    } else {
                        let next = Int32(repIndex.count)
                        repIndex[name] = next
                        sink.addRep(name)
                        localToGlobal.append(next)
                    }
                }
                rep = localToGlobal[Int(rep)]
            }
            sink.add(rep: rep, task: row.task, day: row.day, quantity: row.quantity)
        }
    }

    /// The report.
    func report(files: [String]) -> MeasureReport {
        var report = MeasureReport()
        report.files = files
        report.rowsRead = rowsRead
        report.rowsConverted = rowsConverted
        report.activities = activities
        report.footerLines = footerLines
        let reasons: [MeasureReport.Reason] = [.filteredOut, .noTaskRule, .unknownOwner, .noDate, .duplicateRecord]
        for (index, reason) in reasons.enumerated() where skipped[index] > 0 {
            report.skipped.append(
                MeasureReport.Skipped(
                    reason: reason, rows: skipped[index], firstLines: lines[index],
                    rowsPerFilter: reason == .filteredOut ? perFilter : []))
        }
        var fields: [String] = []
        for rule in measures.rules {
            for field in rule.condition.fields where !fields.contains(field) { fields.append(field) }
        }
        report.ruleFields = fields
        let ranked = unmatched.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key)
        }
        report.topUnmatched = ranked.prefix(MeasureReport.topUnmatchedKept).map {
            MeasureReport.UnmatchedValue(values: $0.key, rows: $0.value)
        }
        return report
    }
}
