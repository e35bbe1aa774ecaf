/// The binary payload of one activity batch in the file store's log.
///
/// Layout, little endian: `u32` string count, then each string as `u32` byte length and UTF-8 bytes (the
/// batch's distinct rep and task ids); `u32` activity count, then each activity as `u32` rep string index,
/// `u32` task string index, `i32` day (days since 1970-01-01) and the `f64` quantity's bit pattern.
enum ActivityBatchCoding {
    static func encode(_ batch: [Activity]) throws -> [UInt8] {
        var strings: [String] = []
        // Keyed by the ids' bytes (a `String` key would merge two spellings of one name, such as NFC and NFD).
        var index: [Rep.ID: UInt32] = [:]
        var records: [UInt8] = []
        records.reserveCapacity(batch.count * 20)
        func intern(_ string: String) -> UInt32 {
            let key = Rep.ID(rawValue: string)
            if let found = index[key] { return found }
            let next = UInt32(strings.count)
            strings.append(string)
            index[key] = next
            return next
        }
        for activity in batch {
            guard let day = Int32(exactly: activity.day.daysSinceEpoch) else {
                throw StoreError(
                    .invalidValue,
                    message: "activity \(activity.repID)/\(activity.taskID) has day \(activity.day), out of range")
            }
            FramedLog.appendLittleEndian(intern(activity.repID.rawValue), to: &records)
            FramedLog.appendLittleEndian(intern(activity.taskID.rawValue), to: &records)
            FramedLog.appendLittleEndian(UInt32(bitPattern: day), to: &records)
            let bits = activity.quantity.bitPattern
            FramedLog.appendLittleEndian(UInt32(truncatingIfNeeded: bits), to: &records)
            FramedLog.appendLittleEndian(UInt32(truncatingIfNeeded: bits >> 32), to: &records)
        }
        var payload: [UInt8] = []
        payload.reserveCapacity(records.count + strings.count * 16 + 8)
        FramedLog.appendLittleEndian(UInt32(strings.count), to: &payload)
        for string in strings {
            let utf8 = Array(string.utf8)
            FramedLog.appendLittleEndian(UInt32(utf8.count), to: &payload)
            payload += utf8
        }
        FramedLog.appendLittleEndian(UInt32(batch.count), to: &payload)
        payload += records
        return payload
    }

    /// Decodes a batch, keeping the activities in `days` whose rep is in `reps` (all when `nil`).
    static func decode(
        _ payload: ArraySlice<UInt8>, days: ClosedRange<Int>, reps: Set<Rep.ID>?, path: String,
        into result: inout [Activity]
    ) throws {
        let log = try decodeLog(Array(payload), days: days, path: path)
        result.reserveCapacity(result.count + log.count)
        for activity in log where reps?.contains(activity.repID) ?? true { result.append(activity) }
    }

    /// Decodes a batch straight into the columns of an ``ActivityLog``, keeping the activities in `days`: no
    /// ``Activity`` value and no hash lookup per row, one per distinct id.
    static func decodeLog(_ payload: [UInt8], days: ClosedRange<Int>, path: String) throws -> ActivityLog {
        var offset = 0
        func damaged() -> StoreError {
            StoreError(.corruptFile, path: path, message: "an activity batch does not decode at byte \(offset)")
        }
        return try payload.withUnsafeBytes { bytes in
            func u32() throws -> UInt32 {
                guard offset + 4 <= bytes.count else { throw damaged() }
                defer { offset += 4 }
                return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            }
            let stringCount = Int(try u32())
            var strings: [String] = []
            strings.reserveCapacity(min(stringCount, bytes.count / 4))
            for _ in 0..<stringCount {
                let length = Int(try u32())
                guard offset + length <= bytes.count else { throw damaged() }
                strings.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
                offset += length
            }
            let count = Int(try u32())
            guard count >= 0, offset + count * 20 <= bytes.count else { throw damaged() }
            // String index -> position in the log's rep or task ids, assigned on first use.
            var repOf = [Int32](repeating: -1, count: strings.count)
            var taskOf = [Int32](repeating: -1, count: strings.count)
            var repIDs: [Rep.ID] = []
            var taskIDs: [SalesTask.ID] = []
            var reps: [Int32] = []
            var tasks: [Int32] = []
            var dayColumn: [Int32] = []
            var quantities: [Double] = []
            reps.reserveCapacity(count)
            tasks.reserveCapacity(count)
            dayColumn.reserveCapacity(count)
            quantities.reserveCapacity(count)
            for _ in 0..<count {
                let base = offset
                offset += 20
                let rep = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: base, as: UInt32.self)))
                let task = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self)))
                let day = Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: base + 8, as: Int32.self))
                let bits = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: base + 12, as: UInt64.self))
                guard rep < strings.count, task < strings.count else {
                    offset = base
                    throw damaged()
                }
                let quantity = Double(bitPattern: bits)
                guard quantity.isFinite, quantity >= 0 else {
                    offset = base
                    throw damaged()
                }
                guard days.contains(Int(day)) else { continue }
                if repOf[rep] < 0 {
                    repOf[rep] = Int32(repIDs.count)
                    repIDs.append(Rep.ID(rawValue: strings[rep]))
                }
                if taskOf[task] < 0 {
                    taskOf[task] = Int32(taskIDs.count)
                    taskIDs.append(SalesTask.ID(rawValue: strings[task]))
                }
                reps.append(repOf[rep])
                tasks.append(taskOf[task])
                dayColumn.append(day)
                quantities.append(quantity)
            }
            return ActivityLog(
                repIDs: repIDs, taskIDs: taskIDs, reps: reps, tasks: tasks, days: dayColumn, quantities: quantities)
        }
    }
}
