import Foundation

/// What an `--output` path names, which decides how it is written.
///
/// A regular file is replaced atomically, so that a failure leaves the previous file as it was. Anything else is
/// written in place: replacing a pipe, a terminal or `/dev/null` by renaming a file over it would put a file where
/// it was (and, run as root, break the device for every other program), and there is no previous content to keep.
enum OutputTarget: Equatable {
    /// One of the process's open descriptors named by path (`/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`):
    /// written to that descriptor, so that its offset is shared with everything else written there.
    case descriptor(Int32)
    /// Something other than a regular file or a folder, such as a pipe, a terminal or `/dev/null`: opened and
    /// written in place.
    case stream(String)
    /// A regular file, or nothing yet: a temporary file is written beside it and renamed over it. A symbolic link
    /// is followed (also one to a file not there yet, as a shell's `>` does), so the file it points to is
    /// written and the link stays a link.
    case file(String)

    /// Looks at what `path` names now. (Standard output by name never gets here: ``Output`` keeps it as `nil`.)
    ///
    /// - Throws: ``WriteFailure`` for a folder and for a loop of symbolic links.
    init(_ path: String) throws(WriteFailure) {
        if let descriptor = OutputTarget.descriptorAlias(path) {
            self = .descriptor(descriptor)
            return
        }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw WriteFailure(path: path, reason: "it is a folder")
            case S_IFREG:
                guard let resolved = realpath(path, nil) else { throw WriteFailure(path: path, errno: errno) }
                defer { free(resolved) }
                self = .file(String(cString: resolved))
            default:
                self = .stream(path)
            }
            return
        }
        guard errno == ENOENT else { throw WriteFailure(path: path, errno: errno) }
        self = .file(try OutputTarget.danglingLinkTarget(path) ?? path)
    }

    /// Fails when this target cannot be written (see ``Output/checkWritable()``); `path` is the one given, for the
    /// error.
    func checkWritable(path: String) throws(WriteFailure) {
        switch self {
        case .descriptor:
            return
        case .stream(let stream):
            guard access(stream, W_OK) == 0 else { throw WriteFailure(path: path, errno: errno) }
        case .file(let file):
            if FileManager.default.fileExists(atPath: file), access(file, W_OK) != 0 {
                throw WriteFailure(path: path, errno: errno)
            }
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
                FileManager.default.isWritableFile(atPath: folder)
            else {
                throw WriteFailure(path: path, reason: "its folder \(folder) does not exist or is not writable")
            }
        }
    }

    /// The descriptor that `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names, or `nil`.
    static func descriptorAlias(_ path: String) -> Int32? {
        if path == "/dev/stdout" { return STDOUT_FILENO }
        if path == "/dev/stderr" { return STDERR_FILENO }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            return Int32(path.dropFirst(prefix.count))
        }
        return nil
    }

    /// Where a symbolic link to nothing yet leads (following up to 40 links), or `nil` when `path` is not a link.
    ///
    /// - Throws: ``WriteFailure`` when the links go round in a loop (or more than 40 deep).
    static func danglingLinkTarget(_ path: String) throws(WriteFailure) -> String? {
        var current = path
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        for _ in 0..<40 {
            let count = buffer.withUnsafeMutableBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { readlink(current, $0.baseAddress!, $0.count - 1) }
            }
            guard count > 0 else { return current == path ? nil : current }
            let destination = String(decoding: buffer[..<count], as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination : URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + destination
        }
        throw WriteFailure(path: path, errno: ELOOP)
    }
}
