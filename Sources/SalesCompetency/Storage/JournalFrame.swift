import Foundation

/// One frame of the file store's journal: a 48-byte header, a metadata section (JSON) and a body (an
/// activity batch in ``ActivityBatchCoding``, empty for other kinds).
///
/// Header, little endian: magic `SCJ3`, kind (`u8`) and three zero bytes, sequence (`u64`, 0 for the first
/// frame, then 1, 2, …), metadata length and CRC-32, body length and CRC-32 (`u32` each), first and last day of
/// the batch's activities (`i32`, days since 1970; first > last for an empty batch), activity count (`u32`),
/// and the CRC-32 of the preceding 44 bytes. The day range lets a reader skip a batch outside a period without
/// reading it; the sequence number exposes a duplicated or missing frame.
struct JournalFrame {
    enum Kind: UInt8 {
        /// An activity batch with its idempotency key and audit entries.
        case activities = 1
        /// Audit entries on their own (document saves, snapshots, migrations).
        case audit = 2
        /// The record of a document save: its checksum.
        case document = 3
    }

    static let magic: [UInt8] = Array("SCJ3".utf8)
    static let headerSize = 48

    struct Header: Equatable {
        var kind: Kind
        /// 0 for the journal's first frame, then 1, 2, …: a duplicate or a gap shows.
        var sequence: Int
        /// The metadata section's size and checksum.
        var metaLength: Int, metaCRC: UInt32
        /// The body's size and checksum.
        var bodyLength: Int, bodyCRC: UInt32
        /// The days of the batch's activities (first > last for none), so that readers can skip the batch.
        var firstDay: Int32, lastDay: Int32
        var rowCount: Int

        var frameLength: Int { JournalFrame.headerSize + metaLength + bodyLength }

        func encoded() -> [UInt8] {
            var bytes = JournalFrame.magic
            bytes.reserveCapacity(JournalFrame.headerSize)
            bytes += [kind.rawValue, 0, 0, 0]
            Bytes.put(UInt64(sequence), into: &bytes)
            Bytes.put(UInt32(metaLength), into: &bytes)
            Bytes.put(metaCRC, into: &bytes)
            Bytes.put(UInt32(bodyLength), into: &bytes)
            Bytes.put(bodyCRC, into: &bytes)
            Bytes.put(UInt32(bitPattern: firstDay), into: &bytes)
            Bytes.put(UInt32(bitPattern: lastDay), into: &bytes)
            Bytes.put(UInt32(rowCount), into: &bytes)
            Bytes.put(CRC32.checksum(bytes), into: &bytes)
            return bytes
        }

        /// Decodes a header whose magic and own checksum hold.
        init?(_ bytes: UnsafeRawBufferPointer) {
            guard bytes.count >= JournalFrame.headerSize, bytes[0..<4].elementsEqual(JournalFrame.magic),
                CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<44])) == Bytes.u32(bytes, 44),
                let kind = Kind(rawValue: bytes[4])
            else { return nil }
            self.kind = kind
            sequence = Int(truncatingIfNeeded: Bytes.u64(bytes, 8))
            metaLength = Int(Bytes.u32(bytes, 16))
            metaCRC = Bytes.u32(bytes, 20)
            bodyLength = Int(Bytes.u32(bytes, 24))
            bodyCRC = Bytes.u32(bytes, 28)
            firstDay = Int32(bitPattern: Bytes.u32(bytes, 32))
            lastDay = Int32(bitPattern: Bytes.u32(bytes, 36))
            rowCount = Int(Bytes.u32(bytes, 40))
        }

        init(
            kind: Kind, sequence: Int, meta: [UInt8], body: [UInt8], firstDay: Int32 = 1, lastDay: Int32 = 0,
            rowCount: Int = 0
        ) {
            self.kind = kind
            self.sequence = sequence
            metaLength = meta.count
            metaCRC = CRC32.checksum(meta)
            bodyLength = body.count
            bodyCRC = CRC32.checksum(body)
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.rowCount = rowCount
        }
    }

    /// The metadata section: JSON with sorted keys.
    struct Meta: Codable, Equatable {
        /// The idempotency key of an activity batch.
        var key: String?
        /// The source of an activity batch.
        var source: String?
        /// The audit entries committed with the frame.
        var audit: [AuditEntry] = []
        /// The document a document frame records.
        var document: DocumentRecord?

        func encoded() throws -> [UInt8] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return Array(try encoder.encode(self))
        }
    }

    /// A saved document's identity and the SHA-256 of its file after the save.
    struct DocumentRecord: Codable, Equatable {
        var collection: String
        var id: String
        var number: Int
        var sha256: String
    }

    /// A whole frame's bytes.
    static func bytes(_ header: Header, meta: [UInt8], body: [UInt8]) -> [UInt8] {
        var frame = header.encoded()
        frame.reserveCapacity(header.frameLength)
        frame += meta
        frame += body
        return frame
    }
}

/// Little-endian helpers for the journal and its head.
enum Bytes {
    static func put(_ value: UInt32, into bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    static func put(_ value: UInt64, into bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    static func u32(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    static func u64(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(u32(bytes, offset)) | UInt64(u32(bytes, offset + 4)) << 32
    }
}
