import Foundation
import SalesCompetency
import TestSupport
import Testing

/// One malformed input for the bad-input matrix: what is tried, the error it must give, and the state that must
/// be left as it was.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// What the state check compares before and after the failed attempt.
    enum State: String, Sendable {
        /// A pure reader or calculator: it returns a value or throws, and holds nothing to change.
        case none = "nothing held (pure)"
        /// The input file on disk: same bytes after the attempt.
        case inputFile = "input file unchanged"
        /// A dictionary that was edited: equal to its value before the edit.
        case dictionary = "dictionary unchanged"
        /// A store: same contents after the failed write.
        case store = "store contents unchanged"
    }

    /// The reader or calculator, such as `Roster CSV`.
    var area: String
    /// The kind of bad input, such as `empty file`.
    var name: String
    /// The error that must come back.
    var expected: Reported
    /// What must be unchanged.
    var state: State
    /// Makes the attempt; returns the error thrown (or `nil` when nothing was thrown) and whether the state was
    /// unchanged.
    var attempt: @Sendable () async -> (error: (any Error)?, unchanged: Bool)

    var testDescription: String { "\(area): \(name)" }

    /// A pure reader or calculator: nothing to compare but the error.
    init(_ area: String, _ name: String, _ expected: Reported, _ body: @escaping @Sendable () throws -> Void) {
        self.area = area
        self.name = name
        self.expected = expected
        self.state = .none
        self.attempt = {
            do {
                try body()
                return (nil, true)
            } catch {
                return (error, true)
            }
        }
    }

    /// A case with state: `body` returns whether the state is unchanged after the error it throws.
    init(
        _ area: String, _ name: String, _ expected: Reported, state: State,
        _ body: @escaping @Sendable () async -> (error: (any Error)?, unchanged: Bool)
    ) {
        self.area = area
        self.name = name
        self.expected = expected
        self.state = state
        self.attempt = body
    }
}

/// An error reduced to what the matrix checks: its type, code, file, line, field and one-line text.
struct Reported: Hashable, Sendable, CustomStringConvertible {
    var type: String
    var code: String
    var file: String?
    var line: Int?
    var field: String?
    var text: String

    init(_ type: String, _ code: String, file: String? = nil, line: Int? = nil, field: String? = nil, _ text: String) {
        self.type = type
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.text = text
    }

    /// The parts of a library error; `nil` for an error the library should not throw at a caller.
    init?(_ error: any Error) {
        switch error {
        case let error as InputError:
            self.init(
                "InputError", error.code.rawValue, file: error.file, line: error.line, field: error.field,
                error.description)
        case let error as ValidationError:
            self.init("ValidationError", error.code.rawValue, field: error.field, error.description)
        case let error as StoreError:
            self.init("StoreError", error.code.rawValue, file: error.path, error.description)
        default:
            return nil
        }
    }

    /// The same report with the scratch folder taken out of paths, so that it reads the same on every run.
    var withoutScratchFolder: Reported {
        let prefix = ScratchFiles.folder.path + "/"
        var copy = self
        copy.file = file?.replacingOccurrences(of: prefix, with: "")
        copy.text = text.replacingOccurrences(of: prefix, with: "")
        return copy
    }

    var description: String {
        var parts = ["\(type).\(code)"]
        if let file { parts.append("file \(file)") }
        if let line { parts.append("line \(line)") }
        if let field { parts.append("field \(field)") }
        return parts.joined(separator: ", ") + ": " + text
    }

    /// A Swift expression that builds this value, for writing expectations.
    var literal: String {
        var arguments = ["\"\(type)\"", "\"\(code)\""]
        if let file { arguments.append("file: \(Self.quoted(file))") }
        if let line { arguments.append("line: \(line)") }
        if let field { arguments.append("field: \(Self.quoted(field))") }
        arguments.append(Self.quoted(text))
        return "Reported(\(arguments.joined(separator: ", ")))"
    }

    private static func quoted(_ text: String) -> String {
        text.contains("\"") || text.contains("\\") ? "#\"\(text)\"#" : "\"\(text)\""
    }
}

/// Files for the cases that read from disk, in one folder of the tests' scratch folder.
enum ScratchFiles {
    static let folder: URL = (try? ScratchFolder.make("bad-input")) ?? ScratchFolder.root

    /// Writes `bytes` to a new file named `name` and returns its path.
    static func write(_ bytes: [UInt8], named name: String) -> String {
        let url = folder.appendingPathComponent(name)
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data(bytes)), "could not write \(url.path)")
        return url.path
    }

    /// A path in the scratch folder with nothing there.
    static func missing(_ name: String) -> String {
        let path = folder.appendingPathComponent(name).path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    /// Runs `body` on a file holding `bytes`, then reports whether the file still holds exactly those bytes.
    static func attempt(
        _ bytes: [UInt8], named name: String, _ body: (String) throws -> Void
    ) -> (error: (any Error)?, unchanged: Bool) {
        let path = write(bytes, named: name)
        var thrown: (any Error)?
        do { try body(path) } catch { thrown = error }
        let after = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        return (thrown, after == bytes)
    }
}
