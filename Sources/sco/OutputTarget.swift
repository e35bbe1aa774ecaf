import Foundation

/// What an `--output` path names, which decides how it is written.
///
/// A regular file is replaced atomically, so that a failure leaves the previous file as it was. Anything else is
/// written in place: replacing a pipe, a terminal or `/dev/null` by renaming a file over it would put a file where
/// it was (and, run as root, break the device for every other program), and there is no previous content to keep.
enum OutputTarget: Equatable {
    /// A path that names something other than a regular file, or any path under `/dev/` or `/proc/` (such as
    /// `/dev/stderr`, which may lead to a regular file the shell opened): opened for appending and written in place.
    case stream(String)
    /// A regular file, or nothing yet: a temporary file is written beside it and renamed over it. A symbolic link
    /// is followed (also one to a file not there yet, as a shell's `>` does), so the file it points to is
    /// written and the link stays a link.
    case file(String)

    /// The paths that name the process's own standard output: `--output` with one of them is the same as none.
    static let standardOutputPaths: Set<String> = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

    /// Looks at what `path` names now.
    init(_ path: String) {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        var info = stat()
        let exists = stat(path, &info) == 0
        if standardized.hasPrefix("/dev/") || standardized.hasPrefix("/proc/")
            || (exists && info.st_mode & S_IFMT != S_IFREG)
        {
            self = .stream(path)
        } else if exists, let resolved = realpath(path, nil) {
            defer { free(resolved) }
            self = .file(String(cString: resolved))
        } else {
            self = .file(OutputTarget.danglingLinkTarget(path) ?? path)
        }
    }

    /// Where a symbolic link to nothing yet leads (following up to 40 links), or `nil` when `path` is not a link.
    static func danglingLinkTarget(_ path: String) -> String? {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current == path ? nil : current }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination : URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + destination
        }
        return current
    }
}
