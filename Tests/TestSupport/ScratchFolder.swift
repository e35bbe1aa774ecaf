public import Foundation

/// Folders for the tests' files, all inside one folder per test process in the system's temporary directory,
/// which is removed when the process exits: a test run leaves nothing behind (it used to leave a folder for each
/// test that wrote a file).
public enum ScratchFolder: Sendable {
    /// The test process's folder, made on first use; removed at exit.
    public static let root: URL = {
        // The process id and a UUID: processes in other containers sharing the folder may have the same id.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sco-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    /// A new empty folder, its name starting with `name`.
    public static func make(_ name: String) throws -> URL {
        let url = root.appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` to a file named `name` in a new folder, and returns its path.
    public static func file(_ bytes: some Sequence<UInt8>, named name: String) throws -> String {
        let url = try make("file").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
