import Foundation

/// Writes iCalendar (RFC 5545) content lines: CRLF line ends, lines folded at 75 octets without splitting a
/// UTF-8 sequence, TEXT values escaped.
struct ICalendarWriter {
    /// The content so far.
    private(set) var text = ""

    /// Appends `NAME[;PARAMETERS]:VALUE`, folded; `value` must already be in its value type's syntax.
    mutating func property(_ name: String, _ value: String, parameters: String = "") {
        let line = parameters.isEmpty ? "\(name):\(value)" : "\(name);\(parameters):\(value)"
        text += ICalendarWriter.fold(line)
    }

    /// Appends a property whose value is TEXT, escaped.
    mutating func text(_ name: String, _ value: String) {
        property(name, ICalendarWriter.escape(value))
    }

    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes `\n`, and other
    /// control characters (which TEXT may not hold) become spaces.
    ///
    /// - Complexity: O(n).
    static func escape(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds one content line: at most 75 octets per physical line (CRLF not counted), continuation lines
    /// starting with one space, never inside a UTF-8 sequence. The result ends with CRLF.
    ///
    /// - Complexity: O(n).
    static func fold(_ line: String) -> String {
        var result = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > 75 {
                result += "\r\n "
                used = 1
            }
            result.unicodeScalars.append(scalar)
            used += size
        }
        return result + "\r\n"
    }

    /// `YYYYMMDDTHHMMSS` for an instant in a time zone (with `Z` appended for UTC by the caller).
    static func localDateTime(_ instant: Date, in timeZone: TimeZone) -> String {
        localDateTime(instant, offset: timeZone.secondsFromGMT(for: instant))
    }

    /// `YYYYMMDDTHHMMSS` for an instant at a fixed offset from UTC, in seconds.
    static func localDateTime(_ instant: Date, offset: Int) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let day = Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.daysSinceEpoch * 86_400
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(day.year, 4) + pad(day.month, 2) + pad(day.dayOfMonth, 2) + "T" + pad(inDay / 3600, 2)
            + pad(inDay / 60 % 60, 2) + pad(inDay % 60, 2)
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`; double quotes (never allowed) are dropped.
    static func parameterValue(_ value: String) -> String {
        let clean = value.replacingOccurrences(of: "\"", with: "")
        return clean.contains(where: { ":;,".contains($0) }) ? "\"\(clean)\"" : clean
    }

    /// `±HHMM` for an offset from UTC in seconds.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return sign + (hours.count == 1 ? "0" : "") + hours + (rest.count == 1 ? "0" : "") + rest
    }
}
