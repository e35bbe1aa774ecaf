import Foundation
import SalesCompetency

extension Output {
    /// Writes bytes produced in pieces: to standard output; to a descriptor or in place to a pipe or device; or to
    /// a new temporary file beside the file (the one a symbolic link points to), with the file's permissions,
    /// closed and renamed over it at the end, so that a failure leaves the previous file as it was.
    ///
    /// The temporary file is not `fsync`ed before the rename: a crash of the machine (not of `sco`) just after may
    /// leave the file empty on a file system that does not order a replacing rename after the data (ext4 does).
    /// Syncing would add the whole write-back to every run, such as the 69 MB scorecard of the benchmarks.
    func write(bytesOf produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        guard let path else {
            if Console.current.isStandard { return try Output.copy(produce, to: STDOUT_FILENO, path: nil) }
            var bytes = Data()
            try produce { bytes.append(contentsOf: $0) }
            return Console.current.out(String(decoding: bytes, as: UTF8.self))
        }
        let target = try OutputTarget(path)
        try target.checkWritable(path: path)
        switch target {
        case .descriptor(let descriptor):
            try Output.copy(produce, to: descriptor, path: path)
        case .stream(let stream):
            let descriptor = open(stream, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw WriteFailure(path: path, errno: errno) }
            defer { close(descriptor) }
            try Output.copy(produce, to: descriptor, path: path)
        case .file(let file):
            try Output.replace(file, produce, path: path)
        }
    }

    /// Writes the produced bytes to `descriptor`, a megabyte at a time at most.
    private static func copy(
        _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void, to descriptor: Int32, path: String?
    ) throws {
        try produce { piece in
            var offset = 0
            while offset < piece.count {
                let written = Foundation.write(
                    descriptor, piece.baseAddress! + offset, Swift.min(piece.count - offset, FileIO.largestWrite))
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure(path: path, errno: errno)
                }
                offset += written
            }
        }
    }

    /// Writes a new temporary file beside `file` and renames it over `file` once it is written and closed.
    private static func replace(
        _ file: String, _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void, path: String
    ) throws {
        var existing = stat()
        let exists = stat(file, &existing) == 0
        let (temporary, descriptor) = try temporaryFile(beside: file, path: path)
        do {
            if exists {
                // The replacement keeps the file's owner (when allowed) and permissions.
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                _ = fchmod(descriptor, existing.st_mode & 0o7777)
            }
            try copy(produce, to: descriptor, path: path)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        // A write that fails late (a network file system, a quota) is reported by close: before the rename.
        guard close(descriptor) == 0, rename(temporary, file) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteFailure(path: path, errno: code)
        }
    }

    /// Creates a file that did not exist, `.NAME.XXXXXXXX.tmp` in `file`'s folder (the umask decides its
    /// permissions), and returns its path and descriptor.
    private static func temporaryFile(beside file: String, path: String) throws -> (String, Int32) {
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent().path
        // Short enough for any file system's name limit, whatever the file's own name.
        let name = String(decoding: url.lastPathComponent.utf8.prefix(200), as: UTF8.self)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = String(generator.next() as UInt32, radix: 16)
            let temporary = "\(folder)/.\(name).\(suffix).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            if errno != EEXIST { throw WriteFailure(path: path, errno: errno) }
        }
        throw WriteFailure(path: path, errno: EEXIST)
    }
}
