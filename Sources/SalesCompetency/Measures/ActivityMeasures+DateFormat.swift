public import Foundation

extension ActivityMeasures {
    /// The format of a day column, declared and never guessed.
    ///
    /// | raw value | example | note |
    /// | --- | --- | --- |
    /// | `yyyy-MM-dd` | `2019-01-30` | ISO date |
    /// | `iso8601` | `2019-01-30T22:53:22.000+0000` | ISO timestamp: `T` or a space, seconds and fraction optional, then `Z`, `±HHMM`, `±HH:MM`, `±HH` or nothing (local time); the day is taken in the scoring time zone |
    /// | `M/d/yyyy` | `1/30/2019` | month first, 1 or 2 digits (en-US) |
    /// | `MM/dd/yyyy` | `01/30/2019` | month first, 2 digits |
    /// | `d/M/yyyy` | `30/1/2019` | day first, 1 or 2 digits |
    /// | `dd/MM/yyyy` | `30/01/2019` | day first, 2 digits (en-GB and most of Europe) |
    ///
    /// The slash formats may be followed by a space and a time (`1/30/2019 10:53 PM`), which is ignored: the day
    /// is the one written.
    public enum DateFormat: String, Hashable, Sendable, Codable, CaseIterable {
        /// `yyyy-MM-dd`.
        case isoDate = "yyyy-MM-dd"
        /// An ISO 8601 timestamp, such as `2019-01-30T22:53:22.000+0000`.
        case isoTimestamp = "iso8601"
        /// `M/d/yyyy`: month first, 1 or 2 digits.
        case monthDayYear = "M/d/yyyy"
        /// `MM/dd/yyyy`: month first, 2 digits.
        case paddedMonthDayYear = "MM/dd/yyyy"
        /// `d/M/yyyy`: day first, 1 or 2 digits.
        case dayMonthYear = "d/M/yyyy"
        /// `dd/MM/yyyy`: day first, 2 digits.
        case paddedDayMonthYear = "dd/MM/yyyy"

        /// Parses a value in this format.
        ///
        /// - Parameters:
        ///   - text: The value.
        ///   - timeZone: The time zone whose calendar day a timestamp with an offset falls on.
        /// - Returns: The day, or `nil` when the value is not in this format.
        /// - Complexity: O(length of `text`).
        public func day(_ text: String, in timeZone: TimeZone) -> Day? {
            var copy = text
            let parser = DayParser(format: self, timeZone: timeZone)
            return copy.withUTF8 { parser.day(UnsafeRawBufferPointer($0)).map { Day(daysSinceEpoch: Int($0)) } }
        }
    }
}

/// Parses day values of one declared format from raw bytes, without allocating.
struct DayParser: Sendable {
    let format: ActivityMeasures.DateFormat
    let timeZone: TimeZone
    /// The zone's offset in seconds when it never changes (UTC, fixed offsets): timestamps need no calendar.
    let fixedOffset: Int?

    init(format: ActivityMeasures.DateFormat, timeZone: TimeZone) {
        self.format = format
        self.timeZone = timeZone
        let probe = Date(timeIntervalSince1970: 0)
        fixedOffset =
            timeZone.nextDaylightSavingTimeTransition(after: probe) == nil
            ? timeZone.secondsFromGMT(for: probe) : nil
    }

    /// The day as days since 1970-01-01, or `nil`.
    @inline(__always)
    func day(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        switch format {
        case .isoDate:
            return Day.parse(bytes).map { Int32(truncatingIfNeeded: $0.daysSinceEpoch) }
        case .isoTimestamp:
            return timestamp(bytes)
        case .monthDayYear: return slashed(bytes, monthFirst: true, padded: false)
        case .paddedMonthDayYear: return slashed(bytes, monthFirst: true, padded: true)
        case .dayMonthYear: return slashed(bytes, monthFirst: false, padded: false)
        case .paddedDayMonthYear: return slashed(bytes, monthFirst: false, padded: true)
        }
    }

    private func timestamp(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let fixedOffset else {
            return Day.parseTimestamp(bytes, in: timeZone).map { Int32(truncatingIfNeeded: $0.daysSinceEpoch) }
        }
        guard let parts = Day.timestampParts(bytes) else { return nil }
        // Without an offset the time is local: the date part is the day.
        guard let offset = parts.offset else { return Int32(truncatingIfNeeded: parts.date.daysSinceEpoch) }
        let seconds = parts.date.daysSinceEpoch * 86_400 + parts.seconds - offset + fixedOffset
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return Int32(truncatingIfNeeded: days)
    }

    private func slashed(_ bytes: UnsafeRawBufferPointer, monthFirst: Bool, padded: Bool) -> Int32? {
        var position = 0
        let count = bytes.count
        func part(minimum: Int, maximum: Int) -> Int? {
            let start = position
            var value = 0
            while position < count, position - start < maximum {
                let digit = Int(bytes[position]) &- 48
                guard digit >= 0, digit <= 9 else { break }
                value = value * 10 + digit
                position += 1
            }
            return position - start >= minimum ? value : nil
        }
        let width = padded ? 2 : 1
        guard let first = part(minimum: width, maximum: 2), position < count, bytes[position] == UInt8(ascii: "/")
        else { return nil }
        position += 1
        guard let second = part(minimum: width, maximum: 2), position < count, bytes[position] == UInt8(ascii: "/")
        else { return nil }
        position += 1
        guard let year = part(minimum: 4, maximum: 4) else { return nil }
        // A time may follow after a space; it does not change the day written.
        guard position == count || bytes[position] == UInt8(ascii: " ") else { return nil }
        let (month, day) = monthFirst ? (first, second) : (second, first)
        return Day(year: year, month: month, day: day).map { Int32(truncatingIfNeeded: $0.daysSinceEpoch) }
    }
}
