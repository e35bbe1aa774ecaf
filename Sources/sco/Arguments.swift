/// The command line after the command name: options (`--name value` or `--name=value`) and flags, consumed
/// by the command that knows them; whatever is left over is an error.
struct Arguments {
    private var items: [String]

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

    /// Removes `--name` and returns whether it was there.
    mutating func flag(_ name: String) -> Bool {
        let before = items.count
        items.removeAll { $0 == name }
        return items.count != before
    }

    /// Removes and returns the value of `--name` parsed as a number.
    mutating func number(_ name: String) throws -> Double? {
        guard let text = try option(name) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw UsageError("option \(name) needs a finite number, found \"\(text)\"")
        }
        return value
    }

    /// Removes and returns `--format`, checked against the formats the command supports.
    mutating func format(_ allowed: [OutputFormat], default fallback: OutputFormat = .table) throws -> OutputFormat {
        guard let text = try option("--format") else { return fallback }
        guard let format = OutputFormat(rawValue: text), allowed.contains(format) else {
            let names = allowed.map(\.rawValue).joined(separator: "|")
            throw UsageError("--format must be one of \(names), found \"\(text)\"")
        }
        return format
    }

    /// Removes and returns the first argument when it is a word rather than an option (a subcommand).
    mutating func subcommand() -> String? {
        guard let first = items.first, !first.hasPrefix("-") else { return nil }
        items.removeFirst()
        return first
    }

    /// Fails on anything no option or flag consumed.
    func finish() throws {
        if let first = items.first { throw UsageError("unknown argument \"\(first)\"") }
    }
}

/// A mistake in how the command was called; exits with status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
