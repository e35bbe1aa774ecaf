import Foundation
import SalesCompetency

/// The output formats of `sco`.
enum OutputFormat: String, CaseIterable {
    case table, json, csv, html
}

/// The formats one form of a command prints, and the one it prints without `--format`.
struct FormatChoice {
    let formats: [OutputFormat]
    let fallback: OutputFormat

    init(_ formats: [OutputFormat], default fallback: OutputFormat = .table) {
        precondition(formats.contains(fallback), "the default format is one of the formats")
        self.formats = formats
        self.fallback = fallback
    }

    /// `table`, `json` and `csv`: every report.
    static let report = FormatChoice([.table, .json, .csv])
    /// `table`, `json`, `csv` and `html`: a report that makes a page.
    static let page = FormatChoice([.table, .json, .csv, .html])
    /// `table` and `json`: a command that changes something and says what it did.
    static let receipt = FormatChoice([.table, .json])
}

/// `--format` and `--output FILE`, parsed the same way by every command that prints a result.
struct OutputOptions {
    let format: OutputFormat
    let output: Output

    /// Reads `--format` (checked against `choice`) and `--output`.
    init(_ arguments: inout Arguments, _ choice: FormatChoice) throws {
        if let text = try arguments.option("--format") {
            guard let format = OutputFormat(rawValue: text), choice.formats.contains(format) else {
                throw UsageError(
                    "--format must be one of \(choice.formats.map(\.rawValue).joined(separator: "|")), "
                        + "found \(ErrorText.quoted(text))")
            }
            self.format = format
        } else {
            format = choice.fallback
        }
        output = Output(path: try arguments.output("--output"))
    }
}

/// Where a command's result goes: standard output, or what `--output` names: a file, replaced atomically so that
/// a failure leaves the previous file as it was, or a pipe or device, written in place (see ``OutputTarget``).
struct Output {
    /// The path given to `--output`, or `nil` for standard output (which `/dev/stdout` and its aliases also mean).
    let path: String?

    /// Output to `path`; `/dev/stdout`, `/dev/fd/1` and `/proc/self/fd/1` are kept as standard output (`nil`).
    init(path: String?) {
        self.path = path.flatMap { OutputTarget.descriptorAlias($0) == STDOUT_FILENO ? nil : $0 }
    }

    /// Whether terminal colour may be used: writing to a terminal, and `NO_COLOR` unset.
    var isColored: Bool {
        path == nil && Console.current.isStandard && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Fails when the output cannot be written, before anything irreversible: a folder, a file that is read-only
    /// (as a shell's `>` refuses it) or whose folder does not exist or cannot be written, a pipe or device without
    /// write permission.
    func checkWritable() throws {
        guard let path else { return }
        try OutputTarget(path).checkWritable(path: path)
    }

    /// Writes `text`: to standard output, or to what `--output` names as ``write(bytesOf:)`` does.
    func write(_ text: String) throws {
        guard path != nil else {
            Console.current.out(text)
            return
        }
        var bytes = text
        try write { produce in try bytes.withUTF8 { try produce(UnsafeRawBufferPointer($0)) } }
    }
}

/// JSON as `sco` prints it: sorted camelCase keys, pretty-printed, dates in ISO 8601.
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}

/// A failure while running a well-formed command, such as a failed check; exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// An output that cannot be written (a missing folder, no permission, a full disk); exits with status 3.
/// A file is left as it was before; a pipe or device may have received part of the output.
struct WriteFailure: Error, Equatable, CustomStringConvertible {
    var path: String?
    var reason: String

    var description: String { "cannot write \(path ?? "standard output"): \(reason)" }

    init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The failure `code` (an `errno` value) describes.
    init(path: String?, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }
}
