public import Foundation

extension Day {
    /// Parses an ISO 8601 timestamp from raw UTF-8 bytes and returns the day on which it falls in `timeZone`;
    /// `nil` when invalid.
    ///
    /// Accepted: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` (a space may replace `T`) followed by `Z`, `±HH:MM`,
    /// `±HHMM` or `±HH`. Without an offset the time is already local to `timeZone`, so the date part is the day.
    ///
    /// ```swift
    /// // 2025-03-31T23:30:00Z is 2025-04-01 01:30 in Berlin
    /// Day.parseTimestamp(bytes, in: TimeZone(identifier: "Europe/Berlin")!)   // 2025-04-01
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The timestamp text.
    ///   - timeZone: The time zone whose calendar day is wanted.
    /// - Returns: The day, or `nil`.
    public static func parseTimestamp(_ bytes: UnsafeRawBufferPointer, in timeZone: TimeZone) -> Day? {
        guard let parts = timestampParts(bytes) else { return nil }
        guard let offset = parts.offset else { return parts.date }
        return Day(
            Date(timeIntervalSince1970: Double(parts.date.daysSinceEpoch * 86_400 + parts.seconds - offset)),
            in: timeZone)
    }

    /// The parts of an ISO 8601 timestamp: the date as written, the seconds into that day, and the offset from UTC
    /// in seconds (`nil` when none is written: local time); `nil` when the text is not a timestamp.
    static func timestampParts(_ bytes: UnsafeRawBufferPointer) -> (date: Day, seconds: Int, offset: Int?)? {
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            let date = Day.parse(UnsafeRawBufferPointer(rebasing: bytes[0..<10]))
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= bytes.count else { return nil }
            var value = 0
            for position in start..<start + length {
                let digit = Int(bytes[position]) &- 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let hour = number(11, 2), bytes[13] == UInt8(ascii: ":"), let minute = number(14, 2), hour < 24,
            minute < 60
        else { return nil }
        var position = 16
        var second = 0
        if position < bytes.count, bytes[position] == UInt8(ascii: ":") {
            guard let value = number(position + 1, 2), value <= 60 else { return nil }
            second = value
            position += 3
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ",") {
                position += 1
                let start = position
                while position < bytes.count, (48...57).contains(bytes[position]) { position += 1 }
                guard position > start else { return nil }
            }
        }
        let seconds = hour * 3600 + minute * 60 + second
        if position == bytes.count { return (date, seconds, nil) }
        var offset = 0
        switch bytes[position] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard position + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[position] == UInt8(ascii: "+") ? 1 : -1
            guard let hours = number(position + 1, 2), hours <= 18 else { return nil }
            var minutes = 0
            switch bytes.count - position {
            case 3: break
            case 5:
                guard let value = number(position + 3, 2) else { return nil }
                minutes = value
            case 6:
                guard bytes[position + 3] == UInt8(ascii: ":"), let value = number(position + 4, 2) else { return nil }
                minutes = value
            default: return nil
            }
            guard minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        default:
            return nil
        }
        return (date, seconds, offset)
    }
}
