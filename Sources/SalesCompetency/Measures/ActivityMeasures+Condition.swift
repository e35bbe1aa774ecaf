import Foundation

extension ActivityMeasures {
    /// A condition over the fields of a row: equals, one of, contains, starts with or a regular expression on
    /// one field (each case-insensitive on request), combined with all, any and not.
    ///
    /// Comparisons are on the field's text without surrounding spaces; with `ignoringCase` both sides are
    /// lower-cased (Unicode) first. A regular expression (ICU syntax, as `NSRegularExpression`) matches when it
    /// is found anywhere in the field; anchor it with `^` and `$` to match the whole field.
    ///
    /// ```swift
    /// let call: ActivityMeasures.Condition = .any([
    ///     .equals("TaskSubtype", "Call"),
    ///     .matches("Subject", "^(call|left voicemail)\\b", ignoringCase: true),
    /// ])
    /// ```
    public struct Condition: Hashable, Sendable, CustomStringConvertible {
        indirect enum Kind: Hashable, Sendable {
            case equals(field: String, value: String, ignoringCase: Bool)
            case oneOf(field: String, values: [String], ignoringCase: Bool)
            case contains(field: String, value: String, ignoringCase: Bool)
            case startsWith(field: String, value: String, ignoringCase: Bool)
            case matches(field: String, pattern: String, ignoringCase: Bool)
            case all([Condition])
            case any([Condition])
            case not(Condition)
        }

        let kind: Kind

        /// The field equals `value`.
        ///
        /// - Parameters:
        ///   - field: The column.
        ///   - value: The value.
        ///   - ignoringCase: Whether case is ignored.
        /// - Returns: The condition.
        public static func equals(_ field: String, _ value: String, ignoringCase: Bool = false) -> Condition {
            Condition(kind: .equals(field: field, value: value, ignoringCase: ignoringCase))
        }

        /// The field equals one of `values`.
        ///
        /// - Parameters:
        ///   - field: The column.
        ///   - values: The values.
        ///   - ignoringCase: Whether case is ignored.
        /// - Returns: The condition.
        public static func oneOf(_ field: String, _ values: [String], ignoringCase: Bool = false) -> Condition {
            Condition(kind: .oneOf(field: field, values: values, ignoringCase: ignoringCase))
        }

        /// The field contains `value`.
        ///
        /// - Parameters:
        ///   - field: The column.
        ///   - value: The text to find.
        ///   - ignoringCase: Whether case is ignored.
        /// - Returns: The condition.
        public static func contains(_ field: String, _ value: String, ignoringCase: Bool = false) -> Condition {
            Condition(kind: .contains(field: field, value: value, ignoringCase: ignoringCase))
        }

        /// The field starts with `value`.
        ///
        /// - Parameters:
        ///   - field: The column.
        ///   - value: The prefix.
        ///   - ignoringCase: Whether case is ignored.
        /// - Returns: The condition.
        public static func startsWith(_ field: String, _ value: String, ignoringCase: Bool = false) -> Condition {
            Condition(kind: .startsWith(field: field, value: value, ignoringCase: ignoringCase))
        }

        /// The regular expression `pattern` is found in the field.
        ///
        /// - Parameters:
        ///   - field: The column.
        ///   - pattern: An ICU regular expression (checked by ``ActivityMeasures/validate()``).
        ///   - ignoringCase: Whether case is ignored.
        /// - Returns: The condition.
        public static func matches(_ field: String, _ pattern: String, ignoringCase: Bool = false) -> Condition {
            Condition(kind: .matches(field: field, pattern: pattern, ignoringCase: ignoringCase))
        }

        /// Every one of `conditions` holds.
        ///
        /// - Parameter conditions: The conditions, at least one.
        /// - Returns: The condition.
        public static func all(_ conditions: [Condition]) -> Condition { Condition(kind: .all(conditions)) }

        /// At least one of `conditions` holds.
        ///
        /// - Parameter conditions: The conditions, at least one.
        /// - Returns: The condition.
        public static func any(_ conditions: [Condition]) -> Condition { Condition(kind: .any(conditions)) }

        /// `condition` does not hold.
        ///
        /// - Parameter condition: The condition.
        /// - Returns: The condition.
        public static func not(_ condition: Condition) -> Condition { Condition(kind: .not(condition)) }

        /// The columns the condition reads, each once, in order.
        public var fields: [String] {
            var seen: [String] = []
            func walk(_ kind: Kind) {
                switch kind {
                case .equals(let field, _, _), .oneOf(let field, _, _), .contains(let field, _, _),
                    .startsWith(let field, _, _), .matches(let field, _, _):
                    if !seen.contains(field) { seen.append(field) }
                case .all(let list), .any(let list):
                    for condition in list { walk(condition.kind) }
                case .not(let inner): walk(inner.kind)
                }
            }
            walk(kind)
            return seen
        }

        /// The condition for people, such as `Subject contains "call" (any case)`.
        public var description: String {
            func quoted(_ text: String) -> String { "\"\(text)\"" }
            func caseNote(_ ignoring: Bool) -> String { ignoring ? " (any case)" : "" }
            switch kind {
            case .equals(let field, let value, let ignoring): return "\(field) = \(quoted(value))\(caseNote(ignoring))"
            case .oneOf(let field, let values, let ignoring):
                return "\(field) in [\(values.map(quoted).joined(separator: ", "))]\(caseNote(ignoring))"
            case .contains(let field, let value, let ignoring):
                return "\(field) contains \(quoted(value))\(caseNote(ignoring))"
            case .startsWith(let field, let value, let ignoring):
                return "\(field) starts with \(quoted(value))\(caseNote(ignoring))"
            case .matches(let field, let pattern, let ignoring):
                return "\(field) matches /\(pattern)/\(ignoring ? "i" : "")"
            case .all(let list): return "all(" + list.map(\.description).joined(separator: ", ") + ")"
            case .any(let list): return "any(" + list.map(\.description).joined(separator: ", ") + ")"
            case .not(let inner): return "not(\(inner.description))"
            }
        }

        /// Checks the condition; `path` is its JSON path, used in errors.
        func validate(path: String) throws {
            switch kind {
            case .equals(let field, _, _), .contains(let field, _, _), .startsWith(let field, _, _):
                try Condition.checkField(field, path)
            case .oneOf(let field, let values, _):
                try Condition.checkField(field, path)
                guard !values.isEmpty else {
                    throw ValidationError(.valueOutOfRange, field: path + ".oneOf", message: "give at least one value")
                }
            case .matches(let field, let pattern, let ignoring):
                try Condition.checkField(field, path)
                do {
                    _ = try Condition.regularExpression(pattern, ignoringCase: ignoring)
                } catch {
                    throw ValidationError(
                        .invalidPattern, field: path + ".matches",
                        message: "the regular expression \(ImportError.quote(pattern)) does not compile")
                }
            case .all(let list), .any(let list):
                let key = if case .all = kind { "all" } else { "any" }
                guard !list.isEmpty else {
                    throw ValidationError(
                        .valueOutOfRange, field: path + "." + key, message: "give at least one condition")
                }
                for (index, condition) in list.enumerated() { try condition.validate(path: "\(path).\(key)[\(index)]") }
            case .not(let inner):
                try inner.validate(path: path + ".not")
            }
        }

        private static func checkField(_ field: String, _ path: String) throws {
            guard !field.trimmingASCIIWhitespace().isEmpty else {
                throw ValidationError(.emptyName, field: path + ".field", message: "the column name is empty")
            }
        }

        static func regularExpression(_ pattern: String, ignoringCase: Bool) throws -> NSRegularExpression {
            try NSRegularExpression(pattern: pattern, options: ignoringCase ? [.caseInsensitive] : [])
        }
    }
}

extension ValidationError.Code {
    /// A regular expression does not compile.
    public static let invalidPattern = ValidationError.Code(rawValue: "invalidPattern")
}

extension ImportError {
    /// `text` in quotes for a message, cut to at most 80 characters.
    static func quote(_ text: String) -> String {
        text.count <= 80 ? "\"\(text)\"" : "\"\(text.prefix(77))...\""
    }
}
