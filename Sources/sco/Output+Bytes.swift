import Foundation
import SalesCompetency

extension Output {
    /// Writes bytes produced in pieces: straight to standard output, or to a temporary file renamed over
    /// `--output` at the end, so a failure leaves the previous file as it was.
    func write(bytesOf produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        if path == nil, !Console.current.isStandard {
            var bytes = Data()
            try produce { bytes.append(contentsOf: $0) }
            return Console.current.out(String(decoding: bytes, as: UTF8.self))
        }
        let target = path.map { $0 + ".tmp-\(getpid())" }
        let descriptor = target.map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } ?? STDOUT_FILENO
        guard descriptor >= 0 else { throw WriteFailure(path: path, reason: String(cString: strerror(errno))) }
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
            if let target {
                close(descriptor)
                unlink(target)
            }
            throw error
        }
        if let target, let path {
            close(descriptor)
            guard rename(target, path) == 0 else {
                unlink(target)
                throw WriteFailure(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
