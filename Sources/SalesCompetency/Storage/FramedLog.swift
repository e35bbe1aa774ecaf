#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An append-only file of checksummed frames, one per batch: the file store's activity log and audit trail.
///
/// A frame is a 16-byte header (magic `SCB1`, payload length, payload CRC-32, header CRC-32, all little
/// endian) followed by the payload. On open the file is scanned: an incomplete last frame (a write cut short
/// by a crash, never acknowledged) or an all-zero tail is truncated away; a complete frame whose checksum
/// fails, or garbage followed by more data, marks the log damaged and every later access throws an error
/// naming the file and byte offset, without touching the bytes.
struct FramedLog {
    static let magic: [UInt8] = Array("SCB1".utf8)
    static let headerSize = 16

    let path: String
    private(set) var fd: Int32
    /// The byte offset where the next frame goes.
    private(set) var end: Int
    /// The number of frames.
    private(set) var count: Int
    /// Set when the file is damaged; returned by every later access.
    private(set) var damage: StoreError?
    /// How many bytes of an incomplete tail were cut off when the log was opened.
    let truncatedBytes: Int

    init(path: String) throws {
        self.path = path
        let existed = access(path, F_OK) == 0
        let fd = try FileIO.open(path, flags: O_RDWR | O_CREAT)
        let scan: (end: Int, count: Int, damage: StoreError?)
        var truncated = 0
        do {
            if !existed { try FileIO.syncDirectory(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])) }
            let bytes = try FileIO.read(fd, count: FileIO.size(fd, path: path), path: path)
            scan = FramedLog.scan(bytes, path: path)
            if scan.damage == nil && scan.end < bytes.count {
                truncated = bytes.count - scan.end
                try FileIO.truncate(fd, to: scan.end, path: path)
                try FileIO.sync(fd, path: path)
            }
        } catch {
            FileIO.close(fd)
            throw error
        }
        self.fd = fd
        self.end = scan.end
        self.count = scan.count
        self.damage = scan.damage
        self.truncatedBytes = truncated
    }

    func close() { FileIO.close(fd) }

    /// Walks the frames of `bytes`: where the valid frames end, how many there are, and any damage.
    static func scan(_ bytes: [UInt8], path: String) -> (end: Int, count: Int, damage: StoreError?) {
        var offset = 0
        var count = 0
        while offset < bytes.count {
            let remaining = bytes.count - offset
            if remaining < headerSize { break }  // a torn header
            guard let header = Header(bytes, at: offset) else {
                if bytes[offset...].allSatisfy({ $0 == 0 }) { break }  // a tail the file system zero-filled
                return (
                    offset, count,
                    StoreError(
                        .corruptFile, path: path,
                        message: "damaged frame header at byte \(offset) (frame \(count)); the log is left untouched")
                )
            }
            let frameEnd = offset + headerSize + header.length
            if frameEnd > bytes.count { break }  // a torn payload
            let payloadCRC = bytes.withUnsafeBytes {
                CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[(offset + headerSize)..<frameEnd]))
            }
            guard payloadCRC == header.payloadCRC else {
                return (
                    offset, count,
                    StoreError(
                        .corruptFile, path: path,
                        message:
                            "checksum mismatch in frame \(count) at byte \(offset); the log is left untouched")
                )
            }
            offset = frameEnd
            count += 1
        }
        return (offset, count, nil)
    }

    /// Appends one frame and flushes it to disk; on failure the file is cut back to where it was.
    mutating func append(_ payload: [UInt8], sync: Bool = true) throws {
        if let damage { throw damage }
        guard payload.count <= Int(UInt32.max) else {
            throw StoreError(
                .invalidValue, path: path,
                message: "a batch of \(payload.count) bytes is too large for one frame (4 GiB)")
        }
        var frame = FramedLog.magic
        frame.reserveCapacity(FramedLog.headerSize + payload.count)
        FramedLog.appendLittleEndian(UInt32(payload.count), to: &frame)
        FramedLog.appendLittleEndian(CRC32.checksum(payload), to: &frame)
        FramedLog.appendLittleEndian(CRC32.checksum(frame), to: &frame)
        frame += payload
        do {
            try frame.withUnsafeBytes { try FileIO.write(fd, $0, at: end, path: path) }
            if sync { try FileIO.sync(fd, path: path) }
        } catch {
            // After a failed write or flush the tail is unknown: cut it back, and refuse further appends if
            // even that fails, so an unacknowledged frame never sits in front of later ones.
            do {
                try FileIO.truncate(fd, to: end, path: path)
            } catch {
                damage = StoreError(.io, path: path, message: "could not undo a failed append; reopen the store")
            }
            throw error
        }
        end += frame.count
        count += 1
    }

    /// The payloads of every frame, checked again against their checksums.
    func payloads() throws -> [ArraySlice<UInt8>] {
        if let damage { throw damage }
        let bytes = try FileIO.read(fd, count: end, path: path)
        var result: [ArraySlice<UInt8>] = []
        result.reserveCapacity(count)
        var offset = 0
        while offset < end {
            guard let header = Header(bytes, at: offset), offset + FramedLog.headerSize + header.length <= end else {
                throw StoreError(.corruptFile, path: path, message: "damaged frame header at byte \(offset)")
            }
            let range = (offset + FramedLog.headerSize)..<(offset + FramedLog.headerSize + header.length)
            let crc = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[range])) }
            guard crc == header.payloadCRC else {
                throw StoreError(.corruptFile, path: path, message: "checksum mismatch in the frame at byte \(offset)")
            }
            result.append(bytes[range])
            offset = range.upperBound
        }
        return result
    }

    static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }

    static func littleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    /// A frame header whose own checksum holds.
    struct Header {
        var length: Int
        var payloadCRC: UInt32

        init?(_ bytes: [UInt8], at offset: Int) {
            guard bytes[offset..<offset + 4].elementsEqual(FramedLog.magic) else { return nil }
            let headerCRC = bytes.withUnsafeBytes {
                CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[offset..<offset + 12]))
            }
            guard headerCRC == FramedLog.littleEndian(bytes, at: offset + 12) else { return nil }
            length = Int(FramedLog.littleEndian(bytes, at: offset + 4))
            payloadCRC = FramedLog.littleEndian(bytes, at: offset + 8)
        }
    }
}
