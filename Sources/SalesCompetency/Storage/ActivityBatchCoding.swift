/// The binary payload of one activity batch in the file store's log.
///
/// Layout, little endian: `u32` string count, then each string as `u32` byte length and UTF-8 bytes (the
/// batch's distinct rep and task ids); `u32` activity count, then each activity as `u32` rep string index,
/// `u32` task string index, `i32` day (days since 1970-01-01) and the `f64` quantity's bit pattern.
enum ActivityBatchCoding {
    static func encode(_ batch: [Activity]) throws -> [UInt8] {
        var strings: [String] = []
        var index: [String: UInt32] = [:]
        var records: [UInt8] = []
        records.reserveCapacity(batch.count * 20)
        func intern(_ string: String) -> UInt32 {
            if let found = index[string] { return found }
            let next = UInt32(strings.count)
            strings.append(string)
            index[string] = next
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
        let bytes = Array(payload)
        var offset = 0
        func damaged() -> StoreError {
            StoreError(.corruptFile, path: path, message: "an activity batch does not decode at byte \(offset)")
        }
        func u32() throws -> UInt32 {
            guard offset + 4 <= bytes.count else { throw damaged() }
            defer { offset += 4 }
            return FramedLog.littleEndian(bytes, at: offset)
        }
        let stringCount = Int(try u32())
        var strings: [String] = []
        // The count comes from the file: reserve no more than its bytes can hold (4 bytes of length per string).
        strings.reserveCapacity(min(stringCount, bytes.count / 4))
        for _ in 0..<stringCount {
            let length = Int(try u32())
            guard offset + length <= bytes.count else { throw damaged() }
            strings.append(String(decoding: bytes[offset..<offset + length], as: UTF8.self))
            offset += length
        }
        let wanted = strings.map { reps?.contains(Rep.ID(rawValue: $0)) ?? true }
        let count = Int(try u32())
        guard offset + count * 20 <= bytes.count else { throw damaged() }
        for _ in 0..<count {
            let rep = Int(try u32())
            let task = Int(try u32())
            let day = Int(Int32(bitPattern: try u32()))
            let low = UInt64(try u32())
            let high = UInt64(try u32())
            guard rep < strings.count, task < strings.count else { throw damaged() }
            guard wanted[rep], days.contains(day) else { continue }
            let quantity = Double(bitPattern: high << 32 | low)
            guard quantity.isFinite, quantity >= 0 else { throw damaged() }
            result.append(
                try Activity(
                    repID: Rep.ID(rawValue: strings[rep]), taskID: SalesTask.ID(rawValue: strings[task]),
                    day: Day(daysSinceEpoch: day), quantity: quantity))
        }
    }
}
