import Foundation

/// The output formats of `sco`.
enum OutputFormat: String {
    case table, json, csv, html
}

/// Where a command's result goes: standard output, or a file named by `--output`, written atomically so a
/// failure leaves the previous file as it was.
struct Output {
    let path: String?

    /// Whether terminal colour may be used: writing to a terminal, and `NO_COLOR` unset.
    var isColored: Bool {
        path == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Fails when the output file's folder does not exist or cannot be written, before anything irreversible.
    func checkWritable() throws {
        guard let path else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            FileManager.default.isWritableFile(atPath: folder)
        else {
            throw CommandFailure("cannot write \(path): its folder \(folder) does not exist or is not writable")
        }
    }

    func write(_ text: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// JSON as `sco` prints it: sorted keys, pretty-printed, ISO 8601 dates.
func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}

/// A failure while running a well-formed command, such as a file that cannot be written; exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
