import Foundation
import SalesCompetency

/// The command line after the command name: options (`--name value` or `--name=value`) and flags, consumed
/// by the command that knows them through the typed readers here; whatever is left over is an error.
///
/// Every file a command reads is named through ``input(_:)`` (or ``requiredInput(_:)``, ``inputs(_:)``,
/// ``positionalInputs()``) and every file it writes through ``output(_:)`` (or ``OutputOptions``), so that
/// ``finish()`` refuses an output that is one of the inputs before anything is read or written.
struct Arguments {
    private var items: [String]
    /// The files named as inputs so far.
    private(set) var inputPaths: [String] = []
    /// The files named as outputs so far, with the option that named them.
    private var outputPaths: [(option: String, path: String)] = []

    init(_ items: [String]) { self.items = items }

    /// Whether `--help` or `-h` was given.
    var wantsHelp: Bool { items.contains("--help") || items.contains("-h") }

    /// Removes and returns the value of `--name`, or `nil` when absent.
    mutating func option(_ name: String) throws -> String? {
        var found: String?
        var index = 0
        while index < items.count {
            let item = items[index]
            if item == name {
                guard index + 1 < items.count, !items[index + 1].hasPrefix("--") else {
                    throw UsageError("option \(name) needs a value")
                }
                guard found == nil else { throw UsageError("option \(name) is given twice") }
                found = items[index + 1]
                items.removeSubrange(index...index + 1)
            } else if item.hasPrefix(name + "=") {
                guard found == nil else { throw UsageError("option \(name) is given twice") }
                found = String(item.dropFirst(name.count + 1))
                items.remove(at: index)
            } else {
                index += 1
            }
        }
        return found
    }

    /// Removes and returns the value of `--name`, failing when it is absent.
    mutating func required(_ name: String, _ placeholder: String = "FILE") throws -> String {
        guard let value = try option(name) else { throw UsageError("\(name) \(placeholder) is required") }
        return value
    }

    /// Removes and returns the file named by `--name`, remembered as an input.
    mutating func input(_ name: String) throws -> String? {
        let path = try option(name)
        if let path { inputPaths.append(path) }
        return path
    }

    /// Removes and returns the file named by `--name`, remembered as an input; failing when it is absent.
    mutating func requiredInput(_ name: String) throws -> String {
        guard let path = try input(name) else { throw UsageError("\(name) FILE is required") }
        return path
    }

    /// Removes and returns the files of `--name FILE,FILE`, remembered as inputs.
    mutating func inputs(_ name: String) throws -> [String] {
        let paths = try option(name).map(Self.list) ?? []
        inputPaths += paths
        return paths
    }

    /// Removes and returns the leading words that are not options, remembered as inputs.
    mutating func positionalInputs() -> [String] {
        var paths: [String] = []
        while let path = subcommand() { paths.append(path) }
        inputPaths += paths
        return paths
    }

    /// Removes and returns the file named by `--name`, remembered as an output.
    mutating func output(_ name: String) throws -> String? {
        let path = try option(name)
        if let path { outputPaths.append((name, path)) }
        return path
    }

    /// Removes `--name` and returns whether it was there.
    mutating func flag(_ name: String) -> Bool {
        let before = items.count
        items.removeAll { $0 == name }
        return items.count != before
    }

    /// Removes and returns the value of `--name` parsed as a finite number.
    mutating func number(_ name: String) throws -> Double? {
        guard let text = try option(name) else { return nil }
        guard let value = Double(text), value.isFinite else { throw Self.invalid(name, "a finite number", text) }
        return value
    }

    /// Removes and returns the value of `--name` parsed as a whole number of at least `minimum`.
    mutating func wholeNumber(_ name: String, minimum: Int = 0) throws -> Int? {
        guard let text = try option(name) else { return nil }
        guard let value = Int(text), value >= minimum else {
            throw Self.invalid(name, minimum == 0 ? "a whole number" : "a whole number >= \(minimum)", text)
        }
        return value
    }

    /// Removes and returns the value of `--name` parsed as a plain decimal number (money, rates).
    mutating func decimal(_ name: String) throws -> Decimal? {
        guard let text = try option(name) else { return nil }
        guard let value = Decimal(plainDecimal: text) else {
            throw Self.invalid(name, "a plain decimal number such as 1200 or 0.1", text)
        }
        return value
    }

    /// Removes and returns the values of `--name A,B,C` parsed as plain decimal numbers.
    mutating func decimals(_ name: String) throws -> [Decimal]? {
        guard let text = try option(name) else { return nil }
        return try text.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { index, item in
            guard let value = Decimal(plainDecimal: String(item)) else {
                throw UsageError(
                    "option \(name) value \(index + 1) is not a plain decimal number: \(ErrorText.quoted(item))")
            }
            return value
        }
    }

    /// Removes and returns the value of `--name` parsed as a day `YYYY-MM-DD` (`--effective`, `--as-of`).
    mutating func day(_ name: String) throws -> Day? {
        guard let text = try option(name) else { return nil }
        do { return try Day(parsing: text) } catch { throw Self.invalid(name, "a day YYYY-MM-DD", text) }
    }

    /// Removes and returns `--from` and `--to`: the periods of a report, read the same way by every command.
    mutating func periods() throws -> PeriodBounds {
        PeriodBounds(from: try option("--from"), to: try option("--to"))
    }

    /// Removes and returns `--time-zone ID` (an IANA name; default UTC).
    mutating func timeZone() throws -> TimeZone {
        let name = try option("--time-zone") ?? "UTC"
        guard let zone = TimeZone(identifier: name) else {
            throw Self.invalid("--time-zone", "an IANA time zone such as Europe/London", name)
        }
        return zone
    }

    /// Removes and returns the first argument when it is a word rather than an option (a subcommand).
    mutating func subcommand() -> String? {
        guard let first = items.first, !first.hasPrefix("-") else { return nil }
        items.removeFirst()
        return first
    }

    /// Fails on anything no option or flag consumed, and on an output that is one of the inputs (it would be
    /// replaced before it is read).
    func finish() throws {
        if let first = items.first { throw UsageError("unknown argument \(ErrorText.quoted(first))") }
        for (option, path) in outputPaths {
            if let input = inputPaths.first(where: { Self.sameFile($0, path) }) {
                throw UsageError("\(option) \(path) is also an input (\(input)); nothing was written")
            }
        }
    }

    /// Whether two paths name the same file: the same path once resolved, or the same file on disk.
    static func sameFile(_ first: String, _ second: String) -> Bool {
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        if resolved(first) == resolved(second) { return true }
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// `A,B, C` as `["A", "B", "C"]`, empty items dropped.
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The usage error for a value of the wrong kind, quoting at most 80 characters of it.
    static func invalid(_ name: String, _ kind: String, _ text: some StringProtocol) -> UsageError {
        UsageError("option \(name) needs \(kind), found \(ErrorText.quoted(text))")
    }
}

/// `--from` and `--to`: months `YYYY-MM` (weeks `YYYY-Www` or quarters `YYYY-Qn` under a weekly or quarterly
/// scoring policy), checked to be of the periods' length and in order.
struct PeriodBounds {
    var from: String?
    var to: String?

    /// The most periods a report spans: 100 years.
    static func maximum(_ granularity: Period.Granularity) -> Int {
        switch granularity {
        case .week: 5218
        case .quarter: 400
        default: 1200
        }
    }

    /// How a period of `granularity` is written.
    static func form(_ granularity: Period.Granularity) -> String {
        switch granularity {
        case .week: "a week YYYY-Www"
        case .quarter: "a quarter YYYY-Qn"
        default: "a month YYYY-MM"
        }
    }

    /// The period of `text`, which must be of `granularity`.
    static func period(_ text: String?, _ name: String, _ granularity: Period.Granularity) throws -> Period? {
        guard let text else { return nil }
        guard let period = try? Period(parsing: text), period.granularity == granularity else {
            throw Arguments.invalid(name, form(granularity), text)
        }
        return period
    }

    /// Both ends, or neither (`nil`: the periods the data spans), for a command that builds a grid of periods.
    func closed(_ granularity: Period.Granularity = .month) throws -> PeriodRange? {
        guard from != nil || to != nil else { return nil }
        guard let first = try Self.period(from, "--from", granularity),
            let last = try Self.period(to, "--to", granularity)
        else { throw UsageError("--from and --to go together") }
        guard first <= last else { throw UsageError("--from \(first) is after --to \(last)") }
        let range = try PeriodRange(first, through: last)
        let most = Self.maximum(granularity)
        guard range.count <= most else {
            throw UsageError(
                "--from \(first) --to \(last) spans \(range.count) \(granularity.rawValue)s; at most \(most) (100 years)"
            )
        }
        return range
    }

    /// Either month alone, the other end open, for a command that filters what it reads; `nil` when neither.
    func open() throws -> PeriodRange? {
        guard from != nil || to != nil else { return nil }
        let first = try Self.period(from, "--from", .month) ?? Period.month(1, 1)
        let last = try Self.period(to, "--to", .month) ?? Period.month(9999, 12)
        guard first <= last else { throw UsageError("--from \(first) is after --to \(last)") }
        return try PeriodRange(first, through: last)
    }
}

/// A mistake in how the command was called; exits with status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
