import Foundation
import SalesCompetency

extension Output {
    /// Writes bytes produced in pieces: straight to standard output; in place to a pipe or device; or to a
    /// temporary file beside the file (the one a symbolic link points to) renamed over it at the end, so a failure
    /// leaves the previous file as it was.
    func write(bytesOf produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        if path == nil, !Console.current.isStandard {
            var bytes = Data()
            try produce { bytes.append(contentsOf: $0) }
            return Console.current.out(String(decoding: bytes, as: UTF8.self))
        }
        let target = path.map(OutputTarget.init)
        let temporary: String?
        let descriptor: Int32
        switch target {
        case nil:
            (temporary, descriptor) = (nil, STDOUT_FILENO)
        case .stream(let stream):
            (temporary, descriptor) = (nil, open(stream, O_WRONLY | O_APPEND | O_CLOEXEC))
        case .file(let file):
            let name = file + ".tmp-\(getpid())"
            (temporary, descriptor) = (name, open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644))
        }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            try checkWritable()  // a missing or read-only folder, said as such
            throw WriteFailure(path: path, reason: reason)
        }
        defer { if target != nil { close(descriptor) } }
        do {
            try produce { piece in
                var offset = 0
                while offset < piece.count {
                    let written = Foundation.write(
                        descriptor, piece.baseAddress! + offset, Swift.min(piece.count - offset, FileIO.largestWrite))
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw WriteFailure(path: path, reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
        } catch {
            if let temporary { unlink(temporary) }
            throw error
        }
        if let temporary, case .file(let file) = target {
            guard rename(temporary, file) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteFailure(path: path, reason: reason)
            }
        }
    }
}
