import Foundation
import Testing

@testable import SalesCompetency

struct FileIOTests {
    /// A write larger than ``FileIO/largestWrite`` goes out in several calls and lands whole at its offset.
    @Test func writesMoreThanOneCallsWorthAtAnOffset() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let path = temporary.child("journal.log").path
        let fd = try FileIO.open(path, flags: O_RDWR | O_CREAT)
        defer { FileIO.close(fd) }
        let bytes = (0..<(3 * FileIO.largestWrite + 5)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) }
        try bytes.withUnsafeBytes { try FileIO.write(fd, $0, at: 7, path: path) }
        #expect(try FileIO.size(fd, path: path) == 7 + bytes.count)
        #expect(try FileIO.read(fd, count: bytes.count, at: 7, path: path) == bytes)
        #expect(try FileIO.read(fd, count: 7, at: 0, path: path) == [UInt8](repeating: 0, count: 7))
    }
}
